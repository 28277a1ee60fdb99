import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  KeywordMatcher
} from "./chunk-4SW5MQ5N.js";
import {
  allRules
} from "./chunk-L3URI5J3.js";
import {
  BaselineMatcher,
  ScanSession,
  scanDiff,
  scanHistory,
  scanPatchFile,
  scanTree
} from "./chunk-HWJ7D4GL.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-NSCG2XAA.js";
import "./chunk-4CEKIALU.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-LY7GTVVW.js";

// src/ops/secrets-scan/scan-worker.ts
import { parentPort } from "node:worker_threads";

// src/secrets/compile-rules.ts
function compileRules(rules, disabled = [], engine = (regex) => regex) {
  const active = rules.filter((r) => !disabled.includes(r.id));
  const keywordIds = /* @__PURE__ */ new Map();
  const rulesByKeyword = [];
  active.forEach((rule, ri) => {
    if (rule.keywords.length === 0 && !rule.paths)
      throw new Error(`secret rule ${rule.id} has no keyword and no paths: every rule must be behind a prefilter`);
    for (const kw of rule.keywords) {
      let id = keywordIds.get(kw);
      if (id === void 0) {
        id = keywordIds.size;
        keywordIds.set(kw, id);
        rulesByKeyword.push([]);
      }
      if (!rulesByKeyword[id].includes(ri)) rulesByKeyword[id].push(ri);
    }
  });
  const regexes = active.map(
    (r) => engine(new RegExp(r.regex.source, r.regex.flags.includes("g") ? r.regex.flags : r.regex.flags + "g"))
  );
  const fileRules = active.flatMap((r, ri) => r.keywords.length === 0 ? [ri] : []);
  return { rules: active, matcher: new KeywordMatcher([...keywordIds.keys()]), rulesByKeyword, regexes, fileRules };
}

// src/ops/secrets-scan/steps/listed-path-notes.ts
var SHOWN = 20;
function listedPathNotes(r) {
  const notes = [];
  const links = r.outsideLinks ?? [];
  if (links.length > 0)
    notes.push(
      `${count(links.length, "symbolic link leads", "symbolic links lead")} outside the repository (directly or through a chain of links) and ${links.length === 1 ? "was" : "were"} not followed or read: ${list(links.map(code))}.`
    );
  if (r.missing.length > 0)
    notes.push(
      `${count(r.missing.length, "listed path does", "listed paths do")} not exist (deleted or renamed) and ${r.missing.length === 1 ? "was" : "were"} not scanned: ${list(r.missing.map(code))}.`
    );
  if (r.outside.length > 0)
    notes.push(
      `${count(r.outside.length, "listed path resolves", "listed paths resolve")} outside the repository (through a symlink) and ${r.outside.length === 1 ? "was" : "were"} refused, not read: ${list(r.outside.map(code))}.`
    );
  if (r.notFiles.length > 0)
    notes.push(
      `${count(r.notFiles.length, "listed path is", "listed paths are")} not a regular file and ${r.notFiles.length === 1 ? "was" : "were"} skipped: ${list(r.notFiles.map((f) => `${code(f.path)} (${f.type})`))}.`
    );
  if (r.unreadable.length > 0)
    notes.push(
      `${count(r.unreadable.length, "listed path", "listed paths")} could not be read and ${r.unreadable.length === 1 ? "was" : "were"} skipped: ${list(r.unreadable.map((f) => `${code(f.path)} (${f.code})`))}.`
    );
  return notes;
}
function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function code(p) {
  return `\`${p.replaceAll("`", "'")}\``;
}
function list(items) {
  const more = items.length > SHOWN ? ` and ${items.length - SHOWN} more` : "";
  return items.slice(0, SHOWN).join(", ") + more;
}

