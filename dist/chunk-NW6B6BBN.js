import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/odoo/ci/test-sink.ts
import { closeSync as closeSync2, ftruncateSync as ftruncateSync2, openSync as openSync2, writeSync as writeSync2 } from "node:fs";
import { join } from "node:path";

// src/odoo/ci/map-container-path.ts
import { posix } from "node:path";
function mapContainerPath(file, m) {
  let best;
  for (const prefix of Object.keys(m.pathMap)) {
    const p = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
    if ((file === p || file.startsWith(p + "/")) && (best === void 0 || p.length > best.length)) best = p;
  }
  if (best !== void 0) {
    const target = m.pathMap[best] ?? m.pathMap[best + "/"] ?? "";
    return clean(posix.join(target, file.slice(best.length)));
  }
  if (m.addonDirs) {
    for (const [addon, dir] of m.addonDirs) {
      const at = file.lastIndexOf(`/${addon}/`);
      if (at >= 0) return clean(posix.join(dir, file.slice(at + addon.length + 2)));
    }
  }
  return void 0;
}
function clean(p) {
  const n = posix.normalize(p);
  return n.startsWith("./") ? n.slice(2) : n.replace(/^\/+/, "");
}

// src/odoo/ci/test-file-of.ts
function testFileOf(pythonModule, addonDirs) {
  const m = /^odoo\.addons\.([^.]+)\.(.+)$/.exec(pythonModule);
  if (!m) return void 0;
  const dir = addonDirs?.get(m[1]) ?? m[1];
  return `${dir}/${m[2].replaceAll(".", "/")}.py`;
}

// src/odoo/ci/junit-writer.ts
import { closeSync, ftruncateSync, openSync, readSync, rmSync, writeSync } from "node:fs";

// src/odoo/ci/render-junit.ts
function junitOpen(totals) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="odoo" ${counts(totals)}>
`;
}
var JUNIT_CLOSE = "</testsuites>\n";
function emptyJunit() {
  return junitOpen(zeroCounts()) + JUNIT_CLOSE;
}
function junitSuiteOpen(name, c) {
  return `  <testsuite name="${attr(name)}" ${counts(c)}>
