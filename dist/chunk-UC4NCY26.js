import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  schemaFields
} from "./chunk-OC5FE67W.js";
import {
  checkFromRunName,
  checkRunName
} from "./chunk-GXEBDXYZ.js";
import {
  loadSqlite,
  openStore
} from "./chunk-PFPUPQDA.js";
import {
  defaultDataDir
} from "./chunk-SIJH5WKV.js";
import {
  isTerminal
} from "./chunk-7DBNCOUC.js";
import {
  getActorPermission
} from "./chunk-OEKSQ5ZW.js";
import {
  eachCheck,
  enabledChecks
} from "./chunk-MUABRNOO.js";
import {
  createLogger,
  newRunId,
  permits,
  requiredPermission,
  runOp
} from "./chunk-NGDJFKZU.js";
import {
  InputError
} from "./chunk-ADIGWMAD.js";
import {
  Redactor,
  builtinRedactionPatterns,
  configRedactor,
  githubConfigSource,
  loadFaceConfig
} from "./chunk-SQSYLVYG.js";
import {
  ConfigError
} from "./chunk-NEK22LCI.js";
import {
  allOps,
  deployInputSchema,
  redactionSources
} from "./chunk-RGNHKACQ.js";
import {
  defineOp
} from "./chunk-INJCVSTR.js";
import {
  Probot,
  ProbotOctokit,
  createNodeMiddleware
} from "./chunk-WUGLCLR5.js";
import {
  createGitHubDeployLock,
  isLockExpired
} from "./chunk-QTNHXZD3.js";
import {
  esm_default
} from "./chunk-H4D52SFG.js";
import {
  statusOf
} from "./chunk-F2GYBYQM.js";
import {
  SandboxConfigError,
  readableBy,
  runCommand,
  sandboxFromEnv
} from "./chunk-NSCG2XAA.js";
import {
  didYouMean
} from "./chunk-HFEUIW6P.js";
import {
  resolveInsideAsync
} from "./chunk-SWTBR4TC.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";

// app/server.ts
import { chmodSync, mkdirSync as mkdirSync7, mkdtempSync, readFileSync, rmSync as rmSync4 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join8 } from "node:path";
import { createServer } from "node:http";

// src/github/oda-octokit.ts
function odaOctokit(o = {}) {
  const secondary = o.secondaryRetries ?? 10;
  const primary = o.primaryRetries ?? 3;
  const onSecondaryRateLimit = (retryAfter, options, octokit, retryCount) => {
    octokit.log.warn(
      `secondary rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`
    );
    return retryCount < secondary;
  };
  const onRateLimit = (retryAfter, options, octokit, retryCount) => {
    octokit.log.warn(
      `rate limit exhausted on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`
    );
    return retryCount < primary;
  };
  return ProbotOctokit.defaults((instance) => {
    const given = typeof instance["throttle"] === "object" && instance["throttle"] !== null ? instance["throttle"] : {};
    const retry = typeof instance["retry"] === "object" && instance["retry"] !== null ? instance["retry"] : {};
    const base = o.retryBaseMs === void 0 ? {} : { retryAfterBaseValue: o.retryBaseMs };
    return {
      ...instance,
      throttle: {
        ...given,
        onSecondaryRateLimit,
        onRateLimit,
        ...base,
        ...o.throttle === false ? { enabled: false } : {}
      },
      ...o.retryBaseMs === void 0 ? {} : { retry: { ...retry, ...base } }
    };
  });
}

// src/queue/open-job-queue.ts
import { join } from "node:path";

// src/queue/pg-job-queue.ts
import { randomUUID } from "node:crypto";

// src/queue/lease-lost-error.ts
var LeaseLostError = class extends Error {
  name = "LeaseLostError";
  jobId;
  fence;
  constructor(lease, refused) {
    super(
      `job ${lease.jobId}: lease ${lease.fence} is no longer held (the job was claimed again, or the lease ran out); ${refused} refused`
    );
    this.jobId = lease.jobId;
    this.fence = lease.fence;
  }
};

// src/queue/row-to-job.ts
var jobStates = ["queued", "running", "done", "failed"];
function rowToJob(row) {
  const state = jobStates.find((s) => s === row["state"]);
  if (!state) throw new Error(`job ${String(row["id"])} has an unknown state "${String(row["state"])}"`);
  const progress = row["progress"];
  return {
    id: String(row["id"]),
    kind: String(row["kind"]),
    key: String(row["key"]),
    payload: JSON.parse(String(row["payload"])),
    attempts: Number(row["attempts"]),
    progress: typeof progress === "string" ? JSON.parse(progress) : void 0,
    state,
    // Present when the row comes from a claim (joined with oda_job_fences).
    fence: row["fence"] === void 0 || row["fence"] === null ? 0 : Number(row["fence"]),
    ...typeof row["last_error"] === "string" ? { lastError: row["last_error"] } : {}
  };
}

