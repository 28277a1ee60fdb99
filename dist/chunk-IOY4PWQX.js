import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  renderSandboxPr,
  sandboxVerdict,
  startSandbox
} from "./chunk-6HVINBUX.js";
import "./chunk-OIBAPXGB.js";
import "./chunk-OC5FE67W.js";
import "./chunk-MVMLBNYL.js";
import "./chunk-SIJH5WKV.js";
import "./chunk-BFTZDAOE.js";
import "./chunk-OEKSQ5ZW.js";
import "./chunk-LEZBGZ5C.js";
import "./chunk-34BIHKVR.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-NEK22LCI.js";
import "./chunk-THPVXQSN.js";
import "./chunk-INJCVSTR.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-WUGLCLR5.js";
import "./chunk-IGS54RTM.js";
import "./chunk-MRU3N22I.js";
import "./chunk-H4D52SFG.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-LJALDYRS.js";
import "./chunk-I63FROPD.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-T27JOG7D.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-FXRDIYR5.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-4CEKIALU.js";
import "./chunk-T3AJA6AO.js";
import "./chunk-HFEUIW6P.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/sandbox/sandbox-pr.ts
async function sandboxPr(o) {
  const sandbox = await startSandbox(o);
  try {
    const base = o.base ?? sandbox.defaultBranch;
    const pr = await sandbox.openPr({ head: o.head, base });
    const exitCode = pr.checkRuns.length === 0 ? 0 : sandboxVerdict(pr.checkRuns);
    return {
      schemaVersion: 1,
      repo: `${sandbox.owner}/${sandbox.repo}`,
      pull: { number: pr.number, head: o.head, base, headSha: pr.headSha },
      checkRuns: pr.checkRuns,
      verdict: exitCode === 0 ? "success" : "failure",
      exitCode
    };
  } finally {
    await sandbox.close();
  }
}

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
    result = await sandboxPr({
      head: flags["head"],
      ...flags["base"] ? { base: flags["base"] } : {},
      ...flags["repo"] ? { repo: flags["repo"] } : {}
    });
  } catch (error) {
    if (error instanceof Error && /is not a git repository|is not in /.test(error.message))
      throw new UsageError(error.message, usage);
    throw error;
  }
  o.io.out(o.options.format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result));
  return result.exitCode;
}
export {
  sandboxPrCommand
};
