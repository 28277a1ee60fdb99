import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  BaselineError,
  DiffStream,
  FINDING_CAPS,
  SecretsPathError,
  parseBaseline,
  parseIgnoreList,
  readAtRevision,
  readLines
} from "./chunk-HWJ7D4GL.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-NSCG2XAA.js";
import {
  linkOutsideMessage
} from "./chunk-2OWDFRQR.js";
import "./chunk-4CEKIALU.js";
import {
  readInside
} from "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/secrets-scan/run.ts
import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { basename, resolve } from "node:path";

// src/secrets/build-secrets-report.ts
var rank = { low: 0, medium: 1, high: 2 };
function isFailing(f, failOn) {
  const p = f.properties ?? {};
  const severity = p.severity === "low" || p.severity === "medium" ? p.severity : "high";
  return p.confidence !== "low" && rank[severity] >= rank[failOn];
}
function buildSecretsReport(i) {
  const ns = i.stats.notShown;
  const hiddenFailing = Object.keys(rank).filter((s) => rank[s] >= rank[i.failOn]).reduce((n, s) => n + ns.bySeverity[s], 0);
  const failingCount = i.findings.filter((f) => isFailing(f, i.failOn)).length + hiddenFailing;
  const total = i.findings.length + ns.total;
  const byRule = {};
  for (const f of i.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  for (const [rule, n] of Object.entries(ns.byRule)) byRule[rule] = (byRule[rule] ?? 0) + n;
  const data = {
    schemaVersion: 1,
    mode: i.mode,
    target: i.target,
    files: i.files,
    bytes: i.stats.bytes,
    durationMs: i.durationMs,
    findings: total,
    failing: failingCount,
    notShown: ns.total,
    byRule,
    suppressed: {
      ignoreFile: i.stats.ignoredByFile,
      baseline: i.stats.baselined,
      allowPaths: i.stats.skippedPaths,
      inlineAllow: i.stats.inlineAllowed
    },
    inlineAllowOverridden: i.stats.inlineAllowOverridden,
    staleBaseline: [...i.stale]
  };
  const unread = i.unread ?? 0;
  const title = failingCount > 0 ? `${failingCount} secret${failingCount === 1 ? "" : "s"} found` : unread > 0 ? `Incomplete: ${unread} file${unread === 1 ? "" : "s"} could not be read` : total > 0 ? `No leak; ${total} finding${total === 1 ? "" : "s"} below the threshold` : "No secrets found";
  return makeReport({
    conclusion: failingCount > 0 ? "failure" : unread > 0 ? "neutral" : "success",
    title,
    summary: summarise(i, failingCount, total),
    findings: [...i.findings],
    data
  });
}
function summarise(i, failing, total) {
  const mb = (i.stats.bytes / 1e6).toFixed(2);
  const lines = [
    `Scanned ${i.files} file${i.files === 1 ? "" : "s"} (${mb} MB) in ${i.mode} mode (${i.target}) in ${(i.durationMs / 1e3).toFixed(1)} s.`
  ];
  lines.push(`${total} finding${total === 1 ? "" : "s"}, ${failing} at or above severity \`${i.failOn}\`.`);
  for (const note of i.notes ?? []) lines.push(note);
  const ns = i.stats.notShown;
  if (ns.total > 0) {
    const top = (counts) => Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, n]) => `\`${k}\` ${n}`).join(", ");
    lines.push(
      `${ns.total} more finding${ns.total === 1 ? " is" : "s are"} not shown (at most ${FINDING_CAPS.perFile} per file and ${FINDING_CAPS.perRule} per rule are listed; all are counted above and in the conclusion). By rule: ${top(ns.byRule)}. By file: ${top(ns.byFile)}.`
    );
  }
  const st = i.stats;
  const suppressed = st.ignoredByFile + st.baselined + st.inlineAllowed;
  if (suppressed > 0) {
    lines.push(
      `${suppressed} suppressed (${st.ignoredByFile} by the ignore file, ${st.baselined} by the baseline, ${st.inlineAllowed} by an inline oda:allow):`
    );
    for (const s of st.suppressed) lines.push(`- \`${s.ruleId}\` at \`${s.path}:${s.line}\` (${s.reason})`);
    if (suppressed > st.suppressed.length) lines.push(`- \u2026 and ${suppressed - st.suppressed.length} more`);
  }
  if (st.inlineAllowOverridden > 0)
    lines.push(
      `${st.inlineAllowOverridden} finding${st.inlineAllowOverridden === 1 ? " carries" : "s carry"} an inline oda:allow added by this change itself; a change cannot allow its own leak, so ${st.inlineAllowOverridden === 1 ? "it is" : "they are"} reported (set \`secrets.prInlineAllow: true\` on the default branch to let such allows count).`
    );
  if (i.findings.length > 0) {
    lines.push("", "| Rule | File | Lines |", "| --- | --- | --- |");
    const groups = /* @__PURE__ */ new Map();
    for (const f of i.findings) {
      const key = `${f.ruleId}\0${f.path}`;
      const lines2 = groups.get(key);
      if (lines2) lines2.push(f.line);
      else groups.set(key, [f.line]);
    }
    const rows = [...groups].sort(([a], [b]) => a.localeCompare(b));
    for (const [key, ls] of rows.slice(0, 200)) {
      const [rule, path] = key.split("\0");
      lines.push(`| \`${rule}\` | \`${path}\` | ${ls.slice(0, 20).join(", ")}${ls.length > 20 ? ", \u2026" : ""} |`);
    }
    if (rows.length > 200) lines.push(`| \u2026 | ${rows.length - 200} more groups | |`);
  }
  if (i.stale.length > 0) {
    lines.push(
      "",
      `${i.stale.length} baseline entr${i.stale.length === 1 ? "y is" : "ies are"} stale (no longer found; remove them from the baseline):`
    );
    for (const s of i.stale.slice(0, 50))
      lines.push(`- \`${s.ruleId}\` in \`${s.path}\` (sha256:${s.hash.slice(0, 12)})`);
  }
  const text = lines.join("\n");
  if (text.length <= SUMMARY_MAX) return text;
  const cut = text.lastIndexOf("\n", SUMMARY_MAX - 200);
  return `${text.slice(0, cut)}

\u2026 summary cut at ${SUMMARY_MAX.toLocaleString("en")} characters; every finding is in the annotations and the JSON report.`;
}
var SUMMARY_MAX = 6e4;

