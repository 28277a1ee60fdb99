import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  parseServedRepos
} from "./chunk-TVZCCOEG.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";

// src/cli/serve-repo-args.ts
import { basename } from "node:path";
function serveRepoArgs(args, cwd, usage) {
  const values = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith("--repo=")) values.push(arg.slice("--repo=".length));
    else if (arg === "--repo" && args[i + 1] !== void 0) values.push(args[++i]);
    else throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`, usage);
  }
  if (values.length === 0)
    values.push(
      `${basename(cwd).replace(/[^A-Za-z0-9_-]/g, "-").replace(/^[^A-Za-z0-9]+/, "") || "repo"}=${cwd}`
    );
  return parseServedRepos(values, cwd);
}

export {
  serveRepoArgs
};
