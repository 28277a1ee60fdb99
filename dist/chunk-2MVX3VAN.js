import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  SQLITE_FILE,
  openStore
} from "./chunk-6CKPOC7M.js";
import "./chunk-3GBDCY7Q.js";
import {
  defaultDataDir
} from "./chunk-SIJH5WKV.js";
import "./chunk-H4D52SFG.js";
import "./chunk-I63FROPD.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";
export {
  SQLITE_FILE,
  defaultDataDir,
  openStore
};
