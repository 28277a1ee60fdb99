import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  OdooLogParser,
  concludeOdooRun,
  describeArtifact,
  listRepoAddons,
  odooFindings,
  renderOdooSummary,
  stripAnsi,
  toOdooCiData
} from "./chunk-34IGUPSQ.js";
import {
  JUNIT_ARTIFACT,
  TESTS_ARTIFACT,
  TestSink
} from "./chunk-NW6B6BBN.js";
import {
  countNoun
} from "./chunk-Z7DZXW6N.js";
import {
  runCommand
} from "./chunk-NSCG2XAA.js";
import {
  affectedAddons
} from "./chunk-INFI3K7Q.js";
import {
  loadAddonsWorkspace
} from "./chunk-XRRY7VJR.js";
import {
  readInside
} from "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-5EMOXPVE.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/odoo-test/run.ts
import { createWriteStream } from "node:fs";
import { join as join3 } from "node:path";

// src/odoo/ci/build-odoo-command.ts
var OdooCommandError = class extends Error {
  name = "OdooCommandError";
};
function buildOdooCommand(cfg, inv) {
  if (inv.install.length === 0) throw new OdooCommandError("no module to install: select at least one module");
  const prefix = commandPrefix(cfg);
  const odooArgs = [
    "-d",
    inv.database,
    "-i",
    inv.install.join(","),
    ...inv.test ? ["--test-enable"] : [],
    "--stop-after-init",
    "--http-interface=127.0.0.1",
    "--max-cron-threads=0",
    // `test` is the level Odoo's own CI uses: test progress without debug noise.
    `--log-level=${inv.test ? "test" : "warn"}`,
    ...inv.runArgs ?? [],
    ...cfg.args
  ];
  return { file: prefix[0], args: [...prefix.slice(1), ...odooArgs] };
}
function commandPrefix(cfg) {
  switch (cfg.mode) {
    case "docker-compose":
      return ["docker", "compose", "-f", cfg.composeFile, "run", "--rm", cfg.composeService, "odoo"];
    case "odoo-bin":
      return [cfg.odooBin];
    case "custom":
      if (cfg.command.length === 0)
        throw new OdooCommandError('odoo-ci.command is empty: custom mode needs a program, e.g. ["./bin/odoo"]');
      return [...cfg.command];
  }
}
function setsOption(args, name, short = []) {
  return args.some((a) => a === `--${name}` || a.startsWith(`--${name}=`) || short.includes(a));
}
function buildDropCommand(template, database) {
  if (template.length === 0) return void 0;
  const filled = template.map((a) => a.replaceAll("{database}", database));
  return { file: filled[0], args: filled.slice(1) };
}

// src/odoo/ci/database-name.ts
function databaseName(prefix, runId, random = Math.random) {
  const id = runId.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  const suffix = Math.floor(random() * 36 ** 4).toString(36).padStart(4, "0");
  return `${prefix}${id}`.slice(0, 63 - suffix.length - 1) + `_${suffix}`;
}

// src/odoo/ci/addons-from-graph.ts
function addonsFromGraph(root, manifest) {
  try {
    const w = loadAddonsWorkspace({
      root,
      series: manifest.series,
      reposFile: manifest.reposFile,
      mountsFile: manifest.mountsFile,
      addonsPaths: manifest.addonsPaths,
      odooSourcePath: manifest.odooSourcePath,
      maxManifestBytes: manifest.maxManifestBytes
    });
    const addons = /* @__PURE__ */ new Map();
    for (const a of w.graph.addons.values()) {
      if (!a.onDisk) continue;
      const depends = (w.graph.out.get(a.name) ?? []).map((e) => e.to);
      addons.set(a.name, { name: a.name, dir: a.path, depends, installable: true, own: a.kind === "custom" });
    }
    if (addons.size === 0) return void 0;
    const addonDirs = w.discovered.map((d) => ({ name: d.name, dir: d.dir }));
    const scope = new Set(w.selected.map((a) => a.name));
    return {
      addons,
      // The same answer `oda manifest affected` gives: changed addons plus their dependents among the checked ones.
      affected: (changedFiles) => {
        const found = affectedAddons({ graph: w.graph, changedFiles, addonDirs, scope }).affected;
        return {
          changed: found.filter((a) => a.reason !== "dependent").map((a) => a.addon),
          dependents: found.filter((a) => a.reason === "dependent").map((a) => a.addon)
        };
      }
    };
  } catch {
    return void 0;
  }
}
function mergeAddons(scanned, graph) {
  const merged = new Map(scanned);
  for (const [name, a] of graph) if (!merged.has(name)) merged.set(name, a);
  return merged;
}