`;
}
var JUNIT_SUITE_CLOSE = "  </testsuite>\n";
function zeroCounts() {
  return { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
}
function countCase(c, status, durationMs = 0) {
  c.tests++;
  c.time += durationMs / 1e3;
  if (status === "failed") c.failures++;
  else if (status === "error") c.errors++;
  else if (status === "skipped") c.skipped++;
}
function addCounts(a, b) {
  return {
    tests: a.tests + b.tests,
    failures: a.failures + b.failures,
    errors: a.errors + b.errors,
    skipped: a.skipped + b.skipped,
    time: a.time + b.time
  };
}
function counts(c) {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="${c.time.toFixed(3)}"`;
}
function junitTestcase(t) {
  const classname = t.className ? `${t.pythonModule}.${t.className}` : t.pythonModule;
  const at = `${t.path ? ` file="${attr(t.path)}"` : ""}${t.line ? ` line="${t.line}"` : ""}`;
  const head = `    <testcase classname="${attr(classname)}" name="${attr(t.method)}"${at} time="${((t.durationMs ?? 0) / 1e3).toFixed(3)}"`;
  if (t.status === "passed") return `${head}/>
`;
  if (t.status === "skipped")
    return `${head}>
      <skipped${t.message ? ` message="${attr(t.message)}"` : ""}/>
    </testcase>
`;
  const tag = t.status === "failed" ? "failure" : "error";
  const message = (t.message ?? "").split("\n")[0];
  const type = /^([\w.]+(?:Error|Exception|Failure)?):/.exec(message)?.[1] ?? (tag === "failure" ? "AssertionError" : "Error");
  const subtests = t.subtests?.length ? `Failing subtests: ${t.subtests.map((s) => `${s.params} ${s.message}`).join("; ")}

` : "";
  return `${head}>
      <${tag} message="${attr(message)}" type="${attr(type)}">${text(subtests + (t.traceback ?? ""))}</${tag}>
    </testcase>
`;
}
function junitSyntheticCases(data) {
  const cases = data.fatal.map((f) => {
    const at = `${f.path ? ` file="${attr(f.path)}"` : ""}${f.line ? ` line="${f.line}"` : ""}`;
    const xml = `    <testcase classname="odoo.registry" name="${attr(`load ${f.module ?? "modules"}`)}"${at} time="0.000">
      <error message="${attr(f.message)}" type="${attr(f.kind)}">${text(f.traceback ?? f.message)}</error>
    </testcase>
`;
    return { xml, status: "error" };
  });
  for (const b of data.blocked)
    if (!data.fatal.some((f) => f.module === b.module))
      cases.push({
        xml: `    <testcase classname="odoo.registry" name="${attr(`load ${b.module}`)}" time="0.000">
      <skipped message="${attr(`not tested: ${b.reason}`)}"/>
    </testcase>
`,
        status: "skipped"
      });
  const run = runError(data);
  if (run)
    cases.push({
      xml: `    <testcase classname="odoo.run" name="${run.name}" time="0.000">
      <error message="${attr(run.message)}" type="${data.outcome}"/>
    </testcase>
`,
      status: "error"
    });
  return cases;
}
function runError(data) {
  switch (data.outcome) {
    case "timed_out":
      return {
        name: "complete run",
        message: `Odoo did not finish: killed after ${data.timeoutMinutes ?? "?"} minutes`
      };
    case "cancelled":
      return { name: "complete run", message: "Odoo did not finish: cancelled" };
    case "not_started":
      return { name: "start", message: `Odoo did not start: ${data.command ?? ""}` };
    case "exit_code":
      return { name: "exit code", message: `Odoo exited with code ${data.exitCode}` };
    case "http_unavailable":
      return { name: "http server", message: `Odoo could not serve HTTP: ${data.httpError ?? ""}` };
    default:
      return void 0;
  }
}
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
var NEEDS_ATTR = /[&<>"\n\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
var NEEDS_TEXT = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;" };
function attr(s) {
  if (!NEEDS_ATTR.test(s)) return s;
  return s.replace(INVALID_XML, "").replace(/[&<>"\n]/g, (c) => ESCAPES[c]);
}
function text(s) {
  if (!NEEDS_TEXT.test(s)) return s;
  return s.replace(INVALID_XML, "").replace(/[&<>]/g, (c) => ESCAPES[c]);
}

// src/odoo/ci/junit-writer.ts
var FLUSH_BYTES = 256 * 1024;
var COPY_BYTES = 1024 * 1024;
var JunitWriter = class {
  #path;
  #spoolPath;
  #spool;
  #pending = [];
  #pendingBytes = 0;
  #offset = 0;
  /** Bytes in the spool file; writes name their position, as a rollback truncates the file under them. */
  #written = 0;
  #segments = [];
  #current;
  #done = false;
  constructor(path) {
    this.#path = path;
    this.#spoolPath = `${path}.spool`;
    this.#spool = openSync(this.#spoolPath, "w+");
  }
  /** Adds one test's testcase. */
  add(test) {
    const xml = junitTestcase(test);
    const bytes = Buffer.byteLength(xml);
    if (this.#current?.module !== test.module) {
      this.#current = { module: test.module, start: this.#offset, end: this.#offset, counts: zeroCounts() };
      this.#segments.push(this.#current);
    }
    this.#pending.push(xml);
    this.#pendingBytes += bytes;
    this.#offset += bytes;
    this.#current.end = this.#offset;
    countCase(this.#current.counts, test.status, test.durationMs);
    if (this.#pendingBytes >= FLUSH_BYTES) this.#flush();
  }
  /** A point to come back to with `rollback` (the tests of an Odoo run that will be run again). */
  mark() {
    this.#flush();
    this.#current = void 0;
    return { offset: this.#offset, segments: this.#segments.length };
  }
  /** Forgets every testcase added since `mark`. */
  rollback(mark) {
    this.#flush();
    ftruncateSync(this.#spool, mark.offset);
    this.#offset = mark.offset;
    this.#written = mark.offset;
    this.#segments.length = mark.segments;
    this.#current = void 0;
  }
  /** Writes the report: one suite per module in order of first appearance, then the `odoo` suite. */
  finish(synthetic) {
    if (this.#done) return;
    this.#flush();
    const suites = /* @__PURE__ */ new Map();
    for (const s of this.#segments) {
      const suite = suites.get(s.module);
      if (suite) {
        suite.segments.push(s);
        suite.counts = addCounts(suite.counts, s.counts);
      } else suites.set(s.module, { segments: [s], counts: s.counts });
    }
    const run = zeroCounts();
    for (const c of synthetic) countCase(run, c.status === "error" ? "error" : "skipped");
    let total = synthetic.length ? run : zeroCounts();
    for (const suite of suites.values()) total = addCounts(total, suite.counts);
    const out = openSync(this.#path, "w");
    try {
      writeSync(out, junitOpen(total));
      for (const [module, suite] of suites) {
        writeSync(out, junitSuiteOpen(`odoo.addons.${module}`, suite.counts));
        for (const s of suite.segments) this.#copy(out, s.start, s.end);
        writeSync(out, JUNIT_SUITE_CLOSE);
      }
      if (synthetic.length) {
        writeSync(out, junitSuiteOpen("odoo", run) + synthetic.map((c) => c.xml).join("") + JUNIT_SUITE_CLOSE);
      }
      writeSync(out, JUNIT_CLOSE);
    } finally {
      closeSync(out);
      this.#discard();
    }
  }
  /** Drops the spool without writing a report (the run failed before it could report). */
  discard() {
    if (!this.#done) this.#discard();
  }
  #discard() {
    this.#done = true;
    closeSync(this.#spool);
    rmSync(this.#spoolPath, { force: true });
  }
  #flush() {
    if (this.#pending.length === 0) return;
    this.#written += writeSync(this.#spool, this.#pending.join(""), this.#written);
    this.#pending = [];
    this.#pendingBytes = 0;
  }
  #copy(out, start, end) {
    const buffer = Buffer.allocUnsafe(Math.min(COPY_BYTES, Math.max(1, end - start)));
    for (let at = start; at < end; ) {
      const n = readSync(this.#spool, buffer, 0, Math.min(buffer.length, end - at), at);
      if (n === 0) break;
      writeSync(out, buffer, 0, n);
      at += n;
    }
  }
};

// src/odoo/ci/skip-tally.ts
var MAX_REASONS = 30;
var MAX_REASON_CHARS = 300;
var MAX_EXAMPLES = 3;
var MAX_MODULES = 10;
var OTHER = "other reasons";
var SkipTally = class _SkipTally {
  #reasons = /* @__PURE__ */ new Map();
  add(test) {
    let reason = (test.message ?? "").split("\n")[0].trim() || "no reason given";
    if (reason.length > MAX_REASON_CHARS) reason = `${reason.slice(0, MAX_REASON_CHARS)}\u2026`;
    if (!this.#reasons.has(reason) && this.#reasons.size >= MAX_REASONS) reason = OTHER;
    let entry = this.#reasons.get(reason);
    if (!entry) this.#reasons.set(reason, entry = { reason, count: 0, modules: [], examples: [] });
    entry.count++;
    if (!entry.modules.includes(test.module) && entry.modules.length < MAX_MODULES) entry.modules.push(test.module);
    if (entry.examples.length < MAX_EXAMPLES)
      entry.examples.push(test.className ? `${test.className}.${test.method}` : test.method);
  }
  /** An independent copy (the sink keeps one per mark). */
  clone() {
    const copy = new _SkipTally();
    for (const [reason, r] of this.#reasons)
      copy.#reasons.set(reason, { ...r, modules: [...r.modules], examples: [...r.examples] });
    return copy;
  }
  /** The reasons, most frequent first. */
  reasons() {
    return [...this.#reasons.values()].sort((a, b) => b.count - a.count);
  }
};

// src/odoo/ci/test-sink.ts
var TESTS_ARTIFACT = "odoo-tests.jsonl";
var JUNIT_ARTIFACT = "odoo-junit.xml";
var MAX_KEPT = 100;
var FLUSH_BYTES2 = 256 * 1024;
var TestSink = class {
  #junit;
  #jsonl;
  /** Bytes written to the test list; writes name their position, as a rollback truncates the file. */
  #jsonlBytes = 0;
  #pending = [];
  #pendingBytes = 0;
  #mapping;
  #learnt;
  #redact;
  #skips = new SkipTally();
  #kept = [];
  #omitted = 0;
  #maxKept;
  constructor(options) {
    this.#mapping = options.mapping;
    this.#learnt = new Map(options.mapping.addonDirs);
    this.#redact = options.redact;
    this.#maxKept = options.maxKept ?? MAX_KEPT;
    this.#junit = new JunitWriter(join(options.dir, JUNIT_ARTIFACT));
    this.#jsonl = openSync2(join(options.dir, TESTS_ARTIFACT), "w");
  }
  /** Takes one finished test. */
  add(test) {
    const t = this.#mapped(
      !this.#redact || test.status === "passed" && !test.logged ? test : redacted(test, this.#redact)
    );
    const line = JSON.stringify(t) + "\n";
    this.#pending.push(line);
    this.#pendingBytes += line.length;
    if (this.#pendingBytes >= FLUSH_BYTES2) this.#flush();
    this.#junit.add(t);
    if (t.status === "skipped") this.#skips.add(t);
    if (notable(t)) {
      if (this.#kept.length < this.#maxKept) this.#kept.push(t);
      else if (t.status === "failed" || t.status === "error") this.#omitted++;
    }
  }
  /** A point to come back to: before an Odoo run whose modules may be tested again. */
  mark() {
    this.#flush();
    return {
      junit: this.#junit.mark(),
      jsonlBytes: this.#jsonlBytes,
      kept: this.#kept.length,
      omitted: this.#omitted,
      skips: this.#skips.clone()
    };
  }
  /** Forgets every test added since `mark`, so a run that is repeated is not counted twice. */
  rollback(mark) {
    this.#flush();
    ftruncateSync2(this.#jsonl, mark.jsonlBytes);
    this.#jsonlBytes = mark.jsonlBytes;
    this.#junit.rollback(mark.junit);
    this.#kept.length = mark.kept;
    this.#omitted = mark.omitted;
    this.#skips = mark.skips.clone();
  }
  /** What the run's record keeps. */
  collected() {
    return { tests: [...this.#kept], testsOmitted: this.#omitted, skipReasons: this.#skips.reasons() };
  }
  /** Closes the test list and writes the JUnit report, with testcases for what was not a test (load failures...). */
  finish(data) {
    this.#flush();
    closeSync2(this.#jsonl);
    this.#junit.finish(junitSyntheticCases(data));
  }
  /** Closes the files after a crash, leaving no spool behind. */
  discard() {
    closeSync2(this.#jsonl);
    this.#junit.discard();
  }
  #flush() {
    if (this.#pending.length === 0) return;
    this.#jsonlBytes += writeSync2(this.#jsonl, this.#pending.join(""), this.#jsonlBytes);
    this.#pending = [];
    this.#pendingBytes = 0;
  }
  #mapped(test) {
    const mapped = test.file ? mapContainerPath(test.file, { ...this.#mapping, addonDirs: this.#learnt }) : void 0;
    if (mapped && !this.#learnt.has(test.module)) {
      const at = mapped.lastIndexOf(`${test.module}/`);
      if (at >= 0) this.#learnt.set(test.module, mapped.slice(0, at + test.module.length));
    }
    return { ...test, path: mapped ?? testFileOf(test.pythonModule, this.#learnt) };
  }
};
function notable(t) {
  return t.status === "failed" || t.status === "error" || (t.logged?.some((l) => l.level !== "WARNING") ?? false);
}
var SEP = "\n\0\n";
function redacted(t, redact) {
  const texts = [
    t.message ?? "",
    t.traceback ?? "",
    ...(t.subtests ?? []).map((s) => s.message),
    ...(t.logged ?? []).map((l) => l.message)
  ];
  const joined = texts.join(SEP);
  const clean2 = redact(joined);
  if (clean2 === joined) return t;
  let parts = clean2.split(SEP);
  if (parts.length !== texts.length) parts = texts.map((x) => redact(x));
  let at = 2;
  return {
    ...t,
    message: t.message === void 0 ? void 0 : parts[0],
    traceback: t.traceback === void 0 ? void 0 : parts[1],
    subtests: t.subtests?.map((s) => ({ ...s, message: parts[at++] })),
    logged: t.logged?.map((l) => ({ ...l, message: parts[at++] }))
  };
}

export {
  emptyJunit,
  mapContainerPath,
  TESTS_ARTIFACT,
  JUNIT_ARTIFACT,
  TestSink
};
