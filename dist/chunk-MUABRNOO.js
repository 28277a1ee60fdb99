import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  runOp
} from "./chunk-NGDJFKZU.js";

// src/engine/run-checks.ts
function enabledChecks(ops, config, only) {
  return ops.filter((op) => {
    if (!op.check || only && !only.has(op.check.name)) return false;
    const section = config[op.check.name];
    const enabled = section && typeof section === "object" && "enabled" in section ? section.enabled : true;
    return enabled !== false;
  });
}
async function eachCheck(checks) {
  const planned = enabledChecks(checks.ops, checks.config, checks.only).map((op) => ({
    op,
    name: `oda / ${op.check.name}`,
    rawInput: op.check.input(checks.scope)
  }));
  if (checks.parallel) return Promise.all(planned.map(checks.run));
  const out = [];
  for (const check of planned) out.push(await checks.run(check));
  return out;
}
async function runChecks(o) {
  const { ops, dir, changedFiles, base, head, ...options } = o;
  return eachCheck({
    ops,
    config: o.config,
    scope: { dir, changedFiles, base, head },
    run: async ({ op, name, rawInput }) => {
      const evidence = o.evidence ? { ...o.evidence, topic: op.check.name } : void 0;
      return { op, name, record: await runOp({ ...options, op, rawInput, evidence }) };
    }
  });
}

export {
  enabledChecks,
  eachCheck,
  runChecks
};
