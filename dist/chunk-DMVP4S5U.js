import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  cliActor,
  exitCodeFor
} from "./chunk-OGVJ5G3N.js";
import {
  enabledChecks,
  runChecks
} from "./chunk-MUABRNOO.js";
import {
  renderRun,
  runJson
} from "./chunk-RKDZALLL.js";
import {
  assertRepoDir,
  loadCliConfig
} from "./chunk-G746FLH4.js";
import {
  allOps,
  redactionSources
} from "./chunk-RGNHKACQ.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";

// src/cli/commands/check-command.ts
import { join, resolve } from "node:path";
async function checkCommand(o) {
  if (o.options.help) {
    o.io.out(
      "usage: oda check [dir] [--format text|json|github] [--evidence[=<root>]]\n\nRuns every PR check enabled in the repository's .github/oda.yml (spec-kit, manifest, secrets, odoo-ci) and prints each report.\n"
    );
    return 0;
  }
  if (o.args.length > 1 || o.args.some((a) => a.startsWith("--")))
    throw new UsageError(`oda check takes one folder, got: ${o.args.join(" ")}`);
  if (!["text", "json", "github"].includes(o.options.format))
    throw new UsageError(`oda check prints text, json or github, not "${o.options.format}"`);
  const dir = resolve(o.io.cwd, o.args[0] ?? ".");
  assertRepoDir(dir, o.args[0] ?? ".");
  const { config } = await loadCliConfig(dir, o.io);
  const { actor, permission } = await cliActor(enabledChecks(allOps(), config), config, o.io);
  const store = await o.openStore();
  try {
    const evidenceRoot = o.evidenceRoot ?? (o.options.evidence ? o.options.evidenceRoot ?? join(o.dataDir, "evidence") : void 0);
    const runs = await runChecks({
      ops: allOps(),
      dir,
      config,
      face: "cli",
      actor,
      actorPermission: permission,
      store,
      cwd: dir,
      env: o.io.env,
      dataDir: o.dataDir,
      redaction: redactionSources(),
      evidence: evidenceRoot ? { root: evidenceRoot } : void 0
    });
    if (o.options.format === "json") {
      o.io.out(
        JSON.stringify(
          runs.map((r) => ({ check: r.name, ...runJson(r.record) })),
          null,
          2
        ) + "\n"
      );
    } else {
      for (const r of runs)
        o.io.out(renderRun(r.op, r.record, o.options.format) + (o.options.format === "text" ? "\n" : ""));
      if (o.options.format === "text")
        o.io.out(
          runs.length === 0 ? "No check is enabled.\n" : `${runs.filter((r) => r.record.state === "succeeded").length}/${runs.length} checks passed
`
        );
    }
    return Math.max(0, ...runs.map((r) => exitCodeFor(r.record)));
  } finally {
    await store.close();
  }
}

export {
  checkCommand
};