// src/odoo/ci/manifest-line.ts
import { join } from "node:path";
function manifestLine(root, addonDir, needle) {
  if (!addonDir) return void 0;
  const read = readInside(root, join(addonDir, "__manifest__.py"), { maxBytes: 1024 * 1024 });
  if (read.kind !== "bytes") return void 0;
  const lines = read.bytes.toString("utf8").split("\n");
  const at = lines.findIndex((l) => l.includes(`"${needle}"`) || l.includes(`'${needle}'`));
  return at >= 0 ? at + 1 : void 0;
}

// src/ops/odoo-test/steps/resolve-settings.ts
import { resolve } from "node:path";

// src/odoo/ci/parse-timeout.ts
var TimeoutValueError = class extends Error {
  name = "TimeoutValueError";
  /** Bad input from the caller: faces answer exit code 2. */
  usage = true;
  value;
  constructor(value, source) {
    super(
      `${source} "${value}" is not a duration: expected seconds ("1800"), or a number with s, m or h ("90s", "30m", "2h")`
    );
    this.value = value;
  }
};
function parseTimeout(value, source = "TIMEOUT") {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$/.exec(value);
  if (!m || Number(m[1]) <= 0) throw new TimeoutValueError(value, source);
  const n = Number(m[1]);
  const unit = m[2] === "m" ? 6e4 : m[2] === "h" ? 36e5 : 1e3;
  return Math.round(n * unit);
}

// src/ops/odoo-test/steps/resolve-settings.ts
function resolveSettings(ctx, input) {
  const base = ctx.config["odoo-ci"];
  const mode = input.command.length > 0 ? "custom" : input.mode === "config" ? base.mode : input.mode;
  const cfg = { ...base, mode, command: input.command.length > 0 ? input.command : base.command };
  const timeoutMs = input.timeout ? parseTimeout(input.timeout, "--timeout") : ctx.env["TIMEOUT"] ? parseTimeout(ctx.env["TIMEOUT"], "the TIMEOUT environment variable") : base.timeoutMinutes * 6e4;
  const select2 = input.modules.length > 0 ? "explicit" : input.select === "config" ? base.select : input.select;
  if (input.modules.length > 0) cfg.modules = input.modules;
  return { cfg, root: resolve(ctx.cwd, input.dir), timeoutMs, select: select2 };
}

