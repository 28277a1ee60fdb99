import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  InputError,
  isUsageError
} from "./chunk-ADIGWMAD.js";
import {
  Redactor,
  builtinRedactionPatterns,
  defaultConfig
} from "./chunk-SQSYLVYG.js";
import {
  permissionLevels
} from "./chunk-INJCVSTR.js";
import {
  require_pino
} from "./chunk-IGS54RTM.js";
import {
  findEnvironment
} from "./chunk-LJALDYRS.js";
import {
  MAX_TIMER_MS,
  runCommand
} from "./chunk-NSCG2XAA.js";
import {
  makeReport,
  reportSchema
} from "./chunk-K5MUDOBL.js";
import {
  __toESM
} from "./chunk-LY7GTVVW.js";

// src/log/create-logger.ts
var import_pino = __toESM(require_pino(), 1);
import { Writable } from "node:stream";
function createLogger(options) {
  const write = options.write ?? ((line) => process.stderr.write(line));
  const stream = new Writable({
    write(chunk, _enc, cb) {
      write(options.redactor.redact(typeof chunk === "string" ? chunk : chunk.toString("utf8")));
      cb();
    }
  });
  return (0, import_pino.pino)(
    { level: options.level ?? "info", base: options.base ?? null, timestamp: import_pino.pino.stdTimeFunctions.isoTime },
    stream
  );
}

// src/engine/parse-op-input.ts
function parseOpInput(op, rawInput) {
  const parsed = op.input.safeParse(rawInput);
  if (!parsed.success) throw InputError.fromZod(op.name, parsed.error);
  return parsed.data;
}

// src/engine/run-op.ts
import { join as join6 } from "node:path";

