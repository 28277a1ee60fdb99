import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-LY7GTVVW.js";

// src/cli/commands/runs-command.ts
async function runsCommand(o) {
  const [sub, ...rest] = o.args;
  if (o.options.help || sub === void 0) {
    o.io.out("usage: oda runs list [--op <name>] [--limit <n>] | oda runs show <id>   [--format text|json]\n");
    return sub === void 0 && !o.options.help ? 2 : 0;
  }
  if (o.options.format !== "text" && o.options.format !== "json")
    throw new UsageError(`oda runs prints text or json, not "${o.options.format}"`);
  const store = await o.openStore();
  try {
    if (sub === "list") {
      let op;
      let limit = 20;
      for (let i = 0; i < rest.length; i++) {
        if (rest[i] === "--op") op = rest[++i];
        else if (rest[i] === "--limit") limit = Number(rest[++i]);
        else throw new UsageError(`unknown argument for oda runs list: ${rest[i]}`);
      }
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError("--limit expects a positive whole number");
      const runs = await store.listRuns({ op, limit });
      if (o.options.format === "json") o.io.out(JSON.stringify(runs, null, 2) + "\n");
      else {
        if (runs.length === 0) o.io.out("no runs recorded\n");
        for (const r of runs)
          o.io.out(
            `${r.id}  ${r.createdAt}  ${r.op.padEnd(20)} ${r.state.padEnd(10)} ${(r.conclusion ?? "").padEnd(15)} ${r.face}:${r.actor}  ${r.title ?? ""}
`
          );
      }
      return 0;
    }
    if (sub === "show") {
      const id = rest[0];
      if (id === void 0 || rest.length > 1) throw new UsageError("usage: oda runs show <id>");
      const run = await store.getRun(id);
      if (!run) {
        o.io.err(`no run with id ${id}
`);
        return 1;
      }
      if (o.options.format === "json") o.io.out(JSON.stringify(run, null, 2) + "\n");
      else {
        o.io.out(
          `run ${run.id}: ${run.op} by ${run.actor} via ${run.face}
state: ${run.state}${run.conclusion ? ` (${run.conclusion})` : ""}
title: ${run.title ?? ""}
created: ${run.createdAt}  started: ${run.startedAt ?? "-"}  ended: ${run.endedAt ?? "-"}
`
        );
        o.io.out(`input: ${JSON.stringify(run.input)}
`);
        if (Object.keys(run.externalRef).length > 0) o.io.out(`links: ${JSON.stringify(run.externalRef)}
`);
        o.io.out(
          "policy:\n" + run.pdrs.map((d) => `  ${d.verdict.toUpperCase().padEnd(5)} ${d.rule}: ${d.reason}
`).join("")
        );
        o.io.out(
          "trace:\n" + run.trace.map((s) => `  ${s.status.padEnd(9)} ${s.name}  ${s.startedAt} .. ${s.endedAt ?? ""}
`).join("")
        );
        if (run.evidencePath) o.io.out(`evidence: ${run.evidencePath} (sha256 ${run.evidenceDigest})
`);
        if (run.error) o.io.out(`error: ${run.error}
`);
      }
      return 0;
    }
    throw new UsageError(`unknown subcommand "oda runs ${sub}"; use list or show`);
  } finally {
    await store.close();
  }
}
export {
  runsCommand
};
