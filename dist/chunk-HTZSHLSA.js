import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  parseServedRepos
} from "./chunk-OX5UZFV5.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-LY7GTVVW.js";

// src/cli/serve-repo-args.ts
import { basename } from "node:path";
function serveRepoArgs(args, cwd, usage2) {
  const values = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith("--repo=")) values.push(arg.slice("--repo=".length));
    else if (arg === "--repo" && args[i + 1] !== void 0) values.push(args[++i]);
    else throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`, usage2);
  }
  if (values.length === 0)
    values.push(
      `${basename(cwd).replace(/[^A-Za-z0-9_-]/g, "-").replace(/^[^A-Za-z0-9]+/, "") || "repo"}=${cwd}`
    );
  return parseServedRepos(values, cwd);
}

// src/cli/commands/mcp-command.ts
var usage = "usage: oda mcp [--repo name=<dir>]...";
async function mcpCommand(o) {
  if (o.options.help) {
    o.io.out(
      `${usage}

Serves oda's tools to an MCP client over stdin/stdout (see docs/mcp.md). Repositories are named:
--repo shop=./odoo-shop serves that checkout as "shop"; without --repo, the working directory.
`
    );
    return 0;
  }
  const repos = serveRepoArgs(o.args, o.io.cwd, usage);
  await o.hosts.mcp({ repos, store: await o.openStore(), dataDir: o.dataDir, env: o.io.env });
  return 0;
}
export {
  mcpCommand
};
