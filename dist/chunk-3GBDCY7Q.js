import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/engine/store/duplicate-run-error.ts
var DuplicateRunError = class extends Error {
  name = "DuplicateRunError";
  runId;
  constructor(runId) {
    super(`run ${runId} already exists; every run needs a fresh id`);
    this.runId = runId;
  }
};

export {
  DuplicateRunError
};