// src/ops/secrets-scan/steps/load-suppression.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";

// src/fs/read-repo-text.ts
var RepoFileError = class extends Error {
  name = "RepoFileError";
  /** The repository's content is the caller's input: faces answer exit code 2. */
  usage = true;
};
function readRepoText(root, path, maxBytes) {
  const read = readInside(root, path, { maxBytes });
  switch (read.kind) {
    case "bytes":
      return read.bytes.toString("utf8");
    case "missing":
      return void 0;
    case "outside":
      throw new RepoFileError(linkOutsideMessage(path));
    case "loop":
      throw new RepoFileError(`${path} is a symbolic link loop: expected a regular file`);
    case "not-a-file":
      throw new RepoFileError(`${path} is a ${read.type}, not a regular file: it was not read`);
    case "too-large":
      throw new RepoFileError(`${path} is ${read.size} bytes, over the ${maxBytes}-byte limit: it was not read`);
    case "error":
      throw new RepoFileError(`${path} could not be read (${read.code})`);
  }
}

// src/ops/secrets-scan/steps/load-suppression.ts
var MAX_IGNORE_FILE_BYTES = 1024 * 1024;
async function loadSuppression(o) {
  const out = {};
  if (o.ignoreFile !== "") {
    const text = o.readIgnore ? await o.readIgnore(o.ignoreFile) : readRepoText(o.root, o.ignoreFile, MAX_IGNORE_FILE_BYTES);
    if (text !== void 0) out.ignoreList = parseIgnoreList(text, o.ignoreFile);
  }
  if (o.baseline !== "") {
    const path = isAbsolute(o.baseline) ? o.baseline : join(o.cwd, o.baseline);
    const text = await readFile(path, "utf8").catch((err) => {
      throw new BaselineError(o.baseline, "cannot be read", { cause: err });
    });
    out.baseline = parseBaseline(text, o.baseline);
  }
  return out;
}

