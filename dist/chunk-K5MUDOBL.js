import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";

// src/op/report.ts
var conclusionSchema = external_exports.enum(["success", "failure", "neutral", "cancelled", "timed_out", "action_required"]);
var findingLevelSchema = external_exports.enum(["notice", "warning", "failure"]);
var findingSchema = external_exports.object({
  path: external_exports.string(),
  line: external_exports.number().int().min(1),
  endLine: external_exports.number().int().min(1).optional(),
  column: external_exports.number().int().min(1).optional(),
  endColumn: external_exports.number().int().min(1).optional(),
  level: findingLevelSchema,
  ruleId: external_exports.string(),
  message: external_exports.string(),
  /** Short title for annotations (GitHub caps it at 255 characters). */
  title: external_exports.string().optional(),
  /** Stable identity of the finding across edits (e.g. rule + path + content hash). */
  fingerprint: external_exports.string().optional(),
  /** Rule-specific machine data (never a secret value). */
  properties: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
});
var artifactSchema = external_exports.object({
  name: external_exports.string(),
  path: external_exports.string(),
  contentType: external_exports.string().optional(),
  sha256: external_exports.string().optional(),
  bytes: external_exports.number().int().min(0).optional()
});
var reportSchema = external_exports.object({
  conclusion: conclusionSchema,
  title: external_exports.string(),
  /** Markdown shown as the check-run summary / step summary. */
  summary: external_exports.string(),
  /** Longer markdown detail (check-run `text`). */
  text: external_exports.string().optional(),
  findings: external_exports.array(findingSchema),
  artifacts: external_exports.array(artifactSchema),
  /** Op-specific structured result (tests, graph, deploy record...). JSON only. */
  data: external_exports.unknown().optional()
});
function makeReport(r) {
  return { summary: "", findings: [], artifacts: [], ...r };
}
var levelRank = { notice: 0, warning: 1, failure: 2 };
function atLeast(level, threshold) {
  return levelRank[level] >= levelRank[threshold];
}
function conclusionFor(findings, failOn = "failure") {
  return findings.some((f) => atLeast(f.level, failOn)) ? "failure" : "success";
}

export {
  conclusionSchema,
  reportSchema,
  makeReport,
  conclusionFor
};
