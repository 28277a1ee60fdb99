import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/engine/store/default-data-dir.ts
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
function defaultDataDir(env) {
  if (env.ODA_DATA_DIR) return env.ODA_DATA_DIR;
  if (env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)) return join(env.XDG_DATA_HOME, "oda");
  return join(env.HOME || homedir(), ".local", "share", "oda");
}

export {
  defaultDataDir
};
