import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  JUNIT_ARTIFACT,
  TESTS_ARTIFACT,
  mapContainerPath
} from "./chunk-NW6B6BBN.js";
import {
  countNoun
} from "./chunk-Z7DZXW6N.js";
import {
  readInside
} from "./chunk-EQBUWK5K.js";

// src/odoo/ci/list-repo-addons.ts
import { existsSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
var MANIFESTS = ["__manifest__.py", "__openerp__.py"];
var MAX_MANIFEST_BYTES = 1024 * 1024;
function listRepoAddons(root, addonsDirs) {
  const out = /* @__PURE__ */ new Map();
  for (const rel of addonsDirs) {
    const abs = join(root, rel);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".") || out.has(entry.name)) continue;
      const read = MANIFESTS.map(
        (m) => readInside(root, join(abs, entry.name, m), { maxBytes: MAX_MANIFEST_BYTES })
      ).find((r) => r.kind === "bytes");
      if (read?.kind !== "bytes") continue;
      const text = read.bytes.toString("utf8");
      out.set(entry.name, {
        name: entry.name,
        dir: posix.normalize(posix.join(rel.replaceAll("\\", "/"), entry.name)),
        depends: readDepends(text),
        installable: !/["']installable["']\s*:\s*False\b/.test(text)
      });
    }
  }
  return out;
}
function readDepends(manifest) {
  const m = /["']depends["']\s*:\s*[[(]([^\])]*)[\])]/.exec(manifest);
  if (!m) return [];
  return [...m[1].replace(/#[^\n]*/g, "").matchAll(/["']([^"']+)["']/g)].map((x) => x[1]);
}

// src/odoo/ci/to-odoo-ci-data.ts
function toOdooCiData(log, facts, collected, mapping) {
  const fatal = log.fatal.map((f) => ({ ...f, path: f.file ? mapContainerPath(f.file, mapping) : void 0 }));
  const passed = log.modules.reduce((n, m) => n + m.passed, 0);
  const outcome = outcomeOf(log, facts, passed);
  return {
    schemaVersion: 2,
    outcome,
    exitCode: facts.exitCode,
    database: facts.database ?? log.database,
    odooVersion: log.odooVersion,
    selected: [...facts.selected],
    installFirst: [...facts.installFirst],
    selectionReason: facts.selectionReason,
    summary: log.summary,
    counted: { ...log.counted, passed },
    modules: log.modules,
    tests: collected.tests,
    testsOmitted: collected.testsOmitted,
    skipReasons: collected.skipReasons,
    fatal,
    issues: log.issues.map(
      (i) => i.xml ? { ...i, xml: { ...i.xml, path: mapContainerPath(i.xml.file, mapping) } } : i
    ),
    droppedIssues: log.droppedIssues,
    httpError: log.httpError?.message,
    httpPort: facts.httpPort,
    blocked: [...facts.blocked ?? []],
    groups: facts.groups && facts.groups.length > 1 ? [...facts.groups] : void 0,
    logArtifact: facts.logArtifact,
    testsArtifact: TESTS_ARTIFACT,
    junitArtifact: JUNIT_ARTIFACT,
    logTail: needsTail(outcome, log) ? [...facts.logTail ?? []] : void 0,
    timeoutMinutes: facts.timedOut ? facts.timeoutMinutes : void 0,
    command: facts.notStarted
  };
}
function needsTail(outcome, log) {
  return outcome === "exit_code" || outcome === "not_started" || outcome === "fatal" && log.fatal.length === 0;
}
function outcomeOf(log, facts, passed) {
  if (facts.timedOut) return "timed_out";
  if (facts.cancelled) return "cancelled";
  if (facts.notStarted !== void 0) return "not_started";
  if (log.fatal.length > 0 || facts.exitCode === 255) return "fatal";
  const failed = log.summary ? log.summary.failed + log.summary.errors : log.counted.failures + log.counted.errors;
  if (failed > 0) return "failed";
  if (log.httpError) return "http_unavailable";
  if (facts.exitCode !== void 0 && facts.exitCode !== 0) return "exit_code";
  const ran = log.summary?.tests ?? log.counted.tests;
  if (ran === 0) return "no_tests";
  if (passed === 0 && log.counted.skipped > 0) return "all_skipped";
  return "passed";
}

// src/odoo/ci/odoo-findings.ts
var TRACE_LINES = 12;
var MAX_FINDINGS = 300;
function odooFindings(data, policy, anchors) {
  const findings = [];
  for (const t of data.tests) if (t.status === "failed" || t.status === "error") findings.push(testFinding(t, anchors));
  for (const f of data.fatal) findings.push(fatalFinding(f, data, anchors));
  for (const b of data.blocked) {
    if (data.fatal.some((f) => f.module === b.module)) continue;
    findings.push({
      path: manifestOf(b.module, anchors) ?? logPath(data),
      line: 1,
      level: b.why === "failed_to_load" ? "failure" : "warning",
      ruleId: "odoo-ci/not-tested",
      title: `${b.module} was not tested`,
      message: `module ${b.module} was not tested: ${b.reason}`
    });
  }
  if (data.httpError)
    findings.push({
      path: logPath(data),
      line: 1,
      level: "failure",
      ruleId: "odoo-ci/http-unavailable",
      title: "Odoo could not listen for HTTP",
      message: `Odoo's HTTP server did not start${data.httpPort ? ` on port ${data.httpPort}` : ""}: ${data.httpError}. HTTP and browser tests (HttpCase, tours) cannot pass; give the run a free port (odoo-ci.httpPort: auto) or stop what holds it.`
    });
  if (data.fatal.length === 0 && data.outcome !== "timed_out" && data.outcome !== "cancelled") {
    for (const module of data.selected) {
      if (data.blocked.some((b) => b.module === module)) continue;
      const ran = data.modules.find((m) => m.module === module);
      if (!ran || ran.tests + ran.errors === 0) {
        findings.push({
          path: manifestOf(module, anchors) ?? logPath(data),
          line: 1,
          level: "warning",
          ruleId: "odoo-ci/no-tests-ran",
          title: "No test ran",
          message: `module ${module} was selected but no test of it ran`
        });
      } else if (ran.skipped === ran.tests && ran.failures + ran.errors === 0) {
        const reasons = data.skipReasons.filter((r) => r.modules.includes(module)).map((r) => r.reason);
        findings.push({
          path: manifestOf(module, anchors) ?? logPath(data),
          line: 1,
          level: "warning",
          ruleId: "odoo-ci/all-tests-skipped",
          title: "Every test was skipped",
          message: `module ${module}: ${ran.tests === 1 ? "its only test was" : `all ${ran.tests} tests were`} skipped${reasons.length ? ` (${reasons.join("; ")})` : ""}`
        });
      }
    }
  }
  const ignore = policy.ignore.map((r) => new RegExp(r));
  for (const issue of data.issues) {
    const action = issue.level === "WARNING" ? policy.loggedWarnings : policy.loggedErrors;
    if (action === "ignore" || ignore.some((r) => r.test(`${issue.logger}: ${issue.message}`))) continue;
    if (restatesFatal(issue, data.fatal)) continue;
    const xmlPath = issue.xml?.path;
    if (issue.xml && xmlPath) {
      findings.push({
        path: xmlPath,
        line: issue.xml.line,
        level: "failure",
        ruleId: "odoo-ci/xml-parse-error",
        title: `Odoo could not load ${issue.module ?? "a data file"}'s data`,
        message: `${issue.message.split("\n")[0]}: ${issue.xml.message}`,
        properties: { logLine: issue.logLine, containerFile: issue.xml.file }
      });
      continue;
    }
    const manifest = issue.module ? manifestOf(issue.module, anchors) : void 0;
    const elsewhere = issue.module !== void 0 && manifest === void 0;
    findings.push({
      path: manifest ?? logPath(data),
      line: 1,
      level: action === "fail" ? "failure" : elsewhere ? "notice" : "warning",
      ruleId: issue.level === "WARNING" ? "odoo-ci/logged-warning" : "odoo-ci/logged-error",
      title: `${issue.level} logged outside tests${elsewhere ? ` while Odoo loaded ${issue.module}` : ""}`,
      message: `${issue.logger}${elsewhere ? ` (loading ${issue.module}, not in this repository)` : ""}: ${firstLines(issue.message, 6)}`,
      properties: { logLine: issue.logLine, ...issue.module ? { module: issue.module } : {} }
    });
  }
  for (const t of data.tests) {
    for (const issue of t.logged ?? []) {
      if (issue.level === "WARNING" || policy.loggedErrors === "ignore" || ignore.some((r) => r.test(`${issue.logger}: ${issue.message}`)))
        continue;
      findings.push({
        path: t.path ?? logPath(data),
        line: 1,
        level: "warning",
        ruleId: "odoo-ci/error-logged-in-test",
        title: `${issue.level} logged in ${t.className}.${t.method}`,
        message: `${issue.logger}: ${firstLines(issue.message, 6)}`,
        properties: { logLine: issue.logLine }
      });
    }
  }
  return capFindings(findings);
}
function capFindings(findings) {
  if (findings.length <= MAX_FINDINGS) return findings;
  const ordered = [...findings.filter((f) => f.level === "failure"), ...findings.filter((f) => f.level !== "failure")];
  const kept = ordered.slice(0, MAX_FINDINGS - 1);
  const left = findings.length - kept.length;
  kept.push({
    path: kept[0].path,
    line: 1,
    level: "notice",
    ruleId: "odoo-ci/findings-capped",
    title: "More findings left out",
    message: `${countNoun(left, "further finding was", "further findings were")} left out; the summary, the JUnit report and the raw log have everything`
  });
  return kept;
}
function fatalFinding(f, data, anchors) {
  const manifest = f.module ? manifestOf(f.module, anchors) : void 0;
  const needle = f.kind === "missing_dependency" || f.kind === "missing_python_dependency" || f.kind === "missing_program" ? f.dependency : f.kind === "invalid_manifest" ? "version" : void 0;
  const external = f.kind === "missing_python_dependency" || f.kind === "missing_program";
  const manifestAt = manifest && f.module ? (needle ? anchors.manifestLine?.(f.module, needle) : void 0) ?? (external ? anchors.manifestLine?.(f.module, "external_dependencies") : void 0) : void 0;
  return {
    path: f.path ?? manifest ?? logPath(data),
    line: f.path ? f.line ?? 1 : manifestAt ?? 1,
    level: "failure",
    ruleId: `odoo-ci/${f.kind.replaceAll("_", "-")}`,
    title: `Odoo could not load${f.module ? ` ${f.module}` : ""}`,
    message: f.message,
    properties: {
      logLine: f.logLine,
      ...f.file ? { containerFile: f.file } : {},
      ...f.dependency ? { dependency: f.dependency } : {}
    }
  };
}
function testFinding(t, anchors) {
  const name = t.className ? `${t.className}.${t.method}` : t.method;
  const flavour = t.status === "failed" ? "FAIL" : "ERROR";
  const subtests = t.subtests?.length ? `
Failing subtests: ${t.subtests.map((s) => s.params).join(", ")}` : "";
  return {
    path: t.path ?? manifestOf(t.module, anchors) ?? t.module,
    line: t.line ?? 1,
    level: "failure",
    ruleId: t.status === "failed" ? "odoo-ci/test-failed" : "odoo-ci/test-error",
    title: `${flavour}: ${name}${t.fixture ? " (class setup)" : ""}`,
    message: `${t.message ?? "test failed"}${subtests}

${firstLines(t.traceback ?? "", TRACE_LINES)}`.trimEnd(),
    properties: { module: t.module, phase: t.phase, logLine: t.logLine }
  };
}
function restatesFatal(issue, fatal) {
  return fatal.some(
    (f) => (f.kind === "missing_python_dependency" || f.kind === "missing_program") && f.dependency !== void 0 && issue.message.includes(`'${f.dependency}'`)
  );
}
function manifestOf(module, anchors) {
  const dir = anchors.addonDirs.get(module);
  return dir ? `${dir}/__manifest__.py` : void 0;
}
function logPath(data) {
  return data.logArtifact ?? "odoo.log";
}
function firstLines(text, n) {
  const lines = text.split("\n");
  return lines.length > n ? `${lines.slice(0, n).join("\n")}
\u2026` : text;
}

// src/odoo/ci/conclude-odoo-run.ts
function concludeOdooRun(data, findings, policy) {
  const total = data.summary?.tests ?? data.counted.tests;
  const failed = data.summary?.failed ?? data.counted.failures;
  const errors = data.summary?.errors ?? data.counted.errors;
  const ran = `${countNoun(total, "test")} ran`;
  switch (data.outcome) {
    case "timed_out":
      return {
        conclusion: "timed_out",
        title: `Odoo tests timed out after ${data.timeoutMinutes ?? "?"} min (${ran}${failed + errors ? `, ${failed} failed, ${countNoun(errors, "error")}` : ""})`
      };
    case "cancelled":
      return { conclusion: "cancelled", title: `Odoo tests cancelled (${ran})` };
    case "fatal": {
      const f = data.fatal[0];
      const cause = f ? `Odoo could not load the modules: ${fatalTitle(f)}${f.module ? ` in ${f.module}` : ""}` : `Odoo could not load the modules (exit code ${data.exitCode})`;
      const others = total > 0 ? `; the other modules: ${failed + errors ? `${failed} failed, ${countNoun(errors, "error")} of ${countNoun(total, "test")}` : passedPhrase(data)}` : "";
      return { conclusion: "failure", title: cause + others };
    }
    case "failed":
      return {
        conclusion: "failure",
        title: `${failed} failed, ${countNoun(errors, "error")} of ${countNoun(total, "test")}`
      };
    case "http_unavailable":
      return {
        conclusion: "failure",
        title: `Odoo could not listen for HTTP${data.httpPort ? ` on port ${data.httpPort}` : ""} (${httpReason(data.httpError)}), so HTTP and browser tests could not run; ${total === 0 ? "no test ran" : passedPhrase(data)}`
      };
    case "not_started":
      return {
        conclusion: "failure",
        title: `Odoo did not start: ${data.command ?? "the command"} could not be run (is it installed, on PATH, executable?)`
      };
    case "exit_code":
      return { conclusion: "failure", title: `Odoo exited with code ${data.exitCode} (${ran}, none failed)` };
    case "nothing_selected":
      return { conclusion: "neutral", title: "No module to test" };
    case "no_tests":
      return { conclusion: policy.zeroTests, title: "No test ran (0 tests)" };
    case "all_skipped": {
      const reasons = data.skipReasons;
      const first = reasons[0]?.reason ?? "no reason given";
      const more = reasons.length > 1 ? ` (and ${countNoun(reasons.length - 1, "other reason")})` : "";
      const which = data.counted.skipped === 1 ? "The only test was skipped" : `All ${data.counted.skipped} tests were skipped`;
      return { conclusion: policy.allSkipped, title: `${which}: ${first}${more}` };
    }
    case "passed": {
      const logged = findings.filter((f) => f.level === "failure").length;
      if (logged > 0)
        return {
          conclusion: "failure",
          title: `${passedPhrase(data)}, but ${countNoun(logged, "problem was", "problems were")} logged outside tests`
        };
      return { conclusion: "success", title: passedPhrase(data) };
    }
  }
}
function passedPhrase(data) {
  const skipped = data.counted.skipped ? `, ${data.counted.skipped} skipped` : "";
  return `${countNoun(data.counted.passed, "test")} passed${skipped}`;
}
function httpReason(message) {
  if (!message) return "its HTTP server did not start";
  return /address already in use/i.test(message) ? "address already in use" : message;
}
function fatalTitle(f) {
  const titles = {
    missing_dependency: `missing dependency${f.dependency ? ` ${f.dependency}` : ""}`,
    missing_python_dependency: `missing Python library${f.dependency ? ` ${f.dependency}` : ""}`,
    missing_program: `missing program${f.dependency ? ` ${f.dependency}` : ""}`,
    import_error: "Python import error",
    xml_parse_error: "XML data error",
    invalid_manifest: "invalid manifest",
    registry_failure: "registry failure"
  };
  return titles[f.kind];
}

// src/odoo/ci/render-odoo-summary.ts
var MAX_FAILURES = 30;
var MAX_ISSUES = 20;
var MAX_SUMMARY = 6e4;
function renderOdooSummary(data, findings) {
  const out = [];
  const facts = [
    data.odooVersion && `Odoo ${data.odooVersion}`,
    data.exitCode !== void 0 && `exit code ${data.exitCode}`,
    data.database && `database \`${data.database}\``,
    data.httpPort !== void 0 && `HTTP port ${data.httpPort}`,
    data.logArtifact && `raw log: \`${data.logArtifact}\``,
    data.junitArtifact && `every test: \`${data.junitArtifact}\`, \`${data.testsArtifact}\``
  ].filter(Boolean);
  if (facts.length) out.push(facts.join(" \xB7 "), "");
  if (data.selected.length) {
    out.push(
      `**Modules under test:** ${data.selected.map((m) => `\`${m}\``).join(", ")}${data.selectionReason ? ` (${data.selectionReason})` : ""}`
    );
    if (data.installFirst.length)
      out.push(`**Installed first, without tests:** ${data.installFirst.map((m) => `\`${m}\``).join(", ")}`);
    out.push("");
  }
  for (const f of data.fatal) {
    out.push(
      `### Odoo could not load the modules`,
      "",
      `${f.message}${f.path ? ` (\`${f.path}${f.line ? `:${f.line}` : ""}\`)` : ""}`,
      ""
    );
    if (f.traceback) out.push("```", firstLines(f.traceback, 15), "```", "");
  }
  if (data.blocked.length) {
    out.push(
      `### Not tested: Odoo could not load them`,
      "",
      ...data.blocked.map((b) => `- \`${b.module}\`: ${b.reason}`),
      "",
      data.groups ? `The other modules were tested again without them (${countNoun(data.groups.length, "Odoo run")}: ${data.groups.map((g) => g.modules.map((m) => `\`${m}\``).join(", ")).join(" \u2192 ")}).` : "",
      ""
    );
  }
  if (data.httpError)
    out.push(
      `### Odoo could not listen for HTTP`,
      "",
      `\`${data.httpError}\`${data.httpPort !== void 0 ? ` (port ${data.httpPort})` : ""}: HTTP and browser tests (HttpCase, tours) cannot work; free the port or let oda pick one (\`odoo-ci.httpPort: auto\`).`,
      ""
    );
  if (data.logTail?.length)
    out.push(
      `### Odoo stopped without a record saying why`,
      "",
      "Last lines of its output:",
      "",
      "```",
      ...data.logTail,
      "```",
      ""
    );
  if (data.modules.length) {
    out.push("| Module | Tests | Passed | Failed | Errors | Skipped | Time |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const m of data.modules) {
      const time = m.stats?.timeS ?? m.testTimeS;
      out.push(
        `| \`${m.module}\` | ${m.tests} | ${m.passed} | ${m.failures} | ${m.errors} | ${m.skipped} | ${time !== void 0 ? `${time.toFixed(2)} s` : ""} |`
      );
    }
    const s = data.summary;
    if (s) out.push("", `Odoo: ${s.failed} failed, ${countNoun(s.errors, "error")} of ${countNoun(s.tests, "test")}.`);
    out.push("");
  }
  if (data.skipReasons.length) {
    out.push(
      `### Skipped (${data.counted.skipped})`,
      "",
      "| Tests | Reason | Modules | For example |",
      "|---:|---|---|---|"
    );
    for (const r of data.skipReasons)
      out.push(
        `| ${r.count} | ${cell(r.reason)} | ${r.modules.map((m) => `\`${m}\``).join(", ")} | ${r.examples.map((e) => `\`${e}\``).join(", ")} |`
      );
    out.push("");
  }
  const failing = data.tests.filter((t) => t.status === "failed" || t.status === "error");
  if (failing.length) {
    out.push(`### Failures (${failing.length + data.testsOmitted})`, "");
    for (const t of failing.slice(0, MAX_FAILURES)) {
      const where = t.path ? ` \u2014 \`${t.path}${t.line ? `:${t.line}` : ""}\`` : "";
      const sub = t.subtests?.length ? ` (subtests ${t.subtests.map((x) => x.params).join(", ")})` : "";
      out.push(
        `**${t.status === "failed" ? "FAIL" : "ERROR"}** \`${t.module}\` ${t.className ? `${t.className}.` : ""}${t.method}${sub}${where}`,
        "",
        "```",
        firstLines(t.traceback ?? t.message ?? "", 8),
        "```",
        ""
      );
    }
    const more = failing.length - Math.min(failing.length, MAX_FAILURES) + data.testsOmitted;
    if (more > 0) out.push(`\u2026 and ${countNoun(more, "more failing test")} (see the JUnit report and the raw log).`, "");
  }
  const silent = findings.filter((f) => f.ruleId === "odoo-ci/no-tests-ran");
  if (silent.length) out.push("### Selected modules that ran no test", "", ...silent.map((f) => `- ${f.message}`), "");
  const logged = findings.filter((f) => f.ruleId === "odoo-ci/logged-error" || f.ruleId === "odoo-ci/logged-warning");
  if (logged.length) {
    out.push("### Logged outside tests", "", "| Level | Where | Message |", "|---|---|---|");
    for (const f of logged.slice(0, MAX_ISSUES))
      out.push(
        `| ${f.level === "failure" ? "fails the check" : "warning"} | log line ${String(f.properties?.logLine ?? "?")} | ${cell(f.message)} |`
      );
    if (logged.length > MAX_ISSUES) out.push("", `\u2026 and ${logged.length - MAX_ISSUES} more.`);
    out.push("");
  }
  if (data.droppedIssues)
    out.push(
      `${countNoun(data.droppedIssues, "further logged record was", "further logged records were")} counted but not kept.`,
      ""
    );
  const capped = findings.find((f) => f.ruleId === "odoo-ci/findings-capped");
  if (capped) out.push(`${capped.message}.`, "");
  const text = out.join("\n").trimEnd();
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY)}