// src/queue/pg-job-queue.ts
var SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
var PgJobQueue = class {
  kind = "postgres";
  #pool;
  #listeners = /* @__PURE__ */ new Set();
  #now;
  #ready;
  constructor(options) {
    if (options.schema !== void 0 && !SCHEMA_NAME.test(options.schema))
      throw new Error(
        `queue schema ${JSON.stringify(options.schema)} is not a plain lower-case identifier (a-z, 0-9, _)`
      );
    this.#pool = new esm_default.Pool({
      connectionString: options.connectionString,
      max: 5,
      ...options.schema ? { options: `-c search_path=${options.schema}` } : {}
    });
    this.#pool.on("error", () => void 0);
    this.#now = options.now ?? Date.now;
  }
  /** Creates the tables once per process; concurrent replicas are safe (IF NOT EXISTS under an advisory lock). */
  #migrate() {
    this.#ready ??= (async () => {
      const c = await this.#pool.connect();
      try {
        await c.query("SELECT pg_advisory_lock(727274)");
        await c.query(`CREATE TABLE IF NOT EXISTS oda_jobs (
          seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL,
          state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, progress TEXT, last_error TEXT, worker TEXT,
          run_after BIGINT NOT NULL, lease_until BIGINT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`);
        await c.query("CREATE INDEX IF NOT EXISTS oda_jobs_due ON oda_jobs (state, run_after)");
        await c.query(`CREATE TABLE IF NOT EXISTS oda_job_fences (
          job_id TEXT PRIMARY KEY, fence BIGINT NOT NULL, holder TEXT NOT NULL, lease_until BIGINT NOT NULL)`);
      } finally {
        await c.query("SELECT pg_advisory_unlock(727274)").catch(() => void 0);
        c.release();
      }
    })();
    return this.#ready;
  }
  async #q(sql, params) {
    await this.#migrate();
    return (await this.#pool.query(sql, params)).rows;
  }
  async enqueue(options) {
    const now = this.#now();
    const rows = await this.#q(
      `INSERT INTO oda_jobs (id, kind, key, payload, state, run_after, created_at, updated_at) VALUES ($1, $2, $3, $4, 'queued', $5, $6, $6)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        options.kind,
        options.key,
        JSON.stringify(options.payload),
        options.runAfter?.getTime() ?? now,
        now
      ]
    );
    if (rows[0]) {
      for (const l of this.#listeners) l();
      return { id: String(rows[0]["id"]), created: true };
    }
    const existing = await this.#q("SELECT id FROM oda_jobs WHERE key = $1", [options.key]);
    return { id: String(existing[0]?.["id"]), created: false };
  }
  async claim(options) {
    if (options.kinds.length === 0) return void 0;
    const now = this.#now();
    const rows = await this.#q(
      `WITH claimed AS (
         UPDATE oda_jobs SET state = 'running', attempts = attempts + 1, worker = $1, lease_until = $2, updated_at = $3
         WHERE seq = (
           SELECT seq FROM oda_jobs
           WHERE kind = ANY($4) AND ((state = 'queued' AND run_after <= $3) OR (state = 'running' AND lease_until < $3))
           ORDER BY run_after, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING *),
       fenced AS (
         INSERT INTO oda_job_fences (job_id, fence, holder, lease_until) SELECT id, 1, $1, $2 FROM claimed
         ON CONFLICT (job_id) DO UPDATE SET fence = oda_job_fences.fence + 1, holder = excluded.holder, lease_until = excluded.lease_until
         RETURNING job_id, fence)
       SELECT claimed.*, fenced.fence FROM claimed JOIN fenced ON fenced.job_id = claimed.id`,
      [options.worker, now + options.leaseMs, now, [...options.kinds]]
    );
    return rows[0] ? rowToJob(rows[0]) : void 0;
  }
  async renewLease(lease, leaseMs) {
    const until = this.#now() + leaseMs;
    return this.#fencedUpdate(lease, { set: "lease_until = $5", values: [until], fenceUntil: until });
  }
  async saveProgress(lease, progress) {
    const held = await this.#fencedUpdate(lease, {
      set: "progress = $5, updated_at = $6",
      values: [JSON.stringify(progress), this.#now()]
    });
    if (!held) throw new LeaseLostError(lease, "saving progress");
  }
  async complete(lease) {
    await this.#setState(lease, "done", null, null);
  }
  async retry(lease, options) {
    await this.#setState(lease, "queued", options.error, this.#now() + options.delayMs);
  }
  async fail(lease, error) {
    await this.#setState(lease, "failed", error, null);
  }
  async get(id) {
    const rows = await this.#q("SELECT * FROM oda_jobs WHERE id = $1", [id]);
    return rows[0] ? rowToJob(rows[0]) : void 0;
  }
  async counts() {
    const out = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const row of await this.#q("SELECT state, COUNT(*) AS n FROM oda_jobs GROUP BY state", [])) {
      const state = jobStates.find((s) => s === row["state"]);
      if (state) out[state] = Number(row["n"]);
    }
    return out;
  }
  onEnqueue(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  async close() {
    this.#listeners.clear();
    await this.#pool.end();
  }
  /**
   * Applies `set` to the job row if `lease` is still the job's current, unexpired claim of a
   * running job, and moves the fence's lease to `fenceUntil` (kept when undefined). One
   * statement, so a worker that stalls midway holds no lock: the job row is locked first, as
   * a claim locks it, then the fence row is updated only if its fence still matches (a claim
   * that committed meanwhile is seen, and the write refused). False when the lease was lost.
   */
  async #fencedUpdate(lease, change) {
    const rows = await this.#q(
      `WITH job AS (SELECT id FROM oda_jobs WHERE id = $1 AND state = 'running' FOR UPDATE),
       held AS (
         UPDATE oda_job_fences f SET lease_until = COALESCE($4::bigint, f.lease_until) FROM job
         WHERE f.job_id = job.id AND f.fence = $2 AND f.lease_until >= $3 RETURNING f.job_id)
       UPDATE oda_jobs j SET ${change.set} FROM held WHERE j.id = held.job_id RETURNING j.id`,
      [lease.jobId, lease.fence, this.#now(), change.fenceUntil ?? null, ...change.values]
    );
    return rows.length === 1;
  }
  async #setState(lease, state, error, runAfter) {
    const held = await this.#fencedUpdate(lease, {
      set: "state = $5, last_error = COALESCE($6, last_error), run_after = COALESCE($7::bigint, run_after), lease_until = NULL, worker = NULL, updated_at = $8",
      values: [state, error, runAfter, this.#now()],
      fenceUntil: 0
    });
    if (!held) throw new LeaseLostError(lease, `moving the job to ${state}`);
  }
};

// src/queue/sqlite-job-queue.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
var schema = `
CREATE TABLE IF NOT EXISTS oda_jobs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  progress TEXT,
  last_error TEXT,
  worker TEXT,
  run_after INTEGER NOT NULL,
  lease_until INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS oda_jobs_due ON oda_jobs (state, run_after);
CREATE TABLE IF NOT EXISTS oda_job_fences (
  job_id TEXT PRIMARY KEY,
  fence INTEGER NOT NULL,
  holder TEXT NOT NULL,
  lease_until INTEGER NOT NULL
);
`;
var SqliteJobQueue = class {
  kind = "sqlite";
  #db;
  #listeners = /* @__PURE__ */ new Set();
  #now;
  /** `file` is a path or `:memory:`. */
  constructor(file, options = {}) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.#db = new (loadSqlite()).DatabaseSync(file);
    this.#db.exec("PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;");
    this.#db.exec(schema);
    this.#now = options.now ?? Date.now;
  }
  async enqueue(options) {
    const now = this.#now();
    const id = randomUUID2();
    const res = this.#db.prepare(
      "INSERT INTO oda_jobs (id, kind, key, payload, state, run_after, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?) ON CONFLICT(key) DO NOTHING"
    ).run(id, options.kind, options.key, JSON.stringify(options.payload), options.runAfter?.getTime() ?? now, now, now);
    if (Number(res.changes) === 0) {
      const existing = this.#db.prepare("SELECT id FROM oda_jobs WHERE key = ?").get(options.key);
      return { id: String(existing?.["id"]), created: false };
    }
    for (const l of this.#listeners) l();
    return { id, created: true };
  }
  async claim(options) {
    if (options.kinds.length === 0) return void 0;
    const now = this.#now();
    const until = now + options.leaseMs;
    const marks = options.kinds.map(() => "?").join(", ");
    return this.#transaction(() => {
      const row = this.#db.prepare(
        `UPDATE oda_jobs SET state = 'running', attempts = attempts + 1, worker = ?, lease_until = ?, updated_at = ?
          WHERE seq = (
            SELECT seq FROM oda_jobs
            WHERE kind IN (${marks}) AND ((state = 'queued' AND run_after <= ?) OR (state = 'running' AND lease_until < ?))
            ORDER BY run_after, seq LIMIT 1
          )
          RETURNING *`
      ).get(options.worker, until, now, ...options.kinds, now, now);
      if (!row) return void 0;
      const fenced = this.#db.prepare(
        `INSERT INTO oda_job_fences (job_id, fence, holder, lease_until) VALUES (?, 1, ?, ?)
          ON CONFLICT (job_id) DO UPDATE SET fence = oda_job_fences.fence + 1, holder = excluded.holder, lease_until = excluded.lease_until
          RETURNING fence`
      ).get(String(row["id"]), options.worker, until);
      return rowToJob({ ...row, fence: fenced?.["fence"] });
    });
  }
  async renewLease(lease, leaseMs) {
    const until = this.#now() + leaseMs;
    return this.#transaction(() => {
      if (!this.#holds(lease)) return false;
      this.#db.prepare("UPDATE oda_job_fences SET lease_until = ? WHERE job_id = ?").run(until, lease.jobId);
      this.#db.prepare("UPDATE oda_jobs SET lease_until = ? WHERE id = ?").run(until, lease.jobId);
      return true;
    });
  }
  async saveProgress(lease, progress) {
    this.#fenced(lease, "saving progress", () => {
      this.#db.prepare("UPDATE oda_jobs SET progress = ?, updated_at = ? WHERE id = ?").run(JSON.stringify(progress), this.#now(), lease.jobId);
    });
  }
  async complete(lease) {
    this.#setState(lease, "done", null, null);
  }
  async retry(lease, options) {
    this.#setState(lease, "queued", options.error, this.#now() + options.delayMs);
  }
  async fail(lease, error) {
    this.#setState(lease, "failed", error, null);
  }
  async get(id) {
    const row = this.#db.prepare("SELECT * FROM oda_jobs WHERE id = ?").get(id);
    return row ? rowToJob(row) : void 0;
  }
  async counts() {
    const out = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const row of this.#db.prepare("SELECT state, COUNT(*) AS n FROM oda_jobs GROUP BY state").all()) {
      const state = jobStates.find((s) => s === row["state"]);
      if (state) out[state] = Number(row["n"]);
    }
    return out;
  }
  onEnqueue(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  async close() {
    this.#listeners.clear();
    if (this.#db.isOpen) this.#db.close();
  }
  /** Whether `lease` is the job's current, unexpired claim on a running job. */
  #holds(lease) {
    const row = this.#db.prepare(
      `SELECT 1 AS ok FROM oda_job_fences f JOIN oda_jobs j ON j.id = f.job_id
        WHERE f.job_id = ? AND f.fence = ? AND f.lease_until >= ? AND j.state = 'running'`
    ).get(lease.jobId, lease.fence, this.#now());
    return row !== void 0;
  }
  /** Runs `change` only while `lease` holds, in one immediate transaction; LeaseLostError otherwise. */
  #fenced(lease, what, change) {
    const held = this.#transaction(() => {
      if (!this.#holds(lease)) return false;
      change();
      return true;
    });
    if (!held) throw new LeaseLostError(lease, what);
  }
  #setState(lease, state, error, runAfter) {
    this.#fenced(lease, `moving the job to ${state}`, () => {
      this.#db.prepare(
        "UPDATE oda_jobs SET state = ?, last_error = COALESCE(?, last_error), run_after = COALESCE(?, run_after), lease_until = NULL, worker = NULL, updated_at = ? WHERE id = ?"
      ).run(state, error, runAfter, this.#now(), lease.jobId);
      this.#db.prepare("UPDATE oda_job_fences SET lease_until = 0 WHERE job_id = ?").run(lease.jobId);
    });
  }
  // BEGIN IMMEDIATE takes the write lock at once, so the check and the change see the same row.
  #transaction(work) {
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      const out = work();
      this.#db.exec("COMMIT");
      return out;
    } catch (error) {
      this.#db.exec("ROLLBACK");
      throw error;
    }
  }
};

// src/queue/open-job-queue.ts
function openJobQueue(where) {
  return where.databaseUrl ? new PgJobQueue({ connectionString: where.databaseUrl, ...where.schema ? { schema: where.schema } : {} }) : new SqliteJobQueue(join(where.dataDir, "queue.sqlite"));
}

// src/queue/start-worker.ts
import { randomUUID as randomUUID3 } from "node:crypto";
function startWorker(options) {
  const name = `worker-${randomUUID3()}`;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 6e4;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoff = options.backoffMs ?? ((n) => Math.min(6e4, 1e3 * 2 ** (n - 1)));
  const queue = options.queue;
  const stopper = new AbortController();
  const running = /* @__PURE__ */ new Set();
  let idleWaiters = [];
  let pumping = false;
  let again = false;
  const pump = async () => {
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        while (!stopper.signal.aborted && running.size < concurrency) {
          const job = await queue.claim({ kinds: options.kinds, worker: name, leaseMs });
          if (!job) break;
          const p = runJob(job).finally(() => {
            running.delete(p);
            void pump();
          });
          running.add(p);
        }
      } while (again && !stopper.signal.aborted);
    } finally {
      pumping = false;
    }
    if (running.size === 0) await settleIdle();
  };
  const settleIdle = async () => {
    if (idleWaiters.length === 0) return;
    const counts = await queue.counts();
    if (running.size > 0 || counts.running > 0 || counts.queued > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };
  const runJob = async (job) => {
    const held = holdLease(job);
    try {
      await options.handle(job, {
        signal: AbortSignal.any([stopper.signal, held.lost]),
        saveProgress: (progress) => held.fenced(queue.saveProgress(held.lease, progress)),
        assertLease: held.assert
      });
      await held.fenced(queue.complete(held.lease));
    } catch (error) {
      if (held.lost.aborted || error instanceof LeaseLostError) return held.markLost(error);
      const message = error instanceof Error ? error.message : String(error);
      const willRetry = job.attempts < maxAttempts && !stopper.signal.aborted;
      options.onError?.(job, error, willRetry);
      try {
        if (willRetry) await queue.retry(held.lease, { error: message, delayMs: backoff(job.attempts) });
        else if (!stopper.signal.aborted) await queue.fail(held.lease, message);
        else await queue.retry(held.lease, { error: message, delayMs: 0 });
      } catch (stateError) {
        if (!(stateError instanceof LeaseLostError)) throw stateError;
        held.markLost(stateError);
      }
    } finally {
      held.release();
    }
  };
  const holdLease = (job) => {
    const lease = { jobId: job.id, fence: job.fence };
    const lostController = new AbortController();
    let validUntil = Date.now() + leaseMs;
    const markLost = (error) => {
      if (lostController.signal.aborted) return;
      const reason = error instanceof LeaseLostError ? error : new LeaseLostError(lease, "further work");
      lostController.abort(reason);
      options.onLeaseLost?.(job, reason);
    };
    const renew = async () => {
      const asked = Date.now();
      if (asked > validUntil) return false;
      if (!await queue.renewLease(lease, leaseMs)) return false;
      validUntil = asked + leaseMs;
      return true;
    };
    const beat = setInterval(
      () => {
        if (lostController.signal.aborted) return;
        renew().then(
          (ok) => ok ? void 0 : markLost(),
          () => Date.now() > validUntil ? markLost() : void 0
        );
      },
      Math.max(20, Math.floor(leaseMs / 3))
    );
    return {
      lease,
      lost: lostController.signal,
      markLost,
      async assert() {
        if (!lostController.signal.aborted && !await renew()) markLost();
        if (lostController.signal.aborted) throw lostController.signal.reason;
      },
      /** Awaits a fenced queue write; a refusal marks the lease lost. */
      async fenced(write) {
        try {
          await write;
        } catch (error) {
          if (error instanceof LeaseLostError) markLost(error);
          throw error;
        }
      },
      release: () => clearInterval(beat)
    };
  };
  const off = queue.onEnqueue(() => void pump());
  const timer = setInterval(() => void pump(), options.pollMs ?? 500);
  void pump();
  return {
    idle: () => new Promise((resolve2) => {
      idleWaiters.push(resolve2);
      void pump();
    }),
    async stop() {
      stopper.abort(new Error("worker stopping"));
      off();
      clearInterval(timer);
      await Promise.allSettled([...running]);
    }
  };
}

// app/ack-timer.ts
var AckTimer = class {
  #ring = [];
  #size;
  #count = 0;
  constructor(size = 1e3) {
    this.#size = size;
  }
  record(ms) {
    this.#ring[this.#count % this.#size] = { seq: this.#count, ms };
    this.#count++;
  }
  /**
   * Count since start, and p50/p99/max in milliseconds over the kept deliveries numbered
   * `since` and later (a caller reads `count` before a burst and passes it after).
   */
  summary(since = 0) {
    const s = this.#ring.filter((e) => e.seq >= since).map((e) => e.ms).sort((a, b) => a - b);
    const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
    return { count: this.#count, p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? 0 };
  }
};

// app/check-job.ts
var CHECK_JOB = "pr-checks";
var checkJobSchema = external_exports.object({
  installationId: external_exports.number().int(),
  owner: external_exports.string(),
  repo: external_exports.string(),
  headSha: external_exports.string().regex(/^[0-9a-f]{40}$/i),
  headBranch: external_exports.string().optional(),
  /** The PR whose changed files narrow PR-aware checks; absent for a push without a PR. */
  pullNumber: external_exports.number().int().optional(),
  baseSha: external_exports.string().optional(),
  /** Present for a rerun someone asked for: these checks, or every enabled check when empty. */
  checks: external_exports.array(external_exports.string()).optional(),
  /** `pull_request.opened`, `check_run.rerequested`... for logs and the run record. */
  reason: external_exports.string(),
  actor: external_exports.string(),
  /**
   * Someone clicked "Approve and run" on this commit's check: run its repository code once if
   * they have the permission (checked by the worker, recorded as a PDR).
   */
  approval: external_exports.object({ by: external_exports.string() }).optional(),
  deliveryId: external_exports.string()
});
function checkJobKey(job) {
  if (job.checks) return `rerun:${job.deliveryId}`;
  const scope = job.pullNumber !== void 0 ? `pull/${job.pullNumber}` : "tree";
  return `checks:${job.owner}/${job.repo}@${job.headSha.toLowerCase()}:${scope}`;
}

// src/github/check-run-limits.ts
var checkRunLimits = {
  /** Annotations accepted per create/update request; more are appended by further updates. */
  annotationsPerRequest: 50,
  /** Characters in `output.summary` and `output.text`. */
  outputChars: 65535,
  /** Characters in an annotation title. */
  annotationTitleChars: 255,
  /** Bytes in an annotation message and raw_details. */
  annotationMessageBytes: 64 * 1024,
  /** Buttons (`actions`) on one check run, and their field lengths. */
  actions: 3,
  actionLabelChars: 20,
  actionDescriptionChars: 40,
  actionIdentifierChars: 20
};

// src/github/check-run-actions.ts
var RERUN_ACTION = "rerun";
var APPROVE_ACTION = "approve-run";
function defaultCheckRunActions() {
  return [{ label: "Re-run", description: "Run this oda check again", identifier: RERUN_ACTION }];
}
function approvalCheckRunActions() {
  return [{ label: "Approve and run", description: "Run this commit's code once", identifier: APPROVE_ACTION }];
}
var CheckRunActionError = class extends Error {
  name = "CheckRunActionError";
  field;
  constructor(field, message) {
    super(`check run action ${field}: ${message}`);
    this.field = field;
  }
};
function validateCheckRunActions(actions) {
  if (actions.length > checkRunLimits.actions) {
    throw new CheckRunActionError(
      "actions",
      `${actions.length} buttons given, GitHub accepts at most ${checkRunLimits.actions}`
    );
  }
  actions.forEach((a, i) => {
    const check = (field, max) => {
      const v = a[field];
      if (v.length === 0 || v.length > max)
        throw new CheckRunActionError(`[${i}].${field}`, `"${v}" has ${v.length} characters, expected 1 to ${max}`);
    };
    check("label", checkRunLimits.actionLabelChars);
    check("description", checkRunLimits.actionDescriptionChars);
    check("identifier", checkRunLimits.actionIdentifierChars);
  });
}

// app/handlers/job-from-event.ts
function jobFromEvent(e) {
  const p = obj(e.payload);
  const action = str(p["action"]);
  const installationId = num(obj(p["installation"])["id"]);
  const repository = obj(p["repository"]);
  const owner = str(obj(repository["owner"])["login"]);
  const repo = str(repository["name"]);
  const actor = str(obj(p["sender"])["login"]) ?? "github";
  if (installationId === void 0 || !owner || !repo) return void 0;
  const base = { installationId, owner, repo, actor, deliveryId: e.id, reason: `${e.name}.${action ?? ""}` };
  if (e.name === "pull_request") {
    if (!["opened", "synchronize", "reopened", "ready_for_review"].includes(action ?? "")) return void 0;
    const pr = obj(p["pull_request"]);
    const head = obj(pr["head"]);
    const sha = str(head["sha"]);
    const number = num(pr["number"]);
    if (!sha || number === void 0) return void 0;
    return {
      ...base,
      headSha: sha,
      headBranch: str(head["ref"]),
      pullNumber: number,
      baseSha: str(obj(pr["base"])["sha"])
    };
  }
  if (e.name === "check_suite") {
    if (action !== "requested" && action !== "rerequested") return void 0;
    const suite = obj(p["check_suite"]);
    const sha = str(suite["head_sha"]);
    if (!sha) return void 0;
    const pr = firstPull(suite["pull_requests"]);
    const rerun = action === "rerequested" ? { checks: [] } : {};
    return { ...base, headSha: sha, headBranch: str(suite["head_branch"]), ...pr, ...rerun };
  }
  if (e.name === "check_run") {
    const run = obj(p["check_run"]);
    const identifier = str(obj(p["requested_action"])["identifier"]);
    if (action === "requested_action" && identifier !== RERUN_ACTION && identifier !== APPROVE_ACTION) return void 0;
    if (action !== "rerequested" && action !== "requested_action") return void 0;
    const check = checkFromRunName(str(run["name"]) ?? "");
    const sha = str(run["head_sha"]);
    if (!check || !sha) return void 0;
    const headBranch = str(obj(run["check_suite"])["head_branch"]);
    const approval = action === "requested_action" && identifier === APPROVE_ACTION ? { approval: { by: actor } } : {};
    return {
      ...base,
      headSha: sha,
      ...headBranch ? { headBranch } : {},
      ...firstPull(run["pull_requests"]),
      checks: [check],
      ...approval
    };
  }
  return void 0;
}
function firstPull(list) {
  if (!Array.isArray(list) || list.length === 0) return {};
  const pr = obj(list[0]);
  const n = num(pr["number"]);
  const baseSha = str(obj(pr["base"])["sha"]);
  return { ...n === void 0 ? {} : { pullNumber: n }, ...baseSha ? { baseSha } : {} };
}
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? { ...v } : {};
}
function str(v) {
  return typeof v === "string" && v.length > 0 ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}

// app/commands/command-job.ts
var COMMAND_JOB = "slash-command";
var commandJobSchema = external_exports.object({
  installationId: external_exports.number().int(),
  owner: external_exports.string(),
  repo: external_exports.string(),
  /** The PR or issue the comment is on. */
  issueNumber: external_exports.number().int(),
  isPull: external_exports.boolean(),
  /** Link to the PR or issue, for lock records. */
  issueUrl: external_exports.string(),
  commentId: external_exports.number().int(),
  commentUrl: external_exports.string(),
  body: external_exports.string().max(65536),
  actor: external_exports.string(),
  /** The comment's author is a bot (GitHub's `type: Bot`, or a `[bot]` login). */
  actorIsBot: external_exports.boolean(),
  /** From `issue_comment.edited` (read only when the config asks for it). */
  edited: external_exports.boolean(),
  deliveryId: external_exports.string()
});
function commandJobKey(job) {
  return `command:${job.owner}/${job.repo}#${job.commentId}${job.edited ? `:edit:${job.deliveryId}` : ""}`;
}

// src/commands/extract-command-lines.ts
var LOOKALIKE_SLASHES = /^[\uFF0F\u2215\u2044\u29F8\u2571\u27CB\u3033]/;
var COMMAND_START = /^\/[A-Za-z][A-Za-z0-9-]*(?=\s|$)/;
function extractCommandLines(body) {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  let fence;
  let inComment = false;
  let inPre = false;
  let inQuote = false;
  for (const [index, raw] of lines.entries()) {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(raw);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.size) fence = void 0;
      continue;
    }
    if (inComment) {
      if (raw.includes("-->")) inComment = false;
      continue;
    }
    if (inPre) {
      if (/<\/pre>/i.test(raw)) inPre = false;
      continue;
    }
    const open2 = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (open2?.[1]) {
      fence = { char: open2[1][0] ?? "`", size: open2[1].length };
      inQuote = false;
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed.startsWith("<!--")) {
      inComment = !trimmed.includes("-->", 4);
      continue;
    }
    if (/^<pre[\s>]/i.test(trimmed)) {
      inPre = !/<\/pre>/i.test(trimmed);
      continue;
    }
    if (trimmed === "") {
      inQuote = false;
      continue;
    }
    if (/^ {0,3}>/.test(raw)) {
      inQuote = true;
      continue;
    }
    if (inQuote) continue;
    if (/^( {4}|\t| {0,3}\t)/.test(raw)) continue;
    if (LOOKALIKE_SLASHES.test(trimmed)) continue;
    if (COMMAND_START.test(trimmed)) out.push({ line: index + 1, text: trimmed });
  }
  return out;
}

