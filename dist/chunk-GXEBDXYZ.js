import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/github/check-run-name.ts
var CHECK_RUN_PREFIX = "oda / ";
function checkRunName(check) {
  return `${CHECK_RUN_PREFIX}${check}`;
}
function checkFromRunName(name) {
  return name.startsWith(CHECK_RUN_PREFIX) ? name.slice(CHECK_RUN_PREFIX.length) : void 0;
}

export {
  CHECK_RUN_PREFIX,
  checkRunName,
  checkFromRunName
};
