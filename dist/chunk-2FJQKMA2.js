import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  SQLITE_FILE,
  openStore
} from "./chunk-PFPUPQDA.js";
import {
  defaultDataDir
} from "./chunk-SIJH5WKV.js";
import "./chunk-7DBNCOUC.js";
import "./chunk-3GBDCY7Q.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";
export {
  SQLITE_FILE,
  defaultDataDir,
  openStore
};