// src/commands/command-usage.ts
function commandUsage(spec) {
  const fields = schemaFields(spec.input).filter((f) => !spec.hidden?.includes(f.key));
  const parts = [`/${spec.name}`];
  for (const key of spec.positional) {
    const f = fields.find((x) => x.key === key);
    if (!f) continue;
    const name = f.kind === "array" ? `${f.flag}...` : f.flag;
    parts.push(f.required ? `<${name}>` : `[${name}]`);
  }
  for (const f of fields) {
    if (spec.positional.includes(f.key)) continue;
    if (f.kind === "boolean") parts.push(`[--${f.flag}]`);
    else
      parts.push(`[--${f.flag} <${f.values ? f.values.join("|") : spec.freeText?.includes(f.key) ? "text" : "value"}>]`);
  }
  return parts.join(" ");
}

// src/commands/tokenize-command-line.ts
function tokenizeCommandLine(text) {
  const words = [];
  let cur = "";
  let has = false;
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = void 0;
      else if (quote === '"' && c === "\\" && (text[i + 1] === '"' || text[i + 1] === "\\")) cur += text[++i];
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (/\s/.test(c)) {
      if (has) words.push(cur);
      cur = "";
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (quote) return { ok: false, error: `unterminated ${quote === '"' ? "double" : "single"} quote` };
  if (has) words.push(cur);
  return { ok: true, words };
}

// src/commands/parse-command-line.ts
var MAX_COMMAND_LINE = 512;
var PLAIN_VALUE = /^[A-Za-z0-9][A-Za-z0-9._/@+-]*$/;
function parseCommandLine(line, specs, environments) {
  const at = { line: line.line, text: line.text.slice(0, MAX_COMMAND_LINE) };
  const head = /^\/([A-Za-z][A-Za-z0-9-]*)(?=\s|$)/.exec(line.text);
  const word = head?.[1]?.toLowerCase() ?? line.text.slice(1).split(/\s/)[0] ?? "";
  const spec = specs.find((s) => s.name === word);
  const reject = (error, name = spec?.name, usage = spec ? commandUsage(spec) : void 0) => ({
    ok: false,
    name,
    ...at,
    error,
    usage
  });
  if (!spec) {
    const hint = didYouMean(
      word,
      specs.map((s) => s.name)
    );
    const close = hint ? specs.find((s) => s.name === hint) : void 0;
    return reject(
      `unknown command /${word.slice(0, 40)}${hint ? `; did you mean /${hint}?` : ""}`,
      void 0,
      close ? commandUsage(close) : void 0
    );
  }
  if (line.text.length > MAX_COMMAND_LINE) return reject(`the command is longer than ${MAX_COMMAND_LINE} characters`);
  if (hasControlCharacters(line.text)) return reject("the command contains control characters");
  const tokens = tokenizeCommandLine(line.text.slice(word.length + 1));
  if (!tokens.ok) return reject(tokens.error);
  const fields = schemaFields(spec.input).filter((f) => !spec.hidden?.includes(f.key));
  const byFlag = new Map(fields.map((f) => [f.flag, f]));
  const args = {};
  const positional = [];
  const words = tokens.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (spec.toEnvironment && w === "to" && i + 1 < words.length) {
      if ("environment" in args) return reject("the environment is given twice");
      args["environment"] = words[++i];
      continue;
    }
    if (!w.startsWith("--")) {
      positional.push(w);
      continue;
    }
    const eq = w.indexOf("=");
    const flag = eq >= 0 ? w.slice(2, eq) : w.slice(2);
    const field = byFlag.get(flag);
    if (!field) {
      const hint = didYouMean(flag, [...byFlag.keys()]);
      return reject(`unknown option --${flag.slice(0, 40)} for /${spec.name}${hint ? `; did you mean --${hint}?` : ""}`);
    }
    if (field.key in args && field.kind !== "array") return reject(`--${flag} is given twice`);
    let raw = eq >= 0 ? w.slice(eq + 1) : void 0;
    if (field.kind === "boolean") raw ??= "true";
    else if (raw === void 0) {
      raw = words[++i];
      if (raw === void 0) return reject(`--${flag} needs a value`);
    }
    const converted = convert(field, raw);
    if ("error" in converted) return reject(converted.error);
    put(args, field, converted.value);
  }
  for (const value of positional) {
    const key = spec.positional.find((k) => !(k in args)) ?? spec.positional.at(-1);
    const field = fields.find((f) => f.key === key);
    if (!field || field.key in args && field.kind !== "array")
      return reject(`unexpected argument "${value.slice(0, 40)}"`);
    const converted = convert(field, value);
    if ("error" in converted) return reject(converted.error);
    put(args, field, converted.value);
  }
  for (const f of fields) {
    const values = f.kind === "array" ? args[f.key] ?? [] : [args[f.key]];
    for (const v of values) {
      if (typeof v !== "string" || spec.freeText?.includes(f.key)) continue;
      if (!PLAIN_VALUE.test(v) || v.includes("..") || v.length > 255)
        return reject(
          `${f.flag} "${v.slice(0, 40)}" is not a plain name: only letters, digits and . _ / @ + - are allowed (no shell syntax, no "..")`
        );
    }
  }
  const parsed = spec.input.safeParse(args);
  if (!parsed.success) return reject(describeIssues(parsed.error));
  const env = args["environment"];
  if (typeof env === "string" && environments && !environments.includes(env)) {
    const hint = didYouMean(env, environments);
    return reject(
      `unknown environment "${env}"${hint ? `; did you mean ${hint}?` : environments.length > 0 ? `; known: ${environments.join(", ")}` : "; .github/oda.yml defines none"}`
    );
  }
  return { ok: true, name: spec.name, args, ...at };
}
function convert(field, raw) {
  if (field.kind === "boolean") {
    if (raw === "true" || raw === "yes") return { value: true };
    if (raw === "false" || raw === "no") return { value: false };
    return { error: `--${field.flag} expects true or false` };
  }
  if (field.kind === "number") {
    const n = Number(raw);
    return raw.trim() !== "" && Number.isFinite(n) ? { value: n } : { error: `--${field.flag} expects a number` };
  }
  return { value: raw };
}
function put(args, field, value) {
  const list = args[field.key];
  args[field.key] = field.kind === "array" ? [...Array.isArray(list) ? list : [], value] : value;
}
function describeIssues(error) {
  return error.issues.map((i) => {
    const key = i.path.map(String).join(".");
    const missing = i.code === "invalid_type" && / received undefined$/.test(i.message);
    return `${key ? `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : ""}${missing ? "is required" : i.message}`;
  }).join("; ");
}
function hasControlCharacters(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 || c === 127) return true;
  }
  return false;
}

// src/commands/parse-comment.ts
var MAX_COMMENT_CHARS = 65536;
function parseComment(body, o) {
  if (body.length > MAX_COMMENT_CHARS) return [];
  return extractCommandLines(body).slice(0, Math.max(1, o.perComment ?? 1)).map((line) => parseCommandLine(line, o.specs, o.environments));
}

// app/commands/job-from-comment.ts
function jobFromComment(e) {
  if (e.name !== "issue_comment") return void 0;
  const p = obj2(e.payload);
  const action = str2(p["action"]);
  if (action !== "created" && action !== "edited") return void 0;
  const installationId = num2(obj2(p["installation"])["id"]);
  const repository = obj2(p["repository"]);
  const owner = str2(obj2(repository["owner"])["login"]);
  const repo = str2(repository["name"]);
  const issue = obj2(p["issue"]);
  const comment = obj2(p["comment"]);
  const user = obj2(comment["user"]);
  const body = typeof comment["body"] === "string" ? comment["body"] : "";
  const issueNumber = num2(issue["number"]);
  const commentId = num2(comment["id"]);
  const actor = str2(user["login"]);
  if (installationId === void 0 || !owner || !repo || issueNumber === void 0 || commentId === void 0 || !actor)
    return void 0;
  if (body.length > MAX_COMMENT_CHARS || extractCommandLines(body).length === 0) return void 0;
  return {
    installationId,
    owner,
    repo,
    issueNumber,
    isPull: typeof issue["pull_request"] === "object" && issue["pull_request"] !== null,
    issueUrl: str2(issue["html_url"]) ?? "",
    commentId,
    commentUrl: str2(comment["html_url"]) ?? "",
    body,
    actor,
    actorIsBot: user["type"] === "Bot" || actor.endsWith("[bot]"),
    edited: action === "edited",
    deliveryId: e.id
  };
}
function obj2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? { ...v } : {};
}
function str2(v) {
  return typeof v === "string" && v.length > 0 ? v : void 0;
}
function num2(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}

// app/worker/fence-writes.ts
var READ = /^(GET|HEAD) /i;
function fenceWrites(client, assertLease) {
  return {
    async request(route, params) {
      if (/^[A-Z]+ /i.test(route) && !READ.test(route)) await assertLease();
      return client.request(route, params);
    }
  };
}

// app/commands/release-pr-locks.ts
var RELEASE_LOCKS_JOB = "release-pr-locks";
var releaseLocksJobSchema = external_exports.object({
  installationId: external_exports.number().int(),
  owner: external_exports.string(),
  repo: external_exports.string(),
  pullNumber: external_exports.number().int()
});
function releaseJobFromEvent(e) {
  if (e.name !== "pull_request") return void 0;
  const parsed = external_exports.object({
    action: external_exports.literal("closed"),
    installation: external_exports.object({ id: external_exports.number().int() }),
    repository: external_exports.object({ name: external_exports.string(), owner: external_exports.object({ login: external_exports.string() }) }),
    pull_request: external_exports.object({ number: external_exports.number().int() })
  }).safeParse(e.payload);
  if (!parsed.success) return void 0;
  const p = parsed.data;
  return {
    installationId: p.installation.id,
    owner: p.repository.owner.login,
    repo: p.repository.name,
    pullNumber: p.pull_request.number
  };
}
function releaseLocksHandler(deps) {
  return async (job, control) => {
    const j = releaseLocksJobSchema.parse(job.payload);
    const client = fenceWrites(await deps.auth(j.installationId), control.assertLease);
    const { config } = await loadFaceConfig(githubConfigSource({ client, owner: j.owner, repo: j.repo }), deps.ops());
    const lock = createGitHubDeployLock({
      octokit: client,
      owner: j.owner,
      repo: j.repo,
      now: deps.now ?? (() => /* @__PURE__ */ new Date()),
      // Releasing never writes a tag; nothing needs an anchor commit.
      anchorSha: () => Promise.reject(new Error("no lock is taken when releasing"))
    });
    for (const env of Object.keys(config.environments)) {
      const held = await lock.read(env);
      if (held?.runId !== `pr:${j.pullNumber}`) continue;
      await lock.release(env, held.runId);
      deps.log.info({ repo: `${j.owner}/${j.repo}`, env, pull: j.pullNumber }, "pull request closed: its lock released");
    }
  };
}

// app/index.ts
var CHECK_EVENTS = ["pull_request", "check_suite", "check_run"];
function odaApp(o) {
  return (app) => {
    app.on([...CHECK_EVENTS], async (context) => {
      const job = jobFromEvent({ name: context.name, id: context.id, payload: context.payload });
      if (!job) return;
      const { id, created } = await o.queue.enqueue({ kind: CHECK_JOB, key: checkJobKey(job), payload: job });
      context.log.info(
        { job: id, created, reason: job.reason, sha: job.headSha.slice(0, 7) },
        created ? "checks queued" : "checks already queued for this commit or delivery"
      );
    });
    app.on(["issue_comment.created", "issue_comment.edited"], async (context) => {
      const job = jobFromComment({ name: context.name, id: context.id, payload: context.payload });
      if (!job) return;
      const { id, created } = await o.queue.enqueue({ kind: COMMAND_JOB, key: commandJobKey(job), payload: job });
      context.log.info(
        { job: id, created, comment: job.commentId },
        created ? "command queued" : "command already queued"
      );
    });
    app.on("pull_request.closed", async (context) => {
      const job = releaseJobFromEvent({ name: context.name, payload: context.payload });
      if (!job) return;
      await o.queue.enqueue({
        kind: RELEASE_LOCKS_JOB,
        key: `release-locks:${job.owner}/${job.repo}#${job.pullNumber}:${context.id}`,
        payload: job
      });
    });
  };
}

// app/read-capped-body.ts
var MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;
function readCappedBody(req, max) {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max)
    return Promise.resolve({ ok: false, reason: "too-large", bytes: declared });
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let bytes = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    const onData = (chunk) => {
      bytes += chunk.length;
      if (bytes > max) {
        done();
        chunks.length = 0;
        req.pause();
        resolve2({ ok: false, reason: "too-large", bytes });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve2({ ok: true, body: Buffer.concat(chunks, bytes) });
    };
    const onError = (error) => {
      done();
      reject(error);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

// app/worker/handle-check-job.ts
import { mkdirSync as mkdirSync5, rmSync as rmSync3 } from "node:fs";
import { join as join6 } from "node:path";

// src/github/get-pull-origin.ts
async function getPullOrigin(o) {
  const res = await o.client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: o.owner,
    repo: o.repo,
    pull_number: o.pullNumber
  });
  const data = obj3(res.data);
  const author = str3(obj3(data["user"])["login"]);
  if (!author) throw new Error(`pull request ${o.owner}/${o.repo}#${o.pullNumber} has no author`);
  const headRepo = obj3(obj3(data["head"])["repo"]);
  const headFull = str3(headRepo["full_name"]);
  const baseFull = str3(obj3(obj3(data["base"])["repo"])["full_name"]) ?? `${o.owner}/${o.repo}`;
  const fork = headFull === void 0 || headFull.toLowerCase() !== baseFull.toLowerCase();
  return {
    author,
    fork,
    headRepo: headFull,
    forkOwner: fork ? str3(obj3(headRepo["owner"])["login"]) : void 0
  };
}
function obj3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? { ...v } : {};
}
function str3(v) {
  return typeof v === "string" && v.length > 0 ? v : void 0;
}

