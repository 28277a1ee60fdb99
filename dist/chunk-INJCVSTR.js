import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/op/define-op.ts
var permissionLevels = ["none", "read", "triage", "write", "maintain", "admin"];
function defineOp(def) {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/.test(def.name)) {
    throw new Error(`op name "${def.name}" must be dotted kebab-case, e.g. "manifest.verify"`);
  }
  return def;
}

export {
  permissionLevels,
  defineOp
};
