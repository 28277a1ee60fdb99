import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/face/render/render-text.ts
var mark = {
  success: "PASS",
  neutral: "NEUTRAL",
  failure: "FAIL",
  cancelled: "CANCELLED",
  timed_out: "TIMED OUT",
  action_required: "ACTION REQUIRED"
};
function renderText(label, report) {
  const lines = [`${mark[report.conclusion]}  ${label}: ${report.title}`];
  for (const f of sortFindings(report.findings))
    lines.push(`  ${location(f)}  ${f.level.padEnd(7)}  ${f.ruleId}  ${f.message.split("\n")[0]}`);
  if (report.summary.trim() !== "") lines.push("", indent(report.summary.trim()));
  for (const a of report.artifacts) lines.push(`  artifact: ${a.name} -> ${a.path}`);
  return lines.join("\n") + "\n";
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0)
  );
}
function location(f) {
  return `${f.path}:${f.line}${f.column !== void 0 ? `:${f.column}` : ""}`;
}
function indent(text) {
  return text.split("\n").map((l) => `  ${l}`).join("\n");
}

// src/face/render/render-github.ts
function renderGithub(label, report) {
  const lines = sortFindings(report.findings).map((f) => command(f));
  lines.push(`::notice title=${escapeProperty(label)}::${escapeData(`${report.conclusion}: ${report.title}`)}`);
  return lines.join("\n") + "\n";
}
function command(f) {
  const kind = f.level === "failure" ? "error" : f.level;
  const props = [`file=${escapeProperty(f.path)}`, `line=${f.line}`];
  if (f.endLine !== void 0) props.push(`endLine=${f.endLine}`);
  if (f.column !== void 0) props.push(`col=${f.column}`);
  if (f.endColumn !== void 0) props.push(`endColumn=${f.endColumn}`);
  props.push(`title=${escapeProperty(f.title ?? f.ruleId)}`);
  return `::${kind} ${props.join(",")}::${escapeData(f.message)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export {
  renderText,
  sortFindings,
  renderGithub
};