// app/worker/code-author-gate.ts
var CODE_AUTHOR_RULE = "code-author";
var APPROVAL_RULE = "approval";
async function codeFacts(client, j) {
  const perm = (username) => getActorPermission({ client, owner: j.owner, repo: j.repo, username });
  const origin = j.pullNumber !== void 0 ? await getPullOrigin({ client, owner: j.owner, repo: j.repo, pullNumber: j.pullNumber }) : void 0;
  const authorPermission = origin ? await perm(origin.author) : "none";
  const forkOwnerPermission = origin?.forkOwner === void 0 ? void 0 : origin.forkOwner === origin.author ? authorPermission : await perm(origin.forkOwner);
  const branchTip = origin ? void 0 : await tipOf(client, j);
  return {
    commit: j.headSha,
    pull: j.pullNumber,
    author: origin?.author,
    authorPermission,
    fork: origin?.fork ?? false,
    headRepo: origin?.headRepo,
    forkOwner: origin?.forkOwner,
    forkOwnerPermission,
    branchTip,
    approval: j.approval ? { by: j.approval.by, permission: await perm(j.approval.by) } : void 0
  };
}
async function tipOf(client, j) {
  if (!j.headBranch) return void 0;
  try {
    const res = await client.request("GET /repos/{owner}/{repo}/branches/{branch}", {
      owner: j.owner,
      repo: j.repo,
      branch: j.headBranch
    });
    const data = res.data;
    const sha = typeof data === "object" && data !== null && "commit" in data && typeof data.commit === "object" ? data.commit.sha : void 0;
    return typeof sha === "string" && sha.toLowerCase() === j.headSha.toLowerCase() ? j.headBranch : void 0;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
}
function codeAuthorRules(facts) {
  const sha = facts.commit.slice(0, 7);
  const whose = () => facts.author ? `the code of @${facts.author}${facts.fork ? ` from the fork ${facts.headRepo ?? "(deleted)"}` : ""} at ${sha}` : `commit ${sha}`;
  const inputsOf = (config, required) => ({
    commit: facts.commit,
    pull: facts.pull ?? null,
    author: facts.author ?? null,
    authorPermission: facts.author ? facts.authorPermission : null,
    fork: facts.fork,
    headRepo: facts.headRepo ?? null,
    forkOwner: facts.forkOwner ?? null,
    forkOwnerPermission: facts.forkOwnerPermission ?? null,
    forkPullRequests: config["odoo-ci"].forkPullRequests,
    branchTip: facts.branchTip ?? null,
    required
  });
  const untrusted = (config, required) => {
    if (facts.pull === void 0)
      return facts.branchTip ? void 0 : `commit ${sha} is neither on a pull request nor the tip of a branch of this repository`;
    if (!permits(facts.authorPermission, required))
      return `@${facts.author} has ${facts.authorPermission} permission, ${required} required`;
    if (!facts.fork) return void 0;
    if (!config["odoo-ci"].forkPullRequests)
      return "pull requests from forks run only once approved (odoo-ci.forkPullRequests is false)";
    if (!facts.forkOwner || !permits(facts.forkOwnerPermission ?? "none", required))
      return `the fork's owner ${facts.forkOwner ? `@${facts.forkOwner}` : "(deleted fork)"} has ${facts.forkOwnerPermission ?? "none"} permission, ${required} required`;
    return void 0;
  };
  const applies = (op) => op.check?.runsRepositoryCode === true;
  const codeAuthor = {
    rule: CODE_AUTHOR_RULE,
    evaluate: ({ op, config }) => {
      if (!applies(op)) return void 0;
      const { permission: required } = requiredPermission(op, config);
      const inputs = inputsOf(config, required);
      const why = untrusted(config, required);
      if (why === void 0)
        return { verdict: "allow", reason: `${whose()} is trusted to run (${required} or above)`, inputs };
      if (facts.approval && permits(facts.approval.permission, required))
        return {
          verdict: "allow",
          reason: `${whose()} runs once, approved by @${facts.approval.by} (${facts.approval.permission}): ${why}`,
          inputs
        };
      return {
        verdict: "deny",
        reason: `${whose()} needs a maintainer's approval to run: ${why}`,
        inputs
      };
    }
  };
  const approval = {
    rule: APPROVAL_RULE,
    evaluate: ({ op, config }) => {
      if (!applies(op) || !facts.approval) return void 0;
      const { permission: required } = requiredPermission(op, config);
      const ok = permits(facts.approval.permission, required);
      return {
        verdict: ok ? "allow" : "deny",
        reason: ok ? `@${facts.approval.by} (${facts.approval.permission}) approved running ${whose()} once` : `@${facts.approval.by} has ${facts.approval.permission} permission and cannot approve running ${whose()}: ${required} required`,
        inputs: {
          approver: facts.approval.by,
          approverPermission: facts.approval.permission,
          ...inputsOf(config, required)
        }
      };
    }
  };
  return [codeAuthor, approval];
}

// src/github/find-check-run.ts
async function findCheckRun(o) {
  const res = await o.client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    owner: o.owner,
    repo: o.repo,
    ref: o.sha,
    check_name: o.name,
    filter: "all",
    per_page: 100
  });
  const data = res.data;
  const runs = typeof data === "object" && data !== null && "check_runs" in data && Array.isArray(data.check_runs) ? data.check_runs : [];
  for (const run of runs) {
    if (typeof run === "object" && run !== null && "external_id" in run && run.external_id === o.externalId && "id" in run && typeof run.id === "number") {
      return { id: run.id, completed: "status" in run && run.status === "completed" };
    }
  }
  return void 0;
}
async function latestCheckRun(o) {
  const res = await o.client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    owner: o.owner,
    repo: o.repo,
    ref: o.sha,
    check_name: o.name,
    filter: "latest",
    per_page: 1
  });
  const data = res.data;
  const runs = typeof data === "object" && data !== null && "check_runs" in data && Array.isArray(data.check_runs) ? data.check_runs : [];
  const run = runs[0];
  if (typeof run !== "object" || run === null) return void 0;
  const status = "status" in run && typeof run.status === "string" ? run.status : "queued";
  const conclusion = "conclusion" in run && typeof run.conclusion === "string" ? run.conclusion : null;
  return { status, conclusion };
}

// src/github/get-pull-head.ts
async function getPullHead(o) {
  const res = await o.client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: o.owner,
    repo: o.repo,
    pull_number: o.pullNumber
  });
  const data = res.data;
  if (typeof data !== "object" || data === null || !("head" in data) || typeof data.head !== "object" || data.head === null || !("sha" in data.head) || typeof data.head.sha !== "string")
    return void 0;
  return { sha: data.head.sha, open: "state" in data && data.state === "open" };
}
async function getPullBase(o) {
  const res = await o.client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: o.owner,
    repo: o.repo,
    pull_number: o.pullNumber
  });
  const data = res.data;
  const base = typeof data === "object" && data !== null && "base" in data ? data.base : void 0;
  const sha = typeof base === "object" && base !== null && "sha" in base ? base.sha : void 0;
  return typeof sha === "string" ? sha : void 0;
}

// src/github/write-pull-diff.ts
import { open } from "node:fs/promises";

// src/github/pull-file-entry.ts
function readPullFileEntries(data) {
  if (!Array.isArray(data)) return [];
  const out = [];
  for (const f of data) {
    if (typeof f !== "object" || f === null) continue;
    const r = f;
    if (typeof r.filename !== "string") continue;
    out.push({
      filename: r.filename,
      status: typeof r.status === "string" ? r.status : "modified",
      changes: typeof r.changes === "number" ? r.changes : 0,
      ...typeof r.patch === "string" ? { patch: r.patch } : {},
      ...typeof r.previous_filename === "string" ? { previousFilename: r.previous_filename } : {}
    });
  }
  return out;
}

// src/github/list-pull-files.ts
var MAX_PAGES = 30;
var PER_PAGE = 100;
async function forEachPullFilesPage(o, onPage) {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await o.client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      owner: o.owner,
      repo: o.repo,
      pull_number: o.pullNumber,
      per_page: PER_PAGE,
      page
    });
    const raw = Array.isArray(res.data) ? res.data : [];
    await onPage(readPullFileEntries(raw));
    if (raw.length < PER_PAGE) return true;
  }
  return false;
}

// src/github/pull-diff-text.ts
function pullDiffText(f) {
  if (f.status === "removed") return { kind: "none" };
  const hunks = f.patch !== void 0 && /^@@ /m.test(f.patch) ? f.patch : void 0;
  if (hunks === void 0)
    return (f.status === "renamed" || f.status === "unchanged") && f.changes === 0 ? { kind: "none" } : { kind: "whole" };
  const from = f.previousFilename ?? f.filename;
  const lines = [
    `diff --git ${diffPath("a/", from)} ${diffPath("b/", f.filename)}`,
    `--- ${f.status === "added" ? "/dev/null" : diffPath("a/", from)}`,
    `+++ ${diffPath("b/", f.filename)}`,
    hunks.endsWith("\n") ? hunks.slice(0, -1) : hunks
  ];
  return { kind: "patch", text: lines.join("\n") + "\n" };
}
function diffPath(prefix, path) {
  if (!/["\\\u0000-\u001f\u007f]/.test(path)) return `${prefix}${path}`;
  const named = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "	": "\\t", "\r": "\\r" };
  let out = "";
  for (const c of prefix + path) {
    const code2 = c.charCodeAt(0);
    out += named[c] ?? (code2 < 32 || code2 === 127 ? `\\${code2.toString(8).padStart(3, "0")}` : c);
  }
  return `"${out}"`;
}

// src/github/write-pull-diff.ts
async function writePullDiff(o) {
  const out = { changedFiles: [], unpatchedFiles: [], patchedFiles: 0, complete: true };
  const fh = await open(o.file, "wx", 384);
  try {
    out.complete = await forEachPullFilesPage(o, async (files) => {
      let chunk = "";
      for (const f of files) {
        if (f.status !== "removed") out.changedFiles.push(f.filename);
        const part = pullDiffText(f);
        if (part.kind === "patch") {
          chunk += part.text;
          out.patchedFiles++;
        } else if (part.kind === "whole") {
          out.unpatchedFiles.push(f.filename);
        }
      }
      if (chunk) await fh.write(chunk);
    });
  } finally {
    await fh.close();
  }
  return out;
}

// app/worker/check-progress.ts
function readProgress(saved) {
  const out = { checks: {} };
  if (typeof saved !== "object" || saved === null || !("checks" in saved) || typeof saved.checks !== "object" || saved.checks === null)
    return out;
  for (const [name, v] of Object.entries(saved.checks)) {
    if (typeof v !== "object" || v === null) continue;
    const runId = "runId" in v && typeof v.runId === "string" ? v.runId : void 0;
    if (!runId) continue;
    out.checks[name] = {
      runId,
      ..."checkRunId" in v && typeof v.checkRunId === "number" ? { checkRunId: v.checkRunId } : {},
      started: "started" in v && v.started === true,
      next: "next" in v && typeof v.next === "number" ? v.next : 0,
      done: "done" in v && v.done === true
    };
  }
  return out;
}

// app/worker/prepare-workspace.ts
import { mkdirSync as mkdirSync4, readdirSync, rmSync as rmSync2, statSync } from "node:fs";
import { join as join4 } from "node:path";

// src/github/extract-tarball.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import { opendir, symlink, unlink } from "node:fs/promises";
import { join as join2, relative, resolve } from "node:path";
var DEFUSED_LINK_TARGET = "/dev/null";
async function extractTarball(o) {
  mkdirSync2(o.dest, { recursive: true });
  const res = await runCommand({
    file: "tar",
    args: [
      "-xzf",
      o.file,
      "-C",
      o.dest,
      "--strip-components=1",
      "--no-same-owner",
      "--no-same-permissions",
      "--delay-directory-restore"
    ],
    timeoutMs: 12e4,
    ...o.signal ? { signal: o.signal } : {}
  });
  if (res.exitCode !== 0)
    throw new Error(`tar could not unpack ${o.file}: ${res.stderr.trim() || `exit ${String(res.exitCode)}`}`);
  await defuseEscapingLinks(resolve(o.dest), o.signal);
}
async function defuseEscapingLinks(root, signal) {
  const links = [];
  const walk = async (dir) => {
    signal?.throwIfAborted();
    for await (const entry of await opendir(dir)) {
      const path = join2(dir, entry.name);
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory()) await walk(path);
    }
  };
  await walk(root);
  const escaping = [];
  for (const path of links)
    if ((await resolveInsideAsync(root, relative(root, path))).kind === "outside") escaping.push(path);
  for (const path of escaping) {
    await unlink(path);
    await symlink(DEFUSED_LINK_TARGET, path);
  }
}

// src/github/fetch-tarball.ts
import { createWriteStream, existsSync, mkdirSync as mkdirSync3, renameSync, rmSync } from "node:fs";
import { join as join3 } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ReadableStream as WebReadableStream } from "node:stream/web";
async function fetchTarball(o) {
  if (!/^[0-9a-f]{40}$/i.test(o.sha)) throw new Error(`fetchTarball: "${o.sha}" is not a full commit SHA`);
  const dir = join3(o.cacheDir, safe(o.owner), safe(o.repo));
  const file = join3(dir, `${o.sha}.tar.gz`);
  if (existsSync(file)) return file;
  mkdirSync3(dir, { recursive: true });
  const part = `${file}.${process.pid}.${Date.now()}.part`;
  try {
    const res = await o.client.request("GET /repos/{owner}/{repo}/tarball/{ref}", {
      owner: o.owner,
      repo: o.repo,
      ref: o.sha,
      request: { parseSuccessResponseBody: false }
    });
    await pipeline(toNodeStream(res.data), createWriteStream(part));
    renameSync(part, file);
  } finally {
    rmSync(part, { force: true });
  }
  return file;
}
function toNodeStream(body) {
  if (body instanceof Readable) return body;
  if (body instanceof ArrayBuffer) return Readable.from([Buffer.from(body)]);
  if (body instanceof WebReadableStream) return Readable.fromWeb(body);
  throw new Error("GitHub answered the tarball request without a body");
}
function safe(name) {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}

// app/worker/prepare-workspace.ts
var CACHE_KEEP = 32;
async function prepareWorkspace(o) {
  const cacheDir = join4(o.dataDir, "tarballs");
  const file = await fetchTarball({ client: o.client, owner: o.owner, repo: o.repo, sha: o.sha, cacheDir });
  const dir = join4(o.workDir, o.name.replace(/[^A-Za-z0-9._-]/g, "_"));
  rmSync2(dir, { recursive: true, force: true });
  mkdirSync4(dir, { recursive: true });
  try {
    await extractTarball({ file, dest: dir, ...o.signal ? { signal: o.signal } : {} });
  } catch (error) {
    rmSync2(dir, { recursive: true, force: true });
    throw error;
  }
  pruneCache(cacheDir);
  return { dir, dispose: () => rmSync2(dir, { recursive: true, force: true }) };
}
function pruneCache(cacheDir) {
  const files = [];
  for (const owner of readdirSync(cacheDir)) {
    for (const repo of readdirSync(join4(cacheDir, owner))) {
      for (const f of readdirSync(join4(cacheDir, owner, repo))) {
        const path = join4(cacheDir, owner, repo, f);
        if (f.endsWith(".tar.gz")) files.push({ path, at: statSync(path).mtimeMs });
      }
    }
  }
  files.sort((a, b) => b.at - a.at);
  for (const old of files.slice(CACHE_KEEP)) rmSync2(old.path, { force: true });
}

// app/worker/commit-pull-change.ts
import { join as join5 } from "node:path";
var gitEnv = {
  GIT_AUTHOR_NAME: "oda",
  GIT_AUTHOR_EMAIL: "oda@oda.invalid",
  GIT_COMMITTER_NAME: "oda",
  GIT_COMMITTER_EMAIL: "oda@oda.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null"
};
async function commitPullChange(o) {
  const base = await prepareWorkspace({
    client: o.client,
    owner: o.owner,
    repo: o.repo,
    sha: o.baseSha,
    dataDir: o.dataDir,
    workDir: o.workDir,
    name: `${o.name}-base`,
    ...o.signal ? { signal: o.signal } : {}
  });
  try {
    const git = async (args, workTree = o.dir) => {
      const r = await runCommand({
        file: "git",
        args: [
          "-C",
          o.dir,
          "-c",
          "commit.gpgsign=false",
          "-c",
          "core.autocrlf=false",
          `--git-dir=${join5(o.dir, ".git")}`,
          `--work-tree=${workTree}`,
          ...args
        ],
        env: gitEnv,
        timeoutMs: 6e5,
        ...o.signal ? { signal: o.signal } : {}
      });
      if (r.exitCode !== 0)
        throw new Error(`git ${args[0] ?? ""} failed while computing the PR's change: ${r.stderr.trim()}`);
      return r.stdout.trim();
    };
    const init = await runCommand({ file: "git", args: ["init", "-q", o.dir], env: gitEnv });
    if (init.exitCode !== 0) throw new Error(`git init failed while computing the PR's change: ${init.stderr.trim()}`);
    await git(["add", "-A", "-f"], base.dir);
    await git(["commit", "-q", "--allow-empty", "--no-verify", "-m", `base ${o.baseSha}`], base.dir);
    const baseCommit = await git(["rev-parse", "HEAD"]);
    await git(["add", "-A", "-f"]);
    await git(["commit", "-q", "--allow-empty", "--no-verify", "-m", "head"]);
    return { base: baseCommit, head: await git(["rev-parse", "HEAD"]) };
  } finally {
    base.dispose();
  }
}

// src/github/findings-table.ts
function findingsTable(findings) {
  const rows = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.path}`;
    let row = rows.get(key);
    if (!row) {
      row = { ruleId: f.ruleId, path: f.path, failure: 0, warning: 0, notice: 0 };
      rows.set(key, row);
    }
    row[f.level]++;
  }
  return [...rows.values()].sort(
    (a, b) => b.failure - a.failure || b.warning - a.warning || a.ruleId.localeCompare(b.ruleId) || a.path.localeCompare(b.path)
  );
}
function tableCell(value) {
  return value.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").replace(/`/g, "'");
}

