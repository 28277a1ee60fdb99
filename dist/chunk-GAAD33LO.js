import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  Context,
  Probot,
  ProbotOctokit,
  Server,
  createNodeMiddleware,
  createProbot,
  run
} from "./chunk-WUGLCLR5.js";
import "./chunk-IGS54RTM.js";
import "./chunk-I63FROPD.js";
import "./chunk-4CEKIALU.js";
import "./chunk-LY7GTVVW.js";
export {
  Context,
  Probot,
  ProbotOctokit,
  Server,
  createNodeMiddleware,
  createProbot,
  run
};
