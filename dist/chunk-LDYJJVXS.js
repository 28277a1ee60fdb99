import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/serve/access-error.ts
var AccessError = class extends Error {
  name = "AccessError";
  /** 401: who you are is not established; 403: you may not do this. */
  status;
  constructor(status, message) {
    super(message);
    this.status = status;
  }
};

export {
  AccessError
};