// src/github/truncate-text.ts
function truncateChars(text, max, marker = "\u2026") {
  if (text.length <= max) return text;
  let end = Math.max(0, max - marker.length);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end) + marker;
}
function truncateUtf8(text, maxBytes, marker = "\u2026") {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  const budget = maxBytes - encoder.encode(marker).length;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encoder.encode(text.slice(0, mid)).length <= budget) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0 && isHighSurrogate(text.charCodeAt(lo - 1))) lo--;
  return text.slice(0, lo) + marker;
}
function isHighSurrogate(code2) {
  return code2 >= 55296 && code2 <= 56319;
}

// src/github/render-check-output.ts
function renderCheckOutput(o) {
  const max = o.maxChars ?? checkRunLimits.outputChars;
  const { report } = o;
  const findings = report.findings;
  const own = report.summary.trim();
  const head = findings.length === 0 && /no findings\.?$/i.test(own) ? [own] : [own, countsLine(findings)];
  const unannotated = findings.slice(Math.max(0, o.annotated));
  if (unannotated.length > 0) {
    head.push(
      `Only the first ${o.annotated} findings are annotated on the diff; the other ${unannotated.length} are listed in the details.`
    );
  }
  if (findings.length > 0) head.push(`Every finding: ${o.fullListAt}.`);
  const rows = hasTable(own) ? [] : findingsTable(findings);
  const tableLines = rows.length === 0 ? [] : [
    "### Findings by rule and file",
    "",
    "| Rule | File | Failures | Warnings | Notices |",
    "|---|---|---:|---:|---:|",
    ...rows.map(
      (r) => `| \`${tableCell(r.ruleId)}\` | \`${tableCell(r.path)}\` | ${r.failure} | ${r.warning} | ${r.notice} |`
    )
  ];
  const rowWeights = [0, 0, 0, 0, ...rows.map((r) => r.failure + r.warning + r.notice)];
  const summary = fitLines({
    fixed: head.filter((s) => s.length > 0).join("\n\n") + (tableLines.length > 0 ? "\n\n" : ""),
    lines: tableLines,
    weights: rowWeights,
    max,
    cutLine: (n) => `
_${n} of ${findings.length} findings are left out of this table (size limit); the full list is in ${o.fullListAt}._`
  });
  const detail = report.text?.trim() ?? "";
  const findingLines = unannotated.map(findingLine);
  const text = findingLines.length === 0 && detail.length === 0 ? void 0 : fitLines({
    fixed: detail.length > 0 ? `${truncateChars(detail, Math.floor(max / 2))}

` : "",
    lines: findingLines.length > 0 ? ["### Findings not annotated", "", ...findingLines] : [],
    weights: [0, 0, ...findingLines.map(() => 1)],
    max,
    cutLine: (n) => `
_${n} more findings are left out (size limit); the full list is in ${o.fullListAt}._`
  });
  return { title: truncateChars(report.title, 1e3), summary, ...text === void 0 ? {} : { text } };
}
function hasTable(markdown) {
  return /^\|.*\|[ \t]*\r?\n\|[ \t:|-]*-[ \t:|-]*\|[ \t]*$/m.test(markdown);
}
function countsLine(findings) {
  if (findings.length === 0) return "No findings.";
  const n = (level) => findings.filter((f) => f.level === level).length;
  return `**${findings.length} finding${findings.length === 1 ? "" : "s"}**: ${n("failure")} failure, ${n("warning")} warning, ${n("notice")} notice.`;
}
function findingLine(f) {
  const where = `${f.path}:${f.line}${f.column !== void 0 ? `:${f.column}` : ""}`;
  return `- **${f.level}** \`${tableCell(where)}\` \`${tableCell(f.ruleId)}\`: ${f.message.replace(/\r?\n/g, " ")}`;
}
function fitLines(o) {
  const all = o.fixed + o.lines.join("\n");
  if (all.length <= o.max) return all;
  const total = o.weights.reduce((a, b) => a + b, 0);
  const reserve = o.cutLine(total).length + 1;
  let out = truncateChars(o.fixed, Math.max(0, o.max - reserve));
  let kept = 0;
  for (let i = 0; i < o.lines.length; i++) {
    const line = o.lines[i] ?? "";
    if (out.length + line.length + 1 + reserve > o.max) break;
    out += (i === 0 ? "" : "\n") + line;
    kept += o.weights[i] ?? 0;
  }
  return out + o.cutLine(total - kept);
}

// src/github/to-annotation.ts
var levels = { failure: "failure", warning: "warning", notice: "notice" };
function annotationLevel(level) {
  return levels[level];
}
function toAnnotation(f) {
  const endLine = f.endLine !== void 0 && f.endLine >= f.line ? f.endLine : f.line;
  const a = {
    path: f.path.replace(/\\/g, "/").replace(/^\.\//, ""),
    start_line: f.line,
    end_line: endLine,
    annotation_level: annotationLevel(f.level),
    message: truncateUtf8(f.message, checkRunLimits.annotationMessageBytes),
    title: truncateChars(f.title ? `${f.ruleId}: ${f.title}` : f.ruleId, checkRunLimits.annotationTitleChars)
  };
  if (endLine === f.line && f.column !== void 0) {
    a.start_column = f.column;
    a.end_column = f.endColumn !== void 0 && f.endColumn >= f.column ? f.endColumn : f.column;
  }
  return a;
}

// src/github/plan-check-run-writes.ts
var DEFAULT_MAX_ANNOTATIONS = 1e3;
function planCheckRunWrites(o) {
  const actions = [...o.actions ?? []];
  validateCheckRunActions(actions);
  const max = o.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
  const annotations = o.report.findings.slice(0, max).map(toAnnotation);
  const output = renderCheckOutput({ report: o.report, fullListAt: o.fullListAt, annotated: annotations.length });
  const per = checkRunLimits.annotationsPerRequest;
  const batches = [];
  for (let i = 0; i < annotations.length; i += per) batches.push(annotations.slice(i, i + per));
  const first = {
    ...o.existing ? {} : { name: o.name, head_sha: o.headSha },
    status: "completed",
    conclusion: o.report.conclusion,
    ...o.startedAt && !o.existing ? { started_at: o.startedAt } : {},
    completed_at: o.completedAt,
    ...o.externalId ? { external_id: o.externalId } : {},
    ...o.detailsUrl ? { details_url: o.detailsUrl } : {},
    output: { ...output, ...batches[0] ? { annotations: batches[0] } : {} },
    ...actions.length > 0 ? { actions } : {}
  };
  const writes = [{ kind: o.existing ? "update" : "create", body: first }];
  for (const batch of batches.slice(1)) {
    writes.push({ kind: "update", body: { output: { ...output, annotations: batch } } });
  }
  return writes;
}
function planStartedCheckRun(o) {
  return {
    kind: "create",
    body: {
      name: o.name,
      head_sha: o.headSha,
      status: "in_progress",
      started_at: o.startedAt,
      ...o.externalId ? { external_id: o.externalId } : {},
      ...o.detailsUrl ? { details_url: o.detailsUrl } : {},
      output: {
        title: o.title ?? "Running",
        summary: "oda is running this check; results appear here when it finishes."
      }
    }
  };
}

// src/github/write-check-run.ts
async function writeCheckRun(o) {
  let id = o.checkRunId;
  for (let i = o.from ?? 0; i < o.writes.length; i++) {
    const w = o.writes[i];
    if (!w) continue;
    if (w.kind === "create" && id === void 0) {
      const res = await o.client.request("POST /repos/{owner}/{repo}/check-runs", {
        owner: o.owner,
        repo: o.repo,
        ...w.body
      });
      id = checkRunIdOf(res.data);
    } else {
      if (id === void 0)
        throw new Error("writeCheckRun: an update needs a check run id (create the check run first)");
      const { name: _name, head_sha: _sha, ...body } = w.body;
      await o.client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        owner: o.owner,
        repo: o.repo,
        check_run_id: id,
        ...body
      });
    }
    await o.onWritten?.({ checkRunId: id, next: i + 1 });
  }
  if (id === void 0) throw new Error("writeCheckRun: nothing was written and no check run id was given");
  return id;
}
function checkRunIdOf(data) {
  if (typeof data === "object" && data !== null && "id" in data && typeof data.id === "number") return data.id;
  throw new Error("GitHub answered a check-run create without a numeric id");
}

// app/worker/report-check.ts
function checkReporter(o) {
  let starting;
  const p = o.progress;
  let adopted = !o.resumed;
  const adopt = async () => {
    if (adopted || p.checkRunId !== void 0) return;
    adopted = true;
    const found = await findCheckRun({
      client: o.client,
      owner: o.owner,
      repo: o.repo,
      sha: o.headSha,
      name: o.name,
      externalId: p.runId
    });
    if (found === void 0) return;
    p.checkRunId = found.id;
    p.started = !found.completed;
    p.next = found.completed ? Math.max(p.next, 1) : 0;
    await o.save();
  };
  return {
    start() {
      if (p.checkRunId !== void 0 || p.done) return Promise.resolve();
      starting ??= adopt().then(
        () => p.checkRunId !== void 0 ? void 0 : writeCheckRun({
          client: o.client,
          owner: o.owner,
          repo: o.repo,
          writes: [
            planStartedCheckRun({
              name: o.name,
              headSha: o.headSha,
              startedAt: o.now().toISOString(),
              externalId: p.runId,
              ...o.detailsUrl ? { detailsUrl: o.detailsUrl } : {}
            })
          ]
        }).then(async (id) => {
          p.checkRunId = id;
          p.started = true;
          p.next = 0;
          await o.save();
        })
      );
      return starting;
    },
    async finish(report, f) {
      if (starting) await starting.catch(() => void 0);
      if (p.done) return;
      await adopt();
      const writes = planCheckRunWrites({
        name: o.name,
        headSha: o.headSha,
        report,
        existing: p.started,
        completedAt: o.now().toISOString(),
        externalId: p.runId,
        actions: f.actions ?? defaultCheckRunActions(),
        fullListAt: f.fullListAt,
        ...f.startedAt ? { startedAt: f.startedAt } : {},
        ...o.detailsUrl ? { detailsUrl: o.detailsUrl } : {}
      });
      await writeCheckRun({
        client: o.client,
        owner: o.owner,
        repo: o.repo,
        writes,
        from: p.next,
        ...p.checkRunId !== void 0 ? { checkRunId: p.checkRunId } : {},
        onWritten: async ({ checkRunId, next }) => {
          p.checkRunId = checkRunId;
          p.next = next;
          p.done = next >= writes.length;
          await o.save();
        }
      });
    }
  };
}
function reportOf(record) {
  if (record.report) return record.report;
  return makeReport({
    conclusion: "failure",
    title: `${record.op} did not produce a report`,
    summary: record.error ? `\`\`\`
${record.error}
\`\`\`` : "The run ended without a report."
  });
}
function fullListAt(record, runPage) {
  return runPage ? `[run \`${record.id}\`](${runPage})` : `run \`${record.id}\` (\`oda runs show ${record.id}\`)`;
}