// src/engine/create-context.ts
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var EXCERPT_MAX = 4096;
function createOpContext(given = {}) {
  const redactor = given.redactor ?? new Redactor({ patterns: builtinRedactionPatterns });
  const runId = given.runId ?? `local-${Date.now().toString(36)}`;
  const artifactsDir = given.artifactsDir ?? join(tmpdir(), "oda-artifacts", runId);
  mkdirSync(artifactsDir, { recursive: true });
  const signal = given.signal ?? new AbortController().signal;
  const now = given.now ?? (() => /* @__PURE__ */ new Date());
  const trace = given.trace ?? [];
  const log = given.log ?? createLogger({ redactor, level: "silent" });
  async function step(name, fn) {
    const entry = { name, startedAt: now().toISOString(), status: "running" };
    trace.push(entry);
    let skipped;
    const handle = {
      note(text) {
        const next = (entry.excerpt ? entry.excerpt + "\n" : "") + redactor.redact(text);
        entry.excerpt = next.length > EXCERPT_MAX ? "\u2026" + next.slice(next.length - EXCERPT_MAX) : next;
      },
      skip(reason) {
        skipped = reason;
      }
    };
    try {
      const value = await fn(handle);
      entry.status = skipped !== void 0 ? "skipped" : "succeeded";
      if (skipped !== void 0) handle.note(`skipped: ${skipped}`);
      return value;
    } catch (error) {
      entry.status = signal.aborted ? isTimeout(signal) ? "timed_out" : "cancelled" : "failed";
      handle.note(error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      entry.endedAt = now().toISOString();
    }
  }
  return {
    runId,
    actor: given.actor ?? "local",
    face: given.face ?? "cli",
    cwd: given.cwd ?? process.cwd(),
    config: given.config ?? defaultConfig(),
    signal,
    log,
    redact: redactor,
    artifactsDir,
    env: given.env ?? {},
    now,
    step,
    exec: (file, args, { repositoryCode, ...options } = {}) => runCommand({
      cwd: given.cwd,
      ...options,
      file,
      args,
      redactor,
      signal: options.signal ? AbortSignal.any([signal, options.signal]) : signal,
      ...repositoryCode && given.sandbox ? { sandbox: given.sandbox } : {}
    }),
    ports: given.ports ?? {},
    ...given.sandbox ? { sandbox: given.sandbox } : {}
  };
}
function isTimeout(signal) {
  const reason = signal.reason;
  return reason instanceof Error && reason.name === "TimeoutError";
}

// src/engine/guards/check-rate-guards.ts
async function checkRateGuards(facts) {
  const out = [];
  const at = facts.now.toISOString();
  if (facts.guard?.ratePerHour !== void 0) {
    const count = await facts.store.countRuns(facts.op, facts.scope, new Date(facts.now.getTime() - 36e5));
    const ok = count <= facts.guard.ratePerHour;
    out.push({
      rule: "rate-limit",
      verdict: ok ? "allow" : "deny",
      reason: ok ? `${count} of ${facts.guard.ratePerHour} runs this hour for ${facts.scope}` : `rate limit: ${count - 1} runs of ${facts.op} for ${facts.scope} in the last hour, at most ${facts.guard.ratePerHour} allowed`,
      inputs: { scope: facts.scope, count, limit: facts.guard.ratePerHour },
      at
    });
  }
  if (facts.guard?.cooldownS !== void 0) {
    const last = await facts.store.lastEndedAt(facts.op, facts.scope);
    const waitS = last ? Math.ceil((last.getTime() + facts.guard.cooldownS * 1e3 - facts.now.getTime()) / 1e3) : 0;
    out.push({
      rule: "cooldown",
      verdict: waitS > 0 ? "deny" : "allow",
      reason: waitS > 0 ? `cooldown: ${facts.op} for ${facts.scope} ran at ${last.toISOString()}; wait ${waitS}s more` : `no run of ${facts.op} for ${facts.scope} within ${facts.guard.cooldownS}s`,
      inputs: { scope: facts.scope, lastEndedAt: last?.toISOString(), cooldownS: facts.guard.cooldownS },
      at
    });
  }
  return out;
}

// src/engine/guards/store-lock-provider.ts
function storeLockProvider(store, now = () => /* @__PURE__ */ new Date()) {
  return {
    async acquire({ key, owner, ttlS, reason }) {
      const expires = () => new Date(now().getTime() + ttlS * 1e3).toISOString();
      const got = await store.acquireLock({ key, owner, expiresAt: expires(), reason });
      if (!got.acquired) return { acquired: false, holder: got.holder };
      const beat = setInterval(
        () => {
          store.renewLock(key, owner, expires()).catch(() => void 0);
        },
        Math.max(1e3, ttlS * 1e3 / 3)
      );
      beat.unref();
      return {
        acquired: true,
        release: async () => {
          clearInterval(beat);
          await store.releaseLock(key, owner);
        }
      };
    }
  };
}

// src/engine/new-run-id.ts
import { randomBytes } from "node:crypto";
function newRunId(now = /* @__PURE__ */ new Date()) {
  return `r${now.getTime().toString(36).padStart(9, "0")}${randomBytes(6).toString("hex")}`;
}

// src/engine/policy/required-permission.ts
function requiredPermission(op, config) {
  const configured = config.policy.permissions[op.name];
  if (configured) return { permission: configured, source: `.github/oda.yml policy.permissions.${op.name}` };
  return { permission: op.guard?.permission ?? "read", source: `op ${op.name} default` };
}

// src/engine/policy/evaluate-policy.ts
function evaluatePolicy(facts, extra = []) {
  const at = facts.now.toISOString();
  const out = [];
  for (const rule of [permissionRule, freezeRule, ...extra]) {
    const d = rule.evaluate(facts);
    if (d) out.push({ rule: rule.rule, at, ...d });
  }
  return out;
}
function firstDenial(decisions) {
  return decisions.find((d) => d.verdict === "deny");
}
function permits(actual, required) {
  return permissionLevels.indexOf(actual) >= permissionLevels.indexOf(required);
}
var permissionRule = {
  rule: "permission",
  evaluate: ({ op, actor, actorPermission, config }) => {
    const { permission: required, source } = requiredPermission(op, config);
    const ok = permits(actorPermission, required);
    return {
      verdict: ok ? "allow" : "deny",
      reason: ok ? `${actor} has ${actorPermission}, ${required} required (${source})` : `${actor} has ${actorPermission} permission but ${op.name} requires ${required} (${source})`,
      inputs: { actor, actorPermission, required, source }
    };
  }
};
var freezeRule = {
  rule: "freeze-window",
  evaluate: ({ op, environment, config, now }) => {
    if (!op.sideEffects || op.guard?.freezeExempt || config.policy.freezes.length === 0) return void 0;
    const active = config.policy.freezes.find((f) => {
      const from = Date.parse(f.from);
      const to = Date.parse(f.to);
      const covers = f.environments.length === 0 || environment !== void 0 && f.environments.includes(environment);
      return covers && now.getTime() >= from && now.getTime() < to;
    });
    return active ? {
      verdict: "deny",
      reason: `change freeze ${active.from} .. ${active.to}: ${active.reason}`,
      inputs: { environment, freeze: active }
    } : {
      verdict: "allow",
      reason: "no change freeze is active",
      inputs: { environment, freezes: config.policy.freezes.length }
    };
  }
};

// src/engine/evidence/write-evidence-pack.ts
import { mkdir as mkdir2, mkdtemp, readFile as readFile3, rename, rm, writeFile as writeFile2 } from "node:fs/promises";
import { join as join5, resolve as resolve2 } from "node:path";

// src/engine/evidence/evidence-error.ts
var EvidenceError = class extends Error {
  name = "EvidenceError";
  /** The root or pack folder concerned. */
  path;
  constructor(path, message, options) {
    super(`${path}: ${message}`, options);
    this.path = path;
  }
};

// src/engine/evidence/pack-layout.ts
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";
var STAMP_PATTERN = /^(\d{8}-\d{4})(?:-([1-9]\d*))?$/;
var TOPIC_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
var SUMS_FILE = "SHA256SUMS";
var JSON_FILE = "evidence.json";
var MD_FILE = "VERIFICATION.md";
function formatStamp(when) {
  const iso = when.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}
function stampDir(stamp, seq) {
  return seq === 1 ? stamp : `${stamp}-${seq}`;
}
function comparePacks(a, b) {
  return a.stamp.localeCompare(b.stamp) || a.seq - b.seq || a.topic.localeCompare(b.topic);
}
async function listPacks(root) {
  const packs = [];
  for (const s of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    const m = STAMP_PATTERN.exec(s.name);
    if (!s.isDirectory() || !m || m[1] === void 0) continue;
    for (const t of await readdir(join2(root, s.name), { withFileTypes: true })) {
      if (!t.isDirectory() || t.name.startsWith(".")) continue;
      packs.push({
        rel: `${s.name}/${t.name}`,
        dir: join2(root, s.name, t.name),
        topic: t.name,
        stamp: m[1],
        seq: m[2] ? Number(m[2]) : 1
      });
    }
  }
  return packs.sort(comparePacks);
}

// src/engine/evidence/copy-artifacts.ts
import { copyFile, mkdir, open, readFile, stat, writeFile } from "node:fs/promises";
import { basename, extname, join as join3, resolve } from "node:path";

// src/engine/evidence/sha256-sums.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
async function sha256File(file) {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file)) h.update(chunk);
  return h.digest("hex");
}
function formatSums(entries) {
  return [...entries.keys()].sort().map((p) => `${entries.get(p)}  ${p}
`).join("");
}
var LINE = /^([0-9a-f]{64}) [ *](.+)$/;
function parseSums(text) {
  const entries = /* @__PURE__ */ new Map();
  const errors = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((raw, i) => {
    const m = LINE.exec(raw);
    const path = m?.[2];
    if (!m || path === void 0) {
      errors.push({
        line: i + 1,
        message: `expected "<64 lower-case hex>  <path>", got ${JSON.stringify(raw.slice(0, 80))}`
      });
    } else if (path.startsWith("/") || path.split("/").some((s) => s === ".." || s === "." || s === "")) {
      errors.push({
        line: i + 1,
        message: `path ${JSON.stringify(path)} must be relative to the pack, without . or .. segments`
      });
    } else if (entries.has(path)) {
      errors.push({ line: i + 1, message: `path ${JSON.stringify(path)} is listed twice` });
    } else {
      entries.set(path, m[1] ?? "");
    }
  });
  return { entries, errors };
}

