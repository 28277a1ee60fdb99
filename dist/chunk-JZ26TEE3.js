import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  JUNIT_ARTIFACT,
  emptyJunit
} from "./chunk-NW6B6BBN.js";
import {
  esm_default
} from "./chunk-H4D52SFG.js";
import {
  allRules
} from "./chunk-T27JOG7D.js";
import {
  specKitRules
} from "./chunk-HNVKVUKN.js";
import {
  didYouMean,
  isGraphView,
  renderGraphText
} from "./chunk-KCBKPHLN.js";
import {
  external_exports,
  makeReport
} from "./chunk-EECUWES3.js";

// src/op/define-op.ts
var permissionLevels = ["none", "read", "triage", "write", "maintain", "admin"];
function defineOp(def) {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/.test(def.name)) {
    throw new Error(`op name "${def.name}" must be dotted kebab-case, e.g. "manifest.verify"`);
  }
  return def;
}

// src/op/lazy-run.ts
function lazyRun(load) {
  return async (ctx, input) => (await load())(ctx, input);
}

// src/ops/spec-kit-validate/schema.ts
var specKitValidateInputSchema = external_exports.object({
  /** Repository root to validate. */
  dir: external_exports.string().default(".").describe("Repository root to validate"),
  /** Kit folders relative to dir; empty uses spec-kit.paths from config, then automatic detection. */
  paths: external_exports.array(external_exports.string()).default([]).describe("Kit folders relative to dir; empty: config spec-kit.paths, else detect"),
  /** Most [NEEDS CLARIFICATION] markers per document; unset uses spec-kit.maxClarifications (3). */
  maxClarifications: external_exports.number().int().min(0).optional().describe("Most [NEEDS CLARIFICATION] markers per document (default: config, 3)"),
  /** Lowest finding level that fails the run; unset uses spec-kit.failOn (failure). */
  failOn: external_exports.enum(["notice", "warning", "failure"]).optional().describe("Lowest finding level that fails the run (default: config, failure)")
});

// src/ops/spec-kit-validate/index.ts
var specKitValidateOp = defineOp({
  action: "spec-kit",
  name: "spec-kit.validate",
  summary: "Validate spec kits (four-file spec/<name>/ or GitHub Spec Kit specs/): structure, placeholders, tasks, stated totals",
  input: specKitValidateInputSchema,
  positional: ["dir"],
  guard: { permission: "read", timeoutS: 120 },
  check: { name: "spec-kit", input: ({ dir }) => ({ dir }) },
  rules: specKitRules,
  run: lazyRun(async () => (await import("./chunk-IQLMEWSU.js")).runSpecKitValidate)
});

// src/ops/spec-kit-report/schema.ts
var specKitReportInputSchema = external_exports.object({
  /** Repository root whose kits are reported. */
  dir: external_exports.string().default(".").describe("Repository root whose kits are reported"),
  /** Kit folders relative to dir; empty uses spec-kit.paths from config, then automatic detection. */
  paths: external_exports.array(external_exports.string()).default([]).describe("Kit folders relative to dir; empty: config spec-kit.paths, else detect")
});

// src/ops/spec-kit-report/index.ts
var specKitReportOp = defineOp({
  action: "spec-kit-report",
  name: "spec-kit.report",
  summary: "Recomputed task status per phase (done / in progress / todo / blocked, % complete) of each spec kit",
  input: specKitReportInputSchema,
  positional: ["dir"],
  guard: { permission: "read", timeoutS: 120 },
  run: lazyRun(async () => (await import("./chunk-VYPGRK2Z.js")).runSpecKitReport)
});

// src/ops/families/speckit.ts
var specKitFamily = {
  name: "speckit",
  ops: [specKitValidateOp, specKitReportOp]
};

// src/ops/manifest-affected/schema.ts
var GIT_REF = /^[^-\s][^\s]*$/;
var GIT_REF_OR_EMPTY = /^(?:[^-\s][^\s]*)?$/;
var manifestAffectedInputSchema = external_exports.object({
  /** Repository root (or a folder inside a git checkout). */
  dir: external_exports.string().default(".").describe("Repository root (a folder inside a git checkout)"),
  /** Git ref the change is compared against (the PR base). */
  base: external_exports.string().regex(GIT_REF, 'expected a git ref (a branch, tag or commit; not starting with "-")').default("origin/main").describe("Git ref to compare against (PR base)"),
  /** Git ref of the change, whose tree is read; empty compares the base with the working tree. */
  head: external_exports.string().regex(GIT_REF_OR_EMPTY, 'expected a git ref (a branch, tag or commit; not starting with "-") or nothing').default("HEAD").describe("Git ref of the change, whose tree is read; empty: the working tree")
});

// src/ops/manifest-affected/index.ts
var manifestAffectedOp = defineOp({
  name: "manifest.affected",
  summary: "Addons changed between two git refs plus their transitive dependents, dependencies first",
  input: manifestAffectedInputSchema,
  positional: ["dir"],
  guard: { permission: "read", timeoutS: 120 },
  formats: {
    // The ordered list itself, for scripts; `list` is one addon per line (for `odoo -u`, join with commas).
    json: (report) => JSON.stringify(report.data ?? [], null, 2),
    list: (report) => Array.isArray(report.data) ? report.data.map((a) => String(a.addon)).join("\n") : ""
  },
  run: lazyRun(async () => (await import("./chunk-HCWDDBQN.js")).runManifestAffected)
});

// src/odoo/graph/render-graph-dot.ts
var FILL = { custom: "#cfe8ff", repo: "#e6f4d7", core: "#eeeeee", unknown: "#ffd6d6" };
function renderGraphDot(v) {
  const q = (s) => JSON.stringify(s);
  const lines = [
    "digraph addons {",
    "  rankdir=LR;",
    '  node [shape=box, style="rounded,filled", fontname="Helvetica"];'
  ];
  const byRepo = /* @__PURE__ */ new Map();
  for (const n of v.nodes) {
    const key = n.repo ?? (n.kind === "core" ? "Odoo core" : n.kind === "unknown" ? "not found" : "project");
    byRepo.set(key, [...byRepo.get(key) ?? [], n]);
  }
  let i = 0;
  for (const [repo, nodes] of byRepo) {
    lines.push(`  subgraph cluster_${i++} {`, `    label=${q(repo)};`);
    for (const n of nodes) {
      const label = n.version ? `${n.name}\\n${n.version}` : n.name;
      lines.push(
        `    ${q(n.name)} [label="${label.replaceAll('"', '\\"')}", fillcolor=${q(FILL[n.kind] ?? "#ffffff")}${n.name === v.center ? ", penwidth=2" : ""}];`
      );
    }
    lines.push("  }");
  }
  for (const e of v.edges) lines.push(`  ${q(e.from)} -> ${q(e.to)} [tooltip=${q(`${e.file}:${e.line}`)}];`);
  lines.push("}");
  return lines.join("\n") + "\n";
}

// src/ops/manifest-graph/schema.ts
var manifestGraphInputSchema = external_exports.object({
  /** Addon at the center of the graph; empty with `search` lists matches only. */
  addon: external_exports.string().default("").describe("Addon at the center of the graph"),
  /** Repository root. */
  dir: external_exports.string().default(".").describe("Repository root"),
  /** How many dependency/dependent steps around the addon to include. */
  depth: external_exports.number().int().min(1).max(20).default(2).describe("Steps of dependencies and dependents to include"),
  /** Also find addons by name or summary (words, case-insensitive). */
  search: external_exports.string().default("").describe("Find addons by name or summary"),
  /** Second addon: adds the dependency path between the two. */
  to: external_exports.string().default("").describe("Second addon: show the dependency path between the two")
});

// src/ops/manifest-graph/index.ts
var manifestGraphOp = defineOp({
  name: "manifest.graph",
  summary: "The addons graph around an addon: dependencies, dependents, related addons, path; text, JSON or Graphviz dot",
  input: manifestGraphInputSchema,
  positional: ["addon"],
  guard: { permission: "read", timeoutS: 60 },
  formats: {
    json: (report) => JSON.stringify(report.data ?? null, null, 2),
    dot: (report) => isGraphView(report.data) ? renderGraphDot(report.data) : `// ${report.title}
digraph addons {}
`,
    text: (report) => isGraphView(report.data) ? renderGraphText(report.data) : `${report.title}
${report.summary}`
  },
  run: lazyRun(async () => (await import("./chunk-CKLY6YST.js")).runManifestGraph)
});

// src/ops/manifest-show/schema.ts
var manifestShowInputSchema = external_exports.object({
  /** Addon folders (or their `__manifest__.py` files) to print, relative to the working directory. */
  addons: external_exports.array(external_exports.string()).default([]).describe("Addon folders (or __manifest__.py files) to print"),
  /** Largest manifest read, in bytes. */
  maxManifestBytes: external_exports.number().int().min(1024).default(1024 * 1024).describe("Largest manifest read, in bytes")
});

// src/ops/manifest-show/index.ts
var manifestShowOp = defineOp({
  name: "manifest.show",
  summary: "Print parsed __manifest__.py files as JSON ([{addon, path, manifest}]), without executing them",
  input: manifestShowInputSchema,
  positional: ["addons"],
  guard: { permission: "read", timeoutS: 60 },
  // `--format json` prints the list itself, not the run record around it.
  formats: { json: (report) => JSON.stringify(report.data ?? [], null, 2) },
  run: lazyRun(async () => (await import("./chunk-GC53FJ74.js")).runManifestShow)
});

// src/ops/manifest-verify/schema.ts
var manifestVerifyInputSchema = external_exports.object({
  /** Repository root to verify. */
  dir: external_exports.string().default(".").describe("Repository root to verify"),
  /** Target Odoo series; unset uses manifest.series from config (auto). */
  series: external_exports.enum(["16.0", "17.0", "18.0"]).optional().describe("Target Odoo series (default: config manifest.series)"),
  /** Branch name for `series: auto` when the manifests' versions do not settle it; unset: the checkout's branch. */
  branch: external_exports.string().optional().describe("Branch name that hints the series (default: the checkout's branch)"),
  /** Lowest finding level that fails the run. */
  failOn: external_exports.enum(["notice", "warning", "failure"]).default("failure").describe("Lowest finding level that fails the run")
});

// src/ops/manifest-verify/index.ts
var manifestVerifyOp = defineOp({
  action: "manifest",
  name: "manifest.verify",
  summary: "Verify OCA/ipai addons: catalog and mounts, repo layout, __manifest__.py content, licenses, dependencies and cycles",
  input: manifestVerifyInputSchema,
  positional: ["dir"],
  guard: { permission: "read", timeoutS: 120 },
  check: { name: "manifest", input: ({ dir }) => ({ dir }) },
  run: lazyRun(async () => (await import("./chunk-42SNMBTA.js")).runManifestVerify)
});

// src/ops/families/manifest.ts
var manifestFamily = {
  name: "manifest",
  ops: [manifestVerifyOp, manifestShowOp, manifestAffectedOp, manifestGraphOp]
};

// src/secrets/redaction-patterns.ts
function secretRedactionPatterns() {
  return allRules().filter(
    (r) => r.redact !== false && !r.block && // File rules read a line by its file's format: out of that file, they would mask anything.
    r.keywords.length > 0 && r.id !== "generic-api-key" && !r.id.startsWith("script-")
  ).map((r) => ({
    id: `secret:${r.id}`,
    regex: new RegExp(r.regex.source, r.regex.flags.includes("g") ? r.regex.flags : r.regex.flags + "g"),
    group: r.secretGroup,
    keywords: r.keywords
  }));
}

