import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-LY7GTVVW.js";

// src/cli/commands/sandbox-pr.ts
var usage = "usage: oda sandbox pr [--repo <git-dir>] [--base <branch>] --head <branch> [--format text|json]";
async function sandboxPrCommand(o) {
  if (o.options.help) {
    o.io.out(
      `${usage}

Starts the GitHub simulator and the oda App on free loopback ports, serves the repository
(default: examples/odoo-shop with its scenario branches), opens a PR from --head into --base
(default: the repository's current branch), waits for every check run and prints them.
`
    );
    return 0;
  }
  const [sub, ...rest] = o.args;
  if (sub !== "pr") throw new UsageError(`unknown sandbox command "${sub ?? ""}"`, usage);
  const flags = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    if (!["--repo", "--base", "--head"].includes(name)) throw new UsageError(`unknown option ${name}`, usage);
    const value = inline ?? rest[++i];
    if (value === void 0 || value.startsWith("--")) throw new UsageError(`${name} needs a value`, usage);
    flags[name.slice(2)] = value;
  }
  if (!flags["head"]) throw new UsageError("--head <branch> is required", usage);
  if (o.options.format !== "text" && o.options.format !== "json")
    throw new UsageError(`--format ${o.options.format} is not supported here (text or json)`, usage);
  let result;
  try {
    result = await o.hosts.sandboxPr({
      format: o.options.format,
      head: flags["head"],
      ...flags["base"] ? { base: flags["base"] } : {},
      ...flags["repo"] ? { repo: flags["repo"] } : {}
    });
  } catch (error) {
    if (error instanceof Error && /is not a git repository|is not in /.test(error.message))
      throw new UsageError(error.message, usage);
    throw error;
  }
  o.io.out(result.output);
  return result.exitCode;
}
export {
  sandboxPrCommand
};
