import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  countTasks,
  inspectRepo,
  resolveKitTarget
} from "./chunk-KI7Y2RSO.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-2OWDFRQR.js";
import "./chunk-4CEKIALU.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/spec-kit-report/run.ts
import { resolve } from "node:path";

// src/speckit/compute-status-table.ts
function computeStatusTable(k) {
  if (!k.tasks || !k.tasksPath) return void 0;
  const tasks = k.tasks;
  const rows = [];
  const loose = tasks.filter((t) => t.phase === "");
  if (loose.length > 0) rows.push(row("", "Outside any phase", loose));
  const seen = /* @__PURE__ */ new Set();
  for (const p of k.phases) {
    if (seen.has(p.key)) continue;
    seen.add(p.key);
    rows.push(
      row(
        p.key,
        p.title,
        tasks.filter((t) => t.phase === p.key)
      )
    );
  }
  return { kit: k.kit.root, tasksPath: k.tasksPath, rows, total: row("", "Total", tasks) };
}
function row(phase, title, tasks) {
  const c = countTasks(tasks);
  return {
    phase,
    title,
    done: c.done,
    inProgress: c.inProgress,
    todo: c.todo,
    blocked: c.blocked,
    skipped: c.skipped,
    total: c.total,
    percent: Math.round(c.percent)
  };
}

// src/speckit/render-status-table.ts
function renderStatusTable(tables) {
  if (tables.length === 0) return "No tasks file found.";
  const out = [];
  for (const t of tables) {
    out.push(
      `### \`${t.tasksPath}\``,
      "",
      "| Phase | Title | Done | In progress | Todo | Blocked | Skipped | Total | % complete |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    );
    for (const r of t.rows) out.push(line(r, r.phase || "-", r.title));
    out.push(line(t.total, "**Total**", ""), "");
  }
  return out.join("\n").trimEnd();
}
function line(r, phase, title) {
  return `| ${phase} | ${title.replace(/\|/g, "\\|")} | ${r.done} | ${r.inProgress} | ${r.todo} | ${r.blocked} | ${r.skipped} | ${r.total} | ${r.percent}% |`;
}

// src/ops/spec-kit-report/run.ts
var unreadable = /* @__PURE__ */ new Set([
  "spec-kit/missing-kit",
  "spec-kit/file-too-large",
  "spec-kit/binary-file",
  "spec-kit/invalid-encoding",
  "spec-kit/empty-file"
]);
async function runSpecKitReport(ctx, input) {
  const cfg = ctx.config["spec-kit"];
  const target = resolveKitTarget(ctx.cwd, input.dir);
  const root = input.paths.length > 0 || cfg.paths.length > 0 ? resolve(ctx.cwd, input.dir) : target.root;
  const paths = input.paths.length > 0 ? input.paths : cfg.paths.length > 0 ? cfg.paths : target.paths;
  const inspected = await ctx.step(
    "inspect",
    async () => inspectRepo({
      root,
      paths,
      options: { maxClarifications: cfg.maxClarifications, maxFileBytes: cfg.maxFileBytes, signal: ctx.signal }
    })
  );
  const tables = inspected.kits.map(computeStatusTable).filter((t) => t !== void 0);
  const findings = inspected.findings.filter((f) => unreadable.has(f.ruleId)).map((f) => ({ ...f, message: ctx.redact.redact(f.message) }));
  const data = ctx.redact.redactValue({ schemaVersion: 1, tables });
  const summary = ctx.redact.redact(renderStatusTable(tables));
  if (tables.length === 0)
    return makeReport({ conclusion: "neutral", title: "spec-kit: no tasks file found", summary, findings, data });
  const done = tables.reduce((n, t) => n + t.total.done, 0);
  const total = tables.reduce((n, t) => n + t.total.total, 0);
  const pct = total === 0 ? 0 : Math.round(done * 100 / total);
  return makeReport({
    conclusion: "success",
    title: `spec-kit: ${done}/${total} tasks done (${pct}%) in ${tables.length} kit${tables.length === 1 ? "" : "s"}`,
    summary,
    findings,
    data
  });
}
export {
  runSpecKitReport
};