// src/ops/odoo-test/steps/changed-files.ts
import { existsSync, readFileSync } from "node:fs";
var BaseRefError = class extends Error {
  name = "BaseRefError";
  usage = true;
};
async function changedFilesSince(ctx, root, base) {
  const mergeBase = await ctx.exec("git", ["-C", root, "merge-base", base, "HEAD"], { maxBuffer: 4096 });
  if (mergeBase.exitCode !== 0)
    throw new BaseRefError(
      `--base ${base}: git found no common history with HEAD in ${root} (${firstLine(mergeBase.stderr) || `exit code ${mergeBase.exitCode ?? "none"}`}); fetch the base branch first (actions/checkout with fetch-depth: 0) or pass --changed-files`
    );
  const at = mergeBase.stdout.trim();
  const diff = await ctx.exec("git", ["-C", root, "diff", "--name-only", "--no-renames", "--relative", "-z", at, "--"]);
  const untracked = await ctx.exec("git", ["-C", root, "ls-files", "--others", "--exclude-standard", "-z"]);
  if (diff.exitCode !== 0 || untracked.exitCode !== 0)
    throw new BaseRefError(`--base ${base}: git diff failed in ${root}: ${firstLine(diff.stderr || untracked.stderr)}`);
  return [...new Set([...diff.stdout.split("\0"), ...untracked.stdout.split("\0")].filter(Boolean))].sort();
}
function actionBaseCandidates(env) {
  const out = [];
  const eventPath = env["GITHUB_EVENT_PATH"];
  if (eventPath && existsSync(eventPath)) {
    try {
      const event = JSON.parse(readFileSync(eventPath, "utf8"));
      const sha = baseShaOf(event);
      if (sha) out.push(sha);
    } catch {
    }
  }
  const ref = env["GITHUB_BASE_REF"];
  if (ref) out.push(`origin/${ref}`);
  return out;
}
function baseShaOf(event) {
  if (typeof event !== "object" || event === null || !("pull_request" in event)) return void 0;
  const pr = event.pull_request;
  if (typeof pr !== "object" || pr === null || !("base" in pr)) return void 0;
  const base = pr.base;
  if (typeof base !== "object" || base === null || !("sha" in base)) return void 0;
  return typeof base.sha === "string" && /^[0-9a-f]{40}$/.test(base.sha) ? base.sha : void 0;
}
function firstLine(text) {
  return text.trim().split("\n")[0] ?? "";
}

// src/ops/odoo-test/steps/find-changed-files.ts
async function findChangedFiles(ctx, root, input) {
  if (input.changedFiles.length > 0)
    return { changed: { files: input.changedFiles, source: "the changed files given" } };
  if (input.base)
    return { changed: { files: await changedFilesSince(ctx, root, input.base), source: `--base ${input.base}` } };
  if (ctx.face !== "action") return {};
  const tried = [];
  for (const ref of actionBaseCandidates(ctx.env)) {
    try {
      return { changed: { files: await changedFilesSince(ctx, root, ref), source: `the pull request base ${ref}` } };
    } catch (error) {
      if (!(error instanceof BaseRefError)) throw error;
      tried.push(ref);
    }
  }
  return tried.length ? {
    note: `the pull request base (${tried.join(", ")}) is not in the checkout; use actions/checkout with fetch-depth: 0 to test only the affected addons`
  } : {};
}

// src/odoo/ci/select-modules.ts
function selectModules(i) {
  const usable = [...i.addons.values()].filter((a) => a.installable && !i.exclude.includes(a.name));
  let selected;
  let reason;
  if (i.select === "explicit") {
    selected = i.explicit.filter((m) => !i.exclude.includes(m));
    reason = "modules listed explicitly";
  } else if (i.select === "all" || i.changedFiles === void 0) {
    selected = usable.filter((a) => a.own !== false).map((a) => a.name);
    reason = i.select === "all" ? "all addons of the repository" : "all addons (no changed files known)";
  } else {
    const graph = i.graphAffected?.(i.changedFiles);
    const keep = (names) => names.filter((n) => !i.exclude.includes(n) && i.addons.get(n)?.installable !== false);
    const changed = graph ? keep(graph.changed) : usable.filter((a) => i.changedFiles.some((f) => f === a.dir || f.startsWith(a.dir + "/"))).map((a) => a.name);
    const dependents = graph ? keep(graph.dependents).sort() : dependentsOf(changed, usable);
    selected = [.../* @__PURE__ */ new Set([...changed, ...dependents])];
    reason = changed.length === 0 ? "no addon is touched by the changed files" : `changed addons ${list(changed)}${dependents.length ? ` and their dependents ${list(dependents)}` : ""}`;
  }
  selected = [...new Set(selected)].sort();
  return { selected, installFirst: dependenciesOf(selected, i.addons), reason };
}
function dependentsOf(changed, addons) {
  const found = /* @__PURE__ */ new Set();
  const queue = [...changed];
  while (queue.length > 0) {
    const name = queue.shift();
    for (const a of addons) {
      if (a.depends.includes(name) && !found.has(a.name) && !changed.includes(a.name)) {
        found.add(a.name);
        queue.push(a.name);
      }
    }
  }
  return [...found].sort();
}
function dependenciesOf(selected, addons) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [...selected];
  while (queue.length > 0) {
    for (const dep of addons.get(queue.shift())?.depends ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...seen].filter((d) => !selected.includes(d)).sort();
}
function list(names) {
  return names.map((n) => `\`${n}\``).join(", ");
}