// src/sarif/to-sarif.ts
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var levelOf = { failure: "error", warning: "warning", notice: "note" };
function toSarif(reports) {
  const byCategory = /* @__PURE__ */ new Map();
  for (const r of reports) {
    const group = byCategory.get(r.category);
    if (group) group.push(r);
    else byCategory.set(r.category, [r]);
  }
  const runs = [...byCategory].map(([category, group]) => buildRun(category, group));
  return { $schema: SCHEMA, version: "2.1.0", runs };
}
function buildRun(category, group) {
  const head = group[0];
  const rules = [];
  const index = /* @__PURE__ */ new Map();
  const addRule = (r) => {
    if (index.has(r.id)) return;
    index.set(r.id, rules.length);
    rules.push(toDescriptor(r));
  };
  for (const g of group) for (const r of g.rules) addRule(r);
  const results = [];
  for (const g of group) {
    for (const f of g.findings) {
      if (!index.has(f.ruleId)) addRule({ id: f.ruleId, description: f.title ?? f.ruleId });
      results.push(toResult(f, index.get(f.ruleId)));
    }
  }
  return {
    tool: {
      driver: {
        name: head.toolName,
        ...head.toolVersion ? { semanticVersion: head.toolVersion, version: head.toolVersion } : {},
        ...head.informationUri ? { informationUri: head.informationUri } : {},
        rules
      }
    },
    automationDetails: { id: category.endsWith("/") ? category : `${category}/` },
    originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
    results
  };
}
function toDescriptor(r) {
  const properties = {};
  if (r.tags && r.tags.length > 0) properties.tags = [...r.tags];
  if (r.securitySeverity !== void 0) properties["security-severity"] = r.securitySeverity.toFixed(1);
  return {
    id: r.id,
    name: toPascal(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    ...r.help ? { help: { text: r.help, markdown: r.help } } : {},
    ...r.helpUri ? { helpUri: r.helpUri } : {},
    ...Object.keys(properties).length > 0 ? { properties } : {}
  };
}
function toResult(f, ruleIndex) {
  const region = { startLine: f.line };
  if (f.column !== void 0) region.startColumn = f.column;
  if (f.endLine !== void 0 && f.endLine >= f.line) region.endLine = f.endLine;
  if (f.endColumn !== void 0 && (f.endLine === void 0 || f.endLine === f.line) && f.column !== void 0 && f.endColumn >= f.column)
    region.endColumn = f.endColumn;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: levelOf[f.level],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.path), uriBaseId: "%SRCROOT%" }, region } }],
    ...f.fingerprint ? { partialFingerprints: { "odaFingerprint/v1": f.fingerprint } } : {},
    ...f.properties ? { properties: { ...f.properties } } : {}
  };
}
function toUri(path) {
  return path.replace(/\\/g, "/").replace(/^\.?\//, "").split("/").map(encodeURIComponent).join("/");
}
function toPascal(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

// src/secrets/secrets-sarif.ts
var score = { high: 8.9, medium: 6.5, low: 3.5 };
function secretRuleToSarif(rule) {
  return {
    id: rule.id,
    description: rule.description,
    help: `${rule.description}. Revoke the credential at its provider, remove it from the code, and load it from the environment or a secret store. A false positive can be marked with \`oda:allow\` on the line or its fingerprint in \`.oda-secrets-ignore\`.`,
    securitySeverity: score[rule.severity],
    tags: ["security", "secret"]
  };
}
function secretsSarifInput(report) {
  const used = new Set(report.findings.map((f) => f.ruleId));
  return {
    category: "oda-secrets",
    toolName: "oda-secrets",
    rules: allRules().filter((r) => used.has(r.id)).map(secretRuleToSarif),
    findings: report.findings
  };
}

// src/ops/secrets-scan/schema.ts
var secretsScanInput = external_exports.object({
  /** Repository (or any directory) to scan. */
  dir: external_exports.string().default(".").describe("Repository or directory to scan"),
  /** Scan only lines added between two revisions, `base..head` (PR mode); empty scans the tree. */
  diff: external_exports.string().default("").describe("Scan only lines added between two revisions, base..head; empty scans the working tree"),
  /** A unified diff file (e.g. a PR's `.diff` from the API) whose added lines are scanned, for checkouts without git history. */
  patchFile: external_exports.string().default("").describe("Unified diff file whose added lines are scanned (for checkouts without git history)"),
  /** Scan only these repository-relative files (e.g. a PR's changed files); empty scans the whole tree. */
  paths: external_exports.array(external_exports.string()).default([]).describe("Scan only these repository-relative files, e.g. the files a PR changed; empty scans the whole tree"),
  /** Scan the whole git history (streams `git log -p`) instead of the tree. */
  history: external_exports.boolean().default(false).describe("Scan every commit of the git history instead of the working tree"),
  /** Revision range for history mode (e.g. `main`, `v1.0..HEAD`); empty means all refs. */
  rev: external_exports.string().default("").describe("Revision range for history mode, e.g. v1.0..HEAD; empty means all refs"),
  /** Baseline JSON report whose findings are accepted; overrides the config. */
  baseline: external_exports.string().default("").describe("Baseline JSON report whose findings are accepted (overrides the config)"),
  /** Lowest severity that fails; `config` uses secrets.failOn from .github/oda.yml. */
  failOn: external_exports.enum(["config", "low", "medium", "high"]).default("config").describe("Lowest severity that fails: low, medium, high, or config to use .github/oda.yml")
});

// src/ops/secrets-scan/index.ts
var secretsScanOp = defineOp({
  action: "secret-scan",
  name: "secrets.scan",
  summary: "Find leaked credentials in a PR diff, a working tree or the git history",
  description: "Provider-specific rules with checksum checks, placeholder suppression, inline `oda:allow`, an ignore file and a baseline matched by content hash. Never prints a secret: findings carry a 4-character preview, the length and a hash.",
  input: secretsScanInput,
  positional: ["dir"],
  guard: { permission: "read", timeoutS: 1800 },
  check: {
    name: "secrets",
    // With revisions: only added lines. A checkout without history (the App's tarball) gets
    // the PR's diff: its added lines, plus the files it has no hunks for (binary, too large)
    // scanned whole. Changed files alone are scanned whole; without any of these, the tree.
    input: ({ dir, base, head, changedFiles, patchFile, unpatchedFiles }) => base && head ? { dir, diff: `${base}..${head}` } : patchFile ? { dir, patchFile, paths: [...unpatchedFiles ?? []] } : changedFiles && changedFiles.length > 0 ? { dir, paths: [...changedFiles] } : { dir },
    scopeInputs: ["diff", "patchFile", "paths", "history"]
  },
  formats: {
    sarif: (report) => JSON.stringify(toSarif([secretsSarifInput(report)]), null, 2)
  },
  run: lazyRun(async () => (await import("./chunk-GHMDKIG2.js")).runSecretsScan)
});

// src/ops/families/secrets.ts
var secretsFamily = {
  name: "secrets",
  ops: [secretsScanOp],
  // What a scan would report is never printed by any run.
  redactionPatterns: secretRedactionPatterns
};

// src/odoo/ci/junit-output.ts
import { existsSync } from "node:fs";
function junitOutput(report) {
  const artifact = report.artifacts.find((a) => a.name === JUNIT_ARTIFACT);
  return artifact && existsSync(artifact.path) ? { file: artifact.path } : emptyJunit();
}

// src/ops/odoo-test/schema.ts
var moduleName = external_exports.string().regex(/^[A-Za-z0-9_]+$/, "an Odoo module name (letters, digits and underscores)");
var odooTestInputSchema = external_exports.object({
  /** Repository checkout to test. */
  dir: external_exports.string().default(".").describe("Repository root of the checkout under test"),
  /** Explicit modules; when given, selection is explicit. */
  modules: external_exports.array(moduleName).default([]).describe("Modules to test (given: explicit selection; empty: odoo-ci.select decides)"),
  /** Override of `odoo-ci.select`. */
  select: external_exports.enum(["config", "affected", "all", "explicit"]).default("config").describe("Which modules: config (odoo-ci.select), affected, all, or explicit"),
  /** Files the PR changed, relative to the repo root (affected selection). */
  changedFiles: external_exports.array(external_exports.string()).default([]).describe("Files the PR changed (affected selection; empty: unknown, all addons)"),
  /** Git ref the change is compared against, to find the changed files when none are given. */
  base: external_exports.string().default("").describe(
    "Git ref of the PR base (e.g. origin/main): affected selection uses the files changed since it (default: none; in Actions the pull request base)"
  ),
  /** Modules installed without tests before the run, on top of the computed dependencies. */
  installFirst: external_exports.array(moduleName).default([]).describe("Extra modules to install first, without running their tests"),
  /** Override of the run mode. */
  mode: external_exports.enum(["config", "docker-compose", "odoo-bin", "custom"]).default("config").describe("How Odoo starts: config (odoo-ci.mode), docker-compose, odoo-bin or custom"),
  /** Custom command (program and leading arguments); implies custom mode. */
  command: external_exports.array(external_exports.string()).default([]).describe("Custom Odoo command as an argument array (implies mode custom)"),
  /** Fixed database name instead of a per-run one. */
  database: external_exports.string().regex(/^$|^[A-Za-z_][A-Za-z0-9_-]*$/).default("").describe("Database name (default: a new per-run name)"),
  /** Keep the database after the run (for debugging). */
  keepDatabase: external_exports.boolean().default(false).describe("Keep the database after the run instead of dropping it"),
  /** Timeout such as `45m`; empty uses the TIMEOUT env, then odoo-ci.timeoutMinutes. */
  timeout: external_exports.string().default("").describe("Timeout such as 90s, 45m or 2h (default: TIMEOUT env, then odoo-ci.timeoutMinutes)"),
  /** Show the commands that would run, run nothing. */
  dryRun: external_exports.boolean().default(false).describe("Print the selection and commands, run nothing")
});

// src/ops/odoo-test/index.ts
var odooTestOp = defineOp({
  action: "odoo-ci",
  name: "odoo.test",
  summary: "Run Odoo's tests for the affected addons and report tests, annotations and JUnit",
  input: odooTestInputSchema,
  // The op enforces odoo-ci.timeout-minutes itself (and keeps the partial log); this is only a backstop.
  guard: { permission: "write", timeoutS: 6 * 3600 },
  // The PR's changed files when the face has them, else its base for `git diff` (checkouts with history).
  check: {
    name: "odoo-ci",
    input: ({ dir, changedFiles, base }) => changedFiles?.length || !base ? { dir, changedFiles: [...changedFiles ?? []] } : { dir, base }
  },
  fileFormats: { junit: junitOutput },
  run: lazyRun(async () => (await import("./chunk-BHUJJ2BT.js")).runOdooTest)
});

// src/ops/odoo-parse-log/schema.ts
var parseLogInputSchema = external_exports.object({
  /** The saved Odoo log to read. */
  file: external_exports.string().min(1).describe("Path of a saved Odoo log (plain or with ANSI colours)"),
  /** Modules the run was meant to test, to report those that ran no test. */
  modules: external_exports.array(external_exports.string()).default([]).describe("Modules the run was meant to test (reports those that ran no test)"),
  /** Exit code of the run that wrote the log, when known. */
  exitCode: external_exports.number().int().min(-1).max(255).default(-1).describe("Exit code of the run that wrote the log (-1: unknown)")
});

// src/ops/odoo-parse-log/index.ts
var odooParseLogOp = defineOp({
  name: "odoo.parse-log",
  summary: "Parse a saved Odoo test log into per-test results, fatal causes, annotations and JUnit",
  input: parseLogInputSchema,
  positional: ["file"],
  fileFormats: { junit: junitOutput },
  run: lazyRun(async () => (await import("./chunk-UVLMFKBX.js")).runParseLog)
});

// src/ops/odoo-stack-check/schema.ts
var stackCheckInputSchema = external_exports.object({
  /** Folder the stack commands run in (where the compose file is). */
  dir: external_exports.string().default(".").describe("Folder the stack commands run in (where the compose file is)"),
  /** Leave the stack running after the checks (local debugging). */
  keepUp: external_exports.boolean().default(false).describe("Leave the stack running after the checks instead of tearing it down"),
  /** Show what would run, run nothing. */
  dryRun: external_exports.boolean().default(false).describe("Print the commands and checks, run nothing")
});

// src/ops/odoo-stack-check/index.ts
var odooStackCheckOp = defineOp({
  action: "odoo-stack-check",
  name: "odoo.stack-check",
  summary: "Bring the Odoo stack up, wait for its health endpoints, run smoke commands, always tear it down",
  input: stackCheckInputSchema,
  guard: { permission: "write", timeoutS: 3600 },
  run: lazyRun(async () => (await import("./chunk-OATIXYAR.js")).runStackCheck)
});

// src/ops/families/odoo.ts
var odooFamily = {
  name: "odoo",
  ops: [odooTestOp, odooParseLogOp, odooStackCheckOp]
};

// src/deploy/secret-names.ts
function secretNames(config) {
  const names = /* @__PURE__ */ new Set();
  for (const env of Object.values(config.environments)) {
    for (const n of env.secrets) names.add(n);
    if (env.target.type === "ssh") names.add(env.target.keySecret);
    if (env.backup.passwordSecret) names.add(env.backup.passwordSecret);
    for (const c of env.health.checks) if (c.passwordSecret) names.add(c.passwordSecret);
  }
  return [...names].sort();
}

// src/deploy/ops/deploy/schema.ts
var deployInputSchema = external_exports.object({
  /** Environment name from .github/oda.yml. */
  environment: external_exports.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "an environment name from .github/oda.yml").describe("Environment to deploy to (a key of environments in .github/oda.yml)"),
  /** Branch, tag or full SHA to deploy; empty means the default branch. */
  ref: external_exports.string().default("").describe("Branch, tag or full SHA to deploy (default: the default branch)"),
  /** Why, recorded in the lock and the evidence. */
  reason: external_exports.string().max(200).default("deploy").describe("Why, recorded in the lock and the evidence"),
  /** Resolve and check everything, change nothing. */
  dryRun: external_exports.boolean().default(false).describe("Resolve and check, take no lock and change nothing")
});

// src/config/unknown-environment-error.ts
var UnknownEnvironmentError = class extends Error {
  name = "UnknownEnvironmentError";
  usage = true;
  environment;
  constructor(environment, message) {
    super(message);
    this.environment = environment;
  }
};

// src/config/find-environment.ts
function findEnvironment(config, name) {
  const env = Object.hasOwn(config.environments, name) ? config.environments[name] : void 0;
  if (!env) {
    const known = Object.keys(config.environments);
    const hint = didYouMean(name, known);
    throw new UnknownEnvironmentError(
      name,
      `environment ${JSON.stringify(name.slice(0, 60))} is not configured in .github/oda.yml; ${known.length > 0 ? `configured: ${known.join(", ")}` : "no environments are configured"}${hint ? `; did you mean "${hint}"?` : ""}`
    );
  }
  return env;
}

// src/deploy/deploy-error.ts
var DeployError = class extends Error {
  name = "DeployError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
};

// src/deploy/validate-ref-name.ts
function validateRefName(ref) {
  const problem = ref.length === 0 ? "it is empty" : ref.length > 255 ? "it is longer than 255 characters" : !/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref) ? 'only letters, digits, ".", "_", "-" and "/" are allowed, starting with a letter or digit' : ref.includes("..") || ref.includes("//") ? 'it contains ".." or "//"' : ref.endsWith("/") || ref.endsWith(".") || ref.endsWith(".lock") ? 'it ends with "/", "." or ".lock"' : void 0;
  if (problem)
    throw new DeployError("bad_ref", `ref ${JSON.stringify(ref.slice(0, 80))} is not a valid git ref: ${problem}`);
  return ref;
}
function isFullSha(ref) {
  return /^[0-9a-f]{40}$/.test(ref);
}