\u2026 (summary cut; see the raw log artifact)` : text;
}
function cell(text) {
  const one = text.split("\n")[0].replaceAll("|", "\\|");
  return one.length > 200 ? `${one.slice(0, 200)}\u2026` : one;
}

// src/odoo/ci/describe-artifact.ts
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
async function describeArtifact(path, contentType) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return { name: basename(path), path, contentType, sha256: hash.digest("hex"), bytes: statSync(path).size };
}

// src/odoo/log/strip-ansi.ts
var ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
function stripAnsi(text) {
  return text.includes("\x1B") ? text.replace(ANSI, "") : text;
}

// src/odoo/log/parse-record-header.ts
function scanRecordHeader(line, out) {
  if (line.length < 32 || !isDigit(line.charCodeAt(0)) || line.charCodeAt(4) !== 45 || line.charCodeAt(7) !== 45 || line.charCodeAt(10) !== 32 || line.charCodeAt(13) !== 58 || line.charCodeAt(16) !== 58 || line.charCodeAt(19) !== 44 || line.charCodeAt(23) !== 32 || !isDigit(line.charCodeAt(24)))
    return false;
  const p1 = line.indexOf(" ", 24);
  if (p1 < 0) return false;
  const p2 = line.indexOf(" ", p1 + 1);
  if (p2 <= p1 + 1) return false;
  for (let i = p1 + 1; i < p2; i++) {
    const c = line.charCodeAt(i);
    if ((c < 65 || c > 90) && c !== 95) return false;
  }
  const p3 = line.indexOf(" ", p2 + 1);
  if (p3 < 0) return false;
  const p4 = line.indexOf(" ", p3 + 1);
  const colon = p4 < 0 ? line.length - 1 : p4 - 1;
  if (colon <= p3 + 1 || line.charCodeAt(colon) !== 58) return false;
  out.p1 = p1;
  out.p2 = p2;
  out.p3 = p3;
  out.colon = colon;
  return true;
}
function headerAt(line, s) {
  let end = line.length;
  while (end > s.colon + 2 && line.charCodeAt(end - 1) === 32) end--;
  return {
    line,
    level: line.slice(s.p1 + 1, s.p2),
    db: line.slice(s.p2 + 1, s.p3),
    logger: line.slice(s.p3 + 1, s.colon),
    message: s.colon + 2 < end ? line.slice(s.colon + 2, end) : ""
  };
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var cachedDay = "";
var cachedDayMs = 0;
function recordTimeMs(time) {
  const day = time.slice(0, 10);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDayMs = Date.UTC(Number(time.slice(0, 4)), Number(time.slice(5, 7)) - 1, Number(time.slice(8, 10)));
  }
  const d = (i) => time.charCodeAt(i) - 48;
  return cachedDayMs + ((d(11) * 10 + d(12)) * 3600 + (d(14) * 10 + d(15)) * 60 + d(17) * 10 + d(18)) * 1e3 + d(20) * 100 + d(21) * 10 + d(22);
}
function scanRecordHeaderBytes(buf, start, end, out) {
  if (end - start < 32 || !isDigit(buf[start]) || buf[start + 4] !== 45 || buf[start + 7] !== 45 || buf[start + 10] !== 32 || buf[start + 13] !== 58 || buf[start + 16] !== 58 || buf[start + 19] !== 44 || buf[start + 23] !== 32 || !isDigit(buf[start + 24]))
    return false;
  const p1 = indexOfByte(buf, 32, start + 24, end);
  if (p1 < 0) return false;
  const p2 = indexOfByte(buf, 32, p1 + 1, end);
  if (p2 <= p1 + 1) return false;
  for (let i = p1 + 1; i < p2; i++) {
    const c = buf[i];
    if ((c < 65 || c > 90) && c !== 95) return false;
  }
  const p3 = indexOfByte(buf, 32, p2 + 1, end);
  if (p3 < 0) return false;
  const p4 = indexOfByte(buf, 32, p3 + 1, end);
  const colon = p4 < 0 ? end - 1 : p4 - 1;
  if (colon <= p3 + 1 || buf[colon] !== 58) return false;
  out.p1 = p1;
  out.p2 = p2;
  out.p3 = p3;
  out.colon = colon;
  return true;
}
function indexOfByte(buf, b, from, to) {
  for (let i = from; i < to; i++) if (buf[i] === b) return i;
  return -1;
}

// src/odoo/log/parse-traceback.ts
var FRAME = /^\s*File "([^"]+)", line (\d+), in (.+)$/;
function parseTraceback(lines) {
  const blocks = [];
  let current;
  let exception = [];
  let inFrames = false;
  const flush = () => {
    if (current) current.exception = exception.join("\n").trim();
    exception = [];
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.startsWith("Traceback (most recent call last)")) {
      flush();
      current = { frames: [], exception: "" };
      blocks.push(current);
      inFrames = true;
      continue;
    }
    if (!current) continue;
    const frame = FRAME.exec(line);
    if (frame) {
      current.frames.push({ file: frame[1], line: Number(frame[2]), function: frame[3] });
      inFrames = true;
      continue;
    }
    if (inFrames && line.startsWith("    ")) continue;
    if (line.startsWith("The above exception was the direct cause") || line.startsWith("During handling of the above exception")) {
      flush();
      current = void 0;
      inFrames = false;
      continue;
    }
    inFrames = false;
    exception.push(line);
  }
  flush();
  return blocks;
}
function lastFrameUnder(frames, segment) {
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i].file.includes(segment)) return frames[i];
  return void 0;
}

// src/odoo/log/classify-fatal.ts
var PARSE_ERROR = /ParseError: while parsing (.+?):(\d+)(?:, somewhere inside)?\s*$/;
var MISSING_DEP = /You try to install module '([^']+)' that depends on module '([^']+)'/;
var IMPORT_ERROR = /^(ModuleNotFoundError|ImportError): (.*)$/;
var INVALID_MANIFEST = /^ValueError: Module (\S+): invalid manifest/;
var XML_HEADING = /^Error while (?:parsing|validating)\b.*:$/;
var MISSING_MODULE = /^No module named '([^']+)'/;
var EXTERNAL_DEP = /Unable to (?:install|upgrade|process) module "([^"]+)" because an external dependency is not met: (.+)/;
var PYTHON_LIB = [
  /^Python library not installed: (\S+)/,
  /^External dependency (\S+) not installed/,
  /^External dependency version mismatch: (\S+)/,
  /^(\S+) is an invalid external dependency specification/
];
var PROGRAM = /^Unable to find '?([^' ]+)'? in path/;
function classifyFatal(rec) {
  const blocks = parseTraceback(rec.lines);
  const last = blocks[blocks.length - 1];
  if (!last) return void 0;
  const base = { logLine: rec.logLine, traceback: capText(rec.lines.join("\n").trimEnd()) };
  const exceptionLines = last.exception.split("\n");
  const head = exceptionLines[0] ?? "";
  const parse = PARSE_ERROR.exec(head);
  if (parse) {
    const file = parse[1];
    const why = xmlCause(exceptionLines.slice(1));
    const cause = blocks.length > 1 ? blocks[0].exception.split("\n")[0] : void 0;
    const element = parse[0].includes("somewhere inside") ? exceptionLines.slice(1).find((l) => l.trim().startsWith("<"))?.trim() : void 0;
    const text = [why, cause && `caused by ${cause}`, element && `in ${capText(element, 200)}`].filter(Boolean).join("; ");
    return {
      ...base,
      kind: "xml_parse_error",
      file,
      line: Number(parse[2]),
      module: moduleOfPath(file) ?? rec.loadingModule,
      message: `XML error in ${file}:${parse[2]}${text ? `: ${text}` : ""}`
    };
  }
  const external = EXTERNAL_DEP.exec(last.exception);
  if (external) return { ...base, ...externalDependency(external[1], external[2].trim()) };
  const missing = MISSING_DEP.exec(last.exception);
  if (missing) {
    return {
      ...base,
      kind: "missing_dependency",
      module: missing[1],
      dependency: missing[2],
      message: `module '${missing[1]}' depends on '${missing[2]}', which is not available in the addons path`
    };
  }
  const imp = IMPORT_ERROR.exec(head);
  if (imp) {
    const frame = (rec.loadingModule ? lastFrameUnder(last.frames, `/${rec.loadingModule}/`) : void 0) ?? last.frames[last.frames.length - 1];
    const module = rec.loadingModule ?? (frame ? moduleOfPath(frame.file) : void 0);
    const missing2 = MISSING_MODULE.exec(imp[2])?.[1];
    if (missing2 && !missing2.startsWith("odoo.") && missing2 !== "odoo") {
      const library = missing2.split(".")[0];
      return {
        ...base,
        kind: "missing_python_dependency",
        file: frame?.file,
        line: frame?.line,
        module,
        dependency: library,
        message: `${module ? `${module} imports` : "an addon imports"} the Python module '${missing2}', which is not installed (add the library that provides it to the environment and to the manifest's external_dependencies)`
      };
    }
    return {
      ...base,
      kind: "import_error",
      file: frame?.file,
      line: frame?.line,
      module,
      message: `${imp[1]}: ${imp[2]}`
    };
  }
  const manifest = INVALID_MANIFEST.exec(head);
  if (manifest) {
    const cause = blocks.length > 1 ? blocks[0].exception.split("\n")[0] : void 0;
    return {
      ...base,
      kind: "invalid_manifest",
      module: manifest[1],
      message: `module '${manifest[1]}' has an invalid manifest${cause ? `: ${cause.replace(/^ValueError: /, "")}` : ""}`
    };
  }
  return { ...base, kind: "registry_failure", module: rec.loadingModule, message: head || rec.message };
}
function externalDependency(module, detail) {
  const program = PROGRAM.exec(detail)?.[1];
  if (program)
    return {
      kind: "missing_program",
      module,
      dependency: program,
      message: `${module} needs the program '${program}' (manifest external_dependencies), which is not on PATH`
    };
  const library = PYTHON_LIB.map((r) => r.exec(detail)?.[1]).find((l) => l !== void 0);
  return {
    kind: "missing_python_dependency",
    module,
    dependency: library,
    message: !library ? `${module} has an external dependency that is not met: ${detail}` : /mismatch|invalid/.test(detail) ? `${module} needs the Python library '${library}' (manifest external_dependencies): ${detail}` : `${module} needs the Python library '${library}' (manifest external_dependencies), which is not installed`
  };
}
function xmlCause(lines) {
  const cut = lines.findIndex((l) => l.trim().startsWith("View error context"));
  const paragraphs = [[]];
  for (const raw of cut >= 0 ? lines.slice(0, cut) : lines) {
    const line = raw.trim();
    if (!line) {
      if (paragraphs.at(-1).length) paragraphs.push([]);
    } else if (!XML_HEADING.test(line) && !line.startsWith("<")) paragraphs.at(-1).push(line);
  }
  const cause = paragraphs.find((p) => p.length > 0);
  const text = (cause ?? []).join(" ");
  return text.length > 400 ? `${text.slice(0, 400)}\u2026` : text;
}
function moduleOfPath(file) {
  const m = /\/([A-Za-z0-9_]+)\/(?:__init__\.py|__manifest__\.py|(?:views|data|security|report|wizard|wizards|models|tests|demo|static|controllers|templates)\/)/.exec(
    file
  );
  return m?.[1];
}
var TRACEBACK_MAX = 8e3;
function capText(text, max = TRACEBACK_MAX) {
  return text.length > max ? `${text.slice(0, max)}
\u2026 (${text.length - max} more characters)` : text;
}