// src/ops/odoo-test/steps/select.ts
function select(settings, input, addons, changed, graphAffected) {
  const sel = selectModules({
    select: settings.select,
    explicit: settings.cfg.modules,
    exclude: settings.cfg.exclude,
    addons,
    changedFiles: changed?.files,
    graphAffected
  });
  const installFirst = [.../* @__PURE__ */ new Set([...sel.installFirst, ...input.installFirst])].filter((m) => !sel.selected.includes(m)).sort();
  const reason = changed && settings.select === "affected" ? `${sel.reason} (from ${changed.source})` : sel.reason;
  return { ...sel, installFirst, reason };
}

// src/ops/odoo-test/steps/dry-run-report.ts
function dryRunReport(plan) {
  const lines = plan.commands.map((c) => `    ${[c.file, ...c.args].map(quote).join(" ")}`);
  const summary = [
    `**Modules under test:** ${plan.selected.map((m) => `\`${m}\``).join(", ")} (${plan.selectionReason})`,
    plan.installFirst.length ? `**Installed first, without tests:** ${plan.installFirst.map((m) => `\`${m}\``).join(", ")}` : "",
    `**Database:** \`${plan.database}\` (dropped after the run) \xB7 **timeout:** ${Math.round(plan.timeoutMs / 1e3)} s`,
    "",
    "Commands (argument arrays, shown quoted):",
    "",
    ...lines
  ].filter((l, i) => l !== "" || i > 1);
  return makeReport({
    conclusion: "neutral",
    title: `Dry run: would test ${countNoun(plan.selected.length, "module")}`,
    summary: summary.join("\n"),
    data: {
      schemaVersion: 1,
      outcome: "dry_run",
      selected: plan.selected,
      installFirst: plan.installFirst,
      database: plan.database,
      commands: plan.commands
    }
  });
}
function quote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

// src/ops/odoo-test/steps/free-port.ts
import { createServer } from "node:net";
function freePort() {
  return new Promise((resolve3, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => port ? resolve3(port) : reject(new Error("the kernel gave no free port")));
    });
  });
}

// src/ops/odoo-test/steps/prepare-run-dirs.ts
import { chownSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join as join2, resolve as resolve2 } from "node:path";
function prepareRunDirs(cfg, root, database, owner) {
  const none = { args: [], env: {}, cleanup: () => {
  } };
  const given = dataDirInArgs(cfg.args);
  if (cfg.dataDir === "none") return none;
  if (cfg.dataDir !== "auto" || given !== void 0) {
    const dir = given !== void 0 ? resolve2(root, given) : resolve2(root, cfg.dataDir);
    return {
      args: given !== void 0 ? [] : [`--data-dir=${dir}`],
      env: {},
      dataDir: dir,
      cleanup: (databases) => removeFilestores(dir, databases)
    };
  }
  if (cfg.mode === "docker-compose") return none;
  const run = mkdtempSync(join2(tmpdir(), `oda-odoo-${database.slice(0, 40)}-`));
  const data = join2(run, "data");
  const tmp = join2(run, "tmp");
  mkdirSync(data);
  mkdirSync(tmp);
  if (owner) for (const d of [run, data, tmp]) chownSync(d, owner.uid, owner.gid);
  return {
    args: [`--data-dir=${data}`],
    env: { TMPDIR: tmp },
    dataDir: data,
    cleanup: () => rmSync(run, { recursive: true, force: true })
  };
}
function dataDirInArgs(args) {
  if (!setsOption(args, "data-dir", ["-D"])) return void 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--data-dir=")) return a.slice("--data-dir=".length);
    if ((a === "--data-dir" || a === "-D") && i + 1 < args.length) return args[i + 1];
  }
  return void 0;
}
function removeFilestores(dataDir, databases) {
  for (const db of databases) {
    if (!/^[A-Za-z0-9_-]+$/.test(db) || isAbsolute(db)) continue;
    rmSync(join2(dataDir, "filestore", db), { recursive: true, force: true });
  }
}

