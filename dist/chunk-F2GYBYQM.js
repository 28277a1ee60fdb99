import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/github/status-of.ts
function statusOf(error) {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : void 0;
}

export {
  statusOf
};