// src/odoo/log/detach.ts
function detach(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}

// src/odoo/log/test-events.ts
function openTest(o) {
  const dot = o.description.lastIndexOf(".");
  return {
    module: detach(o.module),
    className: dot > 0 ? detach(o.description.slice(0, dot)) : "",
    method: detach(dot > 0 ? o.description.slice(dot + 1) : o.description),
    status: "passed",
    phase: o.phase,
    pythonModule: detach(o.logger),
    logLine: o.logLine
  };
}
function applyFailure(test, f) {
  const blocks = parseTraceback(f.lines);
  const last = blocks[blocks.length - 1];
  const message = last?.exception || f.lines.find((l) => l.trim())?.trim() || (f.flavour === "failed" ? "test failed" : "test raised an error");
  if (f.description.startsWith("Subtest ")) {
    const params = f.description.slice(8).split(" ").slice(1).join(" ");
    (test.subtests ??= []).push({ params: detach(params), status: f.flavour, message: detach(message) });
  }
  if (test.status !== "error") test.status = f.flavour;
  if (test.traceback !== void 0) return;
  test.message = detach(message);
  test.traceback = capText(f.lines.join("\n").trimEnd());
  const frames = blocks.flatMap((b) => b.frames);
  const frame = lastFrameUnder(frames, `/${test.module}/tests/`) ?? lastFrameUnder(frames, `/${test.module}/`);
  if (frame) {
    test.file = detach(frame.file);
    test.line = frame.line;
  }
}
function closeTest(test, durationMs) {
  if (!test.fixture) test.durationMs = durationMs;
}
function newModuleTotals(module) {
  return { module, tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 };
}
var FIXTURE = /^ERROR: (setUpClass|tearDownClass|setUpModule|tearDownModule) \((odoo\.addons\.([^.]+)\.tests\.[\w.]+)\)$/;
function parseFixtureError(message) {
  const m = FIXTURE.exec(message);
  if (!m) return void 0;
  const method = m[1];
  const dotted = m[2];
  if (method.endsWith("Module")) return { module: m[3], pythonModule: dotted, className: "", method };
  const dot = dotted.lastIndexOf(".");
  return { module: m[3], pythonModule: dotted.slice(0, dot), className: dotted.slice(dot + 1), method };
}

