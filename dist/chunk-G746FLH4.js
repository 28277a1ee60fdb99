import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkoutConfigSource
} from "./chunk-KIAVAXJG.js";
import {
  loadFaceConfig
} from "./chunk-SQSYLVYG.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";

// src/cli/load-cli-config.ts
function loadCliConfig(dir, io) {
  return loadFaceConfig(checkoutConfigSource(dir, io.env, cliToken(io)));
}
function cliToken(io) {
  return io.env["INPUT_GITHUB_TOKEN"] || io.env["GITHUB_TOKEN"] || void 0;
}

// src/cli/assert-repo-dir.ts
import { statSync } from "node:fs";
function assertRepoDir(dir, shownAs = dir) {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`repository folder ${shownAs} does not exist`);
  if (!stat.isDirectory()) throw new UsageError(`${shownAs} is not a folder; give the repository's root folder`);
}

export {
  loadCliConfig,
  cliToken,
  assertRepoDir
};
