import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  runOp
} from "./chunk-BE2TP7UZ.js";

// src/engine/run-checks.ts
function enabledChecks(ops, config, only) {
  return ops.filter((op) => {
    if (!op.check || only && !only.has(op.check.name)) return false;
    const section = config[op.check.name];
    const enabled = section && typeof section === "object" && "enabled" in section ? section.enabled : true;
    return enabled !== false;
  });
}
async function eachCheck(o) {
  const planned = enabledChecks(o.ops, o.config, o.only).map((op) => ({
    op,
    name: `oda / ${op.check.name}`,
    rawInput: op.check.input(o.scope)
  }));
  if (o.parallel) return Promise.all(planned.map(o.run));
  const out = [];
  for (const check of planned) out.push(await o.run(check));
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