// src/deploy/match-ref-glob.ts
function matchRefGlob(pattern, refName) {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`).test(refName);
}
function isRefAllowed(allowed, fullName) {
  return allowed.length === 0 || allowed.some((p) => matchRefGlob(p, fullName));
}

// src/deploy/config-digest.ts
import { createHash } from "node:crypto";
function configDigest(value) {
  return "sha256:" + createHash("sha256").update(canonicalJson(value)).digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// src/deploy/health/get-json-path.ts
function getJsonPath(value, path) {
  let current = value;
  for (const segment of path.split(".").filter((s) => s.length > 0)) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (current !== null && typeof current === "object" && Object.hasOwn(current, segment))
      current = current[segment];
    else return void 0;
  }
  return current;
}
function jsonValueText(value) {
  return typeof value === "string" ? value : JSON.stringify(value) ?? "undefined";
}

// src/deploy/health/run-http-check.ts
async function runHttpCheck(c, signal) {
  const timeout = AbortSignal.timeout(c.timeoutS * 1e3);
  const res = await fetch(c.url, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    redirect: "manual",
    headers: { "user-agent": "oda-health" }
  });
  const body = await res.text();
  if (res.status !== c.expectStatus) return { ok: false, message: `HTTP ${res.status}, expected ${c.expectStatus}` };
  if (c.bodyContains && !body.includes(c.bodyContains))
    return { ok: false, message: `HTTP ${res.status}, body lacks "${c.bodyContains}"` };
  if (c.jsonPath) {
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { ok: false, message: `HTTP ${res.status}, body is not JSON` };
    }
    const actual = getJsonPath(parsed, c.jsonPath);
    const text = actual === void 0 ? "missing" : jsonValueText(actual);
    if (c.jsonEquals && text !== c.jsonEquals)
      return { ok: false, message: `HTTP ${res.status}, ${c.jsonPath}=${text.slice(0, 80)}, expected ${c.jsonEquals}` };
    if (actual === void 0) return { ok: false, message: `HTTP ${res.status}, ${c.jsonPath} missing` };
    return { ok: true, message: `HTTP ${res.status}, ${c.jsonPath}=${text.slice(0, 80)}` };
  }
  return { ok: true, message: `HTTP ${res.status}` };
}

// src/deploy/health/run-tcp-check.ts
import { connect } from "node:net";
function runTcpCheck(c) {
  return new Promise((resolve) => {
    const socket = connect({ host: c.host, port: c.port });
    const done = (ok, message) => {
      socket.destroy();
      resolve({ ok, message });
    };
    socket.setTimeout(
      c.timeoutS * 1e3,
      () => done(false, `no connection to ${c.host}:${c.port} within ${c.timeoutS}s`)
    );
    socket.once("connect", () => done(true, `connected to ${c.host}:${c.port}`));
    socket.once("error", (e) => done(false, `${c.host}:${c.port}: ${e.code ?? e.message}`));
  });
}

// src/deploy/health/run-postgres-check.ts
async function runPostgresCheck(c, env) {
  const client = new esm_default.Client({
    host: c.host,
    port: c.port || 5432,
    user: c.user,
    database: c.database,
    password: c.passwordSecret ? env[c.passwordSecret] : void 0,
    connectionTimeoutMillis: c.timeoutS * 1e3,
    query_timeout: c.timeoutS * 1e3
  });
  client.on("error", () => {
  });
  try {
    await client.connect();
    const res = await client.query("SELECT 1 AS ok");
    return res.rows.length === 1 ? { ok: true, message: "SELECT 1 answered" } : { ok: false, message: "SELECT 1 returned no row" };
  } catch (error) {
    return { ok: false, message: `postgres ${c.host}:${c.port || 5432}/${c.database}: ${error.message}` };
  } finally {
    await client.end().catch(() => {
    });
  }
}

// src/deploy/health/run-check-once.ts
async function runCheckOnce(c, deps) {
  const started = performance.now();
  let outcome;
  try {
    outcome = await attempt(c, deps);
  } catch (error) {
    const e = error;
    outcome = {
      ok: false,
      message: e.name === "TimeoutError" ? `no answer within ${c.timeoutS}s` : `${e.cause?.code ?? e.message}`
    };
  }
  return { ...outcome, latencyMs: Math.round(performance.now() - started) };
}
async function attempt(c, deps) {
  switch (c.type) {
    case "http":
      return runHttpCheck(c, deps.signal);
    case "tcp":
      return runTcpCheck(c);
    case "postgres":
      return runPostgresCheck(c, deps.env);
    case "command": {
      if (!deps.target) return { ok: false, message: "no target to run the command on" };
      const r = await deps.target.run({ script: c.run, timeoutMs: c.timeoutS * 1e3 });
      const tail = (r.stdout + r.stderr).trim().split("\n").slice(-1)[0]?.slice(0, 120) ?? "";
      if (r.timedOut) return { ok: false, message: `timed out after ${c.timeoutS}s` };
      return { ok: r.exitCode === 0, message: `exit ${r.exitCode}${tail ? `: ${tail}` : ""}` };
    }
  }
}

// src/deploy/health/wait-healthy.ts
async function waitHealthy(o) {
  const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const started = performance.now();
  const deadline = started + o.health.deadlineS * 1e3;
  const results = /* @__PURE__ */ new Map();
  let delayMs = o.health.intervalS * 1e3;
  for (; ; ) {
    const pending = o.health.checks.map((c, i) => ({ c, i })).filter(({ i }) => !results.get(i)?.ok);
    await Promise.all(
      pending.map(async ({ c, i }) => {
        const r = await runCheckOnce(c, o.deps);
        results.set(i, {
          name: c.name,
          type: c.type,
          ok: r.ok,
          latencyMs: r.latencyMs,
          attempts: (results.get(i)?.attempts ?? 0) + 1,
          message: r.message
        });
      })
    );
    const all = o.health.checks.map((_, i) => results.get(i));
    const ok = all.every((r) => r.ok);
    if (ok || performance.now() + delayMs > deadline || o.deps.signal?.aborted)
      return { ok, results: all, durationMs: Math.round(performance.now() - started) };
    await sleep(delayMs);
    delayMs = Math.min(Math.max(delayMs * 2, 50), o.health.maxIntervalS * 1e3);
  }
}

// src/deploy/lock-info-schema.ts
var lockInfoSchema = external_exports.object({
  environment: external_exports.string(),
  owner: external_exports.string(),
  runId: external_exports.string(),
  runUrl: external_exports.string(),
  reason: external_exports.string(),
  createdAt: external_exports.string(),
  expiresAt: external_exports.string()
});

// src/deploy/encode-lock.ts
var HEADER = "oda-lock v1";
function encodeLock(info) {
  return `${HEADER}

${JSON.stringify(info, null, 2)}
`;
}
function decodeLock(message) {
  if (!message.startsWith(HEADER)) return void 0;
  try {
    const parsed = lockInfoSchema.safeParse(JSON.parse(message.slice(HEADER.length)));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}
function isLockExpired(info, now) {
  const t = Date.parse(info.expiresAt);
  return Number.isNaN(t) || t <= now.getTime();
}
function describeHolder(info) {
  return `environment ${info.environment} is locked by ${info.runUrl} (${info.owner}, "${info.reason}", until ${info.expiresAt})`;
}

// src/deploy/hold-deploy-lock.ts
var MAX_BEAT_MS = 5 * 6e4;
function holdDeployLock(o) {
  let info = o.info;
  let busy = false;
  const lost = new AbortController();
  const loseWith = async (why) => {
    if (!lost.signal.aborted) {
      const holder = await o.lock.read(info.environment).catch(() => void 0);
      const now = holder && holder.runId !== info.runId ? `; ${describeHolder(holder)}` : "";
      lost.abort(
        new DeployError(
          "lock_lost",
          `lost the lock on environment ${info.environment} ${why}${now}: stopped before changing anything more`
        )
      );
      o.log.warn({ environment: info.environment, runId: info.runId }, "deploy lock lost");
    }
    throw lost.signal.reason;
  };
  const renew = async () => {
    if (busy || lost.signal.aborted) return;
    busy = true;
    try {
      const next = { ...info, expiresAt: new Date(o.now().getTime() + o.ttlMs).toISOString() };
      if (await o.lock.renew(next)) info = next;
      else await loseWith("(it expired or another run took it)");
    } catch (error) {
      if (error instanceof DeployError) return;
      if (isLockExpired(info, o.now())) await loseWith("(its lease ran out while renewals failed)").catch(() => {
      });
      else o.log.warn({ err: String(error), environment: info.environment }, "could not renew the deploy lock");
    } finally {
      busy = false;
    }
  };
  const beat = setInterval(() => void renew(), Math.max(500, Math.min(MAX_BEAT_MS, Math.floor(o.ttlMs / 3))));
  return {
    get info() {
      return info;
    },
    signal: lost.signal,
    async verify(before) {
      if (lost.signal.aborted) throw lost.signal.reason;
      const current = await o.lock.read(info.environment);
      if (!current || current.runId !== info.runId || isLockExpired(current, o.now()))
        await loseWith(`before ${before}`);
    },
    stop: () => clearInterval(beat)
  };
}

// src/deploy/targets/explain-ssh-failure.ts
function explainSshFailure(stderr) {
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/.test(stderr))
    return "Host key verification failed: the host key does not match target.knownHosts (a changed or wrong key, or an unexpected host)";
  if (/No (ED25519|RSA|ECDSA)? ?host key is known|host key for .* is not known/i.test(stderr))
    return "Host key verification failed: target.knownHosts has no key for this host and port";
  if (/Permission denied \(publickey/.test(stderr))
    return "Permission denied: the key in target.keySecret is not authorized for this user";
  if (/Load key .*: (invalid format|error in libcrypto)/.test(stderr))
    return "the secret named by target.keySecret is not a valid private key (OpenSSH or PEM format)";
  if (/Connection refused/.test(stderr)) return "connection refused: nothing listens on that host and port";
  if (/Connection timed out|Operation timed out|timed out during banner exchange/.test(stderr))
    return "connection timed out (host unreachable or filtered)";
  if (/Could not resolve hostname/.test(stderr)) return "the host name does not resolve";
  return void 0;
}

// src/deploy/run-preflight.ts
async function runPreflight(o) {
  const missing = o.env.secrets.filter((name) => !o.ctx.env[name]);
  if (missing.length > 0)
    throw new DeployError(
      "missing_secret",
      `environment ${o.envName} needs the secrets ${missing.join(", ")}; set them in the runner's environment (values are never printed)`
    );
  const secrets = {};
  for (const name of o.env.secrets) {
    const value = o.ctx.env[name];
    o.ctx.redact.addValue(value);
    secrets[name] = value;
  }
  const p = o.env.preflight;
  const r = await o.target.run({
    script: 'df -Pk -- "$ODA_DISK_PATH"',
    env: { ODA_DISK_PATH: p.diskPath },
    timeoutMs: 3e4
  });
  if (r.exitCode !== 0) {
    const text = (r.stderr || r.stdout).trim();
    const why = explainSshFailure(text) ?? (text.split("\n").slice(-3).join(" ").slice(-300) || `exit ${r.exitCode}`);
    throw new DeployError("preflight_failed", `target ${o.target.label} is not usable: ${why}`);
  }
  if (p.minFreeDiskMb > 0) {
    const availableKb = Number(r.stdout.trim().split("\n").at(-1)?.split(/\s+/)[3]);
    const freeMb = Math.floor(availableKb / 1024);
    if (!Number.isFinite(freeMb))
      throw new DeployError("preflight_failed", `cannot read free space of ${p.diskPath} on ${o.target.label}`);
    if (freeMb < p.minFreeDiskMb)
      throw new DeployError(
        "preflight_failed",
        `only ${freeMb} MiB free on ${p.diskPath} (${o.target.label}); preflight.minFreeDiskMb is ${p.minFreeDiskMb}`
      );
  }
  return secrets;
}

// src/deploy/resolve-step-timeout.ts
var DEFAULT_STEP_TIMEOUT_S = 600;
function resolveStepTimeout(stepTimeoutS, timeoutEnv) {
  if (stepTimeoutS > 0) return stepTimeoutS;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$/.exec(timeoutEnv ?? "");
  if (!m) return DEFAULT_STEP_TIMEOUT_S;
  const n = Number(m[1]) * (m[2] === "h" ? 3600 : m[2] === "m" ? 60 : 1);
  return n > 0 ? n : DEFAULT_STEP_TIMEOUT_S;
}

// src/deploy/run-steps.ts
var TAIL_LINES = 20;
async function runSteps(o) {
  const steps = [];
  for (const step of o.env.steps) {
    await o.guard?.(`${o.label} ${step.name}`);
    const timeoutS = resolveStepTimeout(step.timeoutS, o.ctx.env.TIMEOUT);
    let failure;
    try {
      await o.ctx.step(`${o.label}: ${step.name}`, async (h) => {
        const r = await o.target.run({
          script: step.run,
          env: o.stepEnv,
          timeoutMs: timeoutS * 1e3,
          ...o.signal ? { signal: o.signal } : {},
          onLine: (line, stream) => o.ctx.log.info({ step: step.name, stream }, line)
        });
        const tail = (r.stdout + r.stderr).trimEnd().split("\n").slice(-TAIL_LINES).join("\n");
        steps.push({
          name: step.name,
          sha: o.sha,
          exitCode: r.exitCode ?? null,
          durationMs: r.durationMs,
          timedOut: r.timedOut,
          timeoutS,
          outputTail: o.ctx.redact.redact(tail)
        });
        if (tail) h.note(tail);
        if (r.timedOut) throw new Error(`step ${step.name} timed out after ${timeoutS}s`);
        if (r.cancelled) throw new Error(`step ${step.name} was cancelled`);
        if (r.exitCode !== 0) throw new Error(`step ${step.name} exited with ${r.exitCode ?? "a signal"}`);
      });
    } catch (error) {
      failure = o.ctx.redact.redact(error.message);
    }
    if (failure) return { steps, failure };
  }
  return { steps };
}

// src/deploy/select-rollback-target.ts
function selectRollbackTarget(history, current) {
  const rolledAway = new Set(history.flatMap((d) => d.rolledBackFrom !== void 0 ? [d.rolledBackFrom] : []));
  const currentIndex = current.id === void 0 ? -1 : history.findIndex((d) => d.id === current.id);
  return history.slice(currentIndex + 1).find((d) => d.succeeded && d.sha !== current.sha && !rolledAway.has(d.id));
}
function selectCurrentDeployment(history) {
  return history.find((d) => d.succeeded);
}

