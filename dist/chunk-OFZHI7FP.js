import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  applySeverities,
  inspectRepo,
  makeFinding,
  resolveKitTarget
} from "./chunk-KI7Y2RSO.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-2OWDFRQR.js";
import "./chunk-4CEKIALU.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import {
  conclusionFor,
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/spec-kit-validate/run.ts
import { resolve } from "node:path";

// src/speckit/render-findings-summary.ts
var SUMMARY_LIMIT = 6e4;
function renderFindingsSummary(kits, findings) {
  const lines = [];
  lines.push(
    `**Kits checked:** ${kits.length === 0 ? "none found" : kits.map((k) => `\`${k.kit.root}\` (${k.kit.layout})`).join(", ")}`,
    ""
  );
  if (findings.length === 0) {
    lines.push("No findings.");
    return lines.join("\n");
  }
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) pushTo(byRule, f.ruleId, f);
  lines.push("| Rule | Failures | Warnings | Notices |", "|---|---:|---:|---:|");
  for (const [rule, list] of byRule) {
    const n = (l) => list.filter((f) => f.level === l).length;
    lines.push(`| \`${rule}\` | ${n("failure")} | ${n("warning")} | ${n("notice")} |`);
  }
  let shown = 0;
  let size = lines.join("\n").length;
  outer: for (const [rule, list] of byRule) {
    const head = `
### \`${rule}\` (${list.length})
`;
    lines.push(head);
    size += head.length;
    const byFile = /* @__PURE__ */ new Map();
    for (const f of list) pushTo(byFile, f.path, f);
    for (const [path, items] of byFile) {
      lines.push(`- \`${path}\``);
      for (const f of items) {
        const line = `  - ${f.line}${f.column ? `:${f.column}` : ""} ${f.level}: ${escape(f.message)}`;
        if (size + line.length > SUMMARY_LIMIT) break outer;
        lines.push(line);
        size += line.length + 1;
        shown++;
      }
    }
  }
  if (shown < findings.length)
    lines.push(
      "",
      `_${findings.length - shown} more findings are not shown here; the full list is in the report's findings (\`--format json\`)._`
    );
  return lines.join("\n");
}
function escape(s) {
  return s.replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
function pushTo(groups, key, f) {
  const list = groups.get(key);
  if (list) list.push(f);
  else groups.set(key, [f]);
}

// src/ops/spec-kit-validate/run.ts
async function runSpecKitValidate(ctx, input) {
  const cfg = ctx.config["spec-kit"];
  const target = resolveKitTarget(ctx.cwd, input.dir);
  const root = input.paths.length > 0 || cfg.paths.length > 0 ? resolve(ctx.cwd, input.dir) : target.root;
  const paths = input.paths.length > 0 ? input.paths : cfg.paths.length > 0 ? cfg.paths : target.paths;
  const failOn = input.failOn ?? cfg.failOn;
  const options = {
    maxClarifications: input.maxClarifications ?? cfg.maxClarifications,
    maxFileBytes: cfg.maxFileBytes,
    signal: ctx.signal
  };
  const inspected = await ctx.step("inspect", async (s) => {
    const r = inspectRepo({ root, paths, options });
    s.note(`${r.kits.length} kits, ${r.findings.length} findings`);
    return r;
  });
  const findings = applySeverities(inspected.findings, cfg.severities).map((f) => ({
    ...f,
    message: ctx.redact.redact(f.message)
  }));
  const kits = inspected.kits.map((k) => ({
    layout: k.kit.layout,
    root: k.kit.root,
    files: k.files,
    tasks: k.tasks?.length ?? null,
    done: k.tasks?.filter((t) => t.status === "done").length ?? null
  }));
  const data = { schemaVersion: 1, failOn, kits, counts: countLevels(findings) };
  const summary = renderFindingsSummary(inspected.kits, findings);
  if (kits.length === 0 && findings.length === 0) {
    const asked = ctx.face === "action" || ctx.face !== "app" && ctx.env["CI"] === "true";
    const noKit = cfg.noKit ?? (asked ? "failure" : "neutral");
    const hint = `A kit is GitHub Spec Kit's \`.specify/\` + \`specs/<NNN-name>/{spec,plan,tasks}.md\` (also in a monorepo package such as \`apps/web/\`) or \`spec/<name>/{constitution,prd,plan,tasks}.md\`; pass the folder or tasks.md to check (\`oda spec-kit validate specs/001-feature\`), set \`spec-kit.paths\`, or set \`spec-kit.noKit: neutral\` (or \`enabled: false\`) in .github/oda.yml for a repository without kits.`;
    return makeReport({
      conclusion: noKit,
      title: "spec-kit: no spec kit found",
      summary: `${summary}

${hint}`,
      findings: noKit === "failure" ? [{ ...makeFinding({ rule: "spec-kit/missing-kit", path: ".", message: `no spec kit found. ${hint}` }) }] : [],
      data
    });
  }
  const conclusion = conclusionFor(findings, failOn);
  return makeReport({ conclusion, title: titleFor(kits.length, data.counts), summary, findings, data });
}
function countLevels(findings) {
  const c = { failure: 0, warning: 0, notice: 0 };
  for (const f of findings) if (f.level === "failure" || f.level === "warning" || f.level === "notice") c[f.level]++;
  return c;
}
function titleFor(kits, c) {
  const what = `${kits} spec kit${kits === 1 ? "" : "s"}`;
  if (c.failure + c.warning + c.notice === 0) return `spec-kit: ${what} valid`;
  const parts = [
    c.failure && `${c.failure} failure${c.failure === 1 ? "" : "s"}`,
    c.warning && `${c.warning} warning${c.warning === 1 ? "" : "s"}`,
    c.notice && `${c.notice} notice${c.notice === 1 ? "" : "s"}`
  ].filter(Boolean);
  return `spec-kit: ${parts.join(", ")} in ${what}`;
}
export {
  runSpecKitValidate
};