// src/ops/secrets-scan/steps/skipped-file-notes.ts
var WHY = {
  binary: "binary content (images, archives, compiled files: many NUL or control bytes)",
  lockfile: "generated dependency lockfiles (recognised by their first lines)",
  unreadable: "could not be read"
};
function skippedFileNotes(r) {
  const notes = [];
  for (const reason of Object.keys(WHY)) {
    const n = r.skippedCounts[reason];
    if (n === 0) continue;
    const names = r.skipped.filter((s) => s.reason === reason).map((s) => `\`${s.path.replaceAll("`", "'")}\``);
    const more = n > names.length ? ` and ${n - names.length} more` : "";
    notes.push(`${n} file${n === 1 ? "" : "s"} not scanned, ${WHY[reason]}: ${names.join(", ")}${more}.`);
  }
  if (r.streamed > 0)
    notes.push(
      `${r.streamed} large file${r.streamed === 1 ? " was" : "s were"} scanned in streaming mode, chunk by chunk.`
    );
  if (r.utf16 > 0) notes.push(`${r.utf16} UTF-16 file${r.utf16 === 1 ? " was" : "s were"} decoded and scanned.`);
  return notes;
}

// src/ops/secrets-scan/steps/scan-job.ts
async function runScanJob(job, signal, shouldStop) {
  const baseline = job.baseline ? new BaselineMatcher(job.baseline) : void 0;
  const session = new ScanSession({
    compiled: compileRules(allRules(), job.disableRules),
    allowPaths: job.allowPaths,
    ignoreList: job.ignoreList,
    baseline,
    firstOccurrenceOnly: job.source.kind === "history",
    shouldStop,
    inlineAllow: job.inlineAllow
  });
  const identity = (s) => s;
  const notes = [];
  let unread = 0;
  let files;
  let stepNote = "";
  const src = job.source;
  const binary = /* @__PURE__ */ new Set();
  if (src.kind === "diff") {
    files = await scanDiff({ cwd: job.root, session, base: src.base, head: src.head, signal, redact: identity, binary });
    if (binary.size > 0) notes.push(binaryNote(binary));
  } else if (src.kind === "history") {
    files = await scanHistory({ cwd: job.root, session, revArgs: src.revArgs, signal, redact: identity, binary });
    if (binary.size > 0) notes.push(binaryNote(binary));
  } else if (src.kind === "patch") {
    files = await scanPatchFile({ file: src.file, session, signal });
    if (job.paths.length > 0) {
      const r = await scanTree({ root: job.root, session, maxFileBytes: job.maxFileBytes, paths: job.paths, signal });
      stepNote = `${files} files from the patch; ${r.files} listed files scanned whole`;
      notes.push(wholeFilesNote(job.paths), ...listedPathNotes(r), ...skippedFileNotes(r));
      files += r.files;
      unread = r.skippedCounts.unreadable + r.unreadable.length;
    }
  } else {
    const r = await scanTree({ root: job.root, session, maxFileBytes: job.maxFileBytes, paths: job.paths, signal });
    notes.push(...listedPathNotes(r), ...skippedFileNotes(r));
    unread = r.skippedCounts.unreadable + r.unreadable.length;
    stepNote = `${r.files} files scanned; skipped ${r.skipped.length} (binary, lockfiles, unreadable)`;
    files = r.files;
  }
  const stale = baseline && (src.kind === "tree" || src.kind === "history") ? baseline.stale() : [];
  return { files, findings: session.findings, stats: session.stats, notes, stepNote, stale, unread };
}
function binaryNote(paths) {
  const list2 = [...paths];
  const shown = list2.slice(0, 20).map((p) => `\`${p.replaceAll("`", "'")}\``).join(", ");
  const more = list2.length > 20 ? ` and ${list2.length - 20} more` : "";
  return `${list2.length} file${list2.length === 1 ? " is" : "s are"} binary in git's view (a NUL byte in the first 8,000 bytes) and ${list2.length === 1 ? "was" : "were"} not scanned: ${shown}${more}.`;
}
function wholeFilesNote(paths) {
  const shown = paths.slice(0, 20).map((p) => `\`${p}\``).join(", ");
  const more = paths.length > 20 ? ` and ${paths.length - 20} more` : "";
  return `${paths.length} changed file${paths.length === 1 ? " has" : "s have"} no patch (binary, or a diff too large for the API) and ${paths.length === 1 ? "was" : "were"} scanned whole: ${shown}${more}.`;
}

// src/ops/secrets-scan/scan-worker.ts
var controller;
parentPort?.on("message", (msg) => {
  if (msg.type === "abort") return controller?.abort();
  controller = new AbortController();
  runScanJob(msg.job, controller.signal, () => Atomics.load(msg.stop, 0) === 1).then((outcome) => parentPort?.postMessage({ ok: true, outcome })).catch((err) => {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort?.postMessage({
      ok: false,
      error: { name: e.name, message: e.message, usage: e.usage === true }
    });
  });
});