// src/deploy/run-release.ts
async function runRelease(q) {
  const { ctx } = q;
  const record = {
    schemaVersion: 1,
    kind: q.kind,
    outcome: "failed",
    environment: q.envName,
    actor: ctx.actor,
    trigger: q.trigger,
    runUrl: q.runUrl,
    ref: q.ref,
    refName: q.resolved.fullName,
    sha: q.resolved.sha,
    tree: q.resolved.tree,
    configDigest: q.configDigest,
    target: "",
    steps: [],
    rolledBackFrom: q.rolledBackFrom
  };
  const target = await q.openTarget();
  record.target = target.label;
  let lock;
  let held;
  try {
    const secrets = await ctx.step("preflight", () => runPreflight({ ctx, envName: q.envName, env: q.env, target }));
    lock = await ctx.step("lock", async (h) => {
      const created = ctx.now();
      const info = {
        environment: q.envName,
        owner: ctx.actor,
        runId: ctx.runId,
        runUrl: q.runUrl,
        // The reason is free text from the caller and lands in GitHub (the lock's tag message).
        reason: ctx.redact.redact(q.reason),
        createdAt: created.toISOString(),
        expiresAt: new Date(created.getTime() + q.env.lockTtlMinutes * 6e4).toISOString()
      };
      const attempt2 = await q.lock.acquire(info);
      if (!attempt2.acquired) throw new DeployError("locked", describeHolder(attempt2.holder));
      if (attempt2.replacedExpired) h.note(`replaced an expired lock held by ${attempt2.replacedExpired.runUrl}`);
      return attempt2.info;
    });
    record.lock = lock;
    held = holdDeployLock({
      lock: q.lock,
      info: lock,
      ttlMs: q.env.lockTtlMinutes * 6e4,
      now: ctx.now,
      log: ctx.log
    });
    const guard = held.verify;
    const signal = held.signal;
    const stepEnv = (sha, ref) => ({
      ...secrets,
      ODA_SHA: sha,
      ODA_REF: ref,
      ODA_ENV: q.envName,
      ODA_RUN_ID: ctx.runId,
      ODA_KIND: q.kind
    });
    const deploymentId = await ctx.step("deployment", async () => {
      const id = await q.deployments.create({
        environment: q.envName,
        sha: q.resolved.sha,
        ref: q.resolved.fullName,
        task: "deploy",
        production: q.env.production,
        transient: q.env.deployment.transient,
        requiredContexts: q.env.deployment.requiredContexts,
        description: `oda ${q.kind} ${q.resolved.sha.slice(0, 7)} by ${ctx.actor}`,
        payload: {
          tool: "oda",
          kind: q.kind,
          actor: ctx.actor,
          sha: q.resolved.sha,
          ref: q.resolved.fullName,
          runUrl: q.runUrl,
          runId: ctx.runId,
          ...q.rolledBackFrom !== void 0 ? { rolledBackFrom: q.rolledBackFrom } : {}
        }
      });
      await q.deployments.setStatus(id, {
        state: "in_progress",
        logUrl: q.runUrl,
        description: `${q.kind} in progress`
      });
      return id;
    });
    record.deploymentId = deploymentId;
    const run = await runSteps({
      ctx,
      env: q.env,
      target,
      stepEnv: stepEnv(q.resolved.sha, q.resolved.fullName),
      sha: q.resolved.sha,
      label: "step",
      guard,
      signal
    });
    record.steps = run.steps;
    if (signal.aborted) throw signal.reason;
    if (!run.failure) {
      await guard("health checks");
      record.health = await checkHealth(ctx, q.env, target, "health", signal);
    }
    const failure = run.failure ?? (record.health && !record.health.ok ? `health checks failed: ${record.health.results.filter((r) => !r.ok).map((r) => `${r.name} (${r.message})`).join(", ")}` : void 0);
    if (!failure) {
      await guard("recording success");
      await ctx.step(
        "status: success",
        () => q.deployments.setStatus(deploymentId, {
          state: "success",
          environmentUrl: q.env.url,
          logUrl: q.runUrl,
          description: `${q.resolved.sha.slice(0, 7)} healthy`
        })
      );
      record.outcome = "deployed";
      return record;
    }
    record.failure = ctx.redact.redact(failure);
    if (signal.aborted) throw signal.reason;
    if (q.kind === "deploy" && q.env.rollback.auto)
      record.rollback = await autoRollback(q, { deploymentId, stepEnv, target, held });
    record.outcome = record.rollback?.healthy ? "rolled_back" : "failed";
    await ctx.step(
      "status: failure",
      () => q.deployments.setStatus(deploymentId, {
        state: "failure",
        logUrl: q.runUrl,
        description: record.failure.slice(0, 140)
      })
    );
    return record;
  } catch (error) {
    if (error instanceof DeployError) {
      record.outcome = error.code === "locked" || error.code === "missing_secret" ? "refused" : "failed";
      record.failure = ctx.redact.redact(error.message);
      if (record.deploymentId !== void 0)
        await q.deployments.setStatus(record.deploymentId, {
          state: "error",
          logUrl: q.runUrl,
          description: record.failure.slice(0, 140)
        }).catch(() => {
        });
      return record;
    }
    if (record.deploymentId !== void 0)
      await q.deployments.setStatus(record.deploymentId, { state: "error", logUrl: q.runUrl, description: "oda crashed; see the run" }).catch(() => {
      });
    throw error;
  } finally {
    held?.stop();
    if (lock)
      await q.lock.release(q.envName, ctx.runId).catch((e) => ctx.log.warn({ err: String(e) }, "could not release the lock"));
    await target.close().catch(() => {
    });
  }
}
async function checkHealth(ctx, env, target, name, signal) {
  return ctx.step(name, async (h) => {
    const run = await waitHealthy({
      health: env.health,
      deps: { target, env: ctx.env, signal: AbortSignal.any([ctx.signal, signal]) }
    });
    for (const r of run.results)
      h.note(`${r.ok ? "ok  " : "FAIL"} ${r.name} ${r.latencyMs}ms (${r.attempts} attempts): ${r.message}`);
    return {
      ok: run.ok,
      durationMs: run.durationMs,
      results: run.results.map((r) => ({ ...r, message: ctx.redact.redact(r.message) }))
    };
  });
}
async function autoRollback(q, o) {
  const { ctx } = q;
  const history = await q.deployments.history(q.envName);
  const to = selectRollbackTarget(history, { id: o.deploymentId, sha: q.resolved.sha });
  if (!to) {
    ctx.log.warn({ environment: q.envName }, "no earlier good deployment to roll back to");
    return void 0;
  }
  const rb = { toSha: to.sha, toDeploymentId: to.id, steps: [], healthy: false };
  try {
    await o.held.verify("the automatic rollback");
    rb.deploymentId = await ctx.step("rollback: deployment", async () => {
      const id = await q.deployments.create({
        environment: q.envName,
        sha: to.sha,
        ref: to.ref,
        task: "deploy",
        production: q.env.production,
        transient: q.env.deployment.transient,
        requiredContexts: [],
        description: `oda automatic rollback to ${to.sha.slice(0, 7)}`,
        payload: {
          tool: "oda",
          kind: "rollback",
          actor: ctx.actor,
          sha: to.sha,
          runUrl: q.runUrl,
          runId: ctx.runId,
          rolledBackFrom: o.deploymentId
        }
      });
      await q.deployments.setStatus(id, {
        state: "in_progress",
        logUrl: q.runUrl,
        description: "automatic rollback in progress"
      });
      return id;
    });
    const run = await runSteps({
      ctx,
      env: q.env,
      target: o.target,
      stepEnv: { ...o.stepEnv(to.sha, to.ref), ODA_KIND: "rollback" },
      sha: to.sha,
      label: "rollback",
      guard: o.held.verify,
      signal: o.held.signal
    });
    rb.steps = run.steps;
    if (o.held.signal.aborted) throw o.held.signal.reason;
    if (run.failure) rb.error = run.failure;
    else rb.health = await checkHealth(ctx, q.env, o.target, "rollback: health", o.held.signal);
    rb.healthy = !run.failure && rb.health?.ok === true;
    await q.deployments.setStatus(
      rb.deploymentId,
      rb.healthy ? {
        state: "success",
        environmentUrl: q.env.url,
        logUrl: q.runUrl,
        description: `rolled back to ${to.sha.slice(0, 7)}, healthy`
      } : { state: "failure", logUrl: q.runUrl, description: `rollback to ${to.sha.slice(0, 7)} unhealthy` }
    );
  } catch (error) {
    rb.error = ctx.redact.redact(error.message);
  }
  return rb;
}

// src/deploy/render-release-report.ts
var short = (sha) => sha.slice(0, 7);
function renderReleaseReport(r) {
  const verb = r.kind === "rollback" ? "Rollback" : "Deploy";
  const title = r.outcome === "deployed" ? `${verb} of ${short(r.sha)} to ${r.environment} succeeded (healthy)` : r.outcome === "planned" ? `${verb} of ${short(r.sha)} to ${r.environment} planned (dry run)` : r.outcome === "refused" ? `${verb} to ${r.environment} refused: ${r.failure ?? ""}` : r.outcome === "rolled_back" ? `${verb} of ${short(r.sha)} to ${r.environment} failed; rolled back to ${short(r.rollback.toSha)} (healthy)` : r.rollback ? `${verb} of ${short(r.sha)} to ${r.environment} failed; rollback to ${short(r.rollback.toSha)} is NOT healthy` : `${verb} of ${short(r.sha)} to ${r.environment} failed`;
  const lines = [
    `**${title}**`,
    "",
    `| | |`,
    `|---|---|`,
    `| environment | ${r.environment} (${r.target || "target not opened"}) |`,
    `| ref | \`${r.refName}\` \u2192 \`${r.sha}\` |`,
    `| actor / trigger | ${r.actor} / ${r.trigger} |`,
    `| run | ${r.runUrl} |`,
    `| config | \`${r.configDigest}\` |`,
    ...r.deploymentId !== void 0 ? [`| deployment | ${r.deploymentId} |`] : [],
    ...r.failure ? [`| failure | ${r.failure.replace(/\|/g, "\\|")} |`] : [],
    "",
    ...stepsTable("Steps", r.steps),
    ...healthTable("Health", r.health)
  ];
  if (r.rollback) {
    lines.push(
      `### Rollback to \`${r.rollback.toSha}\` (deployment ${r.rollback.toDeploymentId}): ${r.rollback.healthy ? "healthy" : "NOT healthy"}`,
      ""
    );
    if (r.rollback.error) lines.push(`Error: ${r.rollback.error}`, "");
    lines.push(...stepsTable("Rollback steps", r.rollback.steps), ...healthTable("Rollback health", r.rollback.health));
  }
  return makeReport({
    conclusion: r.outcome === "deployed" || r.outcome === "planned" ? "success" : "failure",
    title,
    summary: lines.join("\n"),
    data: r
  });
}
function stepsTable(heading, steps) {
  if (steps.length === 0) return [];
  return [
    `### ${heading}`,
    "",
    "| step | exit | duration |",
    "|---|---|---|",
    ...steps.map(
      (s) => `| ${s.name} | ${s.timedOut ? `timed out (${s.timeoutS}s)` : s.exitCode} | ${s.durationMs} ms |`
    ),
    ""
  ];
}
function healthTable(heading, h) {
  if (!h) return [];
  return [
    `### ${heading}: ${h.ok ? "healthy" : "unhealthy"}`,
    "",
    "| check | result | latency | attempts |",
    "|---|---|---|---|",
    ...h.results.map(
      (c) => `| ${c.name} (${c.type}) | ${c.ok ? "ok" : "FAIL"}: ${c.message.replace(/\|/g, "\\|")} | ${c.latencyMs} ms | ${c.attempts} |`
    ),
    ""
  ];
}

// src/deploy/describe-run.ts
function runUrlOf(ctx) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = ctx.env;
  if (server && repo && run) return `${server}/${repo}/actions/runs/${run}`;
  return ctx.ports.runUrl ?? `oda-run:${ctx.runId}`;
}
function triggerOf(ctx) {
  return ctx.env.GITHUB_EVENT_NAME ? `${ctx.face}:${ctx.env.GITHUB_EVENT_NAME}` : ctx.face;
}

// src/deploy/refused-record.ts
function refusedRecord(ctx, o) {
  return {
    schemaVersion: 1,
    kind: o.kind,
    outcome: "refused",
    environment: o.environment,
    actor: ctx.actor,
    trigger: triggerOf(ctx),
    runUrl: runUrlOf(ctx),
    ref: o.ref,
    refName: "",
    sha: "",
    tree: "",
    configDigest: "",
    target: "",
    steps: [],
    failure: ctx.redact.redact(o.failure)
  };
}

// src/deploy/github/select-release-ports.ts
import { join as join2 } from "node:path";

// src/deploy/local/file-deploy-lock.ts
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
var TORN_AFTER_MS = 6e4;
var TAKEOVER_TTL_MS = 6e4;
function createFileDeployLock(o) {
  const path = (env, kind) => join(o.dir, kind === "lock" ? `${env}.json` : `${env}.takeover`);
  const load = async (p) => {
    let text;
    try {
      text = await readFile(p, "utf8");
    } catch {
      return "missing";
    }
    try {
      return lockInfoSchema.parse(JSON.parse(text));
    } catch {
      return "unreadable";
    }
  };
  const create = async (p, info) => {
    try {
      await writeFile(p, JSON.stringify(info, null, 2), { flag: "wx", mode: 384 });
      return true;
    } catch (error) {
      if (error instanceof Error && "code" in error && error.code === "EEXIST") return false;
      throw error;
    }
  };
  const dead = async (p, l) => {
    if (l === "missing") return true;
    if (l !== "unreadable") return isLockExpired(l, o.now());
    const mtime = await stat(p).then(
      (s) => s.mtimeMs,
      () => 0
    );
    return o.now().getTime() - mtime >= TORN_AFTER_MS;
  };
  const unknownHolder2 = (env) => ({
    environment: env,
    owner: "unknown",
    runId: "unknown",
    runUrl: path(env, "lock"),
    reason: "lock file being written or damaged",
    createdAt: "",
    expiresAt: ""
  });
  const asHolder = (env, l) => typeof l === "object" ? l : unknownHolder2(env);
  return {
    async read(env) {
      const l = await load(path(env, "lock"));
      return l === "missing" ? void 0 : asHolder(env, l);
    },
    async acquire(info) {
      const env = info.environment;
      const lock = path(env, "lock");
      const takeover = path(env, "takeover");
      await mkdir(o.dir, { recursive: true });
      if (await create(lock, info)) return { acquired: true, info };
      const seen = await load(lock);
      if (!await dead(lock, seen)) return { acquired: false, holder: asHolder(env, seen) };
      const marker = {
        ...info,
        reason: `taking over ${env}`,
        expiresAt: new Date(o.now().getTime() + TAKEOVER_TTL_MS).toISOString()
      };
      if (!await create(takeover, marker)) {
        const taker = await load(takeover);
        if (!await dead(takeover, taker)) return { acquired: false, holder: asHolder(env, taker) };
        await unlink(takeover).catch(() => {
        });
        if (!await create(takeover, marker)) return { acquired: false, holder: asHolder(env, await load(takeover)) };
      }
      try {
        const now = await load(lock);
        if (!await dead(lock, now)) return { acquired: false, holder: asHolder(env, now) };
        await unlink(lock).catch(() => {
        });
        if (await create(lock, info))
          return { acquired: true, info, ...typeof seen === "object" ? { replacedExpired: seen } : {} };
        return { acquired: false, holder: asHolder(env, await load(lock)) };
      } finally {
        const mine = await load(takeover);
        if (typeof mine === "object" && mine.runId === info.runId) await unlink(takeover).catch(() => {
        });
      }
    },
    async renew(info) {
      const lock = path(info.environment, "lock");
      const held = await load(lock);
      if (typeof held !== "object" || held.runId !== info.runId || isLockExpired(held, o.now())) return false;
      const next = `${lock}.${info.runId.replace(/[^A-Za-z0-9._-]/g, "_")}.renew`;
      await writeFile(next, JSON.stringify(info, null, 2), { mode: 384 });
      await rename(next, lock);
      return true;
    },
    async release(env, runId) {
      const holder = await load(path(env, "lock"));
      if (typeof holder === "object" && holder.runId === runId) await unlink(path(env, "lock")).catch(() => {
      });
    }
  };
}

