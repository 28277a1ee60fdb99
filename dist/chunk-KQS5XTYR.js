import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
var ExitCode = {
  /** Everything passed. */
  ok: 0,
  /** The check found problems, or the run failed / was denied / timed out. */
  failed: 1,
  /** Usage or configuration error: nothing ran. */
  usage: 2,
  /** oda itself failed. */
  internal: 3
};

export {
  ExitCode
};