// app/worker/report-config-error.ts
function reportConfigError(error, owner, repo) {
  const own = `${owner}/${repo}:`;
  const lines = error.issues.map(
    (i) => `- \`${i.file}:${i.line}:${i.column}\` ${i.path ? `\`${i.path}\`: ` : ""}${i.message}`
  );
  return makeReport({
    conclusion: "failure",
    title: `.github/oda.yml is invalid: no check ran`,
    summary: `oda reads its config from the default branch. Fix these problems there, then re-run this check (or all checks), or push again.

${lines.join("\n")}`,
    findings: error.issues.filter((i) => i.file.startsWith(own)).map((i) => ({
      path: i.file.slice(own.length),
      line: i.line,
      column: i.column,
      level: "failure",
      ruleId: "config",
      message: `${i.path ? `${i.path}: ` : ""}${i.message}`
    }))
  });
}
function configValidReport() {
  return makeReport({
    conclusion: "success",
    title: ".github/oda.yml is valid",
    summary: "oda read its config from the default branch again and found no problem: the earlier failure of this check is resolved."
  });
}

// app/worker/handle-check-job.ts
function checkJobHandler(deps) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  return async (job, control) => {
    const j = checkJobSchema.parse(job.payload);
    const progress = readProgress(job.progress);
    const save = () => control.saveProgress(progress);
    const log = deps.log.child({ job: job.id, repo: `${j.owner}/${j.repo}`, sha: j.headSha.slice(0, 7) });
    const client = fenceWrites(await deps.auth(j.installationId), control.assertLease);
    let config;
    try {
      config = (await loadFaceConfig(githubConfigSource({ client, owner: j.owner, repo: j.repo }), deps.ops())).config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      log.warn({ err: error.message }, "invalid config: reporting oda / config");
      const p = progressFor(progress, "config", now);
      await checkReporter({
        client,
        owner: j.owner,
        repo: j.repo,
        name: checkRunName("config"),
        headSha: j.headSha,
        progress: p,
        save,
        now,
        resumed: job.attempts > 1
      }).finish(reportConfigError(error, j.owner, j.repo), { fullListAt: "the config file" });
      return;
    }
    if (!j.checks && j.pullNumber !== void 0 && Object.keys(progress.checks).length === 0) {
      const head = await getPullHead({ client, owner: j.owner, repo: j.repo, pullNumber: j.pullNumber });
      if (head && head.sha.toLowerCase() !== j.headSha.toLowerCase()) {
        log.info({ current: head.sha.slice(0, 7) }, "head superseded before its checks ran: skipped");
        return;
      }
    }
    if (j.checks && (j.checks.length === 0 || j.checks.includes("config"))) {
      const last = await latestCheckRun({
        client,
        owner: j.owner,
        repo: j.repo,
        sha: j.headSha,
        name: checkRunName("config")
      });
      if (last && last.conclusion !== "success")
        await checkReporter({
          client,
          owner: j.owner,
          repo: j.repo,
          name: checkRunName("config"),
          headSha: j.headSha,
          progress: progressFor(progress, "config", now),
          save,
          now,
          resumed: job.attempts > 1
        }).finish(configValidReport(), { fullListAt: "the summary" });
    }
    const wanted = j.checks && j.checks.length > 0 ? new Set(j.checks) : void 0;
    const checks = enabledChecks(deps.ops(), config, wanted);
    if (checks.every((op) => progress.checks[op.check?.name ?? ""]?.done)) return;
    const actorPermission = await permissionFor(checks, config, j, client);
    const policyRules = checks.some((op) => op.check?.runsRepositoryCode) ? codeAuthorRules(await codeFacts(client, j)) : [];
    const name = `${job.id}-${job.attempts}`;
    const workspace = await prepareWorkspace({
      client,
      owner: j.owner,
      repo: j.repo,
      sha: j.headSha,
      dataDir: deps.dataDir,
      workDir: deps.workDir,
      name,
      signal: control.signal
    });
    const patchDir = join6(deps.dataDir, "patches", name.replace(/[^A-Za-z0-9._-]/g, "_"));
    const patchFile = join6(patchDir, `pull-${j.pullNumber ?? 0}.diff`);
    const superseded = watchPullHead({ client, j, log });
    const runControl = {
      signal: AbortSignal.any([control.signal, superseded.signal]),
      saveProgress: (p) => control.saveProgress(p),
      assertLease: () => control.assertLease()
    };
    try {
      let pr;
      if (j.pullNumber !== void 0) {
        mkdirSync5(patchDir, { recursive: true });
        rmSync3(patchFile, { force: true });
        const d = await writePullDiff({
          client,
          owner: j.owner,
          repo: j.repo,
          pullNumber: j.pullNumber,
          file: patchFile
        });
        pr = d.complete ? { changedFiles: d.changedFiles, patchFile, unpatchedFiles: d.unpatchedFiles } : await wholeChange({ client, j, dir: workspace.dir, name, signal: control.signal, log });
      }
      await eachCheck({
        ops: checks,
        config,
        // The workspace is a tarball, without git history: base/head revisions would not resolve
        // in it, so PR-aware checks get the PR's changed files and its diff instead.
        // The checkout is the run's cwd: reports name `.`, never the server's workspace path.
        scope: { dir: ".", ...prInput(pr) },
        parallel: true,
        run: ({ op, rawInput }) => runAndReport({
          op,
          rawInput,
          j,
          client,
          config,
          dir: workspace.dir,
          pr,
          progress,
          save,
          control: runControl,
          log,
          actorPermission,
          policyRules,
          resumed: job.attempts > 1
        })
      });
    } finally {
      superseded.stop();
      workspace.dispose();
      rmSync3(patchDir, { recursive: true, force: true });
    }
  };
  async function runAndReport(o) {
    const check = o.op.check;
    if (!check) return;
    const p = progressFor(o.progress, check.name, now);
    if (p.done) return;
    const reporter = checkReporter({
      client: o.client,
      owner: o.j.owner,
      repo: o.j.repo,
      name: checkRunName(check.name),
      headSha: o.j.headSha,
      progress: p,
      save: o.save,
      now,
      resumed: o.resumed,
      ...deps.runPageUrl ? { detailsUrl: deps.runPageUrl(p.runId) } : {}
    });
    const previous = await deps.store.getRun(p.runId);
    let record;
    if (previous && isTerminal(previous.state)) {
      record = previous;
    } else {
      if (previous) p.runId = newRunId(now());
      await o.save();
      const long = (o.op.guard?.timeoutS ?? 0) >= (deps.longTimeoutS ?? 3600);
      const grace = long ? void 0 : setTimeout(
        () => void reporter.start().catch((e) => o.log.warn({ err: String(e) }, "could not show check in progress")),
        deps.graceMs ?? 2e3
      );
      if (long) await reporter.start();
      try {
        record = await runOp({
          op: o.op,
          rawInput: o.rawInput,
          face: "app",
          actor: o.j.actor,
          actorPermission: o.actorPermission,
          policyRules: o.policyRules,
          store: deps.store,
          config: o.config,
          cwd: o.dir,
          dataDir: deps.dataDir,
          ...deps.sandbox ? { sandbox: deps.sandbox } : {},
          redaction: redactionSources(),
          runId: await createQueuedRun(o.op, p.runId, o.j),
          signal: o.control.signal,
          log: o.log,
          ports: { github: o.client, repo: { owner: o.j.owner, repo: o.j.repo } },
          externalRef: {
            repo: `${o.j.owner}/${o.j.repo}`,
            sha: o.j.headSha,
            ...o.j.pullNumber !== void 0 ? { pull: String(o.j.pullNumber) } : {}
          }
        });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        await reporter.finish(
          makeReport({
            conclusion: "failure",
            title: `${o.op.name} could not start`,
            summary: `\`\`\`
${error.message}
\`\`\``
          }),
          { fullListAt: "the summary" }
        );
        return;
      } finally {
        if (grace) clearTimeout(grace);
      }
    }
    const waiting = record.pdrs.find((d) => d.rule === CODE_AUTHOR_RULE && d.verdict === "deny");
    const report = withSupersededNote(withChangeNote(reportOf(record), o.pr), o.control.signal);
    await reporter.finish(waiting ? approvalReport(report, waiting.reason) : report, {
      fullListAt: fullListAt(record, deps.runPageUrl?.(record.id)),
      ...record.startedAt ? { startedAt: record.startedAt } : {},
      ...waiting ? { actions: approvalCheckRunActions() } : {}
    });
  }
  async function wholeChange(o) {
    try {
      const baseSha = o.j.baseSha ?? await getPullBase({ client: o.client, owner: o.j.owner, repo: o.j.repo, pullNumber: o.j.pullNumber });
      if (!baseSha) throw new Error("the pull request has no base commit");
      const commits = await commitPullChange({
        client: o.client,
        owner: o.j.owner,
        repo: o.j.repo,
        baseSha,
        dir: o.dir,
        dataDir: deps.dataDir,
        workDir: deps.workDir,
        name: o.name,
        signal: o.signal
      });
      return {
        ...commits,
        note: `This pull request changes more files than GitHub lists (3,000): its change was computed with git from the base (\`${baseSha.slice(0, 7)}\`) and head trees.`
      };
    } catch (error) {
      if (o.signal.aborted) throw error;
      o.log.warn({ err: String(error) }, "could not compute the PR change with git: checking the whole head tree");
      return {
        note: "This pull request changes more files than GitHub lists (3,000), and its change could not be computed: the whole head tree was checked."
      };
    }
  }
  function watchPullHead(o) {
    const c = new AbortController();
    const pullNumber = o.j.pullNumber;
    if (pullNumber === void 0 || o.j.checks) return { signal: c.signal, stop: () => void 0 };
    let busy = false;
    const timer = setInterval(() => {
      if (busy || c.signal.aborted) return;
      busy = true;
      getPullHead({ client: o.client, owner: o.j.owner, repo: o.j.repo, pullNumber }).then((head) => {
        if (head && head.sha.toLowerCase() !== o.j.headSha.toLowerCase()) {
          o.log.info({ current: head.sha.slice(0, 7) }, "head superseded while its checks ran: cancelling");
          c.abort(new SupersededError(head.sha));
        }
      }).catch((e) => o.log.warn({ err: String(e) }, "could not read the pull request head")).finally(() => busy = false);
    }, deps.headPollMs ?? 1e4);
    timer.unref();
    return { signal: c.signal, stop: () => clearInterval(timer) };
  }
  async function createQueuedRun(op, runId, j) {
    await deps.store.createRun({
      id: runId,
      op: op.name,
      input: { sha: j.headSha, pull: j.pullNumber ?? null },
      actor: j.actor,
      face: "app",
      state: "queued",
      externalRef: { repo: `${j.owner}/${j.repo}`, sha: j.headSha, delivery: j.deliveryId },
      trace: [],
      pdrs: [],
      artifacts: [],
      scope: op.name,
      createdAt: now().toISOString()
    });
    return runId;
  }
}
function prInput(pr) {
  if (!pr) return {};
  const { note: _note, ...rest } = pr;
  return rest;
}
var SupersededError = class extends Error {
  name = "SupersededError";
  sha;
  constructor(sha) {
    super(`superseded by ${sha}`);
    this.sha = sha;
  }
};
function withSupersededNote(report, signal) {
  if (report.conclusion !== "cancelled" || !(signal.reason instanceof SupersededError)) return report;
  return {
    ...report,
    title: `Cancelled: a newer push (${signal.reason.sha.slice(0, 7)}) superseded this commit`,
    summary: `The pull request's head moved to \`${signal.reason.sha.slice(0, 7)}\` while this check ran, so it was stopped; the new head has checks of its own.

${report.summary}`
  };
}
function withChangeNote(report, pr) {
  return pr?.note ? { ...report, summary: `${pr.note}

${report.summary}` } : report;
}
async function permissionFor(checks, config, j, client) {
  const needsMore = checks.some(
    (op) => !permits("read", config.policy.permissions[op.name] ?? op.guard?.permission ?? "read")
  );
  if (!needsMore) return "read";
  const actual = await getActorPermission({ client, owner: j.owner, repo: j.repo, username: j.actor });
  return permits(actual, "read") ? actual : "read";
}
function approvalReport(denied, reason) {
  return makeReport({
    conclusion: "action_required",
    title: "Waiting for a maintainer to approve running this code",
    summary: [
      `**${reason}.**`,
      "",
      "Odoo CI runs the pull request's code. Someone with the permission it requires can click **Approve and run** to run this commit once; the approval is recorded with who gave it. A Re-run asks again, and a new push needs a new approval.",
      "",
      denied.summary
    ].join("\n")
  });
}
function progressFor(progress, name, now) {
  progress.checks[name] ??= { runId: newRunId(now()), started: false, next: 0, done: false };
  return progress.checks[name];
}

// app/commands/handle-command-job.ts
import { mkdirSync as mkdirSync6 } from "node:fs";
import { join as join7 } from "node:path";

// src/commands/command-specs.ts
var environment = external_exports.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "an environment name from .github/oda.yml").describe("Environment (a key of environments in .github/oda.yml)");
var lockInputSchema = external_exports.object({
  environment,
  /** Why, shown to whoever finds the environment locked. */
  reason: external_exports.string().max(200).default("locked from a pull request").describe("Why, shown to whoever finds it locked"),
  /** How long the lock lasts: minutes, hours or days, at most 7 days. */
  for: external_exports.string().regex(/^([1-9][0-9]{0,4}m|[1-9][0-9]{0,2}h|[1-7]d)$/, "a duration such as 30m, 4h or 2d (at most 7d)").default("24h").describe("How long the lock lasts (30m, 4h, 2d; at most 7d)")
});
var unlockInputSchema = external_exports.object({ environment });
var rerunInputSchema = external_exports.object({
  /** Check names (`oda / <name>`) to run again; none: every enabled check. */
  checks: external_exports.array(external_exports.string().max(64)).max(20).default([]).describe("Checks to run again (default: all)")
});
var ownCommands = [
  {
    name: "help",
    summary: "List the commands you may run here",
    input: external_exports.object({}),
    positional: [],
    permission: "read"
  },
  { name: "locks", summary: "List the environment locks", input: external_exports.object({}), positional: [], permission: "read" },
  {
    name: "lock",
    summary: "Lock an environment for this pull request, with a reason and an expiry (default 24h)",
    input: lockInputSchema,
    positional: ["environment"],
    permission: "write",
    freeText: ["reason"]
  },
  {
    name: "unlock",
    summary: "Release an environment's lock (its pull request, or maintain permission)",
    input: unlockInputSchema,
    positional: ["environment"],
    permission: "write"
  },
  {
    name: "rerun",
    summary: "Run oda's checks of this pull request again (all, or those named)",
    input: rerunInputSchema,
    positional: ["checks"],
    permission: "write"
  }
];
var opCommands = [
  { name: "deploy", op: "deploy", toEnvironment: true },
  { name: "rollback", op: "rollback" },
  { name: "health", op: "health" }
];
function commandSpecs(ops) {
  const fromOps = opCommands.flatMap((c) => {
    const op = ops.find((o) => o.name === c.op);
    if (!op) return [];
    return [
      {
        name: c.name,
        summary: op.summary,
        op: op.name,
        input: op.input,
        positional: op.positional ?? [],
        permission: op.guard?.permission ?? "read",
        freeText: ["reason"],
        ...c.toEnvironment ? { toEnvironment: true } : {}
      }
    ];
  });
  return [...fromOps, ...ownCommands];
}

// src/github/comments/add-comment-reaction.ts
async function addCommentReaction(o) {
  await o.client.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
    owner: o.owner,
    repo: o.repo,
    comment_id: o.commentId,
    content: o.content
  });
}

// src/github/comments/write-issue-comment.ts
var MAX_COMMENT_BODY = 65536;
async function writeIssueComment(o) {
  const body = o.body.length > MAX_COMMENT_BODY ? `${o.body.slice(0, MAX_COMMENT_BODY - 40)}

\u2026 (cut at GitHub's limit)` : o.body;
  const res = o.commentId === void 0 ? await o.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: o.owner,
    repo: o.repo,
    issue_number: o.issueNumber,
    body
  }) : await o.client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
    owner: o.owner,
    repo: o.repo,
    comment_id: o.commentId,
    body
  });
  const data = external_exports.object({ id: external_exports.number(), html_url: external_exports.string() }).parse(res.data);
  return { id: data.id, url: data.html_url };
}

// src/github/is-team-member.ts
async function isTeamMember(o) {
  const [org = "", slug = ""] = o.team.split("/");
  try {
    const res = await o.client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
      org,
      team_slug: slug,
      username: o.username
    });
    const data = res.data;
    return typeof data === "object" && data !== null && "state" in data && data.state === "active";
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

// app/commands/command-progress.ts
function readCommandProgress(saved) {
  const out = { acknowledged: false, commands: [] };
  if (typeof saved !== "object" || saved === null) return out;
  if ("acknowledged" in saved && saved.acknowledged === true) out.acknowledged = true;
  const list = "commands" in saved && Array.isArray(saved.commands) ? saved.commands : [];
  for (const c of list) {
    if (typeof c !== "object" || c === null) {
      out.commands.push({ done: false });
      continue;
    }
    out.commands.push({
      ..."statusCommentId" in c && typeof c.statusCommentId === "number" ? { statusCommentId: c.statusCommentId } : {},
      ..."runId" in c && typeof c.runId === "string" ? { runId: c.runId } : {},
      done: "done" in c && c.done === true
    });
  }
  return out;
}

// app/commands/command-rules.ts
function commandPermission(spec, environment2, config) {
  const configured = config.commands.permissions[spec.name];
  let best = configured ? { permission: configured, source: `.github/oda.yml commands.permissions.${spec.name}` } : { permission: spec.permission, source: `command /${spec.name} default` };
  const envLevel = environment2 === void 0 ? void 0 : config.commands.environments[environment2];
  if (envLevel && !permits(best.permission, envLevel))
    best = { permission: envLevel, source: `.github/oda.yml commands.environments.${environment2}` };
  return best;
}
function describeLock(info) {
  const who = /^pr:\d+$/.test(info.runId) ? `#${info.runId.slice(3)}` : info.runUrl;
  return `${who} (${info.owner}: ${info.reason}, expires ${info.expiresAt})`;
}
function commandRules(f, config) {
  const rules = [
    {
      rule: "command-permission",
      evaluate: () => {
        const need = commandPermission(f.spec, f.environment, config);
        const ok = permits(f.permission, need.permission);
        return {
          verdict: ok ? "allow" : "deny",
          reason: ok ? `${f.actor} has ${f.permission}, /${f.spec.name}${f.environment ? ` on ${f.environment}` : ""} needs ${need.permission} (${need.source})` : `${f.actor} has ${f.permission} permission but /${f.spec.name}${f.environment ? ` on ${f.environment}` : ""} needs ${need.permission} (${need.source})`,
          inputs: { actor: f.actor, permission: f.permission, required: need.permission, source: need.source }
        };
      }
    }
  ];
  if (f.inAllowList !== void 0)
    rules.push({
      rule: "allow-list",
      evaluate: () => ({
        verdict: f.inAllowList ? "allow" : "deny",
        reason: f.inAllowList ? `${f.actor} is in the allow list of /${f.spec.name}` : `${f.actor} is not in the users or teams of .github/oda.yml commands.allow.${f.spec.name}`,
        inputs: { actor: f.actor, ...config.commands.allow[f.spec.name] }
      })
    });
  if (f.environment !== void 0 && ["deploy", "rollback", "lock"].includes(f.spec.name))
    rules.push({
      rule: "environment-lock",
      evaluate: () => {
        const held = f.lock && !isLockExpired(f.lock, f.now) ? f.lock : void 0;
        if (!held) return { verdict: "allow", reason: `${f.environment} is not locked`, inputs: {} };
        if (held.runId === f.lockId && f.spec.name === "lock")
          return { verdict: "allow", reason: `${f.environment} is locked by this pull request: renewed`, inputs: {} };
        const mine = held.runId === f.lockId ? " (this pull request: /unlock it first)" : "";
        return {
          verdict: "deny",
          reason: `${f.environment} is locked by ${describeLock(held)}${mine}`,
          inputs: { holder: held.runId, expiresAt: held.expiresAt }
        };
      }
    });
  if (f.environment !== void 0 && f.spec.name === "unlock")
    rules.push({
      rule: "lock-owner",
      evaluate: () => {
        const held = f.lock;
        if (!held || held.runId === f.lockId)
          return { verdict: "allow", reason: held ? "the lock is this pull request\u2019s" : "not locked", inputs: {} };
        const ok = permits(f.permission, "maintain");
        return {
          verdict: ok ? "allow" : "deny",
          reason: ok ? `${f.actor} has ${f.permission}: may release a lock held by ${describeLock(held)}` : `the lock is held by ${describeLock(held)}; only that pull request or maintain permission may release it`,
          inputs: { holder: held.runId, permission: f.permission }
        };
      }
    });
  return rules;
}