// src/deploy/local/file-deployment-log.ts
import { mkdir as mkdir2, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname } from "node:path";
var storedSchema = external_exports.array(
  external_exports.object({
    id: external_exports.number(),
    sha: external_exports.string(),
    ref: external_exports.string(),
    createdAt: external_exports.string(),
    succeeded: external_exports.boolean(),
    rolledBackFrom: external_exports.number().optional(),
    environment: external_exports.string(),
    statuses: external_exports.array(external_exports.object({ state: external_exports.string(), description: external_exports.string(), at: external_exports.string() }))
  })
);
function createFileDeploymentLog(o) {
  const load = async () => {
    try {
      const text = await readFile2(o.file, "utf8").catch(() => "[]");
      return storedSchema.parse(JSON.parse(text));
    } catch (error) {
      throw new Error(`${o.file} is not a valid oda deployment history; fix or remove it`, { cause: error });
    }
  };
  const save = async (all) => {
    await mkdir2(dirname(o.file), { recursive: true });
    await writeFile2(o.file, JSON.stringify(all, null, 2));
  };
  return {
    async create(d) {
      const all = await load();
      const id = (all.at(-1)?.id ?? 0) + 1;
      const rolledBackFrom = typeof d.payload.rolledBackFrom === "number" ? d.payload.rolledBackFrom : void 0;
      all.push({
        id,
        sha: d.sha,
        ref: d.ref,
        environment: d.environment,
        createdAt: o.now().toISOString(),
        succeeded: false,
        rolledBackFrom,
        statuses: []
      });
      await save(all);
      return id;
    },
    async setStatus(id, s) {
      const all = await load();
      const d = all.find((x) => x.id === id);
      if (!d) throw new Error(`deployment ${id} not found in ${o.file}`);
      d.statuses.push({ state: s.state, description: s.description, at: o.now().toISOString() });
      if (s.state === "success") d.succeeded = true;
      await save(all);
    },
    async history(environment, limit = 30) {
      const all = await load();
      return all.filter((d) => d.environment === environment).reverse().slice(0, limit).map(({ id, sha, ref, createdAt, succeeded, rolledBackFrom }) => ({
        id,
        sha,
        ref,
        createdAt,
        succeeded,
        rolledBackFrom
      }));
    }
  };
}

// src/deploy/local/git-ref-resolver.ts
function createGitRefResolver(o) {
  const git = (...args) => o.exec("git", ["-C", o.cwd, ...args], { timeoutMs: 3e4 });
  const revParse = async (expr) => {
    const r = await git("rev-parse", "--verify", "--quiet", "--end-of-options", expr);
    return r.exitCode === 0 ? r.stdout.trim() : void 0;
  };
  const exists = async (full) => (await git("show-ref", "--verify", "--quiet", full)).exitCode === 0;
  const defaultBranch = async () => {
    const r = await git("symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD");
    if (r.exitCode === 0) return r.stdout.trim().replace(/^origin\//, "");
    const head = await git("symbolic-ref", "--quiet", "--short", "HEAD");
    return head.exitCode === 0 ? head.stdout.trim() : "main";
  };
  return {
    defaultBranch,
    async resolve(ref) {
      let fullName;
      if (isFullSha(ref)) fullName = ref;
      else if (ref.startsWith("refs/")) fullName = await exists(ref) ? ref : void 0;
      else if (await exists(`refs/heads/${ref}`)) fullName = `refs/heads/${ref}`;
      else if (await exists(`refs/tags/${ref}`)) fullName = `refs/tags/${ref}`;
      if (!fullName) return void 0;
      const sha = await revParse(`${fullName}^{commit}`);
      const tree = sha ? await revParse(`${sha}^{tree}`) : void 0;
      return sha && tree ? { sha, tree, fullName } : void 0;
    },
    async isAncestorOfDefault(sha) {
      const branch = await defaultBranch();
      return (await git("merge-base", "--is-ancestor", "--end-of-options", sha, `refs/heads/${branch}`)).exitCode === 0;
    }
  };
}

// src/github/client-from-token.ts
async function clientFromToken(o) {
  const { ProbotOctokit } = await import("./chunk-GAAD33LO.js");
  return new ProbotOctokit({ auth: { token: o.token }, baseUrl: o.baseUrl });
}

// src/github/status-of.ts
function statusOf(error) {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : void 0;
}

// src/deploy/github/github-deployment-log.ts
var deploymentSchema = external_exports.object({
  id: external_exports.number(),
  sha: external_exports.string(),
  ref: external_exports.string(),
  created_at: external_exports.string(),
  payload: external_exports.unknown()
});
var statusSchema = external_exports.object({ state: external_exports.string() });
var MAX_DESCRIPTION = 140;
function createGitHubDeploymentLog(o) {
  const repo = { owner: o.owner, repo: o.repo };
  return {
    async create(d) {
      const res = await o.octokit.request("POST /repos/{owner}/{repo}/deployments", {
        ...repo,
        ref: d.sha,
        task: d.task,
        environment: d.environment,
        payload: d.payload,
        description: d.description.slice(0, MAX_DESCRIPTION),
        auto_merge: false,
        required_contexts: [...d.requiredContexts],
        production_environment: d.production,
        transient_environment: d.transient
      }).catch((error) => {
        if (statusOf(error) === 409)
          throw new DeployError(
            "preflight_failed",
            `GitHub refused the deployment: ${messageOf(error)} (required contexts: ${d.requiredContexts.join(", ") || "all"})`,
            { cause: error }
          );
        throw error;
      });
      return external_exports.object({ id: external_exports.number() }).parse(res.data).id;
    },
    async setStatus(id, s) {
      await o.octokit.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        ...repo,
        deployment_id: id,
        state: s.state,
        description: s.description.slice(0, MAX_DESCRIPTION),
        ...s.environmentUrl ? { environment_url: s.environmentUrl } : {},
        ...s.logUrl ? { log_url: s.logUrl } : {}
      });
    },
    async history(environment, limit = 30) {
      const res = await o.octokit.request("GET /repos/{owner}/{repo}/deployments", {
        ...repo,
        environment,
        per_page: Math.min(limit, 100)
      });
      const list = external_exports.array(deploymentSchema).parse(res.data).filter((d) => isOdaPayload(typeof d.payload === "string" ? safeJson(d.payload) : d.payload));
      return Promise.all(
        list.map(async (d) => {
          const statuses = external_exports.array(statusSchema).parse(
            (await o.octokit.request("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
              ...repo,
              deployment_id: d.id,
              per_page: 100
            })).data
          );
          const payload = typeof d.payload === "string" ? safeJson(d.payload) : d.payload;
          const from = payload !== null && typeof payload === "object" && "rolledBackFrom" in payload && typeof payload.rolledBackFrom === "number" ? payload.rolledBackFrom : void 0;
          return {
            id: d.id,
            sha: d.sha,
            ref: d.ref,
            createdAt: d.created_at,
            succeeded: statuses.some((s) => s.state === "success"),
            rolledBackFrom: from
          };
        })
      );
    }
  };
}
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isOdaPayload(payload) {
  return payload !== null && typeof payload === "object" && "tool" in payload && payload.tool === "oda";
}
var errorBodySchema = external_exports.object({ response: external_exports.object({ data: external_exports.object({ message: external_exports.string() }) }) });
function messageOf(error) {
  const parsed = errorBodySchema.safeParse(error);
  return parsed.success ? parsed.data.response.data.message : error instanceof Error ? error.message : String(error);
}

// src/deploy/github/github-ref-resolver.ts
var refSchema = external_exports.object({ ref: external_exports.string(), object: external_exports.object({ sha: external_exports.string(), type: external_exports.string() }) });
var commitSchema = external_exports.object({ sha: external_exports.string(), commit: external_exports.object({ tree: external_exports.object({ sha: external_exports.string() }) }) });
function createGitHubRefResolver(o) {
  const repo = { owner: o.owner, repo: o.repo };
  const orUndefined = async (p) => {
    try {
      return await p;
    } catch (error) {
      if (statusOf(error) === 404 || statusOf(error) === 422) return void 0;
      throw error;
    }
  };
  const getRef = async (full) => {
    const res = await orUndefined(
      o.octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repo, ref: full.replace(/^refs\//, "") })
    );
    return res && !Array.isArray(res.data) ? refSchema.parse(res.data) : void 0;
  };
  const commit = async (ref) => {
    const res = await orUndefined(o.octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...repo, ref }));
    return res ? commitSchema.parse(res.data) : void 0;
  };
  let defaultBranchCache;
  const defaultBranch = async () => {
    defaultBranchCache ??= external_exports.object({ default_branch: external_exports.string() }).parse((await o.octokit.request("GET /repos/{owner}/{repo}", repo)).data).default_branch;
    return defaultBranchCache;
  };
  return {
    defaultBranch,
    async resolve(ref) {
      if (isFullSha(ref)) {
        const c = await commit(ref);
        return c ? { sha: c.sha, tree: c.commit.tree.sha, fullName: ref } : void 0;
      }
      const candidates = ref.startsWith("refs/") ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`];
      for (const full of candidates) {
        const r = await getRef(full);
        if (!r) continue;
        const c = await commit(full.replace(/^refs\//, ""));
        return c ? { sha: c.sha, tree: c.commit.tree.sha, fullName: full } : void 0;
      }
      return void 0;
    },
    async isAncestorOfDefault(sha) {
      const branch = await defaultBranch();
      const res = await orUndefined(
        o.octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", { ...repo, basehead: `${sha}...${branch}` })
      );
      if (!res) return false;
      const status = external_exports.object({ status: external_exports.string() }).parse(res.data).status;
      return status === "ahead" || status === "identical";
    }
  };
}

// src/deploy/github/github-deploy-lock.ts
var refSchema2 = external_exports.object({ object: external_exports.object({ sha: external_exports.string(), type: external_exports.string() }) });
var TAKEOVER_TTL_MS2 = 6e4;
function createGitHubDeployLock(o) {
  const repo = { owner: o.owner, repo: o.repo };
  const refName = (env, kind) => `oda/${kind}/${env}`;
  const ignore = (...statuses) => (error) => {
    if (!statuses.includes(statusOf(error) ?? 0)) throw error;
  };
  const load = async (ref, env) => {
    let obj;
    try {
      obj = refSchema2.parse(
        (await o.octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repo, ref })).data
      ).object;
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
    if (obj.type !== "tag") return { sha: obj.sha, info: unknownHolder(env) };
    const tag = external_exports.object({ message: external_exports.string() }).parse(
      (await o.octokit.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", { ...repo, tag_sha: obj.sha })).data
    );
    return { sha: obj.sha, info: decodeLock(tag.message) ?? unknownHolder(env) };
  };
  const tagFor = async (info) => {
    const res = await o.octokit.request("POST /repos/{owner}/{repo}/git/tags", {
      ...repo,
      tag: `oda-lock-${info.environment}`,
      message: encodeLock(info),
      object: await o.anchorSha(),
      type: "commit"
    });
    return external_exports.object({ sha: external_exports.string() }).parse(res.data).sha;
  };
  const createRef = async (ref, sha) => {
    try {
      await o.octokit.request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: `refs/${ref}`, sha });
      return true;
    } catch (error) {
      ignore(422, 409)(error);
      return false;
    }
  };
  const deleteRef = (ref) => o.octokit.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ...repo, ref }).then(() => void 0, ignore(422, 404));
  const expired = (h) => h === void 0 || isLockExpired(h.info, o.now());
  return {
    async read(env) {
      return (await load(refName(env, "locks"), env))?.info;
    },
    async acquire(info) {
      const env = info.environment;
      const lockRef = refName(env, "locks");
      const takeoverRef = refName(env, "takeover");
      const tagSha = await tagFor(info);
      if (await createRef(lockRef, tagSha)) return { acquired: true, info };
      const seen = await load(lockRef, env);
      if (seen && !expired(seen)) return { acquired: false, holder: seen.info };
      const markerSha = await tagFor({
        ...info,
        reason: `taking over ${env}`,
        expiresAt: new Date(o.now().getTime() + TAKEOVER_TTL_MS2).toISOString()
      });
      if (!await createRef(takeoverRef, markerSha)) {
        const taker = await load(takeoverRef, env);
        if (!expired(taker)) return { acquired: false, holder: taker.info };
        await deleteRef(takeoverRef);
        if (!await createRef(takeoverRef, markerSha))
          return { acquired: false, holder: (await load(takeoverRef, env))?.info ?? unknownHolder(env) };
      }
      try {
        const now = await load(lockRef, env);
        if (now && !expired(now)) return { acquired: false, holder: now.info };
        if (now) await deleteRef(lockRef);
        if (await createRef(lockRef, tagSha))
          return { acquired: true, info, ...seen ? { replacedExpired: seen.info } : {} };
        return { acquired: false, holder: (await load(lockRef, env))?.info ?? unknownHolder(env) };
      } finally {
        if ((await load(takeoverRef, env))?.sha === markerSha) await deleteRef(takeoverRef);
      }
    },
    async renew(info) {
      const env = info.environment;
      const lockRef = refName(env, "locks");
      const held = await load(lockRef, env);
      if (!held || held.info.runId !== info.runId || expired(held)) return false;
      const tagSha = await tagFor(info);
      try {
        await o.octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
          ...repo,
          ref: lockRef,
          sha: tagSha,
          force: true
        });
        return true;
      } catch (error) {
        ignore(422, 404)(error);
        return false;
      }
    },
    async release(env, runId) {
      const held = await load(refName(env, "locks"), env);
      if (held?.info.runId === runId) await deleteRef(refName(env, "locks"));
    }
  };
}
function unknownHolder(environment) {
  return {
    environment,
    owner: "unknown",
    runId: "unknown",
    runUrl: `refs/oda/locks/${environment}`,
    reason: "lock ref not written by oda",
    createdAt: "",
    expiresAt: "9999-12-31T23:59:59Z"
  };
}

// src/deploy/github/select-release-ports.ts
async function selectReleasePorts(ctx, anchorSha) {
  const repo = ctx.ports.repo;
  const token = ctx.ports.githubToken;
  const github = ctx.ports.github ?? (repo && token ? await clientFromToken({ token, baseUrl: ctx.ports.githubApiUrl ?? "https://api.github.com" }) : void 0);
  if (github && repo) {
    const o = { octokit: github, owner: repo.owner, repo: repo.repo };
    return {
      mode: "github",
      refs: createGitHubRefResolver(o),
      deployments: createGitHubDeploymentLog(o),
      lock: createGitHubDeployLock({ ...o, now: ctx.now, anchorSha })
    };
  }
  const state = join2(ctx.cwd, ".oda", "state");
  return {
    mode: "local",
    refs: createGitRefResolver({ exec: ctx.exec, cwd: ctx.cwd }),
    deployments: createFileDeploymentLog({ file: join2(state, "deployments.json"), now: ctx.now }),
    lock: createFileDeployLock({ dir: join2(state, "locks"), now: ctx.now })
  };
}

// src/deploy/targets/open-target.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/deploy/targets/local-executor.ts
function createLocalExecutor(o) {
  return {
    label: "local",
    async run(r) {
      const result = await o.exec("sh", ["-c", r.script], {
        cwd: o.cwd,
        env: r.env,
        timeoutMs: r.timeoutMs,
        onLine: r.onLine,
        input: r.input,
        ...r.signal ? { signal: r.signal } : {}
      });
      return {
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
        timedOut: result.timedOut,
        cancelled: result.cancelled,
        durationMs: result.durationMs
      };
    },
    async close() {
    }
  };
}

// src/deploy/targets/ssh-executor.ts
import { mkdtemp, rm, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/deploy/targets/sh-quote.ts
function shQuote(value) {
  if (value.includes("\0")) throw new Error("a NUL byte cannot be passed to a shell");
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// src/deploy/targets/build-remote-script.ts
var CWD_MISSING_EXIT = 97;
function buildRemoteScript(o) {
  const lines = ["oda_main() {"];
  for (const [name, value] of Object.entries(o.env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid environment variable name "${name}"`);
    lines.push(`export ${name}=${shQuote(value)}`);
  }
  lines.push(`ODA_STEP_SCRIPT=${shQuote(o.script)}`);
  if (o.cwd) lines.push(`cd -- ${shQuote(o.cwd)} || exit ${CWD_MISSING_EXIT}`);
  const seconds = Math.max(1, Math.ceil(o.timeoutS));
  lines.push(
    `if command -v timeout >/dev/null 2>&1; then timeout -k 5 ${seconds} sh -c "$ODA_STEP_SCRIPT" </dev/null & else sh -c "$ODA_STEP_SCRIPT" </dev/null & fi`,
    "oda_step=$!",
    // timeout leads the step's process group: TERM to it reaches the whole group.
    '{ cat >/dev/null; kill -TERM "$oda_step"; sleep 3; kill -KILL -- -"$oda_step" "$oda_step"; } <&3 >/dev/null 2>&1 &',
    "oda_watch=$!",
    'wait "$oda_step"',
    "oda_status=$?",
    'kill -KILL "$oda_watch" 2>/dev/null',
    'return "$oda_status"',
    "}",
    "exec 3<&0; oda_main; exit $?"
  );
  return lines.join("\n") + "\n";
}

