import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  runOp
} from "./chunk-DV25VT6S.js";

// src/engine/run-checks.ts
function enabledChecks(ops, config) {
  return ops.filter((op) => {
    if (!op.check) return false;
    const section = config[op.check.name];
    const enabled = section && typeof section === "object" && "enabled" in section ? section.enabled : true;
    return enabled !== false;
  });
}
async function runChecks(o) {
  const out = [];
  for (const op of enabledChecks(o.ops, o.config)) {
    const rawInput = op.check.input({ dir: o.dir, changedFiles: o.changedFiles, base: o.base, head: o.head });
    const record = await runOp({
      ...o,
      op,
      rawInput,
      evidence: o.evidence ? { ...o.evidence, topic: op.check.name } : void 0
    });
    out.push({ op, name: `oda / ${op.check.name}`, record });
  }
  return out;
}

export {
  enabledChecks,
  runChecks
};
