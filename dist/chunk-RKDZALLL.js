import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  renderGithub,
  renderText
} from "./chunk-3MTOEWIP.js";
import {
  toSarif
} from "./chunk-RGNHKACQ.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";

// src/cli/render-report.ts
import { closeSync, openSync, readFileSync, readSync } from "node:fs";

// src/face/render/render-sarif.ts
function renderSarif(op, report) {
  const known = new Map((op.rules ?? []).map((r) => [r.id, r.description]));
  const rules = [...new Set(report.findings.map((f) => f.ruleId))].map((id) => ({
    id,
    description: known.get(id) ?? report.findings.find((f) => f.ruleId === id)?.title ?? id
  }));
  return JSON.stringify(
    toSarif([{ category: `oda/${op.check?.name ?? op.name}`, toolName: "oda", rules, findings: report.findings }]),
    null,
    2
  ) + "\n";
}

// src/cli/render-report.ts
var baseFormats = ["text", "json", "github", "sarif"];
function formatsOf(op) {
  return [.../* @__PURE__ */ new Set([...baseFormats, ...Object.keys(op.formats ?? {}), ...Object.keys(op.fileFormats ?? {})])];
}
function renderRun(op, record, format, label = op.check ? `oda / ${op.check.name}` : `oda ${op.name}`) {
  const custom = op.formats?.[format] ?? op.fileFormats?.[format];
  if (custom) {
    const out = custom(reportOf(record));
    return ensureNewline(typeof out === "string" ? out : readFileSync(out.file, "utf8"));
  }
  return renderBase(op, record, format, label);
}
function writeRun(op, record, format, write) {
  const custom = op.formats?.[format] ?? op.fileFormats?.[format];
  if (!custom) return write(renderBase(op, record, format));
  const out = custom(reportOf(record));
  if (typeof out === "string") return write(ensureNewline(out));
  copyFile(out.file, write);
}
function copyFile(path, write) {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const decoder = new TextDecoder("utf-8");
    let endsWithNewline = true;
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0; ) {
      const text = decoder.decode(buffer.subarray(0, n), { stream: true });
      if (text) write(text);
      if (text) endsWithNewline = text.endsWith("\n");
    }
    write(decoder.decode() + (endsWithNewline ? "" : "\n"));
  } finally {
    closeSync(fd);
  }
}
var CHUNK = 1024 * 1024;
function renderBase(op, record, format, label = op.check ? `oda / ${op.check.name}` : `oda ${op.name}`) {
  const report = reportOf(record);
  switch (format) {
    case "text":
      return renderText(label, report);
    case "json":
      return JSON.stringify(runJson(record), null, 2) + "\n";
    case "github":
      return renderGithub(label, report);
    case "sarif":
      return renderSarif(op, report);
    default:
      throw new UsageError(`unknown format "${format}" for ${op.name}; use one of ${formatsOf(op).join(", ")}`);
  }
}
function runJson(record) {
  const report = reportOf(record);
  return {
    id: record.id,
    op: record.op,
    state: record.state,
    conclusion: report.conclusion,
    title: report.title,
    summary: report.summary,
    findings: report.findings,
    artifacts: report.artifacts,
    data: report.data,
    pdrs: record.pdrs,
    evidence: record.evidencePath
  };
}
function reportOf(record) {
  return record.report ?? {
    conclusion: "failure",
    title: record.error ?? "no report",
    summary: "",
    findings: [],
    artifacts: []
  };
}
function ensureNewline(s) {
  return s.endsWith("\n") ? s : s + "\n";
}

export {
  formatsOf,
  renderRun,
  writeRun,
  runJson
};