// src/deploy/targets/ssh-executor.ts
var LOCAL_GRACE_S = 10;
async function createSshExecutor(o) {
  const dir = await mkdtemp(join3(tmpdir(), "oda-ssh-"));
  const keyPath = join3(dir, "id");
  const knownHostsPath = join3(dir, "known_hosts");
  await writeFile3(keyPath, o.privateKey.endsWith("\n") ? o.privateKey : o.privateKey + "\n", { mode: 384 });
  await writeFile3(knownHostsPath, o.knownHosts.endsWith("\n") ? o.knownHosts : o.knownHosts + "\n", { mode: 384 });
  const base = [
    "-F",
    "/dev/null",
    "-o",
    "BatchMode=yes",
    "-o",
    "StrictHostKeyChecking=yes",
    "-o",
    `UserKnownHostsFile=${knownHostsPath}`,
    "-o",
    "GlobalKnownHostsFile=/dev/null",
    "-o",
    "IdentitiesOnly=yes",
    "-o",
    `IdentityFile=${keyPath}`,
    "-o",
    `ConnectTimeout=${o.connectTimeoutS}`,
    "-o",
    "ServerAliveInterval=15",
    "-o",
    "LogLevel=ERROR",
    "-p",
    String(o.port),
    "-l",
    o.user
  ];
  const label = `ssh://${o.user}@${o.host}:${o.port}`;
  return {
    label,
    async run(r) {
      const timeoutS = Math.max(1, Math.ceil(r.timeoutMs / 1e3));
      const script = buildRemoteScript({ script: r.script, env: r.env ?? {}, cwd: o.cwd, timeoutS });
      const result = await o.exec("ssh", [...base, "--", o.host, "sh -s"], {
        input: script,
        holdStdin: true,
        timeoutMs: (timeoutS + LOCAL_GRACE_S) * 1e3,
        onLine: r.onLine,
        ...r.signal ? { signal: r.signal } : {}
      });
      const remoteTimedOut = result.exitCode === 124 || result.exitCode === 137;
      return {
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
        timedOut: result.timedOut || remoteTimedOut,
        cancelled: result.cancelled,
        durationMs: result.durationMs
      };
    },
    async close() {
      await rm(dir, { recursive: true, force: true });
    }
  };
}

// src/deploy/targets/target-error.ts
var TargetError = class extends Error {
  name = "TargetError";
  /** Config field at fault, e.g. `environments.prod.target.keySecret`. */
  field;
  constructor(field, message, options) {
    super(`${field}: ${message}`, options);
    this.field = field;
  }
};

// src/deploy/targets/known-hosts-for.ts
function knownHostsFor(text, host, port) {
  const lines = text.replace(/\r\n/g, "\n").split("\n").filter((l) => l.trim().length > 0);
  if (port === 22) return lines.join("\n") + "\n";
  const extra = [];
  for (const line of lines) {
    const [names = "", ...rest] = line.trim().split(/\s+/);
    if (!names.startsWith("|") && names.split(",").includes(host)) extra.push(`[${host}]:${port} ${rest.join(" ")}`);
  }
  return [...lines, ...extra].join("\n") + "\n";
}

// src/deploy/targets/open-target.ts
async function openTarget(o) {
  const t = o.env.target;
  const field = `environments.${o.envName}.target`;
  if (t.type === "local") return createLocalExecutor({ exec: o.ctx.exec, cwd: t.cwd || o.ctx.cwd });
  const privateKey = o.ctx.env[t.keySecret];
  if (!privateKey)
    throw new TargetError(
      `${field}.keySecret`,
      `the secret ${t.keySecret} is not set; pass the SSH private key in that environment variable`
    );
  o.ctx.redact.addValue(privateKey);
  let knownHosts = t.knownHosts;
  if (!knownHosts && t.knownHostsFile) {
    try {
      knownHosts = await readFile3(t.knownHostsFile, "utf8");
    } catch (error) {
      throw new TargetError(`${field}.knownHostsFile`, `cannot read ${t.knownHostsFile}`, { cause: error });
    }
  }
  if (!knownHosts.trim())
    throw new TargetError(
      `${field}.knownHosts`,
      "no known host key: oda never trusts an unknown SSH host; add the output of `ssh-keyscan -p PORT HOST`"
    );
  const key = privateKey.replace(/\r\n/g, "\n");
  return createSshExecutor({
    host: t.host,
    port: t.port,
    user: t.user,
    knownHosts: knownHostsFor(knownHosts, t.host, t.port),
    privateKey: key,
    cwd: t.cwd,
    connectTimeoutS: t.connectTimeoutS,
    exec: o.ctx.exec
  });
}

// src/deploy/ops/deploy/run.ts
async function runDeploy(ctx, input) {
  try {
    const env = findEnvironment(ctx.config, input.environment);
    if (input.ref) validateRefName(input.ref);
    let resolvedSha = "";
    const ports = await selectReleasePorts(ctx, async () => resolvedSha);
    const ref = input.ref || await ports.refs.defaultBranch();
    const resolved = await ctx.step("resolve ref", async (h) => {
      const r = await ports.refs.resolve(ref);
      if (!r) throw new DeployError("unknown_ref", `ref ${JSON.stringify(ref)} does not exist in the repository`);
      h.note(`${ref} -> ${r.fullName} ${r.sha}`);
      const allowed = env.allowedRefs.length > 0 ? env.allowedRefs : env.production ? [`refs/heads/${await ports.refs.defaultBranch()}`, "refs/tags/**"] : [];
      if (!isRefAllowed(allowed, r.fullName))
        throw new DeployError(
          "ref_not_allowed",
          `${r.fullName} may not be deployed to ${input.environment}; allowed: ${allowed.join(", ")}${env.allowedRefs.length === 0 ? " (the production default; set allowedRefs to change it)" : ""}`
        );
      return r;
    });
    resolvedSha = resolved.sha;
    const base = {
      ctx,
      kind: "deploy",
      envName: input.environment,
      env,
      ref,
      resolved,
      reason: input.reason,
      trigger: triggerOf(ctx),
      runUrl: runUrlOf(ctx),
      configDigest: configDigest(env)
    };
    if (input.dryRun) {
      return renderReleaseReport({
        schemaVersion: 1,
        kind: "deploy",
        outcome: "planned",
        environment: input.environment,
        actor: ctx.actor,
        trigger: base.trigger,
        runUrl: base.runUrl,
        ref,
        refName: resolved.fullName,
        sha: resolved.sha,
        tree: resolved.tree,
        configDigest: base.configDigest,
        target: env.target.type,
        steps: env.steps.map((s) => ({
          name: s.name,
          sha: resolved.sha,
          exitCode: null,
          durationMs: 0,
          timedOut: false,
          timeoutS: s.timeoutS,
          outputTail: ""
        }))
      });
    }
    const record = await runRelease({
      ...base,
      lock: ports.lock,
      deployments: ports.deployments,
      openTarget: () => openTarget({ envName: input.environment, env, ctx })
    });
    return renderReleaseReport(record);
  } catch (error) {
    if (!(error instanceof DeployError) && error.name !== "TargetError") throw error;
    return renderReleaseReport(
      refusedRecord(ctx, {
        kind: "deploy",
        environment: input.environment,
        ref: input.ref,
        failure: error.message
      })
    );
  }
}

// src/deploy/ops/deploy/index.ts
var deployOp = defineOp({
  action: "deploy",
  name: "deploy",
  summary: "Deploy a ref to an environment: lock, GitHub Deployment, steps, health checks, automatic rollback",
  input: deployInputSchema,
  positional: ["environment", "ref"],
  sideEffects: true,
  evidence: true,
  guard: {
    permission: "write",
    timeoutS: 3600,
    environment: (i) => i.environment,
    scope: (i) => `deploy:${i.environment}`
  },
  run: runDeploy
});

// src/deploy/ops/rollback/schema.ts
var rollbackInputSchema = external_exports.object({
  /** Environment name from .github/oda.yml. */
  environment: external_exports.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "an environment name from .github/oda.yml").describe("Environment to roll back"),
  /** Full SHA to return to; empty means the last good deployment before the current one. */
  sha: external_exports.string().regex(/^([0-9a-f]{40})?$/, "a full 40-character commit SHA").default("").describe("Full SHA to return to (default: the last good deployment)"),
  /** Allow a SHA never deployed to this environment if it is an ancestor of the default branch. */
  force: external_exports.boolean().default(false).describe("Allow a SHA never deployed here if it is on the default branch"),
  /** Why, recorded in the lock and the evidence. */
  reason: external_exports.string().max(200).default("rollback").describe("Why, recorded in the lock and the evidence"),
  /** Find the target and check everything, change nothing. */
  dryRun: external_exports.boolean().default(false).describe("Find the target, take no lock and change nothing")
});

// src/deploy/ops/rollback/run.ts
async function runRollback(ctx, input) {
  try {
    const env = findEnvironment(ctx.config, input.environment);
    const ports = await selectReleasePorts(
      ctx,
      async () => input.sha || current?.sha || (await ports.refs.resolve(await ports.refs.defaultBranch())).sha
    );
    const history = await ctx.step("history", () => ports.deployments.history(input.environment));
    const current = selectCurrentDeployment(history);
    const sha = await ctx.step("select target", async (h) => {
      if (!input.sha) {
        const to = current ? selectRollbackTarget(history, current) : void 0;
        if (!to)
          throw new DeployError(
            "no_rollback_target",
            `no earlier successful deployment of ${input.environment} to roll back to (current: ${current?.sha.slice(0, 7) ?? "none"})`
          );
        h.note(`last good: deployment ${to.id} ${to.sha}`);
        return to.sha;
      }
      if (history.some((d) => d.succeeded && d.sha === input.sha)) return input.sha;
      if (input.force && await ports.refs.isAncestorOfDefault(input.sha)) {
        h.note(`${input.sha} was never deployed to ${input.environment}; allowed by --force (on the default branch)`);
        return input.sha;
      }
      throw new DeployError(
        "not_deployed_before",
        `${input.sha} was never deployed successfully to ${input.environment}${input.force ? " and is not an ancestor of the default branch" : "; pass --force to allow a commit of the default branch"}`
      );
    });
    const resolved = await ports.refs.resolve(sha);
    if (!resolved) throw new DeployError("unknown_ref", `commit ${sha} does not exist in the repository`);
    const base = {
      ctx,
      kind: "rollback",
      envName: input.environment,
      env,
      ref: sha,
      resolved,
      reason: input.reason,
      trigger: triggerOf(ctx),
      runUrl: runUrlOf(ctx),
      configDigest: configDigest(env),
      rolledBackFrom: current?.id
    };
    if (input.dryRun) {
      return renderReleaseReport({
        schemaVersion: 1,
        kind: "rollback",
        outcome: "planned",
        environment: input.environment,
        actor: ctx.actor,
        trigger: base.trigger,
        runUrl: base.runUrl,
        ref: sha,
        refName: sha,
        sha,
        tree: resolved.tree,
        configDigest: base.configDigest,
        target: env.target.type,
        steps: [],
        rolledBackFrom: current?.id
      });
    }
    const record = await runRelease({
      ...base,
      lock: ports.lock,
      deployments: ports.deployments,
      openTarget: () => openTarget({ envName: input.environment, env, ctx })
    });
    return renderReleaseReport(record);
  } catch (error) {
    if (!(error instanceof DeployError) && error.name !== "TargetError") throw error;
    return renderReleaseReport(
      refusedRecord(ctx, {
        kind: "rollback",
        environment: input.environment,
        ref: input.sha,
        failure: error.message
      })
    );
  }
}