// src/odoo/ci/merge-parsed-logs.ts
var MAX_ISSUES = 1e3;
function mergeParsedLogs(logs) {
  if (logs.length === 1) return logs[0];
  const modules = /* @__PURE__ */ new Map();
  for (const log of logs) for (const m of log.modules) modules.set(m.module, addModule(modules.get(m.module), m));
  const summaries = logs.map((l) => l.summary).filter((s) => s !== void 0);
  const fatal = [];
  for (const f of logs.flatMap((l) => l.fatal))
    if (!fatal.some((g) => g.kind === f.kind && g.message === f.message && g.file === f.file && g.line === f.line))
      fatal.push(f);
  const issues = logs.flatMap((l) => l.issues);
  const last = logs[logs.length - 1];
  return {
    odooVersion: logs.find((l) => l.odooVersion)?.odooVersion,
    series: logs.find((l) => l.series)?.series,
    database: last.database,
    addonsPaths: logs.find((l) => l.addonsPaths.length)?.addonsPaths ?? [],
    tests: logs.flatMap((l) => l.tests),
    modules: [...modules.values()],
    summary: summaries.length ? {
      ...summaries[summaries.length - 1],
      failed: sum(summaries, (s) => s.failed),
      errors: sum(summaries, (s) => s.errors),
      tests: sum(summaries, (s) => s.tests)
    } : void 0,
    counted: {
      failures: sum(logs, (l) => l.counted.failures),
      errors: sum(logs, (l) => l.counted.errors),
      tests: sum(logs, (l) => l.counted.tests),
      skipped: sum(logs, (l) => l.counted.skipped)
    },
    fatal,
    issues: issues.slice(0, MAX_ISSUES),
    droppedIssues: sum(logs, (l) => l.droppedIssues) + Math.max(0, issues.length - MAX_ISSUES),
    loadedModules: [...new Set(logs.flatMap((l) => l.loadedModules))],
    lines: sum(logs, (l) => l.lines),
    httpError: logs.find((l) => l.httpError)?.httpError,
    incomplete: last.incomplete
  };
}
function addModule(a, b) {
  if (!a) return { ...b };
  return {
    module: a.module,
    tests: a.tests + b.tests,
    passed: a.passed + b.passed,
    failures: a.failures + b.failures,
    errors: a.errors + b.errors,
    skipped: a.skipped + b.skipped,
    declared: b.declared ?? a.declared,
    testTimeS: a.testTimeS !== void 0 || b.testTimeS !== void 0 ? (a.testTimeS ?? 0) + (b.testTimeS ?? 0) : void 0,
    stats: b.stats ?? a.stats
  };
}
function sum(items, of) {
  let total = 0;
  for (const item of items) total += of(item);
  return total;
}

// src/ops/odoo-test/steps/run-odoo.ts
var TAIL_LINES = 15;
async function runOdoo(ctx, run) {
  run.log.write(`# oda: ${[run.argv.file, ...run.argv.args].join(" ")}
`);
  const r = await ctx.exec(run.argv.file, run.argv.args, {
    cwd: run.cwd,
    env: run.env,
    timeoutMs: run.timeoutMs,
    // Odoo loads the PR's addons and runs their tests: the face's sandbox applies.
    repositoryCode: true,
    // Output is consumed line by line; keep only a small tail in memory.
    maxBuffer: 64 * 1024,
    onLine: (line) => {
      const plain = stripAnsi(line);
      run.log.write(plain + "\n");
      run.parser.pushLine(plain);
      run.tail.push(plain);
      if (run.tail.length > TAIL_LINES) run.tail.shift();
    }
  });
  const notStarted = r.exitCode === void 0 && !r.timedOut && !r.cancelled ? ctx.redact.redact(run.argv.file) : void 0;
  return { exitCode: r.exitCode, timedOut: r.timedOut, cancelled: r.cancelled, durationMs: r.durationMs, notStarted };
}