// src/engine/evidence/copy-artifacts.ts
var REDACT_MAX_BYTES = 64 * 1024 * 1024;
var SNIFF_BYTES = 8192;
function safeName(name) {
  const s = basename(name).replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[.]+/, "");
  return s.length > 0 ? s.slice(0, 120) : "artifact";
}
function uniqueName(name, taken) {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${basename(name, extname(name))}-${n}${extname(name)}`;
  taken.add(candidate);
  return candidate;
}
async function looksLikeText(file) {
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    const head = buf.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    const cut = bytesRead === SNIFF_BYTES ? 3 : 0;
    for (let drop = 0; drop <= cut; drop++) {
      const part = head.subarray(0, bytesRead - drop);
      if (Buffer.from(part.toString("utf8"), "utf8").equals(part)) return true;
    }
    return false;
  } finally {
    await handle.close();
  }
}
async function copyArtifacts(copy) {
  const taken = /* @__PURE__ */ new Set();
  const out = [];
  for (const a of copy.artifacts) {
    const source = resolve(copy.base, a.path);
    const info = await stat(source).catch(() => void 0);
    if (!info?.isFile()) {
      out.push({
        name: copy.redactor.redact(a.name),
        missing: true,
        reason: info ? "not a regular file" : "file not found"
      });
      continue;
    }
    await mkdir(join3(copy.packDir, "artifacts"), { recursive: true });
    const file = `artifacts/${uniqueName(safeName(copy.redactor.redact(a.name)), taken)}`;
    const target = join3(copy.packDir, file);
    if (info.size <= REDACT_MAX_BYTES && await looksLikeText(source)) {
      const text = copy.redactor.redact(await readFile(source, "utf8"));
      await writeFile(target, text, { flag: "wx" });
      out.push({
        name: copy.redactor.redact(a.name),
        file,
        sha256: sha256(text),
        bytes: Buffer.byteLength(text),
        redacted: true
      });
    } else {
      await copyFile(source, target);
      out.push({
        name: copy.redactor.redact(a.name),
        file,
        sha256: await sha256File(target),
        bytes: info.size,
        redacted: false
      });
    }
  }
  return out;
}

// src/engine/evidence/render-verification.ts
function cell(text) {
  return String(text ?? "").replace(/\r?\n/g, " ").replace(/\|/g, "\\|").trim() || " ";
}
function table(head, rows) {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)
  ].join("\n");
}
function renderVerification(e) {
  const out = [
    `# Verification: ${e.topic} \u2014 ${e.status}`,
    "",
    table(
      ["", ""],
      [
        ["Status", `**${e.status}**${e.conclusion ? ` (${e.conclusion})` : ""}`],
        ["What ran", `\`${e.op}\`: ${e.title}`],
        ["When", e.ranAt],
        ["Commit", e.commit ?? "not recorded"],
        ["By", `${e.actor}${e.face ? ` via ${e.face}` : ""}`],
        ...e.runId ? [["Run", e.runId]] : [],
        [
          "Previous pack",
          e.previous ? `${e.previous.path} (sha256 ${e.previous.digest})` : "none: first pack of this topic"
        ]
      ]
    ),
    "",
    "## Summary",
    "",
    e.summary.trim() || "_No summary._",
    "",
    `## Findings (${e.findings.length})`,
    "",
    e.findings.length === 0 ? "_None._" : table(
      ["Level", "Rule", "Location", "Message"],
      e.findings.map((f) => [f.level, f.ruleId, `${f.path}:${f.line}${f.column ? `:${f.column}` : ""}`, f.message])
    )
  ];
  if (e.trace.length > 0)
    out.push(
      "",
      "## Steps",
      "",
      table(
        ["Step", "Status", "Started", "Ended"],
        e.trace.map((s) => [s.name, s.status, s.startedAt, s.endedAt])
      )
    );
  if (e.pdrs.length > 0)
    out.push(
      "",
      "## Policy decisions",
      "",
      table(
        ["Rule", "Verdict", "Reason"],
        e.pdrs.map((p) => [p.rule, p.verdict, p.reason])
      )
    );
  if (e.artifacts.length > 0) {
    out.push(
      "",
      "## Artifacts",
      "",
      table(
        ["Name", "File", "SHA-256", "Bytes"],
        e.artifacts.map(
          (a) => "missing" in a ? [a.name, `missing: ${a.reason}`, "", ""] : [a.name, a.file, a.sha256, a.bytes]
        )
      )
    );
  }
  out.push(
    "",
    "## How to check this pack",
    "",
    "Every file is listed in `SHA256SUMS`: run `sha256sum -c SHA256SUMS` here, or `oda evidence verify <root>` to check every pack and the chain of each topic.",
    ""
  );
  return out.join("\n");
}

