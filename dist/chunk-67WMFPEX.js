import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/cli/usage-error.ts
var UsageError = class extends Error {
  name = "UsageError";
  /** Help text worth printing with the error. */
  hint;
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
};

export {
  UsageError
};