// src/odoo/log/odoo-log-parser.ts
var TEST_LOGGER = /^odoo\.addons\.([^.]+)\.tests(?:\.(.+))?$/;
var STARTING = /^Starting (.+) \.\.\.$/;
var FAILURE = /^(FAIL|ERROR): (.*)$/;
var SKIPPED = /^skipped (\S+)(?: : (.*))?$/;
var SUMMARY = /^(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading database '(.*)'$/;
var MODULE_DECLARED = /^Module (\S+): (\d+) failures, (\d+) errors(?: of (\d+) tests)?$/;
var MODULE_LOADED = /^Module (\S+) loaded in [\d.]+s(?: \(incl\. ([\d.]+)s test\))?/;
var LOADING_MODULE = /^Loading module (\S+) \(\d+\/\d+\)$/;
var STATS = /^(\S+): (\d+) tests ([\d.]+)s (\d+) queries$/;
var COULD_NOT_LOAD = /^Couldn't load module (\S+)/;
var HTTPD_FRAME = /odoo[/\\]service[/\\]server\.py", line \d+, in (?:http_thread|http_spawn|server_bind)$/;
var HTTPD_ERROR = /^\w[\w.]*(?:Error|Exception)\b/;
var ISSUE_LEVELS = /* @__PURE__ */ new Set(["WARNING", "ERROR", "CRITICAL"]);
var MAX_RECORD_CHARS = 256 * 1024;
var INFO = Buffer.from("INFO ");
var LOADING = Buffer.from("odoo.modules.loading: ");
var LOADING_MODULE_BYTES = Buffer.from("Loading module ");
var MODULE = Buffer.from("Module ");
var INCL = Buffer.from("(incl.");
var ADDONS = Buffer.from("odoo.addons.");
var TESTS = Buffer.from(".tests");
var MODULES = Buffer.from("odoo.modules.");
var TESTS_LOGGER = Buffer.from("odoo.tests.");
var SERVER = Buffer.from("odoo.service.server:");
var ODOO = Buffer.from("odoo:");
var SUITE = Buffer.from("unittest.suite:");
var MAX_ISSUE_CHARS = 4e3;
var MAX_LOGGED_PER_TEST = 20;
var OdooLogParser = class {
  #opts;
  #pending;
  #pendingChars = 0;
  #lineNo = 0;
  #lastTimeMs = 0;
  #lastLine;
  /** Time of the last record when it came through `pushRawLine` undecoded (`#lastLine` is then unset). */
  #lastTime = Buffer.alloc(23);
  #lastTimeSet = false;
  #scan = { p1: 0, p2: 0, p3: 0, colon: 0 };
  #phase = "at_install";
  #loadingModule;
  #current;
  #tests = [];
  #modules = /* @__PURE__ */ new Map();
  #counted = { failures: 0, errors: 0, tests: 0, skipped: 0 };
  #fatal = [];
  #issues = [];
  #droppedIssues = 0;
  #summary;
  #version;
  #database;
  #addonsPaths = [];
  #loaded = /* @__PURE__ */ new Set();
  #registryFailed;
  /** The traceback being printed outside records, and whether it is the HTTP server's. */
  #trace;
  #httpError;
  constructor(options = {}) {
    this.#opts = { keepTests: true, maxRecordLines: 400, maxIssues: 1e3, ...options };
  }
  /**
   * Feeds one undecoded line, the bytes `buf[start, end)`. Routine records (most of a big log)
   * and output lines nobody needs are recognised on their bytes and never decoded; anything
   * else is decoded (UTF-8, ANSI colours stripped) and fed to `pushLine`.
   */
  pushRawLine(buf, start, end) {
    const scan = this.#scan;
    if (scanRecordHeaderBytes(buf, start, end, scan)) {
      if (this.#routineBytes(buf, end, scan)) {
        this.#lineNo++;
        if (this.#pending) this.#record(this.#pending);
        this.#pending = void 0;
        this.#pendingChars = 0;
        buf.copy(this.#lastTime, 0, start, start + 23);
        this.#lastTimeSet = true;
        this.#lastLine = void 0;
        return;
      }
    } else if (this.#skippable(buf, start, end)) {
      this.#lineNo++;
      return;
    }
    this.pushLine(stripAnsi(buf.toString("utf8", start, end)));
  }
  /** Feeds one line (without its newline). */
  pushLine(line) {
    this.#lineNo++;
    const scan = this.#scan;
    if (scanRecordHeader(line, scan)) {
      if (this.#pending) this.#record(this.#pending);
      this.#lastLine = line;
      this.#pendingChars = 0;
      if (this.#routine(line, scan)) {
        this.#pending = void 0;
        return;
      }
      this.#pending = { header: headerAt(line, scan), lines: void 0, lineNo: this.#lineNo };
      return;
    }
    this.#stray(line);
    const p = this.#pending;
    if (!p) return;
    if ((p.lines?.length ?? 0) >= this.#opts.maxRecordLines || this.#pendingChars > MAX_RECORD_CHARS) return;
    (p.lines ??= []).push(line);
    this.#pendingChars += line.length;
  }
  /**
   * Output that is not a log record. A port already taken shows only here: Odoo 16 and 17 bind
   * in a thread whose exception Python prints to stderr (`Exception in thread odoo.service.httpd`),
   * Odoo 18 in the main thread, which dies with a bare traceback; both end in
   * `OSError: [Errno 98] Address already in use` after a `server_bind` frame.
   */
  #stray(line) {
    if (line.startsWith("Exception in thread odoo.service.httpd")) {
      this.#trace = { start: this.#lineNo, http: true, frames: false };
      return;
    }
    if (line.startsWith("Traceback (most recent call last)")) {
      if (!this.#trace?.http || this.#trace.frames) this.#trace = { start: this.#lineNo, http: false, frames: false };
      return;
    }
    const trace = this.#trace;
    if (!trace) return;
    if (line.startsWith(" ")) {
      trace.frames = true;
      if (HTTPD_FRAME.test(line)) trace.http = true;
      return;
    }
    if (trace.http && HTTPD_ERROR.test(line))
      this.#httpError ??= { message: detach(capText(line.trim(), 300)), logLine: trace.start };
    this.#trace = void 0;
  }
  /** Finishes the log and returns what it showed. */
  end() {
    if (this.#pending) this.#record(this.#pending);
    this.#pending = void 0;
    const last = this.#lastLine ?? (this.#lastTimeSet ? this.#lastTime.toString("latin1") : void 0);
    this.#closeCurrent(last !== void 0 ? recordTimeMs(last) : this.#lastTimeMs);
    if (this.#fatal.length === 0 && this.#registryFailed) {
      this.#fatal.push({
        kind: "registry_failure",
        message: this.#registryFailed.message,
        logLine: this.#registryFailed.logLine,
        module: this.#loadingModule
      });
    }
    return {
      odooVersion: this.#version,
      series: seriesOf(this.#version, this.#summary),
      database: this.#database,
      addonsPaths: this.#addonsPaths,
      tests: this.#tests,
      modules: [...this.#modules.values()],
      summary: this.#summary,
      counted: { ...this.#counted },
      fatal: this.#fatal,
      issues: this.#issues,
      droppedIssues: this.#droppedIssues,
      loadedModules: [...this.#loaded],
      lines: this.#lineNo,
      httpError: this.#httpError,
      incomplete: this.#summary === void 0
    };
  }
  /** `#routine` on the bytes of a scanned record line. */
  #routineBytes(buf, end, s) {
    if (s.p2 - s.p1 !== 5 || !bytesAt(buf, s.p1 + 1, INFO)) return false;
    const at = s.p3 + 1;
    if (bytesAt(buf, at, LOADING)) {
      const m = s.colon + 2;
      if (bytesAt(buf, m, LOADING_MODULE_BYTES) || bytesAt(buf, m, MODULE) && bytesIn(buf, INCL, m, end)) return false;
      return this.#current === void 0;
    }
    if (bytesAt(buf, at, ADDONS)) return !bytesIn(buf, TESTS, at, s.colon);
    if (bytesAt(buf, at, MODULES)) return true;
    return !(bytesAt(buf, at, TESTS_LOGGER) || bytesAt(buf, at, SERVER) || bytesAt(buf, at, ODOO) || bytesAt(buf, at, SUITE));
  }
  /**
   * True for a line that is not a record and that nothing would keep: no record is being
   * collected (or it is full), and it cannot start or end the HTTP server's traceback.
   */
  #skippable(buf, start, end) {
    if (this.#trace || indexOfByte(buf, 27, start, end) >= 0) return false;
    const first = buf[start];
    if (first === 69 || first === 84) return false;
    const p = this.#pending;
    return !p || (p.lines?.length ?? 0) >= this.#opts.maxRecordLines || this.#pendingChars > MAX_RECORD_CHARS;
  }
  /** True for an INFO record that can neither start, end nor fail a test, nor be an issue. */
  #routine(line, s) {
    if (s.p2 - s.p1 !== 5 || !line.startsWith("INFO", s.p1 + 1)) return false;
    const at = s.p3 + 1;
    if (line.startsWith("odoo.modules.loading: ", at)) {
      const m = s.colon + 2;
      if (line.startsWith("Loading module ", m) || line.startsWith("Module ", m) && line.includes("(incl.", m))
        return false;
      return this.#current === void 0;
    }
    if (line.startsWith("odoo.addons.", at)) {
      const tests = line.indexOf(".tests", at);
      return tests < 0 || tests > s.colon;
    }
    if (line.startsWith("odoo.modules.", at)) return true;
    return !(line.startsWith("odoo.tests.", at) || line.startsWith("odoo.service.server:", at) || line.startsWith("odoo:", at) || line.startsWith("unittest.suite:", at));
  }
  #record(rec) {
    const h = rec.header;
    if (this.#database === void 0 && h.db !== "?") this.#database = detach(h.db);
    const logger = h.logger;
    if (logger.startsWith("odoo.addons.") && logger.includes(".tests")) {
      const m = TEST_LOGGER.exec(logger);
      if (m) return this.#testRecord(rec, m[1], logger);
    }
    switch (logger) {
      case "odoo":
        return this.#odooRecord(h.message);
      case "odoo.tests.suite":
      case "unittest.suite":
        return this.#suiteRecord(rec);
      case "odoo.modules.loading":
        return this.#loadingRecord(rec);
      case "odoo.tests.result":
      case "odoo.tests.runner":
        return this.#resultRecord(rec);
      case "odoo.tests.stats":
        return this.#statsRecord(rec);
      case "odoo.service.server":
        this.#closeCurrent(h);
        if (h.message === "Starting post tests") this.#phase = "post_install";
        if (h.message.startsWith("Failed to initialize database")) return this.#fatalRecord(rec);
        break;
      case "odoo.modules.registry":
        if (h.message === "Failed to load registry") return this.#fatalRecord(rec);
        break;
      case "odoo.modules.module": {
        const m = COULD_NOT_LOAD.exec(h.message);
        if (m) {
          this.#loadingModule = detach(m[1]);
          return this.#fatalRecord(rec);
        }
        break;
      }
    }
    if (h.level === "CRITICAL") return this.#fatalRecord(rec);
    this.#issue(rec);
  }
  #odooRecord(message) {
    if (message.startsWith("Odoo version ")) this.#version = detach(message.slice("Odoo version ".length).trim());
    else if (message.startsWith("addons paths: ["))
      this.#addonsPaths = [...message.matchAll(/'([^']*)'/g)].map((m) => detach(m[1]));
  }
  #testRecord(rec, module, logger) {
    const h = rec.header;
    const msg = h.message;
    if (msg.startsWith("Starting ")) {
      const m = STARTING.exec(msg);
      if (m) {
        const t = this.#time(h);
        this.#closeCurrent(t);
        this.#current = {
          test: openTest({ module, logger, description: m[1], phase: this.#phase, logLine: rec.lineNo }),
          startMs: t
        };
        this.#counted.tests++;
        this.#moduleTotals(module).tests++;
        return;
      }
    }
    const fail = FAILURE.exec(msg);
    if (fail && (h.level === "ERROR" || h.level === "CRITICAL")) {
      const flavour = fail[1] === "FAIL" ? "failed" : "error";
      const totals = this.#moduleTotals(module);
      if (flavour === "failed") {
        this.#counted.failures++;
        totals.failures++;
      } else {
        this.#counted.errors++;
        totals.errors++;
      }
      const target = this.#targetFor(fail[2], module, logger, rec.lineNo);
      applyFailure(target, { flavour, description: fail[2], lines: rec.lines ?? [] });
      return;
    }
    if (msg.startsWith("skipped ")) {
      const m = SKIPPED.exec(msg);
      if (m) {
        const target = this.#targetFor(m[1], module, logger, rec.lineNo);
        if (target.status === "passed") target.status = "skipped";
        if (m[2] !== void 0) target.message = detach(m[2]);
        return;
      }
    }
    if (/^=+$/.test(msg)) return;
    this.#issue(rec);
  }
  /** The test a FAIL/ERROR/skip record is about: the running one, or a new entry when the log names another. */
  #targetFor(description, module, logger, logLine) {
    const cur = this.#current?.test;
    const key = description.startsWith("Subtest ") ? description.slice(8).split(" ")[0] : description;
    if (cur && (key === `${cur.className}.${cur.method}` || key.startsWith("(") || !key.includes("."))) return cur;
    const t = this.#time(this.#pending?.header);
    this.#closeCurrent(t);
    this.#current = { test: openTest({ module, logger, description: key, phase: this.#phase, logLine }), startMs: t };
    return this.#current.test;
  }
  #suiteRecord(rec) {
    const fixture = parseFixtureError(rec.header.message);
    if (!fixture) {
      if (!/^=+$/.test(rec.header.message)) this.#issue(rec);
      return;
    }
    this.#closeCurrent(rec.header);
    this.#counted.errors++;
    this.#moduleTotals(fixture.module).errors++;
    const test = openTest({
      module: fixture.module,
      logger: fixture.pythonModule,
      description: fixture.className ? `${fixture.className}.${fixture.method}` : fixture.method,
      phase: this.#phase,
      logLine: rec.lineNo
    });
    test.fixture = true;
    applyFailure(test, { flavour: "error", description: "", lines: rec.lines ?? [] });
    this.#emit(test);
  }
  #loadingRecord(rec) {
    const msg = rec.header.message;
    this.#closeCurrent(rec.header);
    if (msg.startsWith("loading ") && rec.header.level === "INFO") return;
    let m = LOADING_MODULE.exec(msg);
    if (m) {
      this.#loadingModule = detach(m[1]);
      this.#loaded.add(this.#loadingModule);
      return;
    }
    if (m = MODULE_LOADED.exec(msg)) {
      if (m[2] !== void 0) this.#moduleTotals(m[1]).testTimeS = Number(m[2]);
      return;
    }
    if (m = MODULE_DECLARED.exec(msg)) {
      this.#moduleTotals(m[1]).declared = { failures: Number(m[2]), errors: Number(m[3]), tests: Number(m[4] ?? 0) };
      return;
    }
    if (msg.startsWith("At least one test failed") || msg === "Transient module states were reset") return;
    this.#issue(rec);
  }
  #resultRecord(rec) {
    this.#closeCurrent(rec.header);
    const m = SUMMARY.exec(rec.header.message);
    if (!m) return this.#issue(rec);
    this.#summary = {
      failed: Number(m[1]),
      errors: Number(m[2]),
      tests: Number(m[3]),
      database: detach(m[4]),
      logger: detach(rec.header.logger),
      logLine: rec.lineNo
    };
    this.#database ??= m[4];
  }
  #statsRecord(rec) {
    this.#closeCurrent(rec.header);
    const m = STATS.exec(rec.header.message);
    if (m) this.#moduleTotals(m[1]).stats = { entries: Number(m[2]), timeS: Number(m[3]), queries: Number(m[4]) };
  }
  #fatalRecord(rec) {
    this.#closeCurrent(rec.header);
    const fatal = classifyFatal({
      message: rec.header.message,
      lines: rec.lines ?? [],
      logLine: rec.lineNo,
      loadingModule: this.#loadingModule
    });
    if (!fatal) {
      this.#registryFailed ??= { message: rec.header.message, logLine: rec.lineNo };
      return;
    }
    for (const k of ["message", "module", "file", "dependency"])
      if (fatal[k] !== void 0) fatal[k] = detach(fatal[k]);
    const same = this.#fatal.some(
      (f) => f.kind === fatal.kind && f.message === fatal.message && f.file === fatal.file && f.line === fatal.line
    );
    if (!same) this.#fatal.push(fatal);
  }
  #issue(rec) {
    const h = rec.header;
    if (!ISSUE_LEVELS.has(h.level)) return;
    const message = rec.lines && rec.lines.length > 0 ? `${h.message}
${rec.lines.slice(0, 20).join("\n")}`.trimEnd() : h.message;
    const issue = {
      level: issueLevel(h.level),
      logger: detach(h.logger),
      message: detach(capText(message, MAX_ISSUE_CHARS)),
      logLine: rec.lineNo,
      module: this.#loadingModule
    };
    const xml = rec.lines?.length ? xmlErrorIn(rec, this.#loadingModule) : void 0;
    if (xml) issue.xml = xml;
    const cur = this.#current?.test;
    if (cur) {
      if ((cur.logged?.length ?? 0) < MAX_LOGGED_PER_TEST) (cur.logged ??= []).push(issue);
      else cur.loggedOmitted = (cur.loggedOmitted ?? 0) + 1;
      return;
    }
    if (this.#issues.length >= this.#opts.maxIssues) this.#droppedIssues++;
    else this.#issues.push(issue);
  }
  #closeCurrent(nowMs) {
    const cur = this.#current;
    if (!cur) return;
    if (typeof nowMs !== "number") nowMs = this.#time(nowMs);
    this.#current = void 0;
    closeTest(cur.test, Math.max(0, nowMs - cur.startMs));
    this.#emit(cur.test);
  }
  #emit(test) {
    const totals = this.#moduleTotals(test.module);
    if (test.status === "passed") totals.passed++;
    else if (test.status === "skipped") {
      totals.skipped++;
      this.#counted.skipped++;
    }
    this.#opts.onTest?.(test);
    if (this.#opts.keepTests) this.#tests.push(test);
  }
  #moduleTotals(module) {
    let t = this.#modules.get(module);
    if (!t) this.#modules.set(module, t = newModuleTotals(detach(module)));
    return t;
  }
  #time(h) {
    if (h) this.#lastTimeMs = recordTimeMs(h.line);
    return this.#lastTimeMs;
  }
};
function xmlErrorIn(rec, loadingModule) {
  if (!rec.lines?.some((l) => l.includes("ParseError: while parsing"))) return void 0;
  const f = classifyFatal({ message: rec.header.message, lines: rec.lines, logLine: rec.lineNo, loadingModule });
  if (f?.kind !== "xml_parse_error" || !f.file || f.line === void 0) return void 0;
  return { file: detach(f.file), line: f.line, message: detach(f.message) };
}
function issueLevel(level) {
  return level === "CRITICAL" ? "CRITICAL" : level === "ERROR" ? "ERROR" : "WARNING";
}
function seriesOf(version, summary) {
  const m = version ? /(\d+)\.\d+/.exec(version) : null;
  if (m) return Number(m[1]);
  return summary ? summary.logger === "odoo.tests.runner" ? 16 : 17 : void 0;
}
function bytesAt(buf, at, lit) {
  if (at + lit.length > buf.length) return false;
  for (let i = 0; i < lit.length; i++) if (buf[at + i] !== lit[i]) return false;
  return true;
}
function bytesIn(buf, lit, from, to) {
  const first = lit[0];
  for (let i = from; i + lit.length <= to; i++) if (buf[i] === first && bytesAt(buf, i, lit)) return true;
  return false;
}

export {
  listRepoAddons,
  toOdooCiData,
  odooFindings,
  concludeOdooRun,
  renderOdooSummary,
  describeArtifact,
  stripAnsi,
  OdooLogParser
};