// src/ops/odoo-test/steps/drop-database.ts
async function dropDatabase(ctx, drop) {
  const argv = buildDropCommand(drop.template, drop.database);
  if (!argv) return void 0;
  try {
    const r = await runCommand({
      file: argv.file,
      args: argv.args,
      cwd: drop.cwd,
      timeoutMs: 12e4,
      redactor: ctx.redact,
      // Started from the run that ran the PR's code: the same confinement, none of the App's environment.
      ...ctx.sandbox ? { sandbox: ctx.sandbox } : {}
    });
    if (r.exitCode === 0) return void 0;
    return dropFinding(
      drop.database,
      `${r.command} exited with ${r.exitCode}: ${r.stderr.trim().split("\n").slice(-3).join(" ")}`
    );
  } catch (error) {
    return dropFinding(drop.database, error instanceof Error ? error.message : String(error));
  }
}
function dropFinding(database, why) {
  return {
    path: ".github/oda.yml",
    line: 1,
    level: "warning",
    ruleId: "odoo-ci/database-not-dropped",
    title: "Test database left behind",
    message: `database ${database} was not dropped: ${why}`
  };
}

// src/ops/odoo-test/steps/run-group.ts
var MIN_TIMEOUT_MS = 1e3;
async function runGroup(ctx, run, group) {
  const invoke = async (install, test) => {
    const parser = new OdooLogParser({ keepTests: false, maxIssues: run.maxIssues, onTest: (t) => run.sink.add(t) });
    const argv = buildOdooCommand(run.cfg, { database: group.database, install, test, runArgs: run.runArgs });
    const result2 = await runOdoo(ctx, {
      argv,
      cwd: run.root,
      env: run.env,
      timeoutMs: Math.max(MIN_TIMEOUT_MS, run.deadline - Date.now()),
      log: run.log,
      parser,
      tail: run.tail
    });
    return { ...result2, parsed: parser.end() };
  };
  const installAndTest = async () => {
    if (group.installFirst.length > 0) {
      const deps = await ctx.step(`install dependencies (${group.database})`, () => invoke(group.installFirst, false));
      if (deps.exitCode !== 0 || deps.timedOut || deps.cancelled) return deps;
    }
    return ctx.step(`run tests (${group.database})`, () => invoke(group.modules, true));
  };
  let result;
  let dropped;
  try {
    result = await installAndTest();
  } finally {
    if (!run.keepDatabase)
      dropped = await ctx.step(
        `drop database ${group.database}`,
        () => dropDatabase(ctx, { template: run.cfg.dropDatabase, database: group.database, cwd: run.root })
      );
  }
  return { ...result, dropped };
}