// app/commands/render-status-comment.ts
var MARKER = "<!-- oda:command-status -->";
var ICON = {
  succeeded: "\u2705 succeeded",
  failed: "\u274C failed",
  cancelled: "\u23F9\uFE0F cancelled",
  timed_out: "\u23F1\uFE0F timed out",
  running: "\u23F3 running",
  queued: "\u23F3 queued"
};
function renderStatusComment(v) {
  const head = `${MARKER}
### oda \`${code(v.text)}\``;
  const who = `[asked](${v.commentUrl}) by @${v.actor}${v.permission ? ` (${v.permission})` : ""}`;
  if (v.phase === "rejected" && v.rejection) {
    return [
      head,
      `\u2753 **Not run**: ${esc(v.rejection.error)}`,
      "",
      ...v.rejection.usage ? [`Usage: \`${code(v.rejection.usage)}\``, ""] : [],
      `${who}. Nothing was executed. \`/help\` lists the commands you may run.`
    ].join("\n");
  }
  const r = v.record;
  if (!r || v.phase === "running") return [head, `\u23F3 **running** \xB7 ${who}${r ? ` \xB7 run \`${r.id}\`` : ""}`].join("\n");
  const denial = r.pdrs.find((d) => d.verdict === "deny");
  const status = denial ? "\u26D4 denied" : ICON[r.state] ?? r.state;
  const data = r.report?.data ?? {};
  const facts = [
    ["result", `${status}: ${esc(r.title ?? "")}`],
    ["asked", who],
    ...typeof data["environment"] === "string" ? [["environment", `\`${code(data["environment"])}\``]] : [],
    ...typeof data["refName"] === "string" ? [["ref", `\`${code(data["refName"])}\``]] : [],
    ...typeof data["sha"] === "string" && data["sha"] ? [["sha", `\`${code(data["sha"])}\``]] : [],
    ...typeof data["workflowRunUrl"] === "string" ? [["workflow run", esc(data["workflowRunUrl"])]] : [],
    ...typeof data["deploymentId"] === "number" ? [["deployment", `#${data["deploymentId"]}`]] : [],
    ["run", `\`${r.id}\`${r.evidenceDigest ? ` \xB7 evidence sha256 \`${r.evidenceDigest.slice(0, 16)}\u2026\`` : ""}`]
  ];
  const out = [head, "", "| | |", "|---|---|", ...facts.map(([k, val]) => `| ${k} | ${val} |`)];
  if (r.pdrs.length > 0)
    out.push(
      "",
      `<details><summary>Policy decisions (${r.pdrs.length})</summary>`,
      "",
      "| rule | verdict | reason |",
      "|---|---|---|",
      ...r.pdrs.map((d) => `| ${esc(d.rule)} | ${d.verdict} | ${esc(d.reason)} |`),
      "",
      "</details>"
    );
  if (r.trace.length > 0)
    out.push(
      "",
      `<details><summary>Steps (${r.trace.length})</summary>`,
      "",
      "| step | status | took |",
      "|---|---|---|",
      ...r.trace.map((s) => `| ${esc(s.name)} | ${s.status} | ${took(s.startedAt, s.endedAt)} |`),
      "",
      "</details>"
    );
  const summary = r.report?.summary?.trim();
  if (summary) {
    if (summary.length < 4e3 && r.trace.length <= 1) out.push("", summary);
    else out.push("", "<details><summary>Report</summary>", "", summary, "", "</details>");
  }
  return out.join("\n");
}
function took(from, to) {
  if (!to) return "";
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? ms < 1e3 ? `${ms} ms` : `${(ms / 1e3).toFixed(1)} s` : "";
}
function esc(text) {
  return text.replace(/[|<>]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, " ");
}
function code(text) {
  return text.replace(/`/g, "'").replace(/\r?\n/g, " ").slice(0, 200);
}

// app/commands/own-ops/help-op.ts
function helpOp(o) {
  return defineOp({
    name: "command.help",
    summary: "Lists the commands the commenter may run",
    input: external_exports.object({}),
    run: async () => {
      const may = [];
      const not = [];
      for (const spec of o.specs) {
        const need = commandPermission(spec, void 0, o.config);
        const listed = o.allowed.get(spec.name);
        const line = `| \`${commandUsage(spec)}\` | ${spec.summary} |`;
        if (permits(o.permission, need.permission) && listed !== false) may.push(line);
        else
          not.push(
            `| \`/${spec.name}\` | needs ${need.permission}${listed === false ? " and the allow list of .github/oda.yml" : ""} |`
          );
      }
      const envs = Object.keys(o.config.environments);
      const envLevels = Object.entries(o.config.commands.environments);
      const summary = [
        `Commands @${o.actor} (${o.permission}) may run here:`,
        "",
        "| usage | what it does |",
        "|---|---|",
        ...may,
        ...not.length > 0 ? ["", "Not for you here:", "", "| command | why |", "|---|---|", ...not] : [],
        "",
        `Environments: ${envs.length > 0 ? envs.map((e) => `\`${e}\``).join(", ") : "none defined in .github/oda.yml"}.`,
        ...envLevels.length > 0 ? [`Per environment: ${envLevels.map(([e, p]) => `\`${e}\` needs ${p}`).join(", ")}.`] : [],
        "One command per line, as the first thing on the line; quoted and code-formatted lines are ignored."
      ].join("\n");
      return makeReport({ conclusion: "success", title: `${may.length} command(s) available`, summary });
    }
  });
}

// app/commands/own-ops/lock-op.ts
function lockOp(o) {
  return defineOp({
    name: "command.lock",
    summary: "Locks an environment for this pull request",
    input: lockInputSchema,
    sideEffects: true,
    run: async (ctx, input) => {
      const unit = input.for.slice(-1);
      const ms = Number(input.for.slice(0, -1)) * (unit === "m" ? 6e4 : unit === "h" ? 36e5 : 864e5);
      const now = ctx.now();
      const info = {
        environment: input.environment,
        owner: ctx.actor,
        runId: o.lockId,
        runUrl: o.issueUrl,
        reason: ctx.redact.redact(input.reason),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + ms).toISOString()
      };
      const attempt = await ctx.step("take lock", async () => {
        const current = await o.lock.read(input.environment);
        if (current?.runId === o.lockId) await o.lock.release(input.environment, o.lockId);
        return o.lock.acquire(info);
      });
      if (!attempt.acquired)
        return makeReport({
          conclusion: "failure",
          title: `${input.environment} is locked by ${describeLock(attempt.holder)}`
        });
      return makeReport({
        conclusion: "success",
        title: `${input.environment} locked until ${info.expiresAt}`,
        summary: `Reason: ${info.reason}. Release it with \`/unlock ${input.environment}\`; closing or merging this pull request releases it too.`,
        data: { lock: info }
      });
    }
  });
}

// app/commands/own-ops/locks-op.ts
function locksOp(o) {
  return defineOp({
    name: "command.locks",
    summary: "Lists the environment locks",
    input: external_exports.object({}),
    run: async (ctx) => {
      const rows = [];
      let held = 0;
      for (const env of o.environments) {
        const info = await ctx.step(`read lock ${env}`, () => o.lock.read(env));
        const expired = info !== void 0 && isLockExpired(info, ctx.now());
        if (info && !expired) held++;
        rows.push(`| \`${env}\` | ${info ? `${expired ? "expired: " : ""}${describeLock(info)}` : "free"} |`);
      }
      return makeReport({
        conclusion: "success",
        title: `${held} of ${o.environments.length} environment(s) locked`,
        summary: o.environments.length === 0 ? ".github/oda.yml defines no environments." : ["| environment | lock |", "|---|---|", ...rows].join("\n")
      });
    }
  });
}

// app/commands/own-ops/rerun-op.ts
function rerunOp(o) {
  return defineOp({
    name: "command.rerun",
    summary: "Runs the pull request's checks again",
    input: rerunInputSchema,
    sideEffects: true,
    run: async (ctx, input) => {
      const unknown = input.checks.filter((c) => !o.known.includes(c));
      if (unknown.length > 0)
        return makeReport({
          conclusion: "failure",
          title: `unknown check(s): ${unknown.join(", ")}`,
          summary: `Checks enabled here: ${o.known.join(", ") || "none"}.`
        });
      const queued = await ctx.step("queue checks", () => o.queue(input.checks));
      if (!queued) return makeReport({ conclusion: "failure", title: "/rerun works on pull requests only" });
      return makeReport({
        conclusion: "success",
        title: `${input.checks.length > 0 ? input.checks.join(", ") : "every check"} queued again on ${queued.sha.slice(0, 7)}`
      });
    }
  });
}

// app/commands/own-ops/unlock-op.ts
function unlockOp(o) {
  return defineOp({
    name: "command.unlock",
    summary: "Releases an environment's lock",
    input: unlockInputSchema,
    sideEffects: true,
    run: async (ctx, input) => {
      const held = await ctx.step("read lock", () => o.lock.read(input.environment));
      if (!held) return makeReport({ conclusion: "neutral", title: `${input.environment} was not locked` });
      if (held.runId !== o.judged)
        return makeReport({
          conclusion: "failure",
          title: `the lock on ${input.environment} changed hands: look again with /locks`
        });
      await ctx.step("release lock", () => o.lock.release(input.environment, held.runId));
      return makeReport({ conclusion: "success", title: `${input.environment} unlocked` });
    }
  });
}

// app/commands/own-ops/dispatch-deploy-op.ts
import { setTimeout as sleep } from "node:timers/promises";
var runSchema = external_exports.object({
  status: external_exports.string().nullable(),
  conclusion: external_exports.string().nullable(),
  html_url: external_exports.string(),
  run_number: external_exports.number()
});
function dispatchDeployOp(o) {
  const repo = { owner: o.owner, repo: o.repo };
  return defineOp({
    name: "command.deploy-workflow",
    summary: "Dispatches the deploy workflow and follows its run",
    input: deployInputSchema,
    sideEffects: true,
    guard: { timeoutS: 3600 },
    run: async (ctx, input) => {
      const info = external_exports.object({ default_branch: external_exports.string() }).parse((await o.client.request("GET /repos/{owner}/{repo}", repo)).data);
      const ref = input.ref || info.default_branch;
      const sha = await ctx.step("resolve ref", async (h) => {
        const commit = await o.client.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...repo, ref });
        const found = external_exports.object({ sha: external_exports.string() }).parse(commit.data).sha;
        h.note(`${ref} -> ${found}`);
        return found;
      });
      const data = { environment: input.environment, refName: ref, sha };
      if (input.dryRun)
        return makeReport({
          conclusion: "success",
          title: `would dispatch ${o.workflow} to deploy ${sha.slice(0, 7)} to ${input.environment}`,
          data
        });
      const dispatched = await ctx.step("dispatch workflow", async (h) => {
        const res = await o.client.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", {
          ...repo,
          workflow_id: o.workflow,
          ref: info.default_branch,
          inputs: { environment: input.environment, ref: sha },
          return_run_details: true
        });
        const d = external_exports.object({ workflow_run_id: external_exports.number(), html_url: external_exports.string() }).parse(res.data);
        h.note(d.html_url);
        return d;
      });
      const run = await ctx.step("follow workflow run", async () => {
        for (; ; ) {
          const r = runSchema.parse(
            (await o.client.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
              ...repo,
              run_id: dispatched.workflow_run_id
            })).data
          );
          if (r.status === "completed") return r;
          await sleep(o.pollS * 1e3, void 0, { signal: ctx.signal });
        }
      });
      return makeReport({
        conclusion: run.conclusion === "success" ? "success" : "failure",
        title: `${o.workflow} run #${run.run_number} deploying ${sha.slice(0, 7)} to ${input.environment}: ${run.conclusion ?? "unknown"}`,
        summary: `Workflow run: ${run.html_url}. GitHub Environment protection rules of \`${input.environment}\` applied to it.`,
        data: { ...data, workflowRunUrl: run.html_url }
      });
    }
  });
}

