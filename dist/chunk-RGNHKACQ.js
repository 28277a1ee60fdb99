import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  defineOp
} from "./chunk-INJCVSTR.js";
import {
  JUNIT_ARTIFACT,
  emptyJunit
} from "./chunk-NW6B6BBN.js";
import {
  allRules
} from "./chunk-L3URI5J3.js";
import {
  specKitRules
} from "./chunk-HNVKVUKN.js";
import {
  isGraphView,
  renderGraphText
} from "./chunk-T3AJA6AO.js";
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";

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
  run: lazyRun(async () => (await import("./chunk-OFZHI7FP.js")).runSpecKitValidate)
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
  run: lazyRun(async () => (await import("./chunk-PEPEINPH.js")).runSpecKitReport)
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
  run: lazyRun(async () => (await import("./chunk-RB52CLUK.js")).runManifestAffected)
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
  run: lazyRun(async () => (await import("./chunk-DNWZ27KJ.js")).runManifestGraph)
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
  run: lazyRun(async () => (await import("./chunk-OBFYAKSJ.js")).runManifestShow)
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
  run: lazyRun(async () => (await import("./chunk-7XAEUZTV.js")).runManifestVerify)
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
  run: lazyRun(async () => (await import("./chunk-F2TDR75Z.js")).runSecretsScan)
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
    runsRepositoryCode: true,
    input: ({ dir, changedFiles, base }) => changedFiles?.length || !base ? { dir, changedFiles: [...changedFiles ?? []] } : { dir, base }
  },
  fileFormats: { junit: junitOutput },
  run: lazyRun(async () => (await import("./chunk-WQVE67NL.js")).runOdooTest)
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
  run: lazyRun(async () => (await import("./chunk-AMZSKHJC.js")).runParseLog)
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
  run: lazyRun(async () => (await import("./chunk-XN2A7UYQ.js")).runStackCheck)
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
  run: lazyRun(async () => (await import("./chunk-YMR6G26U.js")).runDeploy)
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
  run: lazyRun(async () => (await import("./chunk-72CY5WCV.js")).runRollback)
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

// src/deploy/ops/health/index.ts
var healthOp = defineOp({
  action: "health",
  name: "health",
  summary: "Run an environment's health checks and probes; JSON report with status and latency per check",
  input: healthInputSchema,
  positional: ["environment"],
  guard: { permission: "read", timeoutS: 600, environment: (i) => i.environment },
  run: lazyRun(async () => (await import("./chunk-6DLOWZTL.js")).runHealth)
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
  run: lazyRun(async () => (await import("./chunk-H6NDAWN7.js")).runBackup)
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
  run: lazyRun(async () => (await import("./chunk-CEAZWV5Q.js")).runRestore)
});

// src/deploy/family.ts
var deployFamily = {
  name: "deploy",
  ops: [deployOp, rollbackOp, healthOp, backupOp, restoreOp],
  // Step secrets, SSH keys and database passwords named by the environments section.
  secretNames
};

// src/ops/protect/schema.ts
var protectInputSchema = external_exports.object({
  /** Show what would change, write nothing. */
  dryRun: external_exports.boolean().default(false).describe("Show the checks that would be added or removed, change nothing")
});

// src/ops/protect/index.ts
var protectOp = defineOp({
  name: "protect",
  summary: "Make the default branch require the enabled oda checks (repository ruleset), keeping every other rule",
  input: protectInputSchema,
  sideEffects: true,
  guard: { permission: "admin", timeoutS: 120 },
  run: lazyRun(async () => (await import("./chunk-QAYSVTX2.js")).runProtect)
});

// src/ops/families/repo.ts
var repoFamily = {
  name: "repo",
  ops: [protectOp]
};

// src/ops/registry.ts
var families = [
  specKitFamily,
  manifestFamily,
  secretsFamily,
  odooFamily,
  deployFamily,
  repoFamily
];
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
  toSarif,
  deployInputSchema,
  allOps,
  findOp,
  redactionSources
};