// src/ops/odoo-test/steps/run-groups.ts
var MIN_RETRY_MS = 1e4;
async function runGroups(ctx, run, plan) {
  const queue = [[...plan.selected]];
  const parsed = [];
  const groups = [];
  const blocked = [];
  const dropped = [];
  let last;
  let exitCode;
  while (queue.length > 0) {
    const modules = queue.shift();
    if (groups.length >= plan.maxRuns || groups.length > 0 && run.deadline - Date.now() < MIN_RETRY_MS) {
      const why = groups.length >= plan.maxRuns ? `odoo-ci.maxRuns (${plan.maxRuns}) Odoo runs were used up isolating modules Odoo could not load` : "the time budget ran out while isolating modules Odoo could not load";
      for (const m of [modules, ...queue.splice(0)].flat())
        blocked.push({ module: m, cause: m, why: "run_limit", reason: why });
      break;
    }
    const database = groupDatabase(plan.database, groups.length);
    const installFirst = [.../* @__PURE__ */ new Set([...dependenciesOf(modules, plan.addons), ...plan.installFirst])].filter((m) => !modules.includes(m)).sort();
    const mark = run.sink.mark();
    last = await runGroup(ctx, run, { modules, installFirst, database });
    if (last.dropped) dropped.push(last.dropped);
    if (exitCode === void 0 || exitCode === 0) exitCode = last.exitCode;
    const fatal = last.parsed.fatal.length > 0 || last.exitCode === 255;
    groups.push({
      modules,
      database,
      exitCode: last.exitCode,
      summary: last.parsed.summary,
      fatal: last.parsed.fatal.length
    });
    if (!fatal || !plan.isolate || last.timedOut || last.cancelled || last.notStarted !== void 0) {
      parsed.push(last.parsed);
      if (last.timedOut || last.cancelled || last.notStarted !== void 0) break;
      continue;
    }
    const split = isolate(last.parsed, modules, plan.addons);
    blocked.push(...split.blocked);
    if (split.retry.length === 0) {
      parsed.push(last.parsed);
      continue;
    }
    run.sink.rollback(mark);
    parsed.push(fatalOnly(last.parsed));
    queue.unshift(...split.retry);
  }
  return {
    parsed: mergeParsedLogs(parsed),
    exitCode,
    timedOut: last?.timedOut ?? false,
    cancelled: last?.cancelled ?? false,
    notStarted: last?.notStarted,
    groups,
    blocked,
    dropped
  };
}
function groupDatabase(database, index) {
  return index === 0 ? database : `${database.slice(0, 58)}_g${index + 1}`;
}
function isolate(log, modules, addons) {
  const causes = /* @__PURE__ */ new Map();
  for (const f of log.fatal) if (f.module && !causes.has(f.module)) causes.set(f.module, f.message);
  const blocked = [];
  for (const module of modules) {
    const own = causes.get(module);
    if (own !== void 0) {
      blocked.push({ module, cause: module, why: "failed_to_load", reason: own });
      continue;
    }
    const culprit = [...causes.keys()].find((c) => dependsOn(module, c, addons));
    if (culprit)
      blocked.push({
        module,
        cause: culprit,
        why: "needs_failed_module",
        reason: `depends on ${culprit}, which Odoo could not load`
      });
  }
  if (blocked.length > 0) {
    const rest = modules.filter((m) => !blocked.some((b) => b.module === m));
    return { blocked, retry: rest.length ? [rest] : [] };
  }
  if (modules.length > 1) {
    const half = Math.ceil(modules.length / 2);
    return { blocked: [], retry: [modules.slice(0, half), modules.slice(half)] };
  }
  const why = log.fatal[0]?.message ?? "Odoo stopped while loading it (see the raw log)";
  return { blocked: [{ module: modules[0], cause: modules[0], why: "failed_to_load", reason: why }], retry: [] };
}
function dependsOn(module, dependency, addons) {
  return dependenciesOf([module], addons).includes(dependency);
}
function fatalOnly(log) {
  return {
    ...log,
    tests: [],
    modules: [],
    summary: void 0,
    counted: { failures: 0, errors: 0, tests: 0, skipped: 0 },
    httpError: void 0
  };
}