// src/deploy/ops/rollback/index.ts
var rollbackOp = defineOp({
  action: "rollback",
  name: "rollback",
  summary: "Roll an environment back to its last good deployment (or a SHA deployed there before)",
  input: rollbackInputSchema,
  positional: ["environment", "sha"],
  sideEffects: true,
  evidence: true,
  guard: {
    permission: "write",
    timeoutS: 3600,
    environment: (i) => i.environment,
    scope: (i) => `deploy:${i.environment}`
  },
  run: runRollback
});

// src/deploy/ops/health/schema.ts
var healthInputSchema = external_exports.object({
  /** Environment name from .github/oda.yml. */
  environment: external_exports.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "an environment name from .github/oda.yml").describe("Environment whose checks run"),
  /** Retry failing checks until the environment's deadline (off: one attempt each). */
  wait: external_exports.boolean().default(false).describe("Retry failing checks until the configured deadline"),
  /** Also run the extra probes (disk, containers, queue backlog). */
  probes: external_exports.boolean().default(true).describe("Also run the configured probes")
});

// src/deploy/health/run-probe.ts
async function runProbe(p, target) {
  const started = performance.now();
  const done = (status, value, message) => ({
    name: p.name,
    type: p.type,
    status,
    value,
    latencyMs: Math.round(performance.now() - started),
    message
  });
  try {
    if (p.type === "http-json") {
      const res = await fetch(p.url, { signal: AbortSignal.timeout(1e4) });
      const value = getJsonPath(await res.json(), p.jsonPath);
      if (value === void 0) return done("fail", null, `${p.jsonPath} missing (HTTP ${res.status})`);
      const warn = p.warnAbove > 0 && typeof value === "number" && value > p.warnAbove;
      return done(
        warn ? "warn" : "ok",
        value,
        `${p.jsonPath}=${JSON.stringify(value)}${warn ? ` (above ${p.warnAbove})` : ""}`
      );
    }
    if (!target) return done("fail", null, "no target to run the probe on");
    if (p.type === "disk") {
      const r2 = await target.run({
        script: 'df -Pk -- "$ODA_PROBE_PATH"',
        env: { ODA_PROBE_PATH: p.path },
        timeoutMs: 1e4
      });
      const fields = r2.stdout.trim().split("\n").at(-1)?.split(/\s+/) ?? [];
      const percent = Number(fields[4]?.replace("%", ""));
      if (r2.exitCode !== 0 || !Number.isFinite(percent))
        return done("fail", null, `df failed: ${(r2.stderr || r2.stdout).trim().slice(0, 160)}`);
      const value = { usedPercent: percent, availableMb: Math.floor(Number(fields[3]) / 1024), path: p.path };
      const warn = p.warnAbove > 0 && percent > p.warnAbove;
      return done(warn ? "warn" : "ok", value, `${p.path} ${percent}% used${warn ? ` (above ${p.warnAbove}%)` : ""}`);
    }
    const r = await target.run({ script: p.run, timeoutMs: 3e4 });
    const out = r.stdout.trim();
    return done(r.exitCode === 0 ? "ok" : "fail", parseMaybeJson(out), `exit ${r.exitCode}`);
  } catch (error) {
    return done("fail", null, error.message);
  }
}
function parseMaybeJson(text) {
  const short2 = text.slice(0, 8192);
  try {
    return JSON.parse(short2);
  } catch {
    const lines = short2.split("\n").filter(Boolean);
    try {
      return lines.map((l) => JSON.parse(l));
    } catch {
      return short2;
    }
  }
}

// src/deploy/ops/health/run.ts
async function runHealth(ctx, input) {
  const env = findEnvironment(ctx.config, input.environment);
  const probes = input.probes ? env.health.probes : [];
  const needsTarget = env.health.checks.some((c) => c.type === "command") || probes.some((p) => p.type !== "http-json");
  let target;
  try {
    target = needsTarget ? await openTarget({ envName: input.environment, env, ctx }) : void 0;
    const health = input.wait ? env.health : { ...env.health, deadlineS: 0 };
    const run = await ctx.step(
      "checks",
      () => waitHealthy({ health, deps: { target, env: ctx.env, signal: ctx.signal } })
    );
    const probeResults = await ctx.step(
      "probes",
      () => Promise.all(probes.map((p) => runProbe(p, target)))
    );
    const checks = run.results.map((r) => ({ ...r, message: ctx.redact.redact(r.message) }));
    const warn = probeResults.filter((p) => p.status !== "ok");
    const data = ctx.redact.redactValue({
      schemaVersion: 1,
      environment: input.environment,
      checkedAt: ctx.now().toISOString(),
      ok: run.ok,
      checks,
      probes: probeResults
    });
    const failed = checks.filter((c) => !c.ok);
    const title = run.ok ? `${input.environment} is healthy (${checks.length} checks${warn.length ? `, ${warn.length} probe warnings` : ""})` : `${input.environment} is unhealthy: ${failed.map((c) => c.name).join(", ")}`;
    const summary = [
      `| check | status | latency | detail |`,
      `|---|---|---|---|`,
      ...checks.map(
        (c) => `| ${c.name} (${c.type}) | ${c.ok ? "ok" : "FAIL"} | ${c.latencyMs} ms | ${c.message.replace(/\|/g, "\\|")} |`
      ),
      ...probeResults.length ? [
        "",
        "| probe | status | value |",
        "|---|---|---|",
        ...probeResults.map(
          (p) => `| ${p.name} (${p.type}) | ${p.status} | ${ctx.redact.redact(p.message).replace(/\|/g, "\\|")} |`
        )
      ] : []
    ].join("\n");
    return makeReport({ conclusion: run.ok ? warn.length ? "neutral" : "success" : "failure", title, summary, data });
  } catch (error) {
    if (error.name !== "TargetError") throw error;
    const message = ctx.redact.redact(error.message);
    return makeReport({
      conclusion: "failure",
      title: message,
      data: { schemaVersion: 1, environment: input.environment, ok: false, checks: [], probes: [], error: message }
    });
  } finally {
    await target?.close();
  }
}

// src/deploy/ops/health/index.ts
var healthOp = defineOp({
  action: "health",
  name: "health",
  summary: "Run an environment's health checks and probes; JSON report with status and latency per check",
  input: healthInputSchema,
  positional: ["environment"],
  guard: { permission: "read", timeoutS: 600, environment: (i) => i.environment },
  run: runHealth
});

// src/deploy/ops/backup/schema.ts
var backupInputSchema = external_exports.object({
  /** Environment whose database is dumped. */
  environment: external_exports.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "an environment name from .github/oda.yml").describe("Environment whose database is backed up"),
  /** Skip retention (keep every old backup this time). */
  noRetention: external_exports.boolean().default(false).describe("Do not apply retention after the backup"),
  /** Show the file name and what retention would delete; dump nothing, delete nothing. */
  dryRun: external_exports.boolean().default(false).describe("Show the plan; dump and delete nothing")
});

// src/deploy/select-backups-to-delete.ts
function selectBackupsToDelete(backups, r, now) {
  const sorted = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = /* @__PURE__ */ new Set();
  if (sorted[0]) keep.add(sorted[0]);
  const byPeriod = (count, key) => {
    const seen = /* @__PURE__ */ new Set();
    for (const b of sorted) {
      if (seen.size >= count) break;
      const k = key(b.takenAt);
      if (seen.has(k)) continue;
      seen.add(k);
      keep.add(b);
    }
  };
  byPeriod(r.daily, (d) => d.toISOString().slice(0, 10));
  byPeriod(r.weekly, isoWeek);
  byPeriod(r.monthly, (d) => d.toISOString().slice(0, 7));
  if (r.days > 0) {
    for (const b of sorted) if (now.getTime() - b.takenAt.getTime() < r.days * 864e5) keep.add(b);
  }
  return { keep: sorted.filter((b) => keep.has(b)), remove: sorted.filter((b) => !keep.has(b)) };
}
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 864e5 + 1) / 7);
  return `${t.getUTCFullYear()}-W${week}`;
}

// src/deploy/backup/backup-file-name.ts
function backupFileName(database, at) {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
  return `${database}-${stamp}.dump`;
}
function parseBackupFileName(database, name) {
  if (!name.startsWith(`${database}-`)) return void 0;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.dump$/.exec(name.slice(database.length + 1));
  if (!m) return void 0;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}

// src/deploy/backup/backup-error.ts
var BackupError = class extends Error {
  name = "BackupError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
};

// src/deploy/backup/pg-env.ts
function pgEnv(b, secrets, database) {
  const env = {
    PGHOST: b.host,
    PGPORT: String(b.port),
    PGUSER: b.user,
    PGDATABASE: database,
    PGCONNECT_TIMEOUT: "10"
  };
  const password = b.passwordSecret ? secrets[b.passwordSecret] : void 0;
  if (password) env.PGPASSWORD = password;
  return env;
}

// src/deploy/backup/run-target-script.ts
async function runTargetScript(target, o) {
  const r = await target.run({ script: o.script, env: o.env, timeoutMs: o.timeoutMs ?? 36e5 });
  if (r.timedOut) throw new BackupError("command_failed", `${o.what} timed out on ${target.label}`);
  if (r.exitCode !== 0) {
    const text = (r.stderr || r.stdout).trim();
    const tail = explainSshFailure(text) ?? text.split("\n").slice(-5).join("\n");
    throw new BackupError("command_failed", `${o.what} failed on ${target.label} (exit ${r.exitCode}): ${tail}`);
  }
  return r.stdout;
}

// src/deploy/backup/take-backup.ts
var DUMP_SCRIPT = `set -e
umask 077
mkdir -p -- "$ODA_BACKUP_DIR"
tmp="$ODA_BACKUP_DIR/.$ODA_BACKUP_FILE.partial"
trap 'rm -f -- "$tmp"' EXIT
pg_dump --format=custom --compress="$ODA_COMPRESS" --no-password --file="$tmp"
sum=$(sha256sum -- "$tmp" | cut -d' ' -f1)
mv -- "$tmp" "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE"
printf '%s  %s\\n' "$sum" "$ODA_BACKUP_FILE" > "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE.sha256"
printf 'sha256=%s\\nbytes=%s\\n' "$sum" "$(wc -c < "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE" | tr -d ' ')"
`;
async function takeBackup(target, o) {
  const out = await runTargetScript(target, {
    what: "pg_dump",
    script: DUMP_SCRIPT,
    env: { ...o.pg, ODA_BACKUP_DIR: o.dir, ODA_BACKUP_FILE: o.file, ODA_COMPRESS: String(o.compress) }
  });
  const sha256 = /sha256=([0-9a-f]{64})/.exec(out)?.[1] ?? "";
  const bytes = Number(/bytes=(\d+)/.exec(out)?.[1] ?? 0);
  return { file: o.file, path: `${o.dir.replace(/\/+$/, "")}/${o.file}`, sha256, bytes };
}