// src/ops/secrets-scan/steps/parse-range.ts
var DiffRangeError = class extends Error {
  name = "DiffRangeError";
  /** Bad input from the caller: faces answer exit code 2. */
  usage = true;
};
var REV = /^[A-Za-z0-9_][A-Za-z0-9_./@^~{}:+-]*$/;
function parseRange(range) {
  const m = /^(.+?)\.{2,3}(.+)$/.exec(range.trim());
  if (!m) throw new DiffRangeError(`diff: "${range}" is not a range; expected base..head, e.g. origin/main..HEAD`);
  const [base, head] = [m[1], m[2]];
  for (const [name, rev] of [
    ["base", base],
    ["head", head]
  ]) {
    if (!REV.test(rev))
      throw new DiffRangeError(
        `diff: ${name} revision "${rev}" is not a valid revision name (letters, digits and ._/@^~{}:+- only, not starting with "-")`
      );
  }
  return { base, head };
}
function parseRevRange(rev) {
  if (rev.trim() === "") return ["--all"];
  if (!REV.test(rev.trim().replace(/\.\.\.?/, "/")))
    throw new DiffRangeError(
      `rev: "${rev}" is not a revision range (letters, digits and ._/@^~{}:+- only, not starting with "-")`
    );
  return [rev.trim()];
}

// src/ops/secrets-scan/steps/read-ignore-without-added.ts
async function readIgnoreWithoutAdded(o) {
  if (o.unpatched.includes(o.path)) return void 0;
  const text = readRepoText(o.root, o.path, MAX_IGNORE_FILE_BYTES);
  if (text === void 0) return void 0;
  const added = /* @__PURE__ */ new Set();
  const stream = new DiffStream({
    onFragment: (f) => {
      if (f.path === o.path) for (const n of f.lineNumbers ?? []) added.add(n);
    }
  });
  await readLines(o.patchFile, (line, partial) => stream.push(line, partial));
  stream.end();
  if (added.size === 0) return text;
  return text.split("\n").map((line, i) => added.has(i + 1) ? "" : line).join("\n");
}

// src/ops/secrets-scan/steps/scan-in-worker.ts
import { Worker } from "node:worker_threads";
var SecretsScanError = class extends Error {
  /** True when the caller's input was at fault (faces answer exit code 2). */
  usage;
  constructor(e) {
    super(e.message);
    this.name = e.name;
    this.usage = e.usage;
  }
};
var GRACE_MS = 1e3;
function workerUrl() {
  return import.meta.url.endsWith(".ts") ? new URL("../scan-worker.ts", import.meta.url) : new URL("./secrets-scan-worker.js", import.meta.url);
}
var MAX_IDLE = 2;
var idle = [];
function takeWorker() {
  const w = idle.pop();
  if (w) return w;
  const worker = new Worker(workerUrl());
  worker.unref();
  worker.once("exit", () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}
function scanInWorker(job, signal) {
  signal.throwIfAborted();
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const worker = takeWorker();
  worker.ref();
  return new Promise((resolve2, reject) => {
    let settled = false;
    const settle = (fn, reusable) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      worker.unref();
      if (reusable && idle.length < MAX_IDLE) idle.push(worker);
      else if (reusable) void worker.terminate();
      fn();
    };
    const onAbort = () => {
      Atomics.store(stop, 0, 1);
      worker.postMessage({ type: "abort" });
      setTimeout(() => void worker.terminate(), GRACE_MS).unref();
      settle(() => reject(signal.reason instanceof Error ? signal.reason : new Error("secrets scan cancelled")), false);
    };
    const onMessage = (msg) => settle(() => msg.ok ? resolve2(msg.outcome) : reject(new SecretsScanError(msg.error)), true);
    const onError = (err) => settle(() => reject(err), false);
    const onExit = (code) => settle(() => reject(new Error(`the secrets scan worker stopped (exit code ${code}) before reporting`)), false);
    signal.addEventListener("abort", onAbort, { once: true });
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ type: "scan", job, stop });
  });
}

