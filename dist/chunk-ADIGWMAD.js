import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/engine/errors.ts
var InputError = class _InputError extends Error {
  name = "InputError";
  op;
  issues;
  constructor(op, issues) {
    super(`invalid input for ${op}:
${issues.map((i) => `  - ${formatInputPath(i.path)}: ${i.message}`).join("\n")}`);
    this.op = op;
    this.issues = issues;
  }
  static fromZod(op, error) {
    return new _InputError(
      op,
      error.issues.map((i) => ({
        path: i.path,
        message: i.code === "invalid_type" && / received undefined$/.test(i.message) ? `is required (${i.expected})` : i.message
      }))
    );
  }
};
function toKebab(key) {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
function toCamel(key) {
  return key.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());
}
function formatInputPath(path) {
  if (path.length === 0) return "(input)";
  return path.map((p) => typeof p === "number" ? `[${p}]` : toKebab(String(p))).join(".");
}
function isUsageError(error) {
  return error instanceof InputError || error instanceof Error && error.usage === true;
}

export {
  InputError,
  toKebab,
  toCamel,
  isUsageError
};
