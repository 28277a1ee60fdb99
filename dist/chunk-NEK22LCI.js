import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/config/config-error.ts
var ConfigError = class extends Error {
  name = "ConfigError";
  issues;
  constructor(issues, options) {
    super(
      issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.path ? `${i.path}: ` : ""}${i.message}`).join("\n"),
      options
    );
    this.issues = issues;
  }
};

export {
  ConfigError
};