// app/commands/handle-command-job.ts
function commandJobHandler(deps) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  return async (job, control) => {
    const j = commandJobSchema.parse(job.payload);
    const progress = readCommandProgress(job.progress);
    const save = () => control.saveProgress(progress);
    const log = deps.log.child({ job: job.id, repo: `${j.owner}/${j.repo}`, comment: j.commentId });
    const client = fenceWrites(await deps.auth(j.installationId), control.assertLease);
    const react = (content) => addCommentReaction({ client, owner: j.owner, repo: j.repo, commentId: j.commentId, content });
    let config;
    try {
      config = (await loadFaceConfig(githubConfigSource({ client, owner: j.owner, repo: j.repo }), deps.ops())).config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      if (progress.acknowledged) return;
      await writeIssueComment({
        client,
        owner: j.owner,
        repo: j.repo,
        issueNumber: j.issueNumber,
        body: `### oda
\u2753 **Not run**: .github/oda.yml on the default branch is invalid, so no command runs.

\`\`\`
${error.message}
\`\`\``
      });
      progress.acknowledged = true;
      await save();
      await react("confused");
      return;
    }
    const c = config.commands;
    if (!c.enabled || j.actorIsBot && !c.bots || j.edited && !c.edited) {
      log.info({ bot: j.actorIsBot, edited: j.edited }, "comment not read as commands");
      return;
    }
    const ops = deps.ops();
    const specs = commandSpecs(ops);
    const parsed = parseComment(j.body, {
      specs,
      environments: Object.keys(config.environments),
      perComment: c.perComment
    });
    if (parsed.length === 0) return;
    if (!progress.acknowledged) {
      await react("eyes");
      progress.acknowledged = true;
      await save();
    }
    const permission = await getActorPermission({ client, owner: j.owner, repo: j.repo, username: j.actor });
    const allowed = await allowListMembership(client, config, j.actor, specs);
    const lockId = `pr:${j.issueNumber}`;
    const lock = createGitHubDeployLock({
      octokit: client,
      owner: j.owner,
      repo: j.repo,
      now,
      anchorSha: () => anchorSha(client, j)
    });
    for (const [index, command] of parsed.entries()) {
      const step = progress.commands[index] ??= { done: false };
      if (step.done) continue;
      const status = async (body) => {
        const written = await writeIssueComment({
          client,
          owner: j.owner,
          repo: j.repo,
          issueNumber: j.issueNumber,
          ...step.statusCommentId !== void 0 ? { commentId: step.statusCommentId } : {},
          body
        });
        if (step.statusCommentId === void 0) {
          step.statusCommentId = written.id;
          await save();
        }
      };
      const text = configRedactor().redact(command.text);
      if (!command.ok) {
        await status(
          renderStatusComment({
            text,
            actor: j.actor,
            permission,
            commentUrl: j.commentUrl,
            phase: "rejected",
            rejection: command
          })
        );
        step.done = true;
        await save();
        await react("confused");
        continue;
      }
      const spec = specs.find((s) => s.name === command.name);
      const record = await runCommand2({
        client,
        j,
        spec,
        command,
        step,
        config,
        permission,
        allowed,
        lock,
        lockId,
        status,
        save,
        control,
        log,
        text
      });
      await status(
        renderStatusComment({ text, actor: j.actor, permission, commentUrl: j.commentUrl, phase: "done", record })
      );
      step.done = true;
      await save();
      await react(record.state === "succeeded" && !record.pdrs.some((d) => d.verdict === "deny") ? "rocket" : "-1");
    }
  };
  async function runCommand2(o) {
    const { j, spec, command } = o;
    if (o.step.runId) {
      const previous = await deps.store.getRun(o.step.runId);
      if (previous && isTerminal(previous.state)) return previous;
      if (previous) throw new Error(`run ${previous.id} was interrupted in state ${previous.state}; not started again`);
    }
    const environment2 = typeof command.args["environment"] === "string" ? command.args["environment"] : void 0;
    const held = environment2 === void 0 ? void 0 : await o.lock.read(environment2);
    const args = { ...command.args };
    if (spec.name === "deploy" && !args["ref"] && j.isPull) {
      const head = await getPullHead({ client: o.client, owner: j.owner, repo: j.repo, pullNumber: j.issueNumber });
      if (head) args["ref"] = head.sha;
    }
    const op = ownOp(spec, o, held) ?? deps.ops().find((x) => x.name === spec.op);
    if (!op) throw new Error(`command /${spec.name} names op ${spec.op ?? "?"} that is not registered`);
    const runId = newRunId(now());
    o.step.runId = runId;
    await o.save();
    if (spec.op)
      await o.status(
        renderStatusComment({
          text: o.text,
          actor: j.actor,
          permission: o.permission,
          commentUrl: j.commentUrl,
          phase: "running"
        })
      );
    const cwd = join7(deps.dataDir, "command-runs", runId);
    mkdirSync6(cwd, { recursive: true });
    return runOp({
      op,
      rawInput: args,
      face: "app",
      actor: j.actor,
      actorPermission: o.permission,
      store: deps.store,
      config: o.config,
      cwd,
      dataDir: deps.dataDir,
      env: { ...deps.deployEnv },
      redaction: redactionSources(),
      runId: await createQueuedRun(op, runId, j, args),
      signal: o.control.signal,
      log: o.log,
      policyRules: commandRules(
        {
          spec,
          environment: environment2,
          actor: j.actor,
          permission: o.permission,
          inAllowList: o.allowed.get(spec.name),
          lock: held,
          lockId: o.lockId,
          now: now()
        },
        o.config
      ),
      ports: { github: o.client, repo: { owner: j.owner, repo: j.repo }, runUrl: j.commentUrl },
      externalRef: {
        repo: `${j.owner}/${j.repo}`,
        issue: String(j.issueNumber),
        comment: j.commentUrl,
        delivery: j.deliveryId
      }
    });
  }
  function ownOp(spec, o, held) {
    switch (spec.name) {
      case "deploy": {
        const d = o.config.commands.deploy;
        if (d.run !== "workflow") return void 0;
        return dispatchDeployOp({
          client: o.client,
          owner: o.j.owner,
          repo: o.j.repo,
          workflow: d.workflow,
          pollS: d.pollS
        });
      }
      case "help":
        return helpOp({
          specs: commandSpecs(deps.ops()),
          config: o.config,
          actor: o.j.actor,
          permission: o.permission,
          allowed: o.allowed
        });
      case "locks":
        return locksOp({ lock: o.lock, environments: Object.keys(o.config.environments) });
      case "lock":
        return lockOp({ lock: o.lock, lockId: o.lockId, issueUrl: o.j.issueUrl });
      case "unlock":
        return unlockOp({ lock: o.lock, judged: held?.runId });
      case "rerun":
        return rerunOp({
          known: enabledChecks(deps.ops(), o.config).map((op) => op.check?.name ?? ""),
          queue: async (checks) => {
            if (!o.j.isPull) return void 0;
            const head = await getPullHead({
              client: o.client,
              owner: o.j.owner,
              repo: o.j.repo,
              pullNumber: o.j.issueNumber
            });
            if (!head) return void 0;
            const job = {
              installationId: o.j.installationId,
              owner: o.j.owner,
              repo: o.j.repo,
              headSha: head.sha,
              pullNumber: o.j.issueNumber,
              checks,
              reason: "issue_comment.rerun",
              actor: o.j.actor,
              deliveryId: o.j.deliveryId
            };
            const { created } = await deps.enqueueChecks(job);
            return { created, sha: head.sha };
          }
        });
      default:
        return void 0;
    }
  }
  async function createQueuedRun(op, runId, j, args) {
    await deps.store.createRun({
      id: runId,
      op: op.name,
      input: configRedactor().redactValue(args),
      actor: j.actor,
      face: "app",
      state: "queued",
      externalRef: { repo: `${j.owner}/${j.repo}`, comment: j.commentUrl, delivery: j.deliveryId },
      trace: [],
      pdrs: [],
      artifacts: [],
      scope: op.name,
      createdAt: now().toISOString()
    });
    return runId;
  }
}
async function allowListMembership(client, config, actor, specs) {
  const out = /* @__PURE__ */ new Map();
  const teams = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const list = config.commands.allow[spec.name];
    if (!list) continue;
    let member = list.users.some((u) => u.toLowerCase() === actor.toLowerCase());
    for (const team of list.teams) {
      if (member) break;
      let asked = teams.get(team);
      if (!asked) teams.set(team, asked = isTeamMember({ client, team, username: actor }));
      member = await asked;
    }
    out.set(spec.name, member);
  }
  return out;
}
async function anchorSha(client, j) {
  if (j.isPull) {
    const head = await getPullHead({ client, owner: j.owner, repo: j.repo, pullNumber: j.issueNumber });
    if (head) return head.sha;
  }
  const repo = await client.request("GET /repos/{owner}/{repo}", { owner: j.owner, repo: j.repo });
  const branch = external_exports.object({ default_branch: external_exports.string() }).parse(repo.data).default_branch;
  const commit = await client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
    owner: j.owner,
    repo: j.repo,
    ref: branch
  });
  return external_exports.object({ sha: external_exports.string() }).parse(commit.data).sha;
}

// app/server.ts
var WEBHOOK_PATH = "/api/github/webhooks";
function parseRole(value) {
  if (value === void 0 || value === "" || value === "all") return "all";
  if (value === "web" || value === "worker") return value;
  throw new Error(`ODA_APP_ROLE is "${value}"; expected all, web or worker`);
}
function deployEnvOf(env) {
  const names = (env["ODA_DEPLOY_ENV"] ?? "").split(",").map((n) => n.trim());
  const own = /* @__PURE__ */ new Set(["APP_ID", "PRIVATE_KEY", "PRIVATE_KEY_PATH", "WEBHOOK_SECRET", "DATABASE_URL"]);
  return Object.fromEntries(
    names.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) && !own.has(n)).map((n) => [n, env[n]])
  );
}
function hasAppCredentials(env) {
  return Boolean(env["APP_ID"] && (env["PRIVATE_KEY"] || env["PRIVATE_KEY_PATH"]) && env["WEBHOOK_SECRET"]);
}
async function startApp(o) {
  const env = o.env;
  const missing = ["APP_ID", "WEBHOOK_SECRET"].filter((k) => !env[k]);
  if (!env["PRIVATE_KEY"] && !env["PRIVATE_KEY_PATH"]) missing.push("PRIVATE_KEY or PRIVATE_KEY_PATH");
  if (missing.length > 0)
    throw new Error(
      `the GitHub App needs ${missing.join(", ")} in the environment (or run \`oda start\` without any of them for the sandbox)`
    );
  const sandbox = sandboxFromEnv(env);
  if (sandbox.user && !env["PRIVATE_KEY"] && env["PRIVATE_KEY_PATH"] && readableBy(env["PRIVATE_KEY_PATH"], sandbox.user))
    throw new SandboxConfigError(
      `PRIVATE_KEY_PATH ${env["PRIVATE_KEY_PATH"]} can be read by ${sandbox.user.name}, the user the PR's code runs as: chmod 600 it (owned by the App's user)`
    );
  const privateKey = env["PRIVATE_KEY"] ? env["PRIVATE_KEY"].replace(/\\n/g, "\n") : readFileSync(env["PRIVATE_KEY_PATH"] ?? "", "utf8");
  const secret = env["WEBHOOK_SECRET"] ?? "";
  const redactor = new Redactor({ patterns: builtinRedactionPatterns, values: [privateKey, secret] });
  const log = o.log ?? createLogger({ redactor, level: env["LOG_LEVEL"] ?? "info", base: { name: "oda-app" } });
  const dataDir = defaultDataDir(env);
  mkdirSync7(dataDir, { recursive: true, mode: 448 });
  chmodSync(dataDir, 448);
  const ownWorkDir = env["ODA_WORK_DIR"] ? void 0 : mkdtempSync(join8(tmpdir(), "oda-work-"));
  const workDir = env["ODA_WORK_DIR"] ?? ownWorkDir;
  mkdirSync7(workDir, { recursive: true });
  chmodSync(workDir, 457);
  for (const limit of sandbox.limits) log.warn({ sandbox: "limited" }, `sandbox of PR code: ${limit}`);
  const store = o.store ?? await openStore({ dataDir, ...env["DATABASE_URL"] ? { databaseUrl: env["DATABASE_URL"] } : {} });
  const queue = o.queue ?? openJobQueue({ dataDir, ...env["DATABASE_URL"] ? { databaseUrl: env["DATABASE_URL"] } : {} });
  const probot = new Probot({
    appId: env["APP_ID"],
    privateKey,
    secret,
    log: log.child({ name: "probot" }),
    Octokit: odaOctokit({
      throttle: o.throttle !== false,
      ...o.retryBaseMs !== void 0 ? { retryBaseMs: o.retryBaseMs } : {}
    }),
    ...o.fetch ? { request: { fetch: o.fetch } } : {},
    ...env["GITHUB_API_URL"] ? { baseUrl: env["GITHUB_API_URL"] } : {}
  });
  const middleware = await createNodeMiddleware(odaApp({ queue }), { probot, webhooksPath: WEBHOOK_PATH });
  const auth = async (installationId) => probot.auth(installationId);
  const role = o.role ?? parseRole(env["ODA_APP_ROLE"]);
  const ops = o.ops ?? allOps;
  const checks = checkJobHandler({
    auth,
    store,
    dataDir,
    workDir,
    sandbox,
    ops,
    log,
    ...o.worker?.graceMs !== void 0 ? { graceMs: o.worker.graceMs } : {},
    ...o.worker?.headPollMs !== void 0 ? { headPollMs: o.worker.headPollMs } : {},
    ...runPages(env["ODA_CONTROL_ROOM_URL"])
  });
  const commands = commandJobHandler({
    auth,
    store,
    dataDir,
    ops,
    log,
    deployEnv: deployEnvOf(env),
    enqueueChecks: (job) => queue.enqueue({ kind: CHECK_JOB, key: checkJobKey(job), payload: job })
  });
  const releases = releaseLocksHandler({ auth, ops, log });
  const worker = role === "web" ? void 0 : startWorker({
    queue,
    kinds: [CHECK_JOB, COMMAND_JOB, RELEASE_LOCKS_JOB],
    handle: (job, control) => job.kind === COMMAND_JOB ? commands(job, control) : job.kind === RELEASE_LOCKS_JOB ? releases(job, control) : checks(job, control),
    concurrency: o.worker?.concurrency ?? 4,
    ...o.worker?.leaseMs !== void 0 ? { leaseMs: o.worker.leaseMs } : {},
    // A worker of its own process is not woken by enqueues in the web process: poll briskly.
    pollMs: o.worker?.pollMs ?? (role === "worker" ? 100 : 500),
    // GitHub outages can last a while: 30 attempts, backing off from 1 s to 5 min, keep a
    // report owed for about two hours before the job is given up.
    maxAttempts: 30,
    backoffMs: o.worker?.backoffMs ?? ((n) => Math.min(3e5, 1e3 * 2 ** (n - 1))),
    onError: (job, error, willRetry) => log.warn(
      {
        job: job.id,
        attempt: job.attempts,
        willRetry,
        err: error instanceof Error ? error.message : String(error)
      },
      "check job attempt failed"
    ),
    onLeaseLost: (job, error) => log.warn(
      { job: job.id, attempt: job.attempts, fence: error.fence },
      "job lease lost: work aborted, no further writes for this attempt"
    )
  });
  const acks = new AckTimer();
  const connectedAt = /* @__PURE__ */ new WeakMap();
  const maxBody = o.maxWebhookBytes ?? MAX_WEBHOOK_BYTES;
  const server = role === "worker" ? void 0 : createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") {
      void queue.counts().then(
        (counts) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, role, queue: counts }))
      );
      return;
    }
    if (req.method === "GET" && req.url?.startsWith("/metrics")) {
      const since = Number(new URL(req.url, "http://app").searchParams.get("since") ?? 0);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ webhookAckMs: acks.summary(Number.isFinite(since) ? since : 0) }));
      return;
    }
    if (req.method === "POST" && req.url === WEBHOOK_PATH) {
      const started = connectedAt.get(req.socket) ?? performance.now();
      res.once("finish", () => acks.record(performance.now() - started));
    }
    connectedAt.delete(req.socket);
    const notFound = () => void res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    if (req.method !== "POST") return void middleware(req, res, notFound);
    readCappedBody(req, maxBody).then(
      (read) => {
        if (!read.ok) {
          log.warn(
            {
              delivery: req.headers["x-github-delivery"],
              event: req.headers["x-github-event"],
              bytes: read.bytes
            },
            `webhook body over ${maxBody} bytes refused`
          );
          res.once("finish", () => req.destroy());
          res.writeHead(413, { "content-type": "application/json", connection: "close" }).end(JSON.stringify({ error: `payload larger than ${maxBody} bytes` }));
          return;
        }
        const body = new TextDecoder("utf-8", { fatal: false }).decode(read.body);
        if (req.url === WEBHOOK_PATH && !/^\s*\{/.test(body)) {
          res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: "payload must be a JSON object" }));
          return;
        }
        Object.assign(req, { body });
        void middleware(req, res, notFound);
      },
      () => req.destroy()
    );
  });
  server?.on("connection", (socket) => connectedAt.set(socket, performance.now()));
  let url = "";
  if (server) {
    const host = o.host ?? env["HOST"] ?? "0.0.0.0";
    await new Promise((resolve2, reject) => {
      server.once("error", reject);
      server.listen(o.port ?? Number(env["PORT"] ?? 3e3), host, () => resolve2());
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  }
  log.info(
    { role, url, webhook: url ? `${url}${WEBHOOK_PATH}` : void 0 },
    role === "worker" ? "oda app worker running" : "oda app listening"
  );
  return {
    url,
    webhookUrl: url ? `${url}${WEBHOOK_PATH}` : "",
    queue,
    store,
    worker,
    role,
    probot,
    idle: async () => {
      if (worker) return worker.idle();
      for (; ; ) {
        const c = await queue.counts();
        if (c.queued === 0 && c.running === 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      if (server) {
        await new Promise((resolve2) => server.close(() => resolve2()));
        server.closeAllConnections();
      }
      await worker?.stop();
      if (!o.queue) await queue.close();
      if (!o.store) await store.close();
      if (ownWorkDir) rmSync4(ownWorkDir, { recursive: true, force: true });
    }
  };
}
function runPages(base) {
  if (!base) return {};
  const url = new URL(base);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`ODA_CONTROL_ROOM_URL: "${base}" is not an http(s) URL`);
  const root = url.href.replace(/\/+$/, "");
  return { runPageUrl: (runId) => `${root}/runs/${encodeURIComponent(runId)}` };
}

export {
  WEBHOOK_PATH,
  hasAppCredentials,
  startApp
};
