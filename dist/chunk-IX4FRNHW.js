import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  createGitHubDeployLock,
  describeHolder,
  isLockExpired,
  lockInfoSchema
} from "./chunk-QTNHXZD3.js";
import {
  waitHealthy
} from "./chunk-76UQGTNL.js";
import {
  explainSshFailure,
  runUrlOf,
  triggerOf
} from "./chunk-K3R2PSVG.js";
import {
  statusOf
} from "./chunk-F2GYBYQM.js";
import {
  clientFromToken
} from "./chunk-VL3VX4V6.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";

// src/deploy/deploy-error.ts
var DeployError = class extends Error {
  name = "DeployError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
  /**
   * A ref that is malformed or does not exist is the caller's mistake, like an unknown option:
   * faces answer it as bad input (the CLI exits 2), not as a refused release (exit 1).
   */
  get usage() {
    return this.code === "bad_ref" || this.code === "unknown_ref";
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

// src/deploy/select-rollback-target.ts
function selectRollbackTarget(history, current) {
  const rolledAway = new Set(history.flatMap((d) => d.rolledBackFrom !== void 0 ? [d.rolledBackFrom] : []));
  const currentIndex = current.id === void 0 ? -1 : history.findIndex((d) => d.id === current.id);
  return history.slice(currentIndex + 1).find((d) => d.succeeded && d.sha !== current.sha && !rolledAway.has(d.id));
}
function selectCurrentDeployment(history) {
  return history.find((d) => d.succeeded);
}

// src/deploy/hold-deploy-lock.ts
var MAX_BEAT_MS = 5 * 6e4;
function holdDeployLock(hold) {
  let info = hold.info;
  let busy = false;
  const lost = new AbortController();
  const loseWith = async (why) => {
    if (!lost.signal.aborted) {
      const holder = await hold.lock.read(info.environment).catch(() => void 0);
      const now = holder && holder.runId !== info.runId ? `; ${describeHolder(holder)}` : "";
      lost.abort(
        new DeployError(
          "lock_lost",
          `lost the lock on environment ${info.environment} ${why}${now}: stopped before changing anything more`
        )
      );
      hold.log.warn({ environment: info.environment, runId: info.runId }, "deploy lock lost");
    }
    throw lost.signal.reason;
  };
  const renew = async () => {
    if (busy || lost.signal.aborted) return;
    busy = true;
    try {
      const next = { ...info, expiresAt: new Date(hold.now().getTime() + hold.ttlMs).toISOString() };
      if (await hold.lock.renew(next)) info = next;
      else await loseWith("(it expired or another run took it)");
    } catch (error) {
      if (error instanceof DeployError) return;
      if (isLockExpired(info, hold.now())) await loseWith("(its lease ran out while renewals failed)").catch(() => {
      });
      else hold.log.warn({ err: String(error), environment: info.environment }, "could not renew the deploy lock");
    } finally {
      busy = false;
    }
  };
  const beat = setInterval(() => void renew(), Math.max(500, Math.min(MAX_BEAT_MS, Math.floor(hold.ttlMs / 3))));
  return {
    get info() {
      return info;
    },
    signal: lost.signal,
    async verify(before) {
      if (lost.signal.aborted) throw lost.signal.reason;
      const current = await hold.lock.read(info.environment);
      if (!current || current.runId !== info.runId || isLockExpired(current, hold.now()))
        await loseWith(`before ${before}`);
    },
    stop: () => clearInterval(beat)
  };
}

// src/deploy/run-preflight.ts
async function runPreflight(check) {
  const missing = check.env.secrets.filter((name) => !check.ctx.env[name]);
  if (missing.length > 0)
    throw new DeployError(
      "missing_secret",
      `environment ${check.envName} needs the secrets ${missing.join(", ")}; set them in the runner's environment (values are never printed)`
    );
  const secrets = {};
  for (const name of check.env.secrets) {
    const value = check.ctx.env[name];
    check.ctx.redact.addValue(value);
    secrets[name] = value;
  }
  const p = check.env.preflight;
  const r = await check.target.run({
    script: 'df -Pk -- "$ODA_DISK_PATH"',
    env: { ODA_DISK_PATH: p.diskPath },
    timeoutMs: 3e4
  });
  if (r.exitCode !== 0) {
    const text = (r.stderr || r.stdout).trim();
    const why = explainSshFailure(text) ?? (text.split("\n").slice(-3).join(" ").slice(-300) || `exit ${r.exitCode}`);
    throw new DeployError("preflight_failed", `target ${check.target.label} is not usable: ${why}`);
  }
  if (p.minFreeDiskMb > 0) {
    const availableKb = Number(r.stdout.trim().split("\n").at(-1)?.split(/\s+/)[3]);
    const freeMb = Math.floor(availableKb / 1024);
    if (!Number.isFinite(freeMb))
      throw new DeployError("preflight_failed", `cannot read free space of ${p.diskPath} on ${check.target.label}`);
    if (freeMb < p.minFreeDiskMb)
      throw new DeployError(
        "preflight_failed",
        `only ${freeMb} MiB free on ${p.diskPath} (${check.target.label}); preflight.minFreeDiskMb is ${p.minFreeDiskMb}`
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
async function runSteps(release) {
  const steps = [];
  for (const step of release.env.steps) {
    await release.guard?.(`${release.label} ${step.name}`);
    const timeoutS = resolveStepTimeout(step.timeoutS, release.ctx.env.TIMEOUT);
    let failure;
    try {
      await release.ctx.step(`${release.label}: ${step.name}`, async (h) => {
        const r = await release.target.run({
          script: step.run,
          env: release.stepEnv,
          timeoutMs: timeoutS * 1e3,
          ...release.signal ? { signal: release.signal } : {},
          onLine: (line, stream) => release.ctx.log.info({ step: step.name, stream }, line)
        });
        const tail = (r.stdout + r.stderr).trimEnd().split("\n").slice(-TAIL_LINES).join("\n");
        steps.push({
          name: step.name,
          sha: release.sha,
          exitCode: r.exitCode ?? null,
          durationMs: r.durationMs,
          timedOut: r.timedOut,
          timeoutS,
          outputTail: release.ctx.redact.redact(tail)
        });
        if (tail) h.note(tail);
        if (r.timedOut) throw new Error(`step ${step.name} timed out after ${timeoutS}s`);
        if (r.cancelled) throw new Error(`step ${step.name} was cancelled`);
        if (r.exitCode !== 0) throw new Error(`step ${step.name} exited with ${r.exitCode ?? "a signal"}`);
      });
    } catch (error) {
      failure = release.ctx.redact.redact(error.message);
    }
    if (failure) return { steps, failure };
  }
  return { steps };
}

// src/deploy/close-abandoned.ts
async function closeAbandoned(o) {
  const { ctx, expired } = o;
  const reason = `abandoned: run ${expired.runId} stopped without finishing (its lock on ${expired.environment} expired at ${expired.expiresAt}); run ${ctx.runId} took the lock over`;
  const closed = [];
  try {
    for (const d of await o.deployments.history(expired.environment, 30)) {
      if (d.runId !== expired.runId || d.ended !== false) continue;
      await o.deployments.setStatus(d.id, {
        state: "error",
        logUrl: expired.runUrl,
        // GitHub caps a status description at 140 characters.
        description: `abandoned: the run stopped without finishing (lock expired)`
      });
      closed.push(d.id);
    }
  } catch (error) {
    ctx.log.warn({ err: String(error), runId: expired.runId }, "could not mark the abandoned deployments");
  }
  const run = await ctx.ports.runs?.markAbandoned(expired.runId, reason).catch(() => false) ?? false;
  ctx.log.warn({ runId: expired.runId, deployments: closed, run }, reason);
  return { deployments: closed, run };
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
      const attempt = await q.lock.acquire(info);
      if (!attempt.acquired) throw new DeployError("locked", describeHolder(attempt.holder));
      if (attempt.replacedExpired) {
        h.note(`replaced an expired lock held by ${attempt.replacedExpired.runUrl}`);
        const closed = await closeAbandoned({ ctx, deployments: q.deployments, expired: attempt.replacedExpired });
        h.note(
          `closed what that run left: ${closed.deployments.length} deployment(s) set to error, its run ${closed.run ? "marked failed" : "not in this store"}`
        );
      }
      return attempt.info;
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
function refusalReport(ctx, o, error) {
  if (!(error instanceof DeployError) && error.name !== "TargetError") throw error;
  if (error instanceof DeployError && error.usage) throw error;
  return renderReleaseReport(refusedRecord(ctx, { ...o, failure: error.message }));
}

// src/deploy/github/select-release-ports.ts
import { join as join2 } from "node:path";

// src/deploy/local/file-deploy-lock.ts
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
var TORN_AFTER_MS = 6e4;
var TAKEOVER_TTL_MS = 6e4;
function createFileDeployLock(files) {
  const path = (env, kind) => join(files.dir, kind === "lock" ? `${env}.json` : `${env}.takeover`);
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
    if (l !== "unreadable") return isLockExpired(l, files.now());
    const mtime = await stat(p).then(
      (s) => s.mtimeMs,
      () => 0
    );
    return files.now().getTime() - mtime >= TORN_AFTER_MS;
  };
  const unknownHolder = (env) => ({
    environment: env,
    owner: "unknown",
    runId: "unknown",
    runUrl: path(env, "lock"),
    reason: "lock file being written or damaged",
    createdAt: "",
    expiresAt: ""
  });
  const asHolder = (env, l) => typeof l === "object" ? l : unknownHolder(env);
  return {
    async read(env) {
      const l = await load(path(env, "lock"));
      return l === "missing" ? void 0 : asHolder(env, l);
    },
    async acquire(info) {
      const env = info.environment;
      const lock = path(env, "lock");
      const takeover = path(env, "takeover");
      await mkdir(files.dir, { recursive: true });
      if (await create(lock, info)) return { acquired: true, info };
      const seen = await load(lock);
      if (!await dead(lock, seen)) return { acquired: false, holder: asHolder(env, seen) };
      const marker = {
        ...info,
        reason: `taking over ${env}`,
        expiresAt: new Date(files.now().getTime() + TAKEOVER_TTL_MS).toISOString()
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
      if (typeof held !== "object" || held.runId !== info.runId || isLockExpired(held, files.now())) return false;
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
    runId: external_exports.string().optional(),
    environment: external_exports.string(),
    statuses: external_exports.array(external_exports.object({ state: external_exports.string(), description: external_exports.string(), at: external_exports.string() }))
  })
);
function createFileDeploymentLog(files) {
  const load = async () => {
    try {
      const text = await readFile2(files.file, "utf8").catch(() => "[]");
      return storedSchema.parse(JSON.parse(text));
    } catch (error) {
      throw new Error(`${files.file} is not a valid oda deployment history; fix or remove it`, { cause: error });
    }
  };
  const save = async (all) => {
    await mkdir2(dirname(files.file), { recursive: true });
    await writeFile2(files.file, JSON.stringify(all, null, 2));
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
        createdAt: files.now().toISOString(),
        succeeded: false,
        rolledBackFrom,
        ...typeof d.payload.runId === "string" ? { runId: d.payload.runId } : {},
        statuses: []
      });
      await save(all);
      return id;
    },
    async setStatus(id, s) {
      const all = await load();
      const d = all.find((x) => x.id === id);
      if (!d) throw new Error(`deployment ${id} not found in ${files.file}`);
      d.statuses.push({ state: s.state, description: s.description, at: files.now().toISOString() });
      if (s.state === "success") d.succeeded = true;
      await save(all);
    },
    async history(environment, limit = 30) {
      const all = await load();
      return all.filter((d) => d.environment === environment).reverse().slice(0, limit).map(({ id, sha, ref, createdAt, succeeded, rolledBackFrom, runId, statuses }) => ({
        id,
        sha,
        ref,
        createdAt,
        succeeded,
        rolledBackFrom,
        ...runId !== void 0 ? { runId } : {},
        ended: statuses.some((s) => s.state === "success" || s.state === "failure" || s.state === "error")
      }));
    }
  };
}

// src/deploy/local/git-ref-resolver.ts
function createGitRefResolver(checkout) {
  const git = (...args) => checkout.exec("git", ["-C", checkout.cwd, ...args], { timeoutMs: 3e4 });
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
function createGitHubDeploymentLog(github) {
  const repo = { owner: github.owner, repo: github.repo };
  return {
    async create(d) {
      const res = await github.octokit.request("POST /repos/{owner}/{repo}/deployments", {
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
      await github.octokit.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        ...repo,
        deployment_id: id,
        state: s.state,
        description: s.description.slice(0, MAX_DESCRIPTION),
        ...s.environmentUrl ? { environment_url: s.environmentUrl } : {},
        ...s.logUrl ? { log_url: s.logUrl } : {}
      });
    },
    async history(environment, limit = 30) {
      const res = await github.octokit.request("GET /repos/{owner}/{repo}/deployments", {
        ...repo,
        environment,
        per_page: Math.min(limit, 100)
      });
      const list = external_exports.array(deploymentSchema).parse(res.data).filter((d) => isOdaPayload(typeof d.payload === "string" ? safeJson(d.payload) : d.payload));
      return Promise.all(
        list.map(async (d) => {
          const statuses = external_exports.array(statusSchema).parse(
            (await github.octokit.request("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
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
            rolledBackFrom: from,
            ...payload !== null && typeof payload === "object" && "runId" in payload && typeof payload.runId === "string" ? { runId: payload.runId } : {},
            ended: statuses.some((s) => FINAL_STATES.has(s.state))
          };
        })
      );
    }
  };
}
var FINAL_STATES = /* @__PURE__ */ new Set(["success", "failure", "error"]);
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
function createGitHubRefResolver(github) {
  const repo = { owner: github.owner, repo: github.repo };
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
      github.octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repo, ref: full.replace(/^refs\//, "") })
    );
    return res && !Array.isArray(res.data) ? refSchema.parse(res.data) : void 0;
  };
  const commit = async (ref) => {
    const res = await orUndefined(github.octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...repo, ref }));
    return res ? commitSchema.parse(res.data) : void 0;
  };
  let defaultBranchCache;
  const defaultBranch = async () => {
    defaultBranchCache ??= external_exports.object({ default_branch: external_exports.string() }).parse((await github.octokit.request("GET /repos/{owner}/{repo}", repo)).data).default_branch;
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
        github.octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
          ...repo,
          basehead: `${sha}...${branch}`
        })
      );
      if (!res) return false;
      const status = external_exports.object({ status: external_exports.string() }).parse(res.data).status;
      return status === "ahead" || status === "identical";
    }
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

export {
  DeployError,
  validateRefName,
  configDigest,
  selectRollbackTarget,
  selectCurrentDeployment,
  runRelease,
  renderReleaseReport,
  refusalReport,
  selectReleasePorts
};
