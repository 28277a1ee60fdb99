import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  renderSandboxPr
} from "./chunk-TLE24KNG.js";
import "./chunk-LY7GTVVW.js";
export {
  renderSandboxPr
};