// src/deploy/backup/list-backups.ts
async function listBackups(target, o) {
  const out = await runTargetScript(target, {
    what: "listing backups",
    script: '[ -d "$ODA_BACKUP_DIR" ] || exit 0\nls -1A -- "$ODA_BACKUP_DIR"',
    env: { ODA_BACKUP_DIR: o.dir },
    timeoutMs: 6e4
  });
  const entries = [];
  for (const name of out.split("\n")) {
    const takenAt = parseBackupFileName(o.database, name.trim());
    if (takenAt) entries.push({ name: name.trim(), takenAt });
  }
  return entries.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

// src/deploy/backup/delete-backups.ts
async function deleteBackups(target, o) {
  if (o.names.length === 0) return;
  for (const n of o.names)
    if (!/^[A-Za-z0-9_-]+-\d{8}T\d{6}Z\.dump$/.test(n))
      throw new BackupError("bad_name", `refusing to delete ${JSON.stringify(n)}: not a backup file name`);
  const script = `printf '%s\\n' "$ODA_DELETE" | while IFS= read -r f; do rm -f -- "$ODA_BACKUP_DIR/$f" "$ODA_BACKUP_DIR/$f.sha256"; done`;
  await runTargetScript(target, {
    what: "deleting old backups",
    script,
    env: { ODA_BACKUP_DIR: o.dir, ODA_DELETE: o.names.join("\n") },
    timeoutMs: 6e4
  });
}

// src/deploy/ops/backup/run.ts
async function runBackup(ctx, input) {
  const started = ctx.now();
  const base = {
    schemaVersion: 1,
    environment: input.environment,
    actor: ctx.actor,
    trigger: triggerOf(ctx),
    runUrl: runUrlOf(ctx),
    startedAt: started.toISOString()
  };
  let target;
  try {
    const env = findEnvironment(ctx.config, input.environment);
    const b = env.backup;
    if (!b.database)
      throw new BackupError(
        "not_configured",
        `environments.${input.environment}.backup.database is empty; set the database to back up`
      );
    if (b.passwordSecret && ctx.env[b.passwordSecret]) ctx.redact.addValue(ctx.env[b.passwordSecret]);
    target = await openTarget({ envName: input.environment, env, ctx });
    const t = target;
    const pg = pgEnv(b, ctx.env, b.database);
    const file = backupFileName(b.database, started);
    if (input.dryRun) {
      const existing = input.noRetention ? [] : await listBackups(t, { dir: b.dir, database: b.database });
      const wouldDelete = input.noRetention ? [] : selectBackupsToDelete([{ name: file, takenAt: started }, ...existing], b.retention, started).remove.map(
        (e) => e.name
      );
      const data2 = {
        ...base,
        outcome: "planned",
        database: b.database,
        target: t.label,
        file,
        retention: input.noRetention ? "off" : "on",
        wouldDelete
      };
      const retentionLine = input.noRetention ? "retention is off (--no-retention): no old backup would be deleted." : `retention would delete ${wouldDelete.length} old backups.`;
      return makeReport({
        conclusion: "success",
        title: `Backup of ${b.database} (${input.environment}) planned: ${file}`,
        summary: `Would write ${b.dir}/${file}; ${retentionLine}`,
        data: data2
      });
    }
    const dump = await ctx.step("pg_dump", async (h) => {
      const d = await takeBackup(t, { dir: b.dir, file, compress: b.compress, pg });
      h.note(`${d.path} ${d.bytes} bytes sha256:${d.sha256}`);
      return d;
    });
    const retention = input.noRetention ? { kept: [], deleted: [], skipped: true } : await ctx.step("retention", async (h) => {
      const all = await listBackups(t, { dir: b.dir, database: b.database });
      const { keep, remove } = selectBackupsToDelete(all, b.retention, ctx.now());
      await deleteBackups(t, { dir: b.dir, names: remove.map((e) => e.name) });
      h.note(`kept ${keep.length}, deleted ${remove.length}`);
      return { kept: keep.map((e) => e.name), deleted: remove.map((e) => e.name), skipped: false };
    });
    const durationMs = ctx.now().getTime() - started.getTime();
    const data = {
      ...base,
      outcome: "backed_up",
      database: b.database,
      target: t.label,
      ...dump,
      durationMs,
      retention: { rules: b.retention, ...retention }
    };
    const summary = [
      `| | |`,
      `|---|---|`,
      `| database | ${b.database} on ${t.label} |`,
      `| file | \`${dump.path}\` |`,
      `| size | ${dump.bytes} bytes |`,
      `| sha256 | \`${dump.sha256}\` |`,
      `| retention | kept ${retention.kept.length}, deleted ${retention.deleted.length}${retention.skipped ? " (skipped)" : ""} |`
    ].join("\n");
    return makeReport({
      conclusion: "success",
      title: `Backed up ${b.database} (${input.environment}): ${dump.file}`,
      summary,
      data
    });
  } catch (error) {
    if (!(error instanceof BackupError) && !["DeployError", "TargetError"].includes(error.name)) throw error;
    const message = ctx.redact.redact(error.message);
    return makeReport({
      conclusion: "failure",
      title: `Backup of ${input.environment} failed: ${message}`,
      summary: message,
      data: { ...base, outcome: "failed", failure: message }
    });
  } finally {
    await target?.close();
  }
}

// src/deploy/ops/backup/index.ts
var backupOp = defineOp({
  action: "backup",
  name: "backup",
  summary: "Back up an environment's database with pg_dump (checksummed), then apply retention",
  input: backupInputSchema,
  positional: ["environment"],
  sideEffects: true,
  evidence: true,
  guard: {
    permission: "write",
    timeoutS: 4 * 3600,
    freezeExempt: true,
    environment: (i) => i.environment,
    scope: (i) => `backup:${i.environment}`
  },
  run: runBackup
});

// src/deploy/ops/restore/schema.ts
var restoreInputSchema = external_exports.object({
  /** Environment whose backups are used. */
  environment: external_exports.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "an environment name from .github/oda.yml").describe("Environment whose backups are used"),
  /** Backup file name; empty means the newest. */
  backup: external_exports.string().regex(/^([A-Za-z0-9_-]+-\d{8}T\d{6}Z\.dump)?$/, "a backup file name like odoo-20250101T020000Z.dump").default("").describe("Backup file name (default: the newest)"),
  /** Database to restore into (required unless --verify). */
  targetDatabase: external_exports.string().regex(/^[A-Za-z0-9_-]*$/, "a database name (letters, digits, _ and -)").default("").describe("Database to restore into (required unless --verify)"),
  /** Drop the target database first if it exists. */
  replace: external_exports.boolean().default(false).describe("Drop the target database first if it exists"),
  /** Run the neutralization SQL after the restore (crons and mail servers off). */
  neutralize: external_exports.boolean().default(true).describe("Disable crons and mail servers after restoring"),
  /** Restore into a scratch database, run the sanity queries, drop it, record the result. */
  verify: external_exports.boolean().default(false).describe("Restore into a scratch database, run sanity queries, drop it"),
  /** Allow the target to be a production database. */
  iKnowThisIsProduction: external_exports.boolean().default(false).describe("Allow restoring over a production database"),
  /** Check everything, restore nothing. */
  dryRun: external_exports.boolean().default(false).describe("Check the plan; restore nothing")
});

// src/deploy/backup/restore-usage-error.ts
var RestoreUsageError = class extends Error {
  name = "RestoreUsageError";
  usage = true;
};

// src/deploy/backup/restore-backup.ts
var CHECK_SCRIPT = `cd -- "$ODA_BACKUP_DIR" || exit 3
[ -f "$ODA_BACKUP_FILE" ] || { echo "no such backup: $ODA_BACKUP_FILE" >&2; exit 4; }
if [ -f "$ODA_BACKUP_FILE.sha256" ]; then sha256sum --quiet -c -- "$ODA_BACKUP_FILE.sha256" || exit 5; else echo "no checksum file" >&2; exit 6; fi`;
var EXISTS_SCRIPT = `printf '%s\\n' "SELECT 1 FROM pg_database WHERE datname = :'db';" | psql -X -q -tA --no-password -d postgres -v ON_ERROR_STOP=1 -v db="$ODA_TARGET_DB"`;
var RESTORE_SCRIPT = `set -e
if [ "$ODA_REPLACE" = 1 ]; then dropdb --no-password --if-exists --maintenance-db=postgres -- "$ODA_TARGET_DB"; fi
createdb --no-password --maintenance-db=postgres -- "$ODA_TARGET_DB"
pg_restore --no-password --no-owner --no-privileges --exit-on-error --dbname="$ODA_TARGET_DB" -- "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE"`;
async function restoreBackup(target, o) {
  const started = performance.now();
  const env = {
    ...o.pg,
    ODA_BACKUP_DIR: o.dir,
    ODA_BACKUP_FILE: o.file,
    ODA_TARGET_DB: o.targetDb,
    ODA_REPLACE: o.replace ? "1" : "0"
  };
  const check = await target.run({ script: CHECK_SCRIPT, env, timeoutMs: 6e5 });
  if (check.exitCode === 5)
    throw new BackupError("checksum_mismatch", `${o.file} does not match its recorded SHA-256; the dump is damaged`);
  if (check.exitCode !== 0)
    throw new BackupError(
      check.exitCode === 4 ? "no_backup" : "command_failed",
      `cannot verify ${o.file} on ${target.label}: ${(check.stderr || check.stdout).trim().slice(0, 300)}`
    );
  if (!o.replace) {
    const exists = await runTargetScript(target, {
      what: "checking the target database",
      script: EXISTS_SCRIPT,
      env,
      timeoutMs: 6e4
    });
    if (exists.trim() === "1")
      throw new BackupError(
        "database_exists",
        `database ${o.targetDb} already exists; choose another name or pass --replace`
      );
  }
  await runTargetScript(target, { what: "pg_restore", script: RESTORE_SCRIPT, env });
  return { durationMs: Math.round(performance.now() - started) };
}
async function dropDatabase(target, o) {
  await runTargetScript(target, {
    what: "dropdb",
    script: 'dropdb --no-password --if-exists --maintenance-db=postgres -- "$ODA_TARGET_DB"',
    env: { ...o.pg, ODA_TARGET_DB: o.db },
    timeoutMs: 3e5
  });
}

// src/deploy/backup/run-sql.ts
var DEFAULT_NEUTRALIZE_SQL = `DO $$
BEGIN
  IF to_regclass('ir_cron') IS NOT NULL THEN UPDATE ir_cron SET active = false; END IF;
  IF to_regclass('ir_mail_server') IS NOT NULL THEN UPDATE ir_mail_server SET active = false; END IF;
  IF to_regclass('fetchmail_server') IS NOT NULL THEN UPDATE fetchmail_server SET active = false; END IF;
END $$;`;
async function runSql(target, o) {
  const out = await runTargetScript(target, {
    what: o.what,
    script: 'psql -X -q -tA --no-password -v ON_ERROR_STOP=1 -d "$ODA_TARGET_DB" -c "$ODA_SQL"',
    env: { ...o.pg, ODA_TARGET_DB: o.db, ODA_SQL: o.sql },
    timeoutMs: 6e5
  });
  return out.split("\n").filter((l, i, all) => i < all.length - 1 || l.length > 0);
}

// src/deploy/backup/protected-databases.ts
function protectedDatabases(config) {
  const out = /* @__PURE__ */ new Set();
  for (const env of Object.values(config.environments))
    if (env.production && env.backup.database) out.add(env.backup.database);
  return out;
}

// src/deploy/ops/restore/run.ts
async function runRestore(ctx, input) {
  const base = {
    schemaVersion: 1,
    environment: input.environment,
    actor: ctx.actor,
    trigger: triggerOf(ctx),
    runUrl: runUrlOf(ctx),
    verify: input.verify
  };
  let target;
  try {
    const env = findEnvironment(ctx.config, input.environment);
    if (!input.verify && !input.targetDatabase)
      throw new RestoreUsageError(
        "restore needs --target-database <name> (the database to restore into), or --verify to restore into a scratch database and drop it"
      );
    const b = env.backup;
    if (!b.database)
      throw new BackupError(
        "not_configured",
        `environments.${input.environment}.backup.database is empty; set the database whose backups to restore`
      );
    const stamp = ctx.now().toISOString().replace(/\D/g, "").slice(0, 14);
    const targetDb = input.verify ? `oda_verify_${b.database}_${stamp}`.toLowerCase() : input.targetDatabase;
    if (protectedDatabases(ctx.config).has(targetDb) && !input.iKnowThisIsProduction)
      throw new BackupError(
        "production_target",
        `${targetDb} is a production database; restoring over it needs --i-know-this-is-production`
      );
    if (b.passwordSecret && ctx.env[b.passwordSecret]) ctx.redact.addValue(ctx.env[b.passwordSecret]);
    target = await openTarget({ envName: input.environment, env, ctx });
    const t = target;
    const pg = pgEnv(b, ctx.env, "postgres");
    const file = input.backup || (await listBackups(t, { dir: b.dir, database: b.database }))[0]?.name;
    if (!file) throw new BackupError("no_backup", `no backup of ${b.database} in ${b.dir} on ${t.label}`);
    const plan = {
      ...base,
      database: b.database,
      target: t.label,
      file,
      targetDatabase: targetDb,
      neutralize: input.neutralize && !input.verify
    };
    if (input.dryRun)
      return makeReport({
        conclusion: "success",
        title: `Restore of ${file} into ${targetDb} planned`,
        data: { ...plan, outcome: "planned" }
      });
    const restored = await ctx.step(
      "pg_restore",
      () => restoreBackup(t, { dir: b.dir, file, targetDb, replace: input.replace, pg })
    );
    let neutralized = false;
    let checks = [];
    try {
      if (plan.neutralize) {
        await ctx.step(
          "neutralize",
          () => runSql(t, { db: targetDb, sql: b.neutralizeSql || DEFAULT_NEUTRALIZE_SQL, pg, what: "neutralization SQL" })
        );
        neutralized = true;
      }
      if (input.verify) {
        checks = await ctx.step("sanity queries", async () => {
          const out = [];
          for (const sql of b.verifyQueries) {
            try {
              const rows = await runSql(t, { db: targetDb, sql, pg, what: "sanity query" });
              out.push({ sql, rows: rows.length, ok: rows.length > 0 });
            } catch (error) {
              out.push({ sql, rows: 0, ok: false, error: ctx.redact.redact(error.message) });
            }
          }
          return out;
        });
      }
    } finally {
      if (input.verify) await ctx.step("drop scratch database", () => dropDatabase(t, { db: targetDb, pg }));
    }
    const ok = checks.every((c) => c.ok);
    const data = {
      ...plan,
      outcome: input.verify ? ok ? "verified" : "verify_failed" : "restored",
      neutralized,
      checks,
      dropped: input.verify,
      durationMs: restored.durationMs
    };
    const title = input.verify ? `Restore test of ${file}: ${ok ? "passed" : "FAILED"} (${checks.filter((c) => c.ok).length}/${checks.length} sanity queries)` : `Restored ${file} into ${targetDb}${neutralized ? " (neutralized)" : ""}`;
    const summary = checks.length ? [
      "| query | rows | result |",
      "|---|---|---|",
      ...checks.map(
        (c) => `| \`${c.sql.replace(/\|/g, "\\|")}\` | ${c.rows} | ${c.ok ? "ok" : `FAIL ${c.error ?? ""}`} |`
      )
    ].join("\n") : title;
    return makeReport({ conclusion: ok ? "success" : "failure", title, summary, data });
  } catch (error) {
    if (!(error instanceof BackupError) && !["DeployError", "TargetError"].includes(error.name)) throw error;
    const message = ctx.redact.redact(error.message);
    return makeReport({
      conclusion: "failure",
      title: `Restore refused or failed: ${message}`,
      summary: message,
      data: { ...base, outcome: "failed", failure: message }
    });
  } finally {
    await target?.close();
  }
}

// src/deploy/ops/restore/index.ts
var restoreOp = defineOp({
  action: "restore",
  name: "restore",
  summary: "Restore a backup into a named database (neutralized), or test the newest one with --verify",
  input: restoreInputSchema,
  positional: ["environment"],
  sideEffects: true,
  evidence: true,
  guard: {
    permission: "admin",
    timeoutS: 4 * 3600,
    environment: (i) => i.environment,
    scope: (i) => `restore:${i.environment}`
  },
  run: runRestore
});

// src/deploy/family.ts
var deployFamily = {
  name: "deploy",
  ops: [deployOp, rollbackOp, healthOp, backupOp, restoreOp],
  // Step secrets, SSH keys and database passwords named by the environments section.
  secretNames
};

// src/ops/registry.ts
var families = [specKitFamily, manifestFamily, secretsFamily, odooFamily, deployFamily];
function allOps() {
  return families.flatMap((family) => family.ops);
}
function findOp(name) {
  return allOps().find((op) => op.name === name);
}
var sources;
function redactionSources() {
  sources ??= {
    patterns: families.flatMap((family) => family.redactionPatterns?.() ?? []),
    secretNames: (config) => [...new Set(families.flatMap((family) => family.secretNames?.(config) ?? []))].sort()
  };
  return sources;
}

export {
  permissionLevels,
  toSarif,
  findEnvironment,
  clientFromToken,
  statusOf,
  allOps,
  findOp,
  redactionSources
};