// src/engine/evidence/topic-lock.ts
import { open as open2, readFile as readFile2, stat as stat2, unlink } from "node:fs/promises";
import { join as join4 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var STALE_MS = 6e4;
var WAIT_MS = 6e4;
async function holderIsGone(file) {
  const pid = Number((await readFile2(file, "utf8").catch(() => "")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "ESRCH";
  }
}
async function withTopicLock(root, topic, fn) {
  const file = join4(root, `.lock-${topic}`);
  const deadline = Date.now() + WAIT_MS;
  for (; ; ) {
    try {
      const handle = await open2(file, "wx");
      await handle.writeFile(`${process.pid}
${(/* @__PURE__ */ new Date()).toISOString()}
`);
      await handle.close();
      break;
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
      const age = Date.now() - ((await stat2(file).catch(() => void 0))?.mtimeMs ?? Date.now());
      if (age > STALE_MS || await holderIsGone(file)) await unlink(file).catch(() => void 0);
      else if (Date.now() > deadline)
        throw new EvidenceError(
          root,
          `another writer has held ${file} for ${Math.round(age / 1e3)} s; remove it if no oda process is running`
        );
      else await sleep(10 + Math.random() * 40);
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(file).catch(() => void 0);
  }
}

// src/engine/evidence/write-evidence-pack.ts
async function writeEvidencePack(contents) {
  const root = resolve2(contents.root);
  if (!TOPIC_PATTERN.test(contents.topic))
    throw new EvidenceError(
      root,
      `topic ${JSON.stringify(contents.topic)} must be one folder name: letters, digits, . _ -, not starting with . or -`
    );
  if (Number.isNaN(contents.when.getTime())) throw new EvidenceError(root, "`when` is not a valid date");
  await mkdir2(root, { recursive: true });
  return withTopicLock(root, contents.topic, async () => {
    const stamp = formatStamp(contents.when);
    const newest = (await listPacks(root)).filter((p) => p.topic === contents.topic).at(-1);
    if (newest && stamp < newest.stamp) {
      throw new EvidenceError(
        root,
        `the newest ${contents.topic} pack is ${newest.rel}, later than ${stamp}: packs are only appended, so a pack cannot be filed before it (check the clock)`
      );
    }
    const seq = newest && newest.stamp === stamp ? newest.seq + 1 : 1;
    const rel = `${stampDir(stamp, seq)}/${contents.topic}`;
    let previous = null;
    if (newest) {
      const sums = await readFile3(join5(newest.dir, SUMS_FILE)).catch(() => void 0);
      if (!sums)
        throw new EvidenceError(
          newest.dir,
          `has no ${SUMS_FILE}, so the chain cannot be continued; run oda evidence verify ${root}`
        );
      previous = { path: newest.rel, digest: sha256(sums) };
    }
    const tmp = await mkdtemp(join5(root, `.tmp-${contents.topic}-`));
    try {
      const digest = await fillPack({ dir: tmp, rel, previous, o: contents });
      await mkdir2(join5(root, stampDir(stamp, seq)), { recursive: true });
      await rename(tmp, join5(root, rel));
      return { dir: join5(root, rel), digest };
    } catch (error) {
      await rm(tmp, { recursive: true, force: true });
      throw error;
    }
  });
}
async function fillPack(p) {
  const { record, redactor, topic, when } = p.o;
  const artifacts = await copyArtifacts({
    packDir: p.dir,
    artifacts: record.artifacts,
    base: p.o.artifactsBase ?? process.cwd(),
    redactor
  });
  const { commit, artifacts: _sources, ...facts } = record;
  const json = redactor.redactValue({
    schemaVersion: 1,
    kind: "oda-evidence-pack",
    topic,
    path: p.rel,
    writtenAt: when.toISOString(),
    ...facts,
    commit: commit ?? null,
    artifacts,
    previous: p.previous
  });
  const files = /* @__PURE__ */ new Map();
  const jsonText = redactor.redact(JSON.stringify(json, null, 2) + "\n");
  const mdText = redactor.redact(renderVerification(json));
  await writeFile2(join5(p.dir, JSON_FILE), jsonText);
  await writeFile2(join5(p.dir, MD_FILE), mdText);
  files.set(JSON_FILE, sha256(jsonText));
  files.set(MD_FILE, sha256(mdText));
  for (const a of artifacts) if (!("missing" in a)) files.set(a.file, a.sha256);
  const sums = formatSums(files);
  await writeFile2(join5(p.dir, SUMS_FILE), sums);
  return sha256(sums);
}

// src/engine/record-evidence.ts
async function recordEvidence(evidence) {
  return writeEvidencePack({
    root: evidence.root,
    topic: evidence.topic,
    when: evidence.when,
    redactor: evidence.redactor,
    artifactsBase: evidence.artifactsBase,
    record: {
      status: evidence.report.conclusion === "success" || evidence.report.conclusion === "neutral" ? "PASS" : "FAIL",
      op: evidence.op,
      runId: evidence.runId,
      face: evidence.face,
      title: evidence.report.title,
      summary: evidence.report.summary,
      conclusion: evidence.report.conclusion,
      actor: evidence.actor,
      commit: await headCommit(evidence.cwd),
      ranAt: evidence.when.toISOString(),
      findings: evidence.report.findings,
      trace: [...evidence.trace],
      pdrs: [...evidence.pdrs],
      inputs: evidence.input,
      data: evidence.report.data,
      artifacts: evidence.report.artifacts.map((a) => ({ name: a.name, path: a.path }))
    }
  });
}
async function headCommit(cwd) {
  if (cwd === void 0) return void 0;
  const r = await runCommand({ file: "git", args: ["rev-parse", "HEAD"], cwd });
  return r.exitCode === 0 ? r.stdout.trim() : void 0;
}

// src/engine/run-op.ts
async function runOp(invocation) {
  const now = invocation.now ?? (() => /* @__PURE__ */ new Date());
  const input = parseOpInput(invocation.op, invocation.rawInput);
  const config = invocation.config ?? defaultConfig();
  const guard = invocation.op.guard;
  const environment = guard?.environment?.(input);
  if (environment !== void 0) findEnvironment(config, environment);
  const env = invocation.env ?? {};
  const secretInputs = (invocation.op.secretInputs ?? []).map((k) => input[k]).filter((v) => typeof v === "string");
  const redactor = buildRedactor(invocation.redaction, config, env, [
    ...invocation.secretValues ?? [],
    ...secretInputs
  ]);
  const scope = guard?.scope?.(input) ?? invocation.op.name;
  const runId = invocation.runId ?? invocation.newId ?? newRunId(now());
  const createdAt = now().toISOString();
  if (invocation.runId === void 0) {
    await invocation.store.createRun({
      id: runId,
      op: invocation.op.name,
      input: redactor.redactValue(input),
      actor: invocation.actor,
      face: invocation.face,
      state: "queued",
      externalRef: invocation.externalRef ?? {},
      trace: [],
      pdrs: [],
      artifacts: [],
      scope,
      createdAt
    });
    invocation.onRecorded?.(runId);
  }
  const startedAt = now().toISOString();
  await invocation.store.transition(runId, "queued", "running", { startedAt });
  const trace = [];
  const artifactsDir = join6(invocation.dataDir, "runs", runId, "artifacts");
  const finish = async (state, report, pdrs2, error) => {
    const clean = redactor.redactValue(report);
    const patch = {
      conclusion: clean.conclusion,
      title: clean.title,
      report: clean,
      trace,
      pdrs: pdrs2,
      artifacts: clean.artifacts,
      endedAt: now().toISOString(),
      error: error === void 0 ? void 0 : redactor.redact(error)
    };
    const wantEvidence = invocation.evidence !== void 0 || invocation.op.evidence === true;
    const evidence = wantEvidence ? await recordEvidence({
      root: invocation.evidence?.root ?? join6(invocation.dataDir, "evidence"),
      topic: invocation.evidence?.topic ?? invocation.op.name,
      runId,
      op: invocation.op.name,
      actor: invocation.actor,
      face: invocation.face,
      input: redactor.redactValue(input),
      report: clean,
      trace,
      pdrs: pdrs2,
      cwd: invocation.cwd,
      redactor,
      when: now(),
      artifactsBase: artifactsDir
    }) : void 0;
    const final = { ...patch, evidenceDigest: evidence?.digest, evidencePath: evidence?.dir };
    await invocation.store.transition(runId, "running", state, final);
    if (invocation.runId !== void 0) {
      const record = await invocation.store.getRun(runId);
      if (!record) throw new Error(`run ${runId} vanished from the store`);
      return record;
    }
    return {
      id: runId,
      op: invocation.op.name,
      input: redactor.redactValue(input),
      actor: invocation.actor,
      face: invocation.face,
      state,
      externalRef: invocation.externalRef ?? {},
      scope,
      createdAt,
      startedAt,
      ...final
    };
  };
  const pdrs = evaluatePolicy(
    {
      op: invocation.op,
      input,
      actor: invocation.actor,
      actorPermission: invocation.actorPermission,
      environment,
      config,
      now: now()
    },
    invocation.policyRules
  );
  if (!firstDenial(pdrs))
    pdrs.push(
      ...await checkRateGuards({ op: invocation.op.name, scope, guard, store: invocation.store, now: now(), runId })
    );
  const denial = firstDenial(pdrs);
  if (denial) return finish("failed", denied(invocation.op.name, denial), pdrs, denial.reason);
  let release;
  const lockKey = guard?.lock?.(input);
  if (lockKey !== void 0) {
    const ttlS = Math.max(60, guard?.timeoutS ?? 900);
    const got = await (invocation.locks ?? storeLockProvider(invocation.store, now)).acquire({
      key: lockKey,
      owner: runId,
      ttlS,
      reason: `${invocation.op.name} by ${invocation.actor}`,
      link: invocation.externalRef?.["url"]
    });
    const at = now().toISOString();
    if (!got.acquired) {
      const d = {
        rule: "lock",
        verdict: "deny",
        reason: `locked by ${got.holder.owner} until ${got.holder.expiresAt}${got.holder.reason ? ` (${got.holder.reason})` : ""}`,
        inputs: { key: lockKey, holder: got.holder },
        at
      };
      pdrs.push(d);
      return finish("failed", denied(invocation.op.name, d), pdrs, d.reason);
    }
    pdrs.push({ rule: "lock", verdict: "allow", reason: `acquired ${lockKey}`, inputs: { key: lockKey, ttlS }, at });
    release = got.release;
  }
  const controller = new AbortController();
  const signals = [
    controller.signal,
    ...invocation.signal ? [invocation.signal] : [],
    ...guard?.timeoutS ? [AbortSignal.timeout(Math.min(guard.timeoutS * 1e3, MAX_TIMER_MS))] : []
  ];
  const signal = AbortSignal.any(signals);
  const ctx = createOpContext({
    runId,
    actor: invocation.actor,
    face: invocation.face,
    cwd: invocation.cwd,
    config,
    signal,
    redactor,
    log: invocation.log,
    env,
    now,
    ports: { runs: abandonedRunsPort(invocation.store, now), ...invocation.ports },
    trace,
    artifactsDir,
    ...invocation.sandbox ? { sandbox: invocation.sandbox } : {}
  });
  try {
    const report = await untilAborted(invocation.op.run(ctx, input), signal);
    const checked = reportSchema.safeParse(report);
    if (!checked.success)
      return await finish(
        "failed",
        crashed(invocation.op.name, `returned an invalid report: ${checked.error.message}`),
        pdrs,
        "invalid report"
      );
    return await finish(stateFor(checked.data.conclusion), checked.data, pdrs);
  } catch (error) {
    if (signal.aborted) {
      const timedOut = isTimeout2(signal.reason);
      const conclusion = timedOut ? "timed_out" : "cancelled";
      const title = timedOut ? `${invocation.op.name} timed out after ${guard?.timeoutS}s` : `${invocation.op.name} was cancelled`;
      return await finish(
        timedOut ? "timed_out" : "cancelled",
        makeReport({ conclusion, title, summary: stepsSoFar(trace) }),
        pdrs,
        title
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    if (isUsageError(error)) {
      const record = await finish(
        "failed",
        makeReport({
          conclusion: "failure",
          title: `${invocation.op.name}: ${message.split("\n")[0]}`,
          summary: message
        }),
        pdrs,
        message
      );
      if (invocation.rethrowUsageErrors) throw error;
      return record;
    }
    return await finish(
      "failed",
      crashed(invocation.op.name, message),
      pdrs,
      error instanceof Error && error.stack ? error.stack : message
    );
  } finally {
    controller.abort();
    await release?.();
  }
}
function stateFor(conclusion) {
  switch (conclusion) {
    case "success":
    case "neutral":
      return "succeeded";
    case "cancelled":
      return "cancelled";
    case "timed_out":
      return "timed_out";
    default:
      return "failed";
  }
}
function buildRedactor(sources, config, env, values) {
  const r = new Redactor({ patterns: [...builtinRedactionPatterns, ...sources.patterns], values });
  for (const name of [...config.redact.env, ...sources.secretNames(config)]) r.addValue(env[name] ?? process.env[name]);
  return r;
}
function denied(op, d) {
  return makeReport({
    conclusion: "action_required",
    title: `${op} was not run: ${d.reason}`,
    summary: `**Denied by policy rule \`${d.rule}\`**: ${d.reason}`
  });
}
function crashed(op, message) {
  return makeReport({
    conclusion: "failure",
    title: `${op} failed with an internal error`,
    summary: `\`\`\`
${message}
\`\`\``
  });
}
function stepsSoFar(trace) {
  if (trace.length === 0) return "No step had started.";
  return ["| step | status |", "|---|---|", ...trace.map((s) => `| ${s.name} | ${s.status} |`)].join("\n");
}
function isTimeout2(reason) {
  return reason instanceof Error && reason.name === "TimeoutError";
}
function untilAborted(work, signal) {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve3, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve3(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      }
    );
  });
}
function abandonedRunsPort(store, now) {
  return {
    async markAbandoned(runId, reason) {
      try {
        await store.transition(runId, "running", "failed", { error: reason, endedAt: now().toISOString() });
        return true;
      } catch {
        return false;
      }
    }
  };
}

export {
  createLogger,
  parseOpInput,
  newRunId,
  requiredPermission,
  permits,
  STAMP_PATTERN,
  SUMS_FILE,
  JSON_FILE,
  MD_FILE,
  listPacks,
  sha256,
  sha256File,
  parseSums,
  runOp
};