// src/ops/odoo-test/run.ts
var LOG_NAME = "odoo-test.log";
var MAX_ISSUES2 = 200;
async function runOdooTest(ctx, input) {
  const settings = resolveSettings(ctx, input);
  const { cfg, root } = settings;
  const graph = addonsFromGraph(root, ctx.config.manifest);
  const addons = mergeAddons(listRepoAddons(root, cfg.addonsDirs), graph?.addons ?? /* @__PURE__ */ new Map());
  const addonDirs = new Map([...addons.values()].map((a) => [a.name, a.dir]));
  const { changed, note } = await findChangedFiles(ctx, root, input);
  const sel = select(settings, input, addons, changed, graph?.affected);
  const reason = note ? `${sel.reason}; ${note}` : sel.reason;
  const database = input.database || databaseName(cfg.databasePrefix, ctx.runId);
  const base = { selected: sel.selected, installFirst: sel.installFirst, selectionReason: reason, database };
  if (sel.selected.length === 0)
    return makeReport({
      conclusion: "neutral",
      title: "No module to test",
      summary: `Nothing selected: ${reason}.`,
      data: { schemaVersion: 2, outcome: "nothing_selected", ...base }
    });
  const httpPort = await chooseHttpPort(cfg.httpPort, cfg.args);
  const portArgs = httpPort !== void 0 ? [`--http-port=${httpPort}`] : [];
  if (input.dryRun) {
    const deps = sel.installFirst.length ? [buildOdooCommand(cfg, { database, install: sel.installFirst, test: false, runArgs: portArgs })] : [];
    const tests = buildOdooCommand(cfg, { database, install: sel.selected, test: true, runArgs: portArgs });
    return dryRunReport({ ...base, commands: [...deps, tests], timeoutMs: settings.timeoutMs });
  }
  const dirs = prepareRunDirs(cfg, root, database, ctx.sandbox?.user);
  const logPath = join3(ctx.artifactsDir, LOG_NAME);
  const log = createWriteStream(logPath);
  const mapping = { pathMap: cfg.pathMap, addonDirs };
  const sink = new TestSink({ dir: ctx.artifactsDir, mapping });
  const tail = [];
  let outcome;
  let data;
  try {
    outcome = await runGroups(
      ctx,
      {
        cfg,
        root,
        deadline: Date.now() + settings.timeoutMs,
        runArgs: [...portArgs, ...dirs.args],
        env: dirs.env,
        log,
        sink,
        tail,
        keepDatabase: input.keepDatabase,
        maxIssues: MAX_ISSUES2
      },
      {
        selected: sel.selected,
        installFirst: input.installFirst,
        addons,
        database,
        isolate: cfg.isolateFailures,
        maxRuns: cfg.maxRuns
      }
    );
    data = toOdooCiData(
      outcome.parsed,
      {
        ...base,
        ...outcome,
        logTail: tail,
        timeoutMinutes: Math.round(settings.timeoutMs / 600) / 100,
        logArtifact: LOG_NAME,
        httpPort
      },
      sink.collected(),
      mapping
    );
    sink.finish(data);
  } catch (error) {
    sink.discard();
    throw error;
  } finally {
    dirs.cleanup(input.keepDatabase ? [] : Array.from({ length: cfg.maxRuns }, (_, i) => groupDatabase(database, i)));
    await closeStream(log);
  }
  const findings = [
    ...odooFindings(data, cfg.policy, {
      addonDirs,
      manifestLine: (addon, needle) => manifestLine(root, addonDirs.get(addon), needle)
    }),
    ...outcome.dropped
  ];
  const { conclusion, title } = concludeOdooRun(data, findings, cfg.policy);
  const artifacts = [
    await describeArtifact(logPath, "text/plain"),
    await describeArtifact(join3(ctx.artifactsDir, JUNIT_ARTIFACT), "application/xml"),
    await describeArtifact(join3(ctx.artifactsDir, TESTS_ARTIFACT), "application/x-ndjson")
  ];
  return makeReport({ conclusion, title, summary: renderOdooSummary(data, findings), findings, artifacts, data });
}
async function chooseHttpPort(setting, args) {
  if (setting === "none" || setsOption(args, "http-port", ["-p"]) || setsOption(args, "xmlrpc-port")) return void 0;
  return setting === "auto" ? freePort() : Number(setting);
}
function closeStream(stream) {
  return new Promise((resolve3, reject) => stream.end((error) => error ? reject(error) : resolve3()));
}
export {
  runOdooTest
};