// src/ops/secrets-scan/run.ts
async function runSecretsScan(ctx, input) {
  const started = performance.now();
  const cfg = ctx.config.secrets;
  const root = resolve(ctx.cwd, input.dir);
  const mode = input.diff !== "" || input.patchFile !== "" ? "diff" : input.history ? "history" : "tree";
  const range = input.diff !== "" ? parseRange(input.diff) : void 0;
  const revArgs = mode === "history" ? parseRevRange(input.rev) : [];
  const paths = input.paths.filter((p) => p !== "");
  const notes = [];
  const redact = (s) => ctx.redact.redact(s);
  const patchFile = input.patchFile !== "" ? resolve(ctx.cwd, input.patchFile) : "";
  if (patchFile)
    await access(patchFile, constants.R_OK).catch((err) => {
      throw new SecretsPathError(
        `patch-file: cannot read ${input.patchFile} (${err instanceof Error && "code" in err ? String(err.code) : "unreadable"}); expected a unified diff file`
      );
    });
  const readIgnore = range ? (path) => readAtRevision({ cwd: root, rev: range.base, path, signal: ctx.signal, redact }) : patchFile ? (path) => readIgnoreWithoutAdded({ root, path, patchFile, unpatched: paths }) : void 0;
  const suppression = await ctx.step(
    "load-suppression",
    () => loadSuppression({
      root,
      cwd: ctx.cwd,
      ignoreFile: cfg.ignoreFile,
      baseline: input.baseline || cfg.baseline,
      readIgnore
    })
  );
  const job = {
    source: range ? { kind: "diff", base: range.base, head: range.head } : patchFile ? { kind: "patch", file: patchFile } : mode === "history" ? { kind: "history", revArgs } : { kind: "tree" },
    root,
    paths,
    maxFileBytes: cfg.maxFileBytes,
    disableRules: cfg.disableRules,
    allowPaths: cfg.allowPaths,
    ignoreList: suppression.ignoreList,
    baseline: suppression.baseline,
    // Every line a diff shows is the change's own: its inline allows do not hide its own leak.
    inlineAllow: mode === "diff" && !cfg.prInlineAllow ? "report" : "honour"
  };
  const outcome = await ctx.step(`scan-${mode}`, async (s) => {
    const out = await scanInWorker(job, ctx.signal).catch((err) => {
      if (err instanceof SecretsScanError) err.message = redact(err.message);
      throw err;
    });
    if (out.stepNote) s.note(out.stepNote);
    return out;
  });
  notes.push(...outcome.notes);
  const report = buildSecretsReport({
    mode,
    target: range ? `${range.base}..${range.head}` : input.patchFile ? basename(input.patchFile) : mode === "history" ? input.rev || "all refs" : paths.length > 0 ? `${paths.length} listed files in ${input.dir}` : input.dir,
    findings: outcome.findings,
    stats: outcome.stats,
    stale: outcome.stale,
    unread: outcome.unread,
    failOn: input.failOn === "config" ? cfg.failOn : input.failOn,
    files: outcome.files,
    durationMs: Math.round(performance.now() - started),
    notes
  });
  return ctx.redact.redactValue(report);
}
export {
  runSecretsScan
};
