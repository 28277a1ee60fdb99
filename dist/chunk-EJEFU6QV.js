import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  serveRepoArgs
} from "./chunk-J6DO6GHN.js";
import "./chunk-TVZCCOEG.js";
import "./chunk-67WMFPEX.js";
import "./chunk-LY7GTVVW.js";

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
