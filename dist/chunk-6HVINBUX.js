import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  require_ajv,
  require_dist
} from "./chunk-OIBAPXGB.js";
import {
  schemaFields
} from "./chunk-OC5FE67W.js";
import {
  isTerminal,
  loadSqlite,
  openStore
} from "./chunk-MVMLBNYL.js";
import {
  defaultDataDir
} from "./chunk-SIJH5WKV.js";
import {
  enabledChecks
} from "./chunk-BFTZDAOE.js";
import {
  getActorPermission
} from "./chunk-OEKSQ5ZW.js";
import {
  createLogger,
  newRunId,
  permits,
  requiredPermission,
  runOp
} from "./chunk-LEZBGZ5C.js";
import {
  Redactor,
  builtinRedactionPatterns,
  configRedactor,
  githubConfigSource,
  loadFaceConfig
} from "./chunk-34BIHKVR.js";
import {
  InputError
} from "./chunk-ADIGWMAD.js";
import {
  ConfigError
} from "./chunk-NEK22LCI.js";
import {
  allOps,
  redactionSources
} from "./chunk-THPVXQSN.js";
import {
  defineOp
} from "./chunk-INJCVSTR.js";
import {
  Probot,
  ProbotOctokit,
  createNodeMiddleware,
  sign
} from "./chunk-WUGLCLR5.js";
import {
  createGitHubDeployLock,
  isLockExpired
} from "./chunk-MRU3N22I.js";
import {
  esm_default
} from "./chunk-H4D52SFG.js";
import {
  statusOf
} from "./chunk-F2GYBYQM.js";
import {
  readableBy,
  runCommand,
  sandboxFromEnv
} from "./chunk-FXRDIYR5.js";
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
import {
  __toESM
} from "./chunk-LY7GTVVW.js";

// app/server.ts
import { chmodSync, mkdirSync as mkdirSync7, mkdtempSync, readFileSync, rmSync as rmSync4 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join7 } from "node:path";
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
    const marks2 = options.kinds.map(() => "?").join(", ");
    return this.#transaction(() => {
      const row = this.#db.prepare(
        `UPDATE oda_jobs SET state = 'running', attempts = attempts + 1, worker = ?, lease_until = ?, updated_at = ?
          WHERE seq = (
            SELECT seq FROM oda_jobs
            WHERE kind IN (${marks2}) AND ((state = 'queued' AND run_after <= ?) OR (state = 'running' AND lease_until < ?))
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
function openJobQueue(o) {
  return o.databaseUrl ? new PgJobQueue({ connectionString: o.databaseUrl, ...o.schema ? { schema: o.schema } : {} }) : new SqliteJobQueue(join(o.dataDir, "queue.sqlite"));
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
    idle: () => new Promise((resolve4) => {
      idleWaiters.push(resolve4);
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
  return job.checks ? `rerun:${job.deliveryId}` : `checks:${job.owner}/${job.repo}@${job.headSha.toLowerCase()}`;
}

// src/github/check-run-name.ts
var CHECK_RUN_PREFIX = "oda / ";
function checkRunName(check) {
  return `${CHECK_RUN_PREFIX}${check}`;
}
function checkFromRunName(name) {
  return name.startsWith(CHECK_RUN_PREFIX) ? name.slice(CHECK_RUN_PREFIX.length) : void 0;
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
  return new Promise((resolve4, reject) => {
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
        resolve4({ ok: false, reason: "too-large", bytes });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve4({ ok: true, body: Buffer.concat(chunks, bytes) });
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
import { join as join5 } from "node:path";

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
    if (raw.length < PER_PAGE) break;
  }
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
  const out = { changedFiles: [], unpatchedFiles: [], patchedFiles: 0 };
  const fh = await open(o.file, "wx", 384);
  try {
    await forEachPullFilesPage(o, async (files) => {
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
function fullListAt(record) {
  const artifact = record.artifacts[0];
  if (artifact) return `the run's artifact \`${artifact.name}\``;
  if (record.evidencePath) return `the evidence pack of run \`${record.id}\``;
  return `run \`${record.id}\` (\`oda runs show ${record.id}\`)`;
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
    summary: `oda reads its config from the default branch. Fix these problems there; checks run again on the next push.

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
    const wanted = j.checks && j.checks.length > 0 ? new Set(j.checks) : void 0;
    const checks = enabledChecks(deps.ops(), config).filter((op) => !wanted || wanted.has(op.check?.name ?? ""));
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
    const patchDir = join5(deps.dataDir, "patches");
    const patchFile = join5(patchDir, `${name.replace(/[^A-Za-z0-9._-]/g, "_")}.diff`);
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
        pr = { changedFiles: d.changedFiles, patchFile, unpatchedFiles: d.unpatchedFiles };
      }
      await Promise.all(
        checks.map(
          (op) => runAndReport({
            op,
            j,
            client,
            config,
            dir: workspace.dir,
            pr,
            progress,
            save,
            control,
            log,
            actorPermission,
            policyRules,
            resumed: job.attempts > 1
          })
        )
      );
    } finally {
      workspace.dispose();
      rmSync3(patchFile, { force: true });
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
      resumed: o.resumed
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
          rawInput: check.input({ dir: o.dir, ...o.pr ?? {} }),
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
    await reporter.finish(waiting ? approvalReport(reportOf(record), waiting.reason) : reportOf(record), {
      fullListAt: fullListAt(record),
      ...record.startedAt ? { startedAt: record.startedAt } : {},
      ...waiting ? { actions: approvalCheckRunActions() } : {}
    });
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
import { join as join6 } from "node:path";

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
        const current2 = await o.lock.read(input.environment);
        if (current2?.runId === o.lockId) await o.lock.release(input.environment, o.lockId);
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

// app/commands/handle-command-job.ts
function commandJobHandler(deps) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  return async (job, control) => {
    const j = commandJobSchema.parse(job.payload);
    const progress = readCommandProgress(job.progress);
    const save = () => control.saveProgress(progress);
    const log = deps.log.child({ job: job.id, repo: `${j.owner}/${j.repo}`, comment: j.commentId });
    const client = fenceWrites(await deps.auth(j.installationId), control.assertLease);
    const react2 = (content) => addCommentReaction({ client, owner: j.owner, repo: j.repo, commentId: j.commentId, content });
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
      await react2("confused");
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
      await react2("eyes");
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
        await react2("confused");
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
      await react2(record.state === "succeeded" && !record.pdrs.some((d) => d.verdict === "deny") ? "rocket" : "-1");
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
    const cwd = join6(deps.dataDir, "command-runs", runId);
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
    throw new Error(
      `PRIVATE_KEY_PATH ${env["PRIVATE_KEY_PATH"]} can be read by ${sandbox.user.name}, the user the PR's code runs as: chmod 600 it (owned by the App's user)`
    );
  const privateKey = env["PRIVATE_KEY"] ? env["PRIVATE_KEY"].replace(/\\n/g, "\n") : readFileSync(env["PRIVATE_KEY_PATH"] ?? "", "utf8");
  const secret = env["WEBHOOK_SECRET"] ?? "";
  const redactor = new Redactor({ patterns: builtinRedactionPatterns, values: [privateKey, secret] });
  const log = o.log ?? createLogger({ redactor, level: env["LOG_LEVEL"] ?? "info", base: { name: "oda-app" } });
  const dataDir = defaultDataDir(env);
  mkdirSync7(dataDir, { recursive: true, mode: 448 });
  chmodSync(dataDir, 448);
  const ownWorkDir = env["ODA_WORK_DIR"] ? void 0 : mkdtempSync(join7(tmpdir(), "oda-work-"));
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
    ...o.worker?.graceMs !== void 0 ? { graceMs: o.worker.graceMs } : {}
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
      const started = performance.now();
      res.once("finish", () => acks.record(performance.now() - started));
    }
    const notFound2 = () => void res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    if (req.method !== "POST") return void middleware(req, res, notFound2);
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
        Object.assign(req, { body: new TextDecoder("utf-8", { fatal: false }).decode(read.body) });
        void middleware(req, res, notFound2);
      },
      () => req.destroy()
    );
  });
  let url = "";
  if (server) {
    const host = o.host ?? env["HOST"] ?? "0.0.0.0";
    await new Promise((resolve4, reject) => {
      server.once("error", reject);
      server.listen(o.port ?? Number(env["PORT"] ?? 3e3), host, () => resolve4());
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
        await new Promise((resolve4) => server.close(() => resolve4()));
        server.closeAllConnections();
      }
      await worker?.stop();
      if (!o.queue) await queue.close();
      if (!o.store) await store.close();
      if (ownWorkDir) rmSync4(ownWorkDir, { recursive: true, force: true });
    }
  };
}

// src/sandbox/render-sandbox-pr.ts
var marks = {
  success: "\u2713",
  neutral: "\u25CB",
  skipped: "\u25CB",
  failure: "\u2717",
  action_required: "!",
  cancelled: "\u2717",
  timed_out: "\u2717"
};
function renderSandboxPr(r) {
  const out = [
    `PR #${r.pull.number} ${r.pull.head} -> ${r.pull.base} (${r.pull.headSha.slice(0, 7)}) on ${r.repo} (simulated GitHub)`,
    ""
  ];
  if (r.checkRuns.length === 0) out.push("No check runs: no oda check is enabled for this repository.", "");
  for (const run of r.checkRuns) {
    out.push(
      `${marks[run.conclusion ?? ""] ?? "\u2026"} ${run.name}: ${run.conclusion ?? run.status}${run.title ? `: ${run.title}` : ""}`
    );
    for (const line of (run.summary ?? "").split("\n")) out.push(`    ${line}`.trimEnd());
    if (run.annotations.length > 0) {
      out.push(`    annotations (${run.annotations.length}):`);
      for (const a of run.annotations) {
        const where = a.endLine !== a.startLine ? `${a.path}:${a.startLine}-${a.endLine}` : `${a.path}:${a.startLine}`;
        out.push(`      ${where} ${a.level}${a.title ? ` [${a.title}]` : ""} ${a.message.split("\n")[0] ?? ""}`);
      }
    }
    out.push("");
  }
  out.push(`verdict: ${r.verdict} (exit ${r.exitCode})`);
  return out.join("\n") + "\n";
}

// src/sandbox/sandbox-check-run.ts
function toSandboxCheckRun(run) {
  return {
    name: run.name,
    status: run.status,
    conclusion: run.conclusion,
    title: run.output.title,
    summary: run.output.summary,
    text: run.output.text,
    annotations: run.output.annotations.map((a) => ({
      path: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      level: a.annotation_level,
      title: typeof a["title"] === "string" ? a["title"] : null,
      message: a.message
    })),
    detailsUrl: run.detailsUrl
  };
}
function sandboxVerdict(runs) {
  return runs.every(
    (r) => r.status === "completed" && (r.conclusion === "success" || r.conclusion === "neutral" || r.conclusion === "skipped")
  ) ? 0 : 1;
}

// src/sandbox/start-sandbox.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync as mkdtempSync2, rmSync as rmSync5 } from "node:fs";
import { tmpdir as tmpdir4 } from "node:os";
import { basename, resolve as resolve3 } from "node:path";

// src/sim/seed-repo.ts
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { existsSync as existsSync3 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join9, resolve as resolve2 } from "node:path";

// src/sim/find-package-path.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join8 } from "node:path";
import { fileURLToPath } from "node:url";
function findPackagePath(relative2) {
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join8(dir, relative2);
    if (existsSync2(candidate)) return candidate;
    const up = dirname2(dir);
    if (up === dir)
      throw new Error(
        `${relative2} not found above ${dirname2(fileURLToPath(import.meta.url))}; is the oda package complete?`
      );
    dir = up;
  }
}

// src/sim/seed-repo.ts
var controlFiles = /* @__PURE__ */ new Set([".oda-delete"]);
var identity = {
  GIT_AUTHOR_NAME: "oda seed",
  GIT_AUTHOR_EMAIL: "seed@oda.invalid",
  GIT_COMMITTER_NAME: "oda seed",
  GIT_COMMITTER_EMAIL: "seed@oda.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null"
};
async function seedRepo(o = {}) {
  const base = resolve2(o.base ?? findPackagePath("examples/odoo-shop"));
  const scenarios = resolve2(o.scenarios ?? `${base}-scenarios`);
  if (!existsSync3(base)) throw new Error(`seedRepo: base folder ${base} does not exist`);
  const dir = o.dir ?? await mkdtemp(join9(tmpdir2(), "oda-seed-"));
  let tick = 0;
  const git = async (args) => {
    const date = new Date(Date.UTC(2024, 0, 1) + tick * 6e4).toISOString();
    const r = await runCommand({
      file: "git",
      args: [
        "-C",
        dir,
        "-c",
        "commit.gpgsign=false",
        "-c",
        "core.hooksPath=/dev/null",
        "-c",
        "core.autocrlf=false",
        ...args
      ],
      env: { ...identity, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    });
    if (r.exitCode !== 0) throw new Error(`seedRepo: git ${args.join(" ")} failed in ${dir}: ${r.stderr.trim()}`);
    return r.stdout.trim();
  };
  await git(["init", "-q", "-b", "main"]);
  await copyTree(base, dir);
  await git(["add", "-A"]);
  await git(["commit", "-q", "--allow-empty", "-m", "Initial shop"]);
  const branches = { main: await git(["rev-parse", "HEAD"]) };
  const overlays = existsSync3(scenarios) ? (await readdir(scenarios, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const name of overlays.filter((n) => !o.only || o.only.includes(n))) {
    tick++;
    await git(["checkout", "-q", "-B", name, "main"]);
    const overlay = join9(scenarios, name);
    await copyTree(overlay, dir);
    for (const path of await deleteList(overlay)) await git(["rm", "-r", "-q", "--ignore-unmatch", "--", path]);
    await git(["add", "-A"]);
    await git(["commit", "-q", "--allow-empty", "-m", `Scenario ${name}`]);
    branches[name] = await git(["rev-parse", "HEAD"]);
  }
  await git(["checkout", "-q", "main"]);
  return { gitDir: dir, branches, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
async function copyTree(from, to) {
  for (const entry of await readdir(from)) {
    if (entry === ".git" || controlFiles.has(entry)) continue;
    await cp(join9(from, entry), join9(to, entry), { recursive: true, force: true });
  }
}
async function deleteList(overlay) {
  const file = join9(overlay, ".oda-delete");
  if (!existsSync3(file)) return [];
  return (await readFile(file, "utf8")).split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}

// src/sim/start-simulator.ts
import { createServer as createServer2 } from "node:http";

// src/sim/app-auth.ts
import { createPublicKey, generateKeyPairSync, randomBytes, verify } from "node:crypto";
var cachedKeyPair;
function simKeyPair(privateKey) {
  if (privateKey) return { privateKey, publicKey: createPublicKey(privateKey) };
  if (!cachedKeyPair) {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    cachedKeyPair = {
      privateKey: pair.privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      publicKey: pair.publicKey
    };
  }
  return cachedKeyPair;
}
function verifyAppJwt(token, appId, publicKey, now) {
  const parts = token.split(".");
  if (parts.length !== 3) return "not a JWT";
  const [h = "", p = "", s = ""] = parts;
  const ok = verify("RSA-SHA256", Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, "base64url"));
  if (!ok) return "'Issuer' claim ('iss') or signature does not match this app's key";
  let claims;
  try {
    claims = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
  } catch {
    return "payload is not JSON";
  }
  if (typeof claims !== "object" || claims === null) return "payload is not an object";
  const iss = "iss" in claims ? String(claims.iss) : "";
  const exp = "exp" in claims ? Number(claims.exp) : NaN;
  const iat = "iat" in claims ? Number(claims.iat) : NaN;
  const nowS = now.getTime() / 1e3;
  if (iss !== String(appId)) return `'Issuer' claim ('iss') must be ${appId}`;
  if (!(exp > nowS)) return "'Expiration time' claim ('exp') is too far in the past";
  if (!(iat <= nowS + 60)) return "'Issued at' claim ('iat') must be an Integer representing a time in the past";
  if (exp - iat > 600 + 60) return "'Expiration time' claim ('exp') is too far in the future";
  return void 0;
}
function newInstallationToken() {
  return `ghs_${randomBytes(27).toString("base64url").slice(0, 36)}`;
}

// src/sim/barrier.ts
var Barriers = class {
  #gates = [];
  add(spec) {
    let signalArrived = () => {
    };
    const arrived = new Promise((resolve4) => {
      signalArrived = resolve4;
    });
    const gate = {
      ...spec,
      arrived,
      waiting: [],
      open: false,
      signalArrived,
      release: () => {
        gate.open = true;
        for (const w of gate.waiting.splice(0)) w();
      }
    };
    this.#gates.push(gate);
    return gate;
  }
  /** Waits at the first closed gate matching the request. */
  async pass(method, path, route) {
    const gate = this.#gates.find(
      (g) => !g.open && (!g.method || g.method.toUpperCase() === method) && (g.path instanceof RegExp ? g.path.test(path) : g.path === path || (route?.endsWith(` ${g.path}`) ?? false))
    );
    if (!gate) return;
    const wait = new Promise((resolve4) => gate.waiting.push(resolve4));
    if (gate.waiting.length >= gate.count) {
      gate.signalArrived();
      gate.release();
    }
    await wait;
  }
};

// src/sim/fault-injector.ts
var FaultInjector = class {
  #faults = [];
  add(spec) {
    const fault = { ...spec, hits: 0, remove: () => this.#remove(fault) };
    this.#faults.push(fault);
    return fault;
  }
  clear() {
    this.#faults.length = 0;
  }
  /** The first live fault for a request, consuming one of its `times`. */
  take(method, path, route) {
    const f = this.#faults.find((x) => matches(x, method, path, route) && x.hits < (x.times ?? 1));
    if (f) f.hits++;
    return f;
  }
  #remove(f) {
    const i = this.#faults.indexOf(f);
    if (i >= 0) this.#faults.splice(i, 1);
  }
};
function matches(f, method, path, route) {
  if (f.method && f.method.toUpperCase() !== method) return false;
  if (f.path === void 0) return true;
  if (f.path instanceof RegExp) return f.path.test(path);
  return f.path === path || route !== void 0 && route.endsWith(` ${f.path}`);
}

// src/sim/git-reader.ts
import { mkdtemp as mkdtemp2, readFile as readFile2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join10 } from "node:path";

// src/sim/read-tar-file.ts
function readTarFile(tar) {
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return void 0;
    const size = parseInt(header.subarray(124, 136).toString("latin1").replace(/\0.*$/s, "").trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + 512;
    if (type === "0" || type === "\0") return tar.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
  }
  return void 0;
}

// src/sim/sha-memo.ts
var isSha = (rev) => /^[0-9a-f]{40}$/.test(rev);
var ShaMemo = class {
  #entries = /* @__PURE__ */ new Map();
  #max;
  constructor(max) {
    this.#max = max;
  }
  get(revs, key, fn) {
    if (!revs.every(isSha)) return fn();
    const hit = this.#entries.get(key);
    if (hit) return hit;
    const p = fn();
    this.#entries.set(key, p);
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value ?? "");
    p.then(
      (v) => {
        if (v === void 0 || v === false) this.#entries.delete(key);
      },
      () => this.#entries.delete(key)
    );
    return p;
  }
};

// src/sim/git-reader.ts
var statusOf2 = {
  A: "added",
  D: "removed",
  M: "modified",
  R: "renamed",
  C: "copied",
  T: "changed"
};
var safeRev = (rev) => {
  if (rev.startsWith("-") || rev.includes("\0")) throw new Error(`refusing revision ${JSON.stringify(rev)}`);
  return rev;
};
var GitReader = class {
  gitDir;
  #commits = new ShaMemo(5e3);
  #types = new ShaMemo(5e3);
  #tags = new ShaMemo(1e3);
  #paths = new ShaMemo(2e3);
  #files = new ShaMemo(500);
  #tarballs = new ShaMemo(20);
  #logs = new ShaMemo(2e3);
  #bases = new ShaMemo(1e3);
  #diffs = new ShaMemo(500);
  constructor(gitDir) {
    this.gitDir = gitDir;
  }
  async #git(args, input) {
    const r = await runCommand({
      file: "git",
      args: ["-C", this.gitDir, ...args],
      maxBuffer: 64 * 1024 * 1024,
      env: { GIT_TERMINAL_PROMPT: "0" },
      ...input !== void 0 ? { input } : {}
    });
    return { ok: r.exitCode === 0, stdout: r.stdout, stderr: r.stderr };
  }
  /** The commit SHA a ref, branch, tag or SHA names, or undefined. */
  async resolveCommit(rev) {
    return this.#commits.get([rev], rev, async () => {
      const r = await this.#git(["rev-parse", "--verify", "--quiet", `${safeRev(rev)}^{commit}`]);
      return r.ok ? r.stdout.trim() : void 0;
    });
  }
  /** True when the object exists (any type). */
  async hasObject(sha) {
    return (await this.#git(["cat-file", "-e", safeRev(sha)])).ok;
  }
  /** The object's type (`commit`, `tree`, `blob`, `tag`), or undefined when absent. */
  async objectType(sha) {
    return this.#types.get([sha], sha, async () => {
      const r = await this.#git(["cat-file", "-t", safeRev(sha)]);
      return r.ok ? r.stdout.trim() : void 0;
    });
  }
  /** True when `ancestor` is reachable from `descendant` (a fast-forward). */
  async isAncestor(ancestor, descendant) {
    return (await this.#git(["merge-base", "--is-ancestor", safeRev(ancestor), safeRev(descendant)])).ok;
  }
  /** True when git accepts `name` as a full ref name (`refs/...`, no `..`, no `~^:?*[`, ...). */
  async isValidRefName(name) {
    return (await this.#git(["check-ref-format", safeRev(name)])).ok;
  }
  /** Writes an annotated tag object (what `POST git/tags` does) and returns its SHA. */
  async writeTag(t) {
    const when = Math.floor(new Date(t.tagger.date).getTime() / 1e3);
    const oneLine = (s) => s.replace(/[\n<>]/g, " ");
    const text = `object ${t.object}
type ${t.type}
tag ${oneLine(t.tag)}
tagger ${oneLine(t.tagger.name)} <${oneLine(t.tagger.email)}> ${when} +0000

${t.message}`;
    const r = await this.#git(["mktag"], text.endsWith("\n") ? text : `${text}
`);
    if (!r.ok) throw new Error(`git mktag failed: ${r.stderr.trim()}`);
    return r.stdout.trim();
  }
  /** Reads an annotated tag object, or undefined when `sha` is not one. */
  async readTag(sha) {
    return this.#tags.get([sha], sha, async () => {
      if (await this.objectType(sha) !== "tag") return void 0;
      const r = await this.#git(["cat-file", "tag", safeRev(sha)]);
      const [head = "", ...rest] = r.stdout.split("\n\n");
      const fields = new Map(head.split("\n").map((l) => [l.slice(0, l.indexOf(" ")), l.slice(l.indexOf(" ") + 1)]));
      const tagger = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(fields.get("tagger") ?? "");
      return {
        sha,
        object: fields.get("object") ?? "",
        type: fields.get("type") ?? "commit",
        tag: fields.get("tag") ?? "",
        tagger: {
          name: tagger?.[1] ?? "",
          email: tagger?.[2] ?? "",
          date: new Date(Number(tagger?.[3] ?? 0) * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z")
        },
        message: rest.join("\n\n")
      };
    });
  }
  /** Every ref with the commit it points to (`refs/heads/main` -> sha). */
  async refs() {
    const r = await this.#git(["for-each-ref", "--format=%(objectname) %(refname)"]);
    const out = /* @__PURE__ */ new Map();
    for (const line of r.stdout.split("\n")) {
      const [sha, name] = line.split(" ");
      if (sha && name) out.set(name, sha);
    }
    return out;
  }
  /** Entries at `path` in a commit: one entry for a file, the children for a directory. */
  async listPath(sha, path) {
    return this.#paths.get([sha], `${sha}:${path}`, async () => {
      const clean = path.replace(/^\/+|\/+$/g, "");
      if (clean === "") return { kind: "dir", entries: await this.#lsTree([safeRev(sha)]) };
      const self = await this.#lsTree([safeRev(sha), "--", clean]);
      const entry = self.find((e) => e.path === clean);
      if (!entry) return void 0;
      if (entry.type !== "tree") return { kind: "file", entries: [entry] };
      return { kind: "dir", entries: await this.#lsTree([safeRev(sha), "--", `${clean}/`]) };
    });
  }
  async #lsTree(args) {
    const r = await this.#git(["ls-tree", "-l", "-z", ...args]);
    return r.stdout.split("\0").filter(Boolean).map((line) => {
      const tab = line.indexOf("	");
      const [mode = "", type = "blob", sha = "", size = "-"] = line.slice(0, tab).split(/\s+/);
      return {
        mode,
        type: type === "tree" || type === "commit" ? type : "blob",
        sha,
        size: size === "-" ? 0 : Number(size),
        path: line.slice(tab + 1)
      };
    });
  }
  /** Where a symlink entry points (the text of its blob). */
  async linkTarget(entry) {
    const r = await this.#git(["cat-file", "blob", safeRev(entry.sha)]);
    return r.ok ? r.stdout : "";
  }
  /** The bytes of a file in a commit. */
  async readFile(sha, path) {
    return this.#files.get([sha], `${sha}:${path}`, async () => {
      const dir = await mkdtemp2(join10(tmpdir3(), "oda-sim-blob-"));
      try {
        const out = join10(dir, "f.tar");
        const r = await this.#git(["archive", "--format=tar", "-o", out, safeRev(sha), "--", path]);
        return r.ok ? readTarFile(await readFile2(out)) : void 0;
      } finally {
        await rm2(dir, { recursive: true, force: true });
      }
    });
  }
  /** A gzipped tarball of a commit, every path under `prefix/` as GitHub's tarballs are. */
  async tarball(sha, prefix) {
    return this.#tarballs.get([sha], `${sha}:${prefix}`, async () => {
      const dir = await mkdtemp2(join10(tmpdir3(), "oda-sim-tar-"));
      try {
        const out = join10(dir, "a.tar.gz");
        const r = await this.#git(["archive", "--format=tar.gz", `--prefix=${prefix}/`, "-o", out, safeRev(sha)]);
        if (!r.ok) throw new Error(`git archive ${sha} failed: ${r.stderr}`);
        return await readFile2(out);
      } finally {
        await rm2(dir, { recursive: true, force: true });
      }
    });
  }
  /** Commits reachable from `head`, newest first; with `exclude`, only those not reachable from it. */
  async log(head, options = {}) {
    return this.#logs.get(
      [head, ...options.exclude ? [options.exclude] : []],
      `${head}^${options.exclude ?? ""}:${options.max ?? ""}`,
      async () => {
        const range = options.exclude ? [safeRev(head), `^${safeRev(options.exclude)}`] : [safeRev(head)];
        const fmt = ["%H", "%T", "%P", "%an", "%ae", "%aI", "%cn", "%ce", "%cI", "%B"].join("%x1f") + "%x1e";
        const r = await this.#git([
          "log",
          `--format=${fmt}`,
          ...options.max ? [`-n${options.max}`] : [],
          ...range,
          "--"
        ]);
        return r.stdout.split("").map((s) => s.replace(/^\n/, "")).filter(Boolean).map((rec) => {
          const [
            sha = "",
            tree = "",
            parents = "",
            an = "",
            ae = "",
            ad = "",
            cn = "",
            ce = "",
            cd = "",
            message = ""
          ] = rec.split("");
          const iso = (d) => new Date(d).toISOString().replace(/\.\d{3}Z$/, "Z");
          return {
            sha,
            tree,
            parents: parents.split(" ").filter(Boolean),
            author: { name: an, email: ae, date: iso(ad) },
            committer: { name: cn, email: ce, date: iso(cd) },
            message: message.replace(/\n+$/, "")
          };
        });
      }
    );
  }
  async mergeBase(a, b) {
    return this.#bases.get([a, b], `${a}:${b}`, async () => {
      const r = await this.#git(["merge-base", safeRev(a), safeRev(b)]);
      return r.ok ? r.stdout.trim() : void 0;
    });
  }
  /** Files changed from `base` to `head` (a two-dot diff; callers pass the merge base for PRs). */
  async diff(base, head) {
    return this.#diffs.get([base, head], `${base}:${head}`, async () => {
      const [raw, numstat, patch] = await Promise.all([
        this.#git(["diff", "--raw", "--no-abbrev", "-z", "-M", safeRev(base), safeRev(head), "--"]),
        this.#git(["diff", "--numstat", "-z", "-M", safeRev(base), safeRev(head), "--"]),
        this.#git(["diff", "-M", "--no-color", "--no-ext-diff", safeRev(base), safeRev(head), "--"])
      ]);
      const files = [];
      const parts = raw.stdout.split("\0");
      for (let i = 0; i < parts.length - 1; ) {
        const meta = parts[i++] ?? "";
        if (!meta.startsWith(":")) continue;
        const [, , , dstSha = "", code2 = "M"] = meta.slice(1).split(" ");
        const letter = code2.charAt(0);
        const first = parts[i++] ?? "";
        const renamed = letter === "R" || letter === "C";
        const filename = renamed ? parts[i++] ?? "" : first;
        files.push({
          filename,
          ...renamed ? { previousFilename: first } : {},
          status: statusOf2[letter] ?? "modified",
          sha: letter === "D" ? meta.slice(1).split(" ")[2] ?? "" : dstSha,
          additions: 0,
          deletions: 0
        });
      }
      const counts = numstat.stdout.split("\0");
      for (let i = 0, f = 0; i < counts.length && f < files.length; f++) {
        const [add = "0", del = "0", name = ""] = (counts[i++] ?? "").split("	");
        if (name === "") i += 2;
        const file = files[f];
        if (file) {
          file.additions = add === "-" ? 0 : Number(add);
          file.deletions = del === "-" ? 0 : Number(del);
        }
      }
      const chunks = patch.stdout.split(/^diff --git /m).slice(1);
      chunks.forEach((chunk, idx) => {
        const at = chunk.indexOf("\n@@");
        const file = files[idx];
        if (!file || at < 0) return;
        const text = chunk.slice(at + 1).replace(/\n$/, "");
        if (Buffer.byteLength(text) > PATCH_MAX_BYTES || lineCount(text) > PATCH_MAX_LINES) return;
        file.patch = text;
      });
      return files;
    });
  }
};
var PATCH_MAX_BYTES = 500 * 1024;
var PATCH_MAX_LINES = 2e4;
function lineCount(text) {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

// src/sim/handle-request.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/sim/json.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/sim/doc-limits.ts
var KB64 = 64 * 1024;
function checkDocLimits(route, body) {
  if (!isJsonObject(body)) return [];
  const errors = [];
  const tooLong = (at, value, max, unit = "characters") => {
    if (typeof value !== "string") return;
    const size = unit === "bytes" ? Buffer.byteLength(value) : value.length;
    if (size > max) errors.push({ at, message: `is too long (${size} ${unit}; maximum is ${max})` });
  };
  if (route.endsWith("/check-runs") || route.endsWith("/check-runs/{check_run_id}")) {
    const output = body.output;
    if (isJsonObject(output)) {
      tooLong("/output/summary", output.summary, 65535);
      tooLong("/output/text", output.text, 65535);
      const annotations = Array.isArray(output.annotations) ? output.annotations : [];
      if (annotations.length > 50)
        errors.push({
          at: "/output/annotations",
          message: `has ${annotations.length} items; at most 50 annotations per request (send the rest in further updates)`
        });
      annotations.forEach((a, i) => {
        if (!isJsonObject(a)) return;
        tooLong(`/output/annotations/${i}/title`, a.title, 255);
        tooLong(`/output/annotations/${i}/message`, a.message, KB64, "bytes");
        tooLong(`/output/annotations/${i}/raw_details`, a.raw_details, KB64, "bytes");
        if (typeof a.start_column === "number" && a.start_line !== a.end_line)
          errors.push({
            at: `/output/annotations/${i}/start_column`,
            message: "columns are allowed only when start_line equals end_line"
          });
      });
    }
    const actions = Array.isArray(body.actions) ? body.actions : [];
    if (actions.length > 3) errors.push({ at: "/actions", message: `has ${actions.length} items; at most 3 actions` });
    actions.forEach((a, i) => {
      if (!isJsonObject(a)) return;
      tooLong(`/actions/${i}/label`, a.label, 20);
      tooLong(`/actions/${i}/description`, a.description, 40);
      tooLong(`/actions/${i}/identifier`, a.identifier, 20);
    });
    if (body.conclusion === "stale")
      errors.push({ at: "/conclusion", message: "only GitHub can set a conclusion of stale" });
    const completing = body.status === "completed" || body.completed_at !== void 0;
    if (completing && body.conclusion === void 0)
      errors.push({ at: "/conclusion", message: "is required when status is completed or completed_at is given" });
  }
  if (route.endsWith("/deployments/{deployment_id}/statuses") || route.endsWith("/statuses/{sha}"))
    tooLong("/description", body.description, 140);
  if (route.includes("/issues/") && route.includes("comments")) tooLong("/body", body.body, 65536);
  return errors;
}

// src/sim/paginate.ts
function paginate(items, query, requestUrl) {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const at = (p) => {
    const u = new URL(requestUrl);
    u.searchParams.set("per_page", String(perPage));
    u.searchParams.set("page", String(p));
    return u.toString();
  };
  const rels = [];
  if (page < last) rels.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) rels.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
  return { items: items.slice((page - 1) * perPage, page * perPage), link: rels.length ? rels.join(", ") : void 0 };
}

// src/sim/sim-http-error.ts
var SimHttpError = class extends Error {
  name = "SimHttpError";
  status;
  errors;
  headers;
  constructor(status, message, extra = {}) {
    super(message);
    this.status = status;
    this.errors = extra.errors;
    this.headers = extra.headers ?? {};
  }
};
var notFound = () => new SimHttpError(404, "Not Found");
var unprocessable = (message, errors) => new SimHttpError(422, message, errors ? { errors } : {});

// src/sim/handle-request.ts
var secondaryMessage = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";
async function handleRequest(p, req, res) {
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", p.core.url);
  const path = url.pathname;
  const text = await readBody(req);
  const caller = {};
  const reply = (status, body2, headers2 = {}, route2, note) => {
    p.log.add({
      at: p.core.state.timestamp(),
      atMs: Date.now(),
      method,
      url: `${path}${url.search}`,
      route: route2,
      status,
      ...caller.installationId !== void 0 ? { installationId: caller.installationId } : {},
      ...note ? { note } : {}
    });
    const isRaw = Buffer.isBuffer(body2);
    res.writeHead(status, {
      "x-github-request-id": `SIM:${p.log.entries.length}`,
      ...body2 !== void 0 && !isRaw ? { "content-type": "application/json; charset=utf-8" } : {},
      ...headers2
    });
    res.end(isRaw ? body2 : body2 === void 0 ? void 0 : JSON.stringify(body2));
  };
  const raw = await p.raw(method, path);
  if (raw) return reply(raw.status, raw.raw ?? raw.body, raw.headers ?? {}, `${method} ${path}`);
  const found = p.matcher.match(method, path);
  if (!found) {
    p.violations.push({
      route: `${method} ${path}`,
      operationId: "unhandled",
      method,
      url: `${path}${url.search}`,
      where: "route",
      errors: [{ at: "/", message: `unhandled route ${method} ${path}` }]
    });
    return reply(
      500,
      {
        message: `unhandled route ${method} ${path}`,
        documentation_url: "https://docs.github.com/rest",
        status: "500"
      },
      {},
      void 0,
      "unhandled route"
    );
  }
  const { route } = found;
  const key = route.key;
  const op = p.core.openapi.operation(key);
  const errorBody = (e) => ({
    message: e.message,
    documentation_url: op.docsUrl,
    status: String(e.status),
    ...e.errors ? { errors: e.errors } : {}
  });
  const fail = (e, note) => reply(e.status, errorBody(e), e.headers, key, note ?? e.message);
  await p.barriers.pass(method, path, key);
  const fault = p.faults.take(method, path, key);
  if (fault?.delayMs) await sleep(fault.delayMs);
  if (fault?.primary) {
    const reset = Math.ceil(Date.now() / 1e3) + (fault.retryAfter ?? 1);
    const headers2 = {
      "x-ratelimit-limit": String(p.rateLimits.limit),
      "x-ratelimit-remaining": "0",
      "x-ratelimit-used": String(p.rateLimits.limit),
      "x-ratelimit-reset": String(reset),
      "x-ratelimit-resource": "core"
    };
    return reply(
      fault.status ?? 403,
      fault.body ?? {
        message: "API rate limit exceeded for installation.",
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits",
        status: String(fault.status ?? 403)
      },
      headers2,
      key,
      "injected primary rate limit"
    );
  }
  if (fault && (fault.status !== void 0 || fault.secondary)) {
    const status = fault.status ?? 403;
    const secondary = fault.secondary === true || status === 403 && fault.body === void 0;
    const body2 = fault.body ?? {
      message: secondary ? secondaryMessage : "Server Error",
      documentation_url: secondary ? "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits" : op.docsUrl,
      status: String(status)
    };
    return reply(
      status,
      body2,
      secondary ? { "retry-after": String(fault.retryAfter ?? 1) } : {},
      key,
      `injected fault ${status}`
    );
  }
  const auth = authenticate(p, req.headers.authorization, route.auth ?? "installation");
  if (typeof auth === "string")
    return fail(new SimHttpError(401, auth === "missing" ? "Requires authentication" : "Bad credentials"), auth);
  if (auth.installationId !== void 0) caller.installationId = auth.installationId;
  let body;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      return fail(new SimHttpError(400, "Problems parsing JSON"));
    }
  }
  const params = { ...found.params };
  const query = Object.fromEntries(url.searchParams);
  const violation = (where, errors) => ({
    route: key,
    operationId: op.operationId,
    method,
    url: `${path}${url.search}`,
    where,
    errors
  });
  const checks = [
    ["path", op.checkPath(params)],
    ["query", op.checkQuery(query)],
    // Documented limits first: their messages say what to do ("send the rest in updates").
    ["limits", checkDocLimits(key, body)],
    ["body", op.checkBody(body, p.core.strict)]
  ];
  for (const [where, errors] of checks) {
    if (errors.length === 0) continue;
    const v = violation(where, errors);
    p.violations.push(v);
    const message = `Invalid request.

${errors.map((e) => `${where} ${e.at}: ${e.message}`).join("\n")}`;
    return fail(
      new SimHttpError(422, message, {
        errors: errors.map((e) => ({ resource: op.operationId, code: "invalid", field: e.at, message: e.message }))
      }),
      `422 ${where}`
    );
  }
  let answer;
  try {
    const access = repoAccess(p, auth, params);
    if (access) return fail(access);
    answer = await route.handle(
      { method, path, params, query, body, headers: req.headers, installationId: auth.installationId },
      p.core
    );
  } catch (e) {
    if (e instanceof SimHttpError) return fail(e);
    const message = e instanceof Error ? e.message : String(e);
    return reply(
      500,
      { message: `simulator error in ${key}: ${message}`, documentation_url: op.docsUrl, status: "500" },
      {},
      key,
      message
    );
  }
  const headers = {
    ...p.rateLimits.count(auth.key),
    "x-github-media-type": "github.v3; format=json",
    ...answer.headers ?? {}
  };
  let out = answer.body;
  if (answer.page) {
    const pageOut = paginate(answer.page.items, query, url);
    if (pageOut.link) headers.link = pageOut.link;
    out = answer.page.wrap ? answer.page.wrap(pageOut.items, answer.page.items.length) : pageOut.items;
  }
  if (answer.raw === void 0 && answer.status !== 204 && answer.status !== 302) {
    const errors = op.checkResponse(answer.status, out ?? null);
    if (errors.length > 0) p.violations.push(violation("response", errors));
  }
  reply(answer.status, answer.raw ?? out, headers, key);
}
function authenticate(p, header, need) {
  if (!header) return "missing";
  const [, token = ""] = /^(?:bearer|token)\s+(.+)$/i.exec(header.trim()) ?? [];
  if (need === "app") {
    const reason = verifyAppJwt(token, p.core.app.id, p.core.app.publicKey, p.core.state.now());
    return reason ? `A JSON web token could not be decoded: ${reason}` : { installationId: void 0, key: `app:${p.core.app.id}` };
  }
  const t = p.tokens.get(token);
  if (!t) return "unknown token";
  if (t.expiresAt.getTime() <= p.core.state.now().getTime()) return "expired token";
  return { installationId: t.installationId, key: token };
}
function repoAccess(p, auth, params) {
  if (auth.installationId === void 0 || typeof params.owner !== "string" || typeof params.repo !== "string")
    return void 0;
  const repo = p.core.state.repo(params.owner, params.repo);
  return repo.installationId === auth.installationId ? void 0 : new SimHttpError(404, "Not Found");
}
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

// src/sim/match-route.ts
var greedy = /* @__PURE__ */ new Set(["path", "ref", "basehead"]);
var RouteMatcher = class {
  #compiled;
  constructor(routes2) {
    this.#compiled = routes2.map((route) => {
      const [method = "", path = ""] = route.key.split(" ");
      const names = [];
      const segments = path.split("/");
      const source = segments.map(
        (seg, i) => seg.replace(/\{(\w+)\}/g, (_m, name) => {
          names.push(name);
          if (name === "path" && i === segments.length - 1) return "(.*)";
          return greedy.has(name) && i === segments.length - 1 ? "(.+)" : "([^/]+)";
        })
      ).join("/");
      return {
        route,
        method,
        regex: new RegExp(`^${source}/?$`),
        names,
        literalSegments: segments.filter((s) => !s.includes("{")).length
      };
    });
    this.#compiled.sort((a, b) => b.literalSegments - a.literalSegments);
  }
  match(method, path) {
    for (const c of this.#compiled) {
      if (c.method !== method) continue;
      const m = c.regex.exec(path);
      if (!m) continue;
      const params = {};
      try {
        c.names.forEach((n, i) => {
          params[n] = decodeURIComponent(m[i + 1] ?? "");
        });
      } catch {
        return void 0;
      }
      return { route: c.route, params };
    }
    return void 0;
  }
};

// src/sim/openapi-validator.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// src/sim/load-openapi-subset.ts
import { readFileSync as readFileSync2 } from "node:fs";
function loadOpenapiSubset() {
  const subsetFile = findPackagePath("src/sim/openapi/api.github.com.subset.json");
  const parsed = JSON.parse(readFileSync2(subsetFile, "utf8"));
  const doc = normalizeNullable(parsed);
  if (!isJsonObject(doc) || !isJsonObject(doc.paths))
    throw new Error(`${subsetFile}: not an OpenAPI document; run node scripts/gen-openapi-subset.ts`);
  return doc;
}
function normalizeNullable(node) {
  if (Array.isArray(node)) return node.map(normalizeNullable);
  if (!isJsonObject(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = normalizeNullable(v);
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === "string") return { ...out, type: [out.type, "null"] };
  return { anyOf: [{ type: "null" }, out] };
}

// src/sim/served-operations.ts
var servedOperations = [
  // GitHub App authentication and installations
  "GET /app",
  "GET /app/installations",
  "GET /app/installations/{installation_id}",
  "POST /app/installations/{installation_id}/access_tokens",
  "GET /repos/{owner}/{repo}/installation",
  "GET /rate_limit",
  // repositories, contents, commits
  "GET /repos/{owner}/{repo}",
  "GET /repos/{owner}/{repo}/contents/{path}",
  "GET /repos/{owner}/{repo}/tarball/{ref}",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{ref}",
  "GET /repos/{owner}/{repo}/branches/{branch}",
  "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
  // organisation teams (slash-command allow lists)
  "GET /orgs/{org}/teams/{team_slug}/memberships/{username}",
  // pull requests
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  // checks
  "POST /repos/{owner}/{repo}/check-runs",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "POST /repos/{owner}/{repo}/check-suites",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}",
  "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  // commit statuses
  "POST /repos/{owner}/{repo}/statuses/{sha}",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  // issues: comments, reactions, labels
  "GET /repos/{owner}/{repo}/issues/{issue_number}",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/labels",
  "POST /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
  // deployments
  "GET /repos/{owner}/{repo}/deployments",
  "POST /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}",
  // git refs (environment locks live in refs/oda/locks/<env>)
  "POST /repos/{owner}/{repo}/git/refs",
  "GET /repos/{owner}/{repo}/git/ref/{ref}",
  "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
  "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
  "DELETE /repos/{owner}/{repo}/git/refs/{ref}",
  "POST /repos/{owner}/{repo}/git/tags",
  "GET /repos/{owner}/{repo}/git/tags/{tag_sha}",
  // actions
  "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
];

// src/sim/openapi-validator.ts
var addFormats = import_ajv_formats.default.default;
var pointer = (path) => path.replaceAll("~", "~0").replaceAll("/", "~1");
var toErrors = (errors) => (errors ?? []).map((e) => ({
  at: e.instancePath || "/",
  message: `${e.message ?? "invalid"}${e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : ""}${e.keyword === "enum" ? ` (${JSON.stringify(e.params.allowedValues)})` : ""}`
}));
var shared;
function sharedOpenapiValidator() {
  return shared ??= new OpenapiValidator();
}
var OpenapiValidator = class {
  doc;
  #ajv;
  #coercing;
  #ops = /* @__PURE__ */ new Map();
  constructor() {
    this.doc = loadOpenapiSubset();
    const options = { strict: false, allErrors: true, logger: false, validateFormats: true };
    this.#ajv = new import_ajv.Ajv(options);
    this.#coercing = new import_ajv.Ajv({ ...options, coerceTypes: "array" });
    for (const ajv of [this.#ajv, this.#coercing]) {
      addFormats(ajv);
      const uri = ajv.formats.uri;
      ajv.addFormat(
        "uri",
        (v) => v === "" || (uri instanceof RegExp ? uri.test(v) : typeof uri === "function" ? uri(v) : true)
      );
      ajv.addFormat("email", (v) => v === "" || v.includes("@"));
      ajv.addSchema(this.doc, "gh");
    }
    for (const key of servedOperations) this.#ops.set(key, this.#build(key));
  }
  /** The schema handle of a served operation. */
  operation(key) {
    const op = this.#ops.get(key);
    if (!op) throw new Error(`${key} is not a served operation`);
    return op;
  }
  /** A named example from `components/examples`, deep-copied. */
  namedExample(name) {
    const examples = this.#components("examples");
    const found = examples[name];
    if (!isJsonObject(found) || found.value === void 0)
      throw new Error(`components/examples/${name} is not in the OpenAPI subset`);
    return structuredClone(found.value);
  }
  #components(group) {
    const c = this.doc.components;
    const g = isJsonObject(c) ? c[group] : void 0;
    return isJsonObject(g) ? g : {};
  }
  #resolve(node) {
    if (!isJsonObject(node) || typeof node.$ref !== "string") return node;
    const [, , group = "", name = ""] = node.$ref.split("/");
    return this.#resolve(this.#components(group)[name]);
  }
  #build(key) {
    const space = key.indexOf(" ");
    const method = key.slice(0, space).toLowerCase();
    const path = key.slice(space + 1);
    const paths = this.doc.paths;
    const item = isJsonObject(paths) ? paths[path] : void 0;
    const op = isJsonObject(item) ? item[method] : void 0;
    if (!isJsonObject(op))
      throw new Error(`${key} is missing from the OpenAPI subset; run node scripts/gen-openapi-subset.ts`);
    const base = `gh#/paths/${pointer(path)}/${method}`;
    const params = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => this.#resolve(p)).filter(isJsonObject);
    const paramSchema = (where) => {
      const mine = params.filter((p) => p.in === where && typeof p.name === "string");
      const properties = {};
      for (const p of mine) properties[String(p.name)] = oneOfAsAnyOf(p.schema ?? {});
      return {
        type: "object",
        properties,
        required: mine.filter((p) => p.required === true).map((p) => String(p.name))
      };
    };
    const lazy = (make) => {
      let v;
      return () => v ??= make();
    };
    const pathV = lazy(() => this.#coercing.compile(paramSchema("path")));
    const queryV = lazy(() => this.#coercing.compile(paramSchema("query")));
    const body = isJsonObject(op.requestBody) ? op.requestBody : void 0;
    const content = isJsonObject(body?.content) ? body.content : void 0;
    const jsonBody = content ? content["application/json"] : void 0;
    const hasBody = isJsonObject(jsonBody) && jsonBody.schema !== void 0;
    const bodyV = lazy(
      () => hasBody ? this.#ajv.compile({ $ref: `${base}/requestBody/content/application~1json/schema` }) : void 0
    );
    const strictBodyV = lazy(() => {
      const closed = closeObjects(this.#inline(isJsonObject(jsonBody) ? jsonBody.schema : {}, 0));
      return hasBody && isJsonObject(closed) ? this.#ajv.compile(closed) : void 0;
    });
    const responses = isJsonObject(op.responses) ? op.responses : {};
    const responseV = /* @__PURE__ */ new Map();
    const responseSchema = (status) => {
      if (responseV.has(status)) return responseV.get(status);
      const r = this.#resolve(responses[String(status)]);
      if (r === void 0) return void 0;
      const c = isJsonObject(r) && isJsonObject(r.content) ? r.content : {};
      const media = Object.keys(c).find((m) => m.includes("json"));
      const v = media ? this.#ajv.compile({ $ref: `${base}/responses/${status}/content/${pointer(media)}/schema` }) : null;
      responseV.set(status, v);
      return v;
    };
    const run = (v, value) => !v || v(value) ? [] : toErrors(v.errors);
    const docs = isJsonObject(op.externalDocs) && typeof op.externalDocs.url === "string" ? op.externalDocs.url : "https://docs.github.com/rest";
    return {
      key,
      operationId: typeof op.operationId === "string" ? op.operationId : key,
      docsUrl: docs,
      checkPath: (p) => run(pathV(), p),
      checkQuery: (q) => run(queryV(), q),
      checkBody: (b, strict) => {
        if (!hasBody) return [];
        if (b === void 0)
          return body?.required === true ? [{ at: "/", message: "a JSON request body is required" }] : [];
        return run(strict ? strictBodyV() : bodyV(), b);
      },
      checkResponse: (status, b) => {
        const v = responseSchema(status);
        if (v === void 0) return [{ at: "/", message: `status ${status} is not a documented response of ${key}` }];
        return run(v, b);
      },
      example: (status) => {
        const r = this.#resolve(responses[String(status)]);
        const c = isJsonObject(r) && isJsonObject(r.content) ? r.content : {};
        for (const media of Object.values(c)) {
          const examples = isJsonObject(media) && isJsonObject(media.examples) ? media.examples : {};
          for (const ex of Object.values(examples)) {
            const resolved = this.#resolveExample(ex);
            if (resolved !== void 0) return structuredClone(resolved);
          }
        }
        return void 0;
      }
    };
  }
  #resolveExample(ex) {
    if (!isJsonObject(ex)) return void 0;
    if (typeof ex.$ref === "string") {
      const name = ex.$ref.split("/").pop() ?? "";
      const found = this.#components("examples")[name];
      return isJsonObject(found) ? found.value : void 0;
    }
    return ex.value;
  }
  /** Inlines `$ref`s of a request body so strict mode can close every object in it. */
  #inline(node, depth) {
    if (node === void 0) return {};
    if (depth > 20) return {};
    if (Array.isArray(node)) return node.map((n) => this.#inline(n, depth + 1));
    if (!isJsonObject(node)) return node;
    const resolved = typeof node.$ref === "string" ? this.#resolve(node) : node;
    if (!isJsonObject(resolved)) return resolved ?? {};
    const out = {};
    for (const [k, v] of Object.entries(resolved)) out[k] = this.#inline(v, depth + 1);
    return out;
  }
};
function closeObjects(node) {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!isJsonObject(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "oneOf" || k === "anyOf" || k === "allOf") out[k] = v;
    else if (k === "properties" && isJsonObject(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, closeObjects(s)]));
    else out[k] = closeObjects(v);
  }
  if (isJsonObject(out.properties) && out.additionalProperties === void 0 && branchPropsWithin(out, Object.keys(out.properties)))
    out.additionalProperties = false;
  return out;
}
function branchPropsWithin(node, names) {
  for (const k of ["oneOf", "anyOf", "allOf"]) {
    const branches = node[k];
    if (!Array.isArray(branches)) continue;
    for (const b of branches) {
      if (!isJsonObject(b)) return false;
      if (b.$ref !== void 0) return false;
      if (isJsonObject(b.properties) && Object.keys(b.properties).some((n) => !names.includes(n))) return false;
    }
  }
  return true;
}
function oneOfAsAnyOf(node) {
  if (Array.isArray(node)) return node.map(oneOfAsAnyOf);
  if (!isJsonObject(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k === "oneOf" ? "anyOf" : k, oneOfAsAnyOf(v)]));
}

// src/sim/rate-limit.ts
var RateLimits = class {
  limit;
  #used = /* @__PURE__ */ new Map();
  #now;
  constructor(limit = 5e3, now = () => /* @__PURE__ */ new Date()) {
    this.limit = limit;
    this.#now = now;
  }
  /** Counts one request for `key` and returns the headers to send. */
  count(key) {
    const nowS = Math.floor(this.#now().getTime() / 1e3);
    let b = this.#used.get(key);
    if (!b || b.reset <= nowS) {
      b = { used: 0, reset: nowS + 3600 };
      this.#used.set(key, b);
    }
    b.used++;
    return {
      "x-ratelimit-limit": String(this.limit),
      "x-ratelimit-remaining": String(Math.max(0, this.limit - b.used)),
      "x-ratelimit-used": String(b.used),
      "x-ratelimit-reset": String(b.reset),
      "x-ratelimit-resource": "core"
    };
  }
};

// src/sim/route-log.ts
var RouteLog = class {
  entries = [];
  add(entry) {
    this.entries.push(entry);
  }
  /** Entries for one served operation (`'POST /repos/{owner}/{repo}/check-runs'`). */
  calls(route) {
    return this.entries.filter((e) => e.route === route);
  }
  clear() {
    this.entries.length = 0;
  }
  format() {
    return this.entries.map((e) => `${e.at} ${e.status} ${e.method} ${e.url}${e.note ? `  (${e.note})` : ""}`).join("\n");
  }
};

// src/sim/presenters/rebase-example.ts
function rebaseExample(value, from) {
  const pairs = Object.entries(from).sort((a, b) => b[0].length - a[0].length);
  const walk = (v) => {
    if (typeof v === "string") return pairs.reduce((s, [a, b]) => s.split(a).join(b), v);
    if (Array.isArray(v)) return v.map(walk);
    if (isJsonObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

// src/sim/presenters/present-user.ts
function presentUser(core, login) {
  const integration = core.openapi.namedExample("integration");
  const owner = isJsonObject(integration) ? integration.owner : void 0;
  const user = rebaseExample(owner ?? {}, {
    "https://api.github.com": core.url,
    "https://github.com": core.url,
    octocat: encodeURIComponent(login)
  });
  if (!isJsonObject(user)) throw new Error("integration example has no owner");
  const id = core.state.userId(login);
  return {
    ...user,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString("base64"),
    type: login.endsWith("[bot]") ? "Bot" : "User"
  };
}

// src/sim/presenters/present-app.ts
function presentApp(core) {
  const base = core.openapi.namedExample("integration");
  if (!isJsonObject(base)) throw new Error("integration example is not an object");
  const { app } = core;
  return {
    ...base,
    id: app.id,
    slug: app.slug,
    name: app.name,
    client_id: `Iv1.sim${app.id}`,
    node_id: Buffer.from(`08:Integration${app.id}`).toString("base64"),
    owner: presentUser(core, app.owner),
    description: "GitHub App served by the oda simulator",
    external_url: core.url,
    html_url: `${core.url}/apps/${app.slug}`,
    permissions: {
      checks: "write",
      contents: "read",
      pull_requests: "write",
      issues: "write",
      deployments: "write",
      statuses: "write",
      actions: "write",
      metadata: "read"
    },
    events: ["pull_request", "check_run", "check_suite", "issue_comment", "deployment_status", "workflow_run"]
  };
}
var botLogin = (core) => `${core.app.slug}[bot]`;

// src/sim/presenters/present-repo.ts
function presentRepo(core, repo, shape = "full") {
  const example = shape === "full" ? core.openapi.namedExample("full-repository-default-response") : repoInside(core.openapi.namedExample("check-suite"));
  const full = `${repo.owner}/${repo.name}`;
  const rebased = rebaseExample(example, {
    "https://api.github.com": core.url,
    "https://github.com": core.url,
    "octocat/Hello-World": full,
    "git@github.com:": "git@127.0.0.1:",
    "git:github.com": "git:127.0.0.1"
  });
  if (!isJsonObject(rebased)) throw new Error("repository example is not an object");
  const { parent: _p, source: _s, template_repository: _t, organization: _o, license: _l, ...rest } = rebased;
  return {
    ...rest,
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString("base64"),
    name: repo.name,
    full_name: full,
    owner: presentUser(core, repo.owner),
    private: repo.private,
    visibility: repo.private ? "private" : "public",
    description: null,
    language: null,
    homepage: null,
    default_branch: repo.defaultBranch,
    clone_url: `file://${repo.gitDir}`,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    topics: [],
    ...shape === "full" ? { license: null } : {}
  };
}
function repoInside(suite) {
  if (isJsonObject(suite) && isJsonObject(suite.repository)) return suite.repository;
  throw new Error("check-suite example has no repository");
}

// src/sim/resolve-ref.ts
async function resolveRef(core, repo, ref) {
  for (const full of ref.startsWith("refs/") ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`]) {
    const v = repo.refs.get(full);
    if (v === null) return void 0;
    if (v !== void 0) return v;
  }
  return core.git(repo).resolveCommit(ref);
}
async function listRefs(core, repo) {
  const refs = await core.git(repo).refs();
  for (const [name, sha] of repo.refs) {
    if (sha === null) refs.delete(name);
    else refs.set(name, sha);
  }
  return new Map(
    [...refs].filter(([n]) => n !== "HEAD" && !n.startsWith("refs/remotes/")).sort(([a], [b]) => a.localeCompare(b))
  );
}

// src/sim/route.ts
function defineRoute(key, handle, auth = "installation") {
  return { key, handle, auth };
}

// src/sim/sim-request.ts
function param(req, name) {
  const v = req.params[name] ?? req.query[name];
  if (v === void 0 || v === null) throw new Error(`parameter ${name} missing after validation`);
  return String(v);
}
function intParam(req, name) {
  return Number(param(req, name));
}
function queryString(req, name) {
  const v = req.query[name];
  return v === void 0 || v === null ? void 0 : String(v);
}

// src/sim/sim-state.ts
var SimState = class {
  repos = /* @__PURE__ */ new Map();
  installations = /* @__PURE__ */ new Map();
  pulls = /* @__PURE__ */ new Map();
  comments = /* @__PURE__ */ new Map();
  reactions = /* @__PURE__ */ new Map();
  issueLabels = /* @__PURE__ */ new Map();
  checkRuns = /* @__PURE__ */ new Map();
  checkSuites = /* @__PURE__ */ new Map();
  statuses = /* @__PURE__ */ new Map();
  deployments = /* @__PURE__ */ new Map();
  workflowRuns = /* @__PURE__ */ new Map();
  users = /* @__PURE__ */ new Map();
  /** Teams by `org/slug`: direct members and the parent team's slug (nested teams). */
  teams = /* @__PURE__ */ new Map();
  #ids = /* @__PURE__ */ new Map();
  now;
  constructor(now = () => /* @__PURE__ */ new Date()) {
    this.now = now;
  }
  /** The next id of a kind; ids are distinct per kind and start high enough to look real. */
  nextId(kind) {
    const next = (this.#ids.get(kind) ?? 1e3) + 1;
    this.#ids.set(kind, next);
    return next;
  }
  /** GitHub-style timestamp (seconds precision, `Z`). */
  timestamp() {
    return this.now().toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  /** A stable numeric id for a login, created on first sight. */
  userId(login) {
    let id = this.users.get(login);
    if (id === void 0) {
      id = this.nextId("user");
      this.users.set(login, id);
    }
    return id;
  }
  /** The repository `owner/name`, or a 404 exactly like GitHub's. */
  repo(owner, name) {
    const r = this.repos.get(`${owner}/${name}`.toLowerCase());
    if (!r) throw notFound();
    return r;
  }
  pull(repo, number) {
    const p = this.pulls.get(`${repo.owner}/${repo.name}#${number}`.toLowerCase());
    if (!p) throw notFound();
    return p;
  }
  /** Check runs of a repo on a commit, oldest first. */
  checkRunsFor(repoKey2, sha) {
    return [...this.checkRuns.values()].filter((c) => c.repo === repoKey2 && c.headSha === sha);
  }
};
var repoKey = (r) => `${r.owner}/${r.name}`.toLowerCase();

// src/sim/routes/actions-routes.ts
var repoOf = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
async function presentWorkflowRun(core, repo, run) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const [c] = await core.git(repo).log(run.headSha, { max: 1 });
  const { permissions: _p, ...minimal } = presentRepo(core, repo, "minimal");
  const at = `${api}/actions/runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: Buffer.from(`011:WorkflowRun${run.id}`).toString("base64"),
    check_suite_id: run.id,
    check_suite_node_id: Buffer.from(`010:CheckSuite${run.id}`).toString("base64"),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflowId}`,
    run_number: run.runNumber,
    event: run.event,
    display_title: run.name,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflowNumber(run.workflowId),
    url: at,
    html_url: `${core.url}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: presentUser(core, run.actor),
    triggering_actor: presentUser(core, run.actor),
    run_attempt: 1,
    run_started_at: run.createdAt,
    jobs_url: `${at}/jobs`,
    logs_url: `${at}/logs`,
    check_suite_url: `${api}/check-suites/${run.id}`,
    artifacts_url: `${at}/artifacts`,
    cancel_url: `${at}/cancel`,
    rerun_url: `${at}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${workflowNumber(run.workflowId)}`,
    head_commit: {
      id: run.headSha,
      tree_id: c?.tree ?? run.headSha,
      message: c?.message ?? "",
      timestamp: c?.committer.date ?? run.createdAt,
      author: c ? { name: c.author.name, email: c.author.email } : null,
      committer: c ? { name: c.committer.name, email: c.committer.email } : null
    },
    repository: minimal,
    head_repository: minimal
  };
}
function workflowNumber(workflowId) {
  if (/^\d+$/.test(workflowId)) return Number(workflowId);
  let h = 7;
  for (const ch of workflowId) h = (h * 31 + ch.charCodeAt(0)) % 1000000007;
  return h;
}
function actionsRoutes(onDispatch) {
  const listRuns = async (req, core, workflow) => {
    const repo = repoOf(req, core);
    const f = {
      branch: queryString(req, "branch"),
      event: queryString(req, "event"),
      status: queryString(req, "status"),
      sha: queryString(req, "head_sha"),
      actor: queryString(req, "actor")
    };
    const runs = [...core.state.workflowRuns.values()].filter(
      (r) => r.repo === repoKey(repo) && (!workflow || r.workflowId === workflow || String(workflowNumber(r.workflowId)) === workflow)
    ).filter(
      (r) => (!f.branch || r.headBranch === f.branch) && (!f.event || r.event === f.event) && (!f.sha || r.headSha === f.sha) && (!f.actor || r.actor === f.actor) && (!f.status || r.status === f.status || r.conclusion === f.status)
    ).sort((a, b) => b.id - a.id);
    const items = await Promise.all(runs.map((r) => presentWorkflowRun(core, repo, r)));
    return {
      status: 200,
      page: { items, wrap: (page, total) => ({ total_count: total, workflow_runs: page }) }
    };
  };
  return [
    defineRoute("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", async (req, core) => {
      const repo = repoOf(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const workflowId = param(req, "workflow_id");
      const ref = String(body.ref);
      const sha = await resolveRef(core, repo, ref);
      if (!sha) throw unprocessable(`No ref found for: ${ref}`);
      if (!/^\d+$/.test(workflowId) && !await core.git(repo).listPath(sha, `.github/workflows/${workflowId}`))
        throw notFound();
      const at = core.state.timestamp();
      const runNumber = [...core.state.workflowRuns.values()].filter((r) => r.repo === repoKey(repo) && r.workflowId === workflowId).length + 1;
      const run = {
        id: core.state.nextId("workflow_run"),
        repo: repoKey(repo),
        workflowId,
        runNumber,
        name: workflowId.replace(/\.ya?ml$/, ""),
        event: "workflow_dispatch",
        status: "queued",
        conclusion: null,
        headBranch: ref.replace(/^refs\/heads\//, ""),
        headSha: sha,
        inputs: isJsonObject(body.inputs) ? body.inputs : {},
        actor: botLogin(core),
        createdAt: at,
        updatedAt: at,
        artifacts: []
      };
      core.state.workflowRuns.set(run.id, run);
      for (const listener of onDispatch()) listener(run);
      if (body.return_run_details !== true) return { status: 204 };
      return {
        status: 200,
        body: {
          workflow_run_id: run.id,
          run_url: `${core.url}/repos/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
          html_url: `${core.url}/${repo.owner}/${repo.name}/actions/runs/${run.id}`
        }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/actions/runs", (req, core) => listRuns(req, core)),
    defineRoute(
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
      (req, core) => listRuns(req, core, param(req, "workflow_id"))
    ),
    defineRoute("GET /repos/{owner}/{repo}/actions/runs/{run_id}", async (req, core) => {
      const repo = repoOf(req, core);
      const run = core.state.workflowRuns.get(intParam(req, "run_id"));
      if (!run || run.repo !== repoKey(repo)) throw notFound();
      return { status: 200, body: await presentWorkflowRun(core, repo, run) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", (req, core) => {
      const repo = repoOf(req, core);
      const run = core.state.workflowRuns.get(intParam(req, "run_id"));
      if (!run || run.repo !== repoKey(repo)) throw notFound();
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
      const name = queryString(req, "name");
      const items = run.artifacts.filter((a) => !name || a.name === name).map((a) => ({
        id: a.id,
        node_id: Buffer.from(`08:Artifact${a.id}`).toString("base64"),
        name: a.name,
        size_in_bytes: a.sizeInBytes,
        url: `${api}/actions/artifacts/${a.id}`,
        archive_download_url: `${api}/actions/artifacts/${a.id}/zip`,
        expired: a.expired,
        created_at: a.createdAt,
        expires_at: a.createdAt,
        updated_at: a.createdAt,
        workflow_run: {
          id: run.id,
          repository_id: repo.id,
          head_repository_id: repo.id,
          head_branch: run.headBranch,
          head_sha: run.headSha
        }
      }));
      return { status: 200, page: { items, wrap: (page, total) => ({ total_count: total, artifacts: page }) } };
    })
  ];
}

// src/sim/presenters/present-installation.ts
function presentInstallation(core, inst) {
  const base = core.openapi.namedExample("installation");
  if (!isJsonObject(base)) throw new Error("installation example is not an object");
  const at = core.state.timestamp();
  return {
    ...base,
    id: inst.id,
    account: presentUser(core, inst.account),
    repository_selection: "selected",
    access_tokens_url: `${core.url}/app/installations/${inst.id}/access_tokens`,
    repositories_url: `${core.url}/installation/repositories`,
    html_url: `${core.url}/settings/installations/${inst.id}`,
    app_id: core.app.id,
    client_id: `Iv1.sim${core.app.id}`,
    target_id: core.state.userId(inst.account),
    target_type: "User",
    permissions: inst.permissions,
    events: inst.events,
    created_at: at,
    updated_at: at,
    single_file_name: null,
    single_file_paths: [],
    app_slug: core.app.slug,
    suspended_at: null,
    suspended_by: null
  };
}

// src/sim/routes/app-routes.ts
function installation(core, id) {
  const inst = core.state.installations.get(id);
  if (!inst) throw notFound();
  return inst;
}
function appRoutes(issueToken) {
  return [
    defineRoute("GET /app", (_req, core) => ({ status: 200, body: presentApp(core) }), "app"),
    // The description's list schema says `allOf [simple-user, enterprise]` for `account` (the
    // single-installation schema says anyOf); an account with the enterprise fields too satisfies both.
    defineRoute(
      "GET /app/installations",
      (_req, core) => ({
        status: 200,
        page: {
          items: [...core.state.installations.values()].map((i) => withEnterpriseFields(presentInstallation(core, i)))
        }
      }),
      "app"
    ),
    defineRoute(
      "GET /app/installations/{installation_id}",
      (req, core) => ({
        status: 200,
        body: presentInstallation(core, installation(core, intParam(req, "installation_id")))
      }),
      "app"
    ),
    defineRoute(
      "POST /app/installations/{installation_id}/access_tokens",
      (req, core) => {
        const inst = installation(core, intParam(req, "installation_id"));
        const { token, expiresAt } = issueToken(inst.id);
        const repos = [...core.state.repos.values()].filter((r) => r.installationId === inst.id);
        return {
          status: 201,
          body: {
            token,
            expires_at: expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
            permissions: inst.permissions,
            repository_selection: "selected",
            repositories: repos.map((r) => {
              const { permissions: _p, ...repo } = presentRepo(core, r);
              return repo;
            })
          }
        };
      },
      "app"
    ),
    defineRoute(
      "GET /repos/{owner}/{repo}/installation",
      (req, core) => {
        const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
        return { status: 200, body: presentInstallation(core, installation(core, repo.installationId)) };
      },
      "app"
    ),
    defineRoute("GET /rate_limit", () => {
      const reset = Math.floor(Date.now() / 1e3) + 3600;
      const core = { limit: 5e3, used: 0, remaining: 5e3, reset };
      return { status: 200, body: { resources: { core, search: { ...core, limit: 30, remaining: 30 } }, rate: core } };
    })
  ];
}
function withEnterpriseFields(inst) {
  const account = isJsonObject(inst.account) ? inst.account : {};
  const login = typeof account.login === "string" ? account.login : "";
  return {
    ...inst,
    account: {
      ...account,
      name: login,
      slug: login,
      created_at: inst.created_at ?? null,
      updated_at: inst.updated_at ?? null
    }
  };
}

// src/sim/presenters/present-check.ts
function pullsAt(core, repo, sha) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const side = (ref, s) => ({
    ref,
    sha: s,
    repo: { id: repo.id, url: api, name: repo.name }
  });
  return [...core.state.pulls.values()].filter((p) => p.repo === repoKey(repo) && p.state === "open" && p.headSha === sha).map((p) => ({
    id: p.number * 1e3 + repo.id,
    number: p.number,
    url: `${api}/pulls/${p.number}`,
    head: side(p.head, p.headSha),
    base: side(p.base, p.baseSha)
  }));
}
function presentCheckRun(core, repo, run) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: Buffer.from(`08:CheckRun${run.id}`).toString("base64"),
    external_id: run.externalId,
    url: `${api}/check-runs/${run.id}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: presentApp(core),
    pull_requests: pullsAt(core, repo, run.headSha)
  };
}
async function presentCheckSuite(core, repo, suite) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const [c] = await core.git(repo).log(suite.headSha, { max: 1 });
  const runs = [...core.state.checkRuns.values()].filter((r) => r.checkSuiteId === suite.id);
  return {
    id: suite.id,
    node_id: Buffer.from(`010:CheckSuite${suite.id}`).toString("base64"),
    head_branch: suite.headBranch,
    head_sha: suite.headSha,
    status: suite.status,
    conclusion: suite.conclusion,
    url: `${api}/check-suites/${suite.id}`,
    before: c?.parents[0] ?? null,
    after: suite.headSha,
    pull_requests: pullsAt(core, repo, suite.headSha),
    created_at: suite.createdAt,
    updated_at: suite.updatedAt,
    app: presentApp(core),
    repository: presentRepo(core, repo, "minimal"),
    head_commit: {
      id: suite.headSha,
      tree_id: c?.tree ?? suite.headSha,
      message: c?.message ?? "",
      timestamp: c?.committer.date ?? suite.createdAt,
      author: c ? { name: c.author.name, email: c.author.email } : null,
      committer: c ? { name: c.committer.name, email: c.committer.email } : null
    },
    latest_check_runs_count: new Set(runs.map((r) => r.name)).size,
    check_runs_url: `${api}/check-suites/${suite.id}/check-runs`,
    rerequestable: true,
    runs_rerequestable: true
  };
}

// src/sim/routes/check-run-writes.ts
function suiteFor(core, repo, headSha) {
  const key = repoKey(repo);
  const existing = [...core.state.checkSuites.values()].find(
    (s) => s.repo === key && s.headSha === headSha && s.appId === core.app.id
  );
  if (existing) return existing;
  const pr = [...core.state.pulls.values()].find((p) => p.repo === key && p.headSha === headSha);
  const at = core.state.timestamp();
  const suite = {
    id: core.state.nextId("check_suite"),
    repo: key,
    headSha,
    headBranch: pr?.head ?? null,
    appId: core.app.id,
    status: "queued",
    conclusion: null,
    createdAt: at,
    updatedAt: at,
    rerequests: 0
  };
  core.state.checkSuites.set(suite.id, suite);
  return suite;
}
var severity = ["action_required", "cancelled", "timed_out", "failure", "neutral", "skipped", "success", "stale"];
function settleSuite(core, suite) {
  const latest = /* @__PURE__ */ new Map();
  for (const r of core.state.checkRuns.values()) if (r.checkSuiteId === suite.id) latest.set(r.name, r);
  const runs = [...latest.values()];
  suite.updatedAt = core.state.timestamp();
  if (runs.length === 0) return;
  if (runs.every((r) => r.status === "completed")) {
    suite.status = "completed";
    suite.conclusion = [...runs.map((r) => r.conclusion ?? "neutral")].sort((a, b) => severity.indexOf(a) - severity.indexOf(b))[0] ?? "neutral";
  } else {
    suite.status = runs.some((r) => r.status === "in_progress" || r.status === "completed") ? "in_progress" : "queued";
    suite.conclusion = null;
  }
}
function applyCheckRunBody(core, run, body) {
  const str5 = (v) => typeof v === "string" ? v : void 0;
  if (str5(body.name)) run.name = str5(body.name) ?? run.name;
  if (body.details_url !== void 0) run.detailsUrl = str5(body.details_url) ?? null;
  if (body.external_id !== void 0) run.externalId = str5(body.external_id) ?? null;
  if (str5(body.started_at)) run.startedAt = str5(body.started_at) ?? run.startedAt;
  if (str5(body.status)) run.status = str5(body.status) ?? run.status;
  if (str5(body.conclusion)) {
    run.conclusion = str5(body.conclusion) ?? null;
    run.status = "completed";
  }
  if (run.status === "completed") run.completedAt = str5(body.completed_at) ?? run.completedAt ?? core.state.timestamp();
  else if (body.status !== void 0) {
    run.conclusion = null;
    run.completedAt = null;
  }
  if (isJsonObject(body.output)) {
    const o = body.output;
    if (o.title !== void 0) run.output.title = str5(o.title) ?? null;
    if (o.summary !== void 0) run.output.summary = str5(o.summary) ?? null;
    if (o.text !== void 0) run.output.text = str5(o.text) ?? null;
    for (const a of Array.isArray(o.annotations) ? o.annotations : [])
      if (isAnnotation(a)) run.output.annotations.push(a);
  }
  if (Array.isArray(body.actions)) run.actions = body.actions.filter(isJsonObject);
  run.writes++;
}
function isAnnotation(a) {
  return isJsonObject(a) && typeof a.path === "string" && typeof a.start_line === "number" && typeof a.end_line === "number" && typeof a.annotation_level === "string" && typeof a.message === "string";
}

// src/sim/webhooks/webhook-template.ts
import { readFileSync as readFileSync3 } from "node:fs";
var templates;
function webhookTemplate(name) {
  templates ??= loadTemplates();
  const t = templates[name];
  if (!isJsonObject(t)) throw new Error(`no webhook template ${name}; add it to scripts/gen-openapi-subset.ts`);
  return structuredClone(t);
}
function loadTemplates() {
  const parsed = JSON.parse(readFileSync3(findPackagePath("src/sim/openapi/webhook-examples.json"), "utf8"));
  if (!isJsonObject(parsed)) throw new Error("webhook-examples.json is not an object");
  return parsed;
}
function retarget(core, payload, repo) {
  const exampleRepo = isJsonObject(payload.repository) ? payload.repository : {};
  const fromFull = typeof exampleRepo.full_name === "string" ? exampleRepo.full_name : "Codertocat/Hello-World";
  const [fromOwner = "Codertocat"] = fromFull.split("/");
  const full = `${repo.owner}/${repo.name}`;
  const out = rebaseExample(payload, {
    "https://api.github.com": core.url,
    "https://github.com": core.url,
    [fromFull]: full,
    [`/users/${fromOwner}`]: `/users/${repo.owner}`,
    [`github.com/${fromOwner}`]: `github.com/${repo.owner}`,
    "git@github.com:": "git@127.0.0.1:",
    "git://github.com/": "git://127.0.0.1/"
  });
  if (!isJsonObject(out)) throw new Error("payload is not an object");
  out.repository = webhookRepo(core, repo, out.repository);
  out.installation = {
    id: repo.installationId,
    node_id: Buffer.from(`023:Installation${repo.installationId}`).toString("base64")
  };
  delete out.organization;
  delete out.enterprise;
  return out;
}
function webhookRepo(core, repo, example) {
  const base = isJsonObject(example) ? example : {};
  return {
    ...base,
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString("base64"),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: webhookUser(core, repo.owner, base.owner),
    default_branch: repo.defaultBranch
  };
}
function webhookUser(core, login, example) {
  const base = isJsonObject(example) ? example : {};
  const fromLogin = typeof base.login === "string" ? base.login : "";
  const rebased = fromLogin ? rebaseExample(base, { [`/${fromLogin}`]: `/${encodeURIComponent(login)}` }) : base;
  const obj4 = isJsonObject(rebased) ? rebased : {};
  const id = core.state.userId(login);
  return {
    ...obj4,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString("base64"),
    type: login.endsWith("[bot]") ? "Bot" : "User"
  };
}

// src/sim/webhooks/check-payloads.ts
function checkRunEvent(core, repo, run, action, options = {}) {
  const p = retarget(core, webhookTemplate(`check_run.${action}`), repo);
  const tpl = isJsonObject(p.check_run) ? p.check_run : {};
  const rest = presentCheckRun(core, repo, run);
  const suite = core.state.checkSuites.get(run.checkSuiteId);
  const tplSuite = isJsonObject(tpl.check_suite) ? tpl.check_suite : {};
  p.check_run = {
    ...tpl,
    ...rest,
    check_suite: {
      ...tplSuite,
      id: run.checkSuiteId,
      head_sha: run.headSha,
      head_branch: suite?.headBranch ?? null,
      status: suite?.status ?? "queued",
      conclusion: suite?.conclusion ?? null,
      app: rest.app ?? null,
      pull_requests: rest.pull_requests ?? [],
      url: `${core.url}/repos/${repo.owner}/${repo.name}/check-suites/${run.checkSuiteId}`,
      before: tplSuite.before ?? null,
      after: run.headSha,
      created_at: suite?.createdAt ?? run.startedAt,
      updated_at: suite?.updatedAt ?? run.startedAt
    }
  };
  if (action === "requested_action") p.requested_action = { identifier: options.identifier ?? "" };
  else delete p.requested_action;
  p.sender = webhookUser(core, options.sender ?? botLogin(core), p.sender);
  return p;
}
async function checkSuiteEvent(core, repo, suite, action, sender = repo.owner) {
  const p = retarget(core, webhookTemplate(`check_suite.${action}`), repo);
  const tpl = isJsonObject(p.check_suite) ? p.check_suite : {};
  const rest = await presentCheckSuite(core, repo, suite);
  const { repository: _r, ...fields } = rest;
  p.check_suite = { ...tpl, ...fields };
  p.sender = webhookUser(core, sender, p.sender);
  return p;
}

// src/sim/routes/check-routes.ts
var repoOf2 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
var bodyOf = (req) => isJsonObject(req.body) ? req.body : {};
function runOf(req, core, repo) {
  const run = core.state.checkRuns.get(intParam(req, "check_run_id"));
  if (!run || run.repo !== repoKey(repo)) throw notFound();
  return run;
}
function filterRuns(req, runs) {
  const name = queryString(req, "check_name");
  const status = queryString(req, "status");
  let out = runs.filter((r) => (!name || r.name === name) && (!status || r.status === status));
  if ((queryString(req, "filter") ?? "latest") === "latest") {
    const latest = /* @__PURE__ */ new Map();
    for (const r of out) latest.set(r.name, r);
    out = [...latest.values()];
  }
  return out.sort((a, b) => b.id - a.id);
}
function checkRoutes() {
  return [
    defineRoute("POST /repos/{owner}/{repo}/check-runs", async (req, core) => {
      const repo = repoOf2(req, core);
      const body = bodyOf(req);
      const headSha = String(body.head_sha);
      const sha = await resolveRef(core, repo, headSha);
      if (!sha || !sha.startsWith(headSha.toLowerCase())) throw unprocessable(`No commit found for SHA: ${headSha}`);
      const suite = suiteFor(core, repo, sha);
      const at = core.state.timestamp();
      const run = {
        id: core.state.nextId("check_run"),
        repo: repoKey(repo),
        headSha: sha,
        name: String(body.name),
        status: "queued",
        conclusion: null,
        startedAt: at,
        completedAt: null,
        detailsUrl: core.url,
        externalId: "",
        output: { title: null, summary: null, text: null, annotations: [] },
        actions: [],
        checkSuiteId: suite.id,
        appId: core.app.id,
        writes: 0
      };
      applyCheckRunBody(core, run, body);
      core.state.checkRuns.set(run.id, run);
      settleSuite(core, suite);
      return { status: 201, body: presentCheckRun(core, repo, run) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", (req, core) => {
      const repo = repoOf2(req, core);
      return { status: 200, body: presentCheckRun(core, repo, runOf(req, core, repo)) };
    }),
    defineRoute("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", (req, core) => {
      const repo = repoOf2(req, core);
      const run = runOf(req, core, repo);
      applyCheckRunBody(core, run, bodyOf(req));
      const suite = core.state.checkSuites.get(run.checkSuiteId);
      if (suite) settleSuite(core, suite);
      return { status: 200, body: presentCheckRun(core, repo, run) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", (req, core) => {
      const repo = repoOf2(req, core);
      const run = runOf(req, core, repo);
      const blob = `${core.url}/${repo.owner}/${repo.name}/blob/${run.headSha}`;
      const items = run.output.annotations.map((a) => ({
        path: a.path,
        blob_href: `${blob}/${a.path}`,
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: typeof a.start_column === "number" ? a.start_column : null,
        end_column: typeof a.end_column === "number" ? a.end_column : null,
        annotation_level: a.annotation_level,
        title: typeof a.title === "string" ? a.title : null,
        message: a.message,
        raw_details: typeof a.raw_details === "string" ? a.raw_details : null
      }));
      return { status: 200, page: { items } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest", (req, core) => {
      const repo = repoOf2(req, core);
      const run = runOf(req, core, repo);
      core.emit("check_run", checkRunEvent(core, repo, run, "rerequested"));
      return { status: 201, body: {} };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", async (req, core) => {
      const repo = repoOf2(req, core);
      const sha = await resolveRef(core, repo, param(req, "ref"));
      const appId = req.query.app_id === void 0 ? void 0 : Number(req.query.app_id);
      const runs = sha ? filterRuns(
        req,
        core.state.checkRunsFor(repoKey(repo), sha).filter((r) => appId === void 0 || r.appId === appId)
      ) : [];
      return {
        status: 200,
        page: {
          items: runs.map((r) => presentCheckRun(core, repo, r)),
          wrap: (items, total) => ({ total_count: total, check_runs: items })
        }
      };
    }),
    defineRoute("POST /repos/{owner}/{repo}/check-suites", async (req, core) => {
      const repo = repoOf2(req, core);
      const headSha = String(bodyOf(req).head_sha);
      const sha = await resolveRef(core, repo, headSha);
      if (!sha) throw unprocessable(`No commit found for SHA: ${headSha}`);
      const existed = [...core.state.checkSuites.values()].some(
        (s) => s.repo === repoKey(repo) && s.headSha === sha && s.appId === core.app.id
      );
      const suite = suiteFor(core, repo, sha);
      return { status: existed ? 200 : 201, body: await presentCheckSuite(core, repo, suite) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/check-suites/{check_suite_id}", async (req, core) => {
      const repo = repoOf2(req, core);
      const suite = core.state.checkSuites.get(intParam(req, "check_suite_id"));
      if (!suite || suite.repo !== repoKey(repo)) throw notFound();
      return { status: 200, body: await presentCheckSuite(core, repo, suite) };
    }),
    defineRoute("POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest", async (req, core) => {
      const repo = repoOf2(req, core);
      const suite = core.state.checkSuites.get(intParam(req, "check_suite_id"));
      if (!suite || suite.repo !== repoKey(repo)) throw notFound();
      suite.rerequests++;
      core.emit("check_suite", await checkSuiteEvent(core, repo, suite, "rerequested"));
      return { status: 201, body: {} };
    }),
    defineRoute("GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs", (req, core) => {
      const repo = repoOf2(req, core);
      const id = intParam(req, "check_suite_id");
      const runs = filterRuns(
        req,
        [...core.state.checkRuns.values()].filter((r) => r.checkSuiteId === id && r.repo === repoKey(repo))
      );
      return {
        status: 200,
        page: {
          items: runs.map((r) => presentCheckRun(core, repo, r)),
          wrap: (items, total) => ({ total_count: total, check_runs: items })
        }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}/check-suites", async (req, core) => {
      const repo = repoOf2(req, core);
      const sha = await resolveRef(core, repo, param(req, "ref"));
      const suites = [...core.state.checkSuites.values()].filter((s) => s.repo === repoKey(repo) && s.headSha === sha);
      const items = await Promise.all(suites.map((s) => presentCheckSuite(core, repo, s)));
      return { status: 200, page: { items, wrap: (page, total) => ({ total_count: total, check_suites: page }) } };
    })
  ];
}

// src/sim/routes/deployment-routes.ts
var repoOf3 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
var str4 = (v) => typeof v === "string" ? v : void 0;
function presentDeployment(core, repo, d) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: Buffer.from(`010:Deployment${d.id}`).toString("base64"),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: presentUser(core, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment
  };
}
function presentDeploymentStatus(core, repo, d, s) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: Buffer.from(`016:DeploymentStatus${s.id}`).toString("base64"),
    state: s.state,
    creator: presentUser(core, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
    environment_url: s.environmentUrl,
    log_url: s.logUrl
  };
}
function deploymentOf(req, core, repo) {
  const d = core.state.deployments.get(intParam(req, "deployment_id"));
  if (!d || d.repo !== repoKey(repo)) throw notFound();
  return d;
}
function failingContexts(core, repo, sha, required) {
  const latest = /* @__PURE__ */ new Map();
  for (const s of [...core.state.statuses.values()].filter((x) => x.repo === repoKey(repo) && x.sha === sha))
    latest.set(s.context, s.state);
  for (const r of core.state.checkRunsFor(repoKey(repo), sha))
    latest.set(
      r.name,
      r.status === "completed" ? r.conclusion === "success" || r.conclusion === "skipped" || r.conclusion === "neutral" ? "success" : "failure" : "pending"
    );
  const names = required ?? [...latest.keys()];
  return names.filter((n) => latest.get(n) !== "success").map((n) => ({ context: n, state: latest.get(n) ?? "missing" }));
}
function deploymentRoutes() {
  return [
    defineRoute("GET /repos/{owner}/{repo}/deployments", (req, core) => {
      const repo = repoOf3(req, core);
      const f = {
        sha: queryString(req, "sha"),
        ref: queryString(req, "ref"),
        task: queryString(req, "task"),
        environment: queryString(req, "environment")
      };
      const ok = (want, have) => want === void 0 || want === "none" || want === have;
      const list = [...core.state.deployments.values()].filter(
        (d) => d.repo === repoKey(repo) && ok(f.sha, d.sha) && ok(f.ref, d.ref) && ok(f.task, d.task) && ok(f.environment, d.environment)
      ).sort((a, b) => b.id - a.id);
      return { status: 200, page: { items: list.map((d) => presentDeployment(core, repo, d)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/deployments", async (req, core) => {
      const repo = repoOf3(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const ref = String(body.ref);
      const sha = await resolveRef(core, repo, ref);
      if (!sha) throw unprocessable(`No ref found for: ${ref}`);
      const required = Array.isArray(body.required_contexts) ? body.required_contexts.map(String) : void 0;
      const failing = failingContexts(core, repo, sha, required);
      if (failing.length > 0)
        throw new SimHttpError(409, `Conflict: Commit status checks failed for ${ref}.`, {
          errors: [{ contexts: failing, resource: "Deployment", field: "required_contexts", code: "invalid" }]
        });
      const environment2 = str4(body.environment) ?? "production";
      const at = core.state.timestamp();
      const payload = typeof body.payload === "string" ? safeJson(body.payload) : body.payload ?? {};
      const d = {
        id: core.state.nextId("deployment"),
        repo: repoKey(repo),
        sha,
        ref,
        task: str4(body.task) ?? "deploy",
        payload,
        environment: environment2,
        description: str4(body.description) ?? null,
        creator: botLogin(core),
        transientEnvironment: body.transient_environment === true,
        productionEnvironment: typeof body.production_environment === "boolean" ? body.production_environment : environment2 === "production",
        createdAt: at,
        updatedAt: at,
        statuses: []
      };
      core.state.deployments.set(d.id, d);
      return { status: 201, body: presentDeployment(core, repo, d) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/deployments/{deployment_id}", (req, core) => {
      const repo = repoOf3(req, core);
      return { status: 200, body: presentDeployment(core, repo, deploymentOf(req, core, repo)) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (req, core) => {
      const repo = repoOf3(req, core);
      const d = deploymentOf(req, core, repo);
      return {
        status: 200,
        page: { items: [...d.statuses].reverse().map((s) => presentDeploymentStatus(core, repo, d, s)) }
      };
    }),
    defineRoute("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (req, core) => {
      const repo = repoOf3(req, core);
      const d = deploymentOf(req, core, repo);
      const body = isJsonObject(req.body) ? req.body : {};
      const at = core.state.timestamp();
      const s = {
        id: core.state.nextId("deployment_status"),
        state: String(body.state),
        description: str4(body.description) ?? "",
        environment: str4(body.environment) ?? d.environment,
        logUrl: str4(body.log_url) ?? str4(body.target_url) ?? "",
        environmentUrl: str4(body.environment_url) ?? "",
        creator: botLogin(core),
        createdAt: at
      };
      d.statuses.push(s);
      d.updatedAt = at;
      if (s.state === "success" && body.auto_inactive !== false) {
        for (const other of core.state.deployments.values()) {
          if (other.id === d.id || other.repo !== d.repo || other.environment !== d.environment || other.transientEnvironment)
            continue;
          const last = other.statuses.at(-1);
          if (last && last.state !== "inactive")
            other.statuses.push({
              ...last,
              id: core.state.nextId("deployment_status"),
              state: "inactive",
              description: "",
              createdAt: at
            });
        }
      }
      return { status: 201, body: presentDeploymentStatus(core, repo, d, s) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}", (req, core) => {
      const repo = repoOf3(req, core);
      const d = deploymentOf(req, core, repo);
      const s = d.statuses.find((x) => x.id === intParam(req, "status_id"));
      if (!s) throw notFound();
      return { status: 200, body: presentDeploymentStatus(core, repo, d, s) };
    })
  ];
}
function safeJson(text) {
  try {
    const v = JSON.parse(text);
    return v;
  } catch {
    return text;
  }
}

// src/sim/routes/git-ref-routes.ts
var repoOf4 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
async function presentRef(core, repo, name, sha) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const type = await core.git(repo).objectType(sha) ?? "commit";
  return {
    ref: name,
    node_id: Buffer.from(`03:Ref${repo.id}:${name}`).toString("base64"),
    url: `${api}/git/${name}`,
    object: { type, sha, url: `${api}/git/${type}s/${sha}` }
  };
}
function presentTag(core, repo, t) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    node_id: Buffer.from(`03:Tag${t.sha}`).toString("base64"),
    tag: t.tag,
    sha: t.sha,
    url: `${api}/git/tags/${t.sha}`,
    message: t.message,
    tagger: t.tagger,
    object: { type: t.type, sha: t.object, url: `${api}/git/${t.type}s/${t.object}` },
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
  };
}
async function current(core, repo, name) {
  const overlay = repo.refs.get(name);
  if (overlay !== void 0) return overlay ?? void 0;
  return (await core.git(repo).refs()).get(name);
}
function gitRefRoutes() {
  return [
    defineRoute("POST /repos/{owner}/{repo}/git/refs", async (req, core) => {
      const repo = repoOf4(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const name = String(body.ref);
      const sha = String(body.sha);
      if (!name.startsWith("refs/") || name.split("/").length < 3)
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
      if (!await core.git(repo).isValidRefName(name)) throw unprocessable(`${name} is not a valid ref name.`);
      if (!/^[0-9a-f]{40}$/.test(sha) || !await core.git(repo).hasObject(sha))
        throw unprocessable("Object does not exist");
      const inGit = (await core.git(repo).refs()).get(name);
      const overlay = repo.refs.get(name);
      if (overlay !== void 0 ? overlay !== null : inGit !== void 0)
        throw unprocessable("Reference already exists");
      repo.refs.set(name, sha);
      return {
        status: 201,
        body: await presentRef(core, repo, name, sha),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/git/${name}` }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/git/ref/{ref}", async (req, core) => {
      const repo = repoOf4(req, core);
      const name = `refs/${param(req, "ref")}`;
      const sha = await current(core, repo, name);
      if (!sha) throw notFound();
      return { status: 200, body: await presentRef(core, repo, name, sha) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", async (req, core) => {
      const repo = repoOf4(req, core);
      const prefix = `refs/${param(req, "ref")}`;
      const refs = [...await listRefs(core, repo)].filter(([n]) => n.startsWith(prefix));
      return { status: 200, body: await Promise.all(refs.map(([n, sha]) => presentRef(core, repo, n, sha))) };
    }),
    defineRoute("PATCH /repos/{owner}/{repo}/git/refs/{ref}", async (req, core) => {
      const repo = repoOf4(req, core);
      const name = `refs/${param(req, "ref")}`;
      const body = isJsonObject(req.body) ? req.body : {};
      const sha = String(body.sha);
      const overlayBefore = repo.refs.get(name);
      const before = await current(core, repo, name);
      if (!before) throw unprocessable("Reference does not exist");
      if (!await core.git(repo).hasObject(sha)) throw unprocessable("Object does not exist");
      if (body.force !== true && !await core.git(repo).isAncestor(before, sha))
        throw unprocessable("Update is not a fast forward");
      if (repo.refs.get(name) !== overlayBefore) throw unprocessable("Reference cannot be updated");
      repo.refs.set(name, sha);
      return { status: 200, body: await presentRef(core, repo, name, sha) };
    }),
    // Annotated tag objects: written into the git directory's object store (no ref), so a
    // lock ref can point at a tag whose message carries the holder.
    defineRoute("POST /repos/{owner}/{repo}/git/tags", async (req, core) => {
      const repo = repoOf4(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const object = String(body.object);
      const git = core.git(repo);
      const actual = /^[0-9a-f]{40}$/.test(object) ? await git.objectType(object) : void 0;
      if (actual === void 0) throw unprocessable("Object does not exist");
      if (actual !== body.type) throw unprocessable(`Object type is ${actual}, not ${String(body.type)}`);
      const t = isJsonObject(body.tagger) ? body.tagger : {};
      const tagger = {
        name: typeof t.name === "string" ? t.name : botLogin(core),
        email: typeof t.email === "string" ? t.email : `${core.app.id}+${botLogin(core)}@users.noreply.github.com`,
        date: typeof t.date === "string" ? t.date : core.state.timestamp()
      };
      const sha = await git.writeTag({
        object,
        type: actual,
        tag: String(body.tag),
        tagger,
        message: String(body.message)
      });
      const tag = await git.readTag(sha);
      if (!tag) throw new Error(`tag ${sha} not readable after writing it`);
      return {
        status: 201,
        body: presentTag(core, repo, tag),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/git/tags/${sha}` }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", async (req, core) => {
      const repo = repoOf4(req, core);
      const sha = param(req, "tag_sha");
      const tag = /^[0-9a-f]{40}$/.test(sha) ? await core.git(repo).readTag(sha) : void 0;
      if (!tag) throw notFound();
      return { status: 200, body: presentTag(core, repo, tag) };
    }),
    defineRoute("DELETE /repos/{owner}/{repo}/git/refs/{ref}", async (req, core) => {
      const repo = repoOf4(req, core);
      const name = `refs/${param(req, "ref")}`;
      const overlayBefore = repo.refs.get(name);
      if (!await current(core, repo, name) || repo.refs.get(name) !== overlayBefore)
        throw unprocessable("Reference does not exist");
      repo.refs.set(name, null);
      return { status: 204 };
    })
  ];
}

// src/sim/presenters/present-label.ts
function presentLabel(core, repo, name) {
  let label = repo.labels.get(name.toLowerCase());
  if (!label) {
    label = { id: core.state.nextId("label"), name, color: "ededed", description: null };
    repo.labels.set(name.toLowerCase(), label);
  }
  return {
    id: label.id,
    node_id: Buffer.from(`05:Label${label.id}`).toString("base64"),
    url: `${core.url}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false
  };
}

// src/sim/routes/issue-routes.ts
var repoOf5 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
var bodyOf2 = (req) => isJsonObject(req.body) ? req.body : {};
var issueKey = (repo, n) => `${repoKey(repo)}#${n}`;
function requireIssue(core, repo, n) {
  core.state.pull(repo, n);
}
function commentOf(req, core, repo) {
  const c = core.state.comments.get(intParam(req, "comment_id"));
  if (!c || c.repo !== repoKey(repo)) throw notFound();
  return c;
}
function presentComment(core, repo, c) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString("base64"),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: presentUser(core, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/issues/${c.issueNumber}`,
    author_association: c.user === repo.owner ? "OWNER" : "NONE",
    reactions: reactionRollup(core, `comment:${c.id}`, `${api}/issues/comments/${c.id}/reactions`)
  };
}
function reactionRollup(core, subject, url) {
  const counts = {
    "+1": 0,
    "-1": 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0
  };
  let total = 0;
  for (const r of core.state.reactions.values()) {
    if (r.subject !== subject) continue;
    counts[r.content] = (counts[r.content] ?? 0) + 1;
    total++;
  }
  return { url, total_count: total, ...counts };
}
function presentReaction(core, r) {
  return {
    id: r.id,
    node_id: Buffer.from(`08:Reaction${r.id}`).toString("base64"),
    user: presentUser(core, r.user),
    content: r.content,
    created_at: r.createdAt
  };
}
function react(core, subject, content) {
  const user = botLogin(core);
  const existing = [...core.state.reactions.values()].find(
    (r2) => r2.subject === subject && r2.user === user && r2.content === content
  );
  if (existing) return { status: 200, body: presentReaction(core, existing) };
  const r = {
    id: core.state.nextId("reaction"),
    subject,
    content,
    user,
    createdAt: core.state.timestamp()
  };
  core.state.reactions.set(r.id, r);
  return { status: 201, body: presentReaction(core, r) };
}
function labelNames(body) {
  const list = isJsonObject(body) ? body.labels : body;
  if (!Array.isArray(list)) return [];
  return list.map((l) => typeof l === "string" ? l : isJsonObject(l) && typeof l.name === "string" ? l.name : "").filter(Boolean);
}
function issueRoutes() {
  const labelsOf = (core, repo, n) => core.state.issueLabels.get(issueKey(repo, n)) ?? [];
  const setLabels = (core, repo, n, names) => {
    const unique = [...new Map(names.map((x) => [x.toLowerCase(), x])).values()];
    core.state.issueLabels.set(issueKey(repo, n), unique);
    return unique.map((x) => presentLabel(core, repo, x));
  };
  return [
    defineRoute("GET /repos/{owner}/{repo}/issues/{issue_number}", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      const pr = core.state.pull(repo, n);
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
      const comments = [...core.state.comments.values()].filter(
        (c) => c.repo === repoKey(repo) && c.issueNumber === n
      ).length;
      const body = {
        id: n * 1e3 + repo.id,
        node_id: Buffer.from(`05:Issue${repo.id}:${n}`).toString("base64"),
        url: `${api}/issues/${n}`,
        repository_url: api,
        labels_url: `${api}/issues/${n}/labels{/name}`,
        comments_url: `${api}/issues/${n}/comments`,
        events_url: `${api}/issues/${n}/events`,
        html_url: `${core.url}/${repo.owner}/${repo.name}/pull/${n}`,
        number: n,
        state: pr.state,
        title: pr.title,
        body: pr.body,
        user: presentUser(core, pr.user),
        labels: labelsOf(core, repo, n).map((x) => presentLabel(core, repo, x)),
        assignee: null,
        assignees: [],
        milestone: null,
        locked: false,
        comments,
        pull_request: {
          url: `${api}/pulls/${n}`,
          html_url: `${core.url}/${repo.owner}/${repo.name}/pull/${n}`,
          diff_url: null,
          patch_url: null
        },
        closed_at: null,
        created_at: pr.createdAt,
        updated_at: pr.updatedAt,
        author_association: "OWNER"
      };
      return { status: 200, body };
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      const list = [...core.state.comments.values()].filter((c) => c.repo === repoKey(repo) && c.issueNumber === n);
      return { status: 200, page: { items: list.map((c) => presentComment(core, repo, c)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      const at = core.state.timestamp();
      const c = {
        id: core.state.nextId("comment"),
        repo: repoKey(repo),
        issueNumber: n,
        body: String(bodyOf2(req).body),
        user: botLogin(core),
        createdAt: at,
        updatedAt: at
      };
      core.state.comments.set(c.id, c);
      return {
        status: 201,
        body: presentComment(core, repo, c),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/issues/comments/${c.id}` }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/comments/{comment_id}", (req, core) => {
      const repo = repoOf5(req, core);
      return { status: 200, body: presentComment(core, repo, commentOf(req, core, repo)) };
    }),
    defineRoute("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", (req, core) => {
      const repo = repoOf5(req, core);
      const c = commentOf(req, core, repo);
      c.body = String(bodyOf2(req).body);
      c.updatedAt = core.state.timestamp();
      return { status: 200, body: presentComment(core, repo, c) };
    }),
    defineRoute("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", (req, core) => {
      const repo = repoOf5(req, core);
      core.state.comments.delete(commentOf(req, core, repo).id);
      return { status: 204 };
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/{issue_number}/reactions", (req, core) => {
      const repo = repoOf5(req, core);
      const subject = `issue:${issueKey(repo, intParam(req, "issue_number"))}`;
      const items = [...core.state.reactions.values()].filter(
        (r) => r.subject === subject && (req.query.content === void 0 || r.content === req.query.content)
      );
      return { status: 200, page: { items: items.map((r) => presentReaction(core, r)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/issues/{issue_number}/reactions", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      return react(core, `issue:${issueKey(repo, n)}`, String(bodyOf2(req).content));
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", (req, core) => {
      const repo = repoOf5(req, core);
      const c = commentOf(req, core, repo);
      const items = [...core.state.reactions.values()].filter(
        (r) => r.subject === `comment:${c.id}` && (req.query.content === void 0 || r.content === req.query.content)
      );
      return { status: 200, page: { items: items.map((r) => presentReaction(core, r)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", (req, core) => {
      const repo = repoOf5(req, core);
      return react(core, `comment:${commentOf(req, core, repo).id}`, String(bodyOf2(req).content));
    }),
    defineRoute("GET /repos/{owner}/{repo}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      return { status: 200, page: { items: [...repo.labels.values()].map((l) => presentLabel(core, repo, l.name)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      const body = bodyOf2(req);
      const name = String(body.name);
      if (repo.labels.has(name.toLowerCase()))
        throw new SimHttpError(422, "Validation Failed", {
          errors: [{ resource: "Label", code: "already_exists", field: "name" }]
        });
      repo.labels.set(name.toLowerCase(), {
        id: core.state.nextId("label"),
        name,
        color: typeof body.color === "string" ? body.color.replace(/^#/, "") : "ededed",
        description: typeof body.description === "string" ? body.description : null
      });
      return { status: 201, body: presentLabel(core, repo, name) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/{issue_number}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      return { status: 200, page: { items: labelsOf(core, repo, n).map((x) => presentLabel(core, repo, x)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      return { status: 200, body: setLabels(core, repo, n, [...labelsOf(core, repo, n), ...labelNames(req.body)]) };
    }),
    defineRoute("PUT /repos/{owner}/{repo}/issues/{issue_number}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      return { status: 200, body: setLabels(core, repo, n, labelNames(req.body)) };
    }),
    defineRoute("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      const name = param(req, "name").toLowerCase();
      const current2 = labelsOf(core, repo, n);
      if (!current2.some((x) => x.toLowerCase() === name)) throw new SimHttpError(404, "Label does not exist");
      return {
        status: 200,
        body: setLabels(
          core,
          repo,
          n,
          current2.filter((x) => x.toLowerCase() !== name)
        )
      };
    })
  ];
}

// src/sim/presenters/present-commit.ts
function presentCommit(core, repo, c, files) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const person = (who) => ({ name: who.name, email: who.email, date: who.date });
  const login = (email) => email.split("@")[0]?.replace(/[^A-Za-z0-9-]/g, "-") || "ghost";
  const out = {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: Buffer.from(`06:Commit${c.sha}`).toString("base64"),
    html_url: `${core.url}/${repo.owner}/${repo.name}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person(c.author),
      committer: person(c.committer),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
    },
    author: presentUser(core, login(c.author.email)),
    committer: presentUser(core, login(c.committer.email)),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${core.url}/${repo.owner}/${repo.name}/commit/${sha}`
    }))
  };
  if (files) {
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    out.stats = { additions, deletions, total: additions + deletions };
    out.files = files.map((f) => presentFile(core, repo, c.sha, f));
  }
  return out;
}
function presentFile(core, repo, headSha, f) {
  const enc = f.filename.split("/").map(encodeURIComponent).join("/");
  const out = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${core.url}/${repo.owner}/${repo.name}/blob/${headSha}/${enc}`,
    raw_url: `${core.url}/${repo.owner}/${repo.name}/raw/${headSha}/${enc}`,
    contents_url: `${core.url}/repos/${repo.owner}/${repo.name}/contents/${enc}?ref=${headSha}`
  };
  if (f.patch !== void 0) out.patch = f.patch;
  if (f.previousFilename !== void 0) out.previous_filename = f.previousFilename;
  return out;
}

// src/sim/presenters/pull-links.ts
function pullLinks(core, repo, pr) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const html = `${core.url}/${repo.owner}/${repo.name}/pull/${pr.number}`;
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.number * 1e3 + repo.id,
    node_id: Buffer.from(`011:PullRequest${repo.id}:${pr.number}`).toString("base64"),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha}`,
    number: pr.number
  };
}

// src/sim/presenters/present-pull.ts
function presentPull(core, repo, pr) {
  const full = `${repo.owner}/${repo.name}`;
  const base = rebaseExample(core.openapi.namedExample("pull-request"), {
    "https://api.github.com": core.url,
    "https://github.com": core.url,
    "octocat/Hello-World": full
  });
  if (!isJsonObject(base)) throw new Error("pull-request example is not an object");
  const repoJson = presentRepo(core, repo);
  const side = (ref, sha, owner = repo.owner) => ({
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: presentUser(core, owner),
    repo: owner === repo.owner ? repoJson : { ...repoJson, full_name: `${owner}/${repo.name}`, owner: presentUser(core, owner), fork: true }
  });
  const labels = (core.state.issueLabels.get(`${full}#${pr.number}`.toLowerCase()) ?? []).map(
    (n) => presentLabel(core, repo, n)
  );
  return {
    ...base,
    ...pullLinks(core, repo, pr),
    state: pr.state,
    locked: false,
    title: pr.title,
    user: presentUser(core, pr.user),
    body: pr.body,
    labels,
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === "closed" ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.head, pr.headSha, pr.headOwner),
    base: side(pr.base, pr.baseSha),
    author_association: pr.user === repo.owner ? "OWNER" : "CONTRIBUTOR",
    auto_merge: null,
    draft: pr.draft,
    merged: pr.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: "clean",
    merged_by: null,
    comments: [...core.state.comments.values()].filter(
      (c) => c.repo === full.toLowerCase() && c.issueNumber === pr.number
    ).length,
    review_comments: 0
  };
}

// src/sim/routes/pull-routes.ts
function pullRoutes() {
  return [
    defineRoute("GET /repos/{owner}/{repo}/pulls", (req, core) => {
      const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
      const state = queryString(req, "state") ?? "open";
      const head = queryString(req, "head");
      const base = queryString(req, "base");
      const pulls = [...core.state.pulls.values()].filter((p) => p.repo === repoKey(repo) && (state === "all" || p.state === state)).filter((p) => (!head || `${repo.owner}:${p.head}` === head || p.head === head) && (!base || p.base === base)).sort((a, b) => b.number - a.number);
      return { status: 200, page: { items: pulls.map((p) => presentPull(core, repo, p)) } };
    }),
    defineRoute("GET /repos/{owner}/{repo}/pulls/{pull_number}", (req, core) => {
      const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
      return { status: 200, body: presentPull(core, repo, core.state.pull(repo, intParam(req, "pull_number"))) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", async (req, core) => {
      const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
      const pr = core.state.pull(repo, intParam(req, "pull_number"));
      const git = core.git(repo);
      const base = await git.mergeBase(pr.baseSha, pr.headSha) ?? pr.baseSha;
      const files = (await git.diff(base, pr.headSha)).slice(0, 3e3);
      return { status: 200, page: { items: files.map((f) => presentFile(core, repo, pr.headSha, f)) } };
    })
  ];
}

// src/sim/routes/content-route.ts
import { posix } from "node:path";
function entryJson(core, repo, ref, e) {
  const enc = e.path.split("/").map(encodeURIComponent).join("/");
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const type = e.type === "tree" ? "dir" : e.type === "commit" ? "submodule" : e.mode === "120000" ? "symlink" : "file";
  const url = `${api}/contents/${enc}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${api}/git/${e.type === "tree" ? "trees" : "blobs"}/${e.sha}`;
  const htmlUrl = `${core.url}/${repo.owner}/${repo.name}/${e.type === "tree" ? "tree" : "blob"}/${ref}/${enc}`;
  return {
    type,
    size: e.size,
    name: e.path.split("/").pop() ?? e.path,
    path: e.path,
    sha: e.sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: type === "file" ? `${core.url}/${repo.owner}/${repo.name}/raw/${ref}/${enc}` : null,
    _links: { self: url, git: gitUrl, html: htmlUrl }
  };
}
var contentRoute = defineRoute("GET /repos/{owner}/{repo}/contents/{path}", async (req, core) => {
  const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
  const ref = queryString(req, "ref") ?? repo.defaultBranch;
  const sha = await resolveRef(core, repo, ref);
  if (!sha) throw notFound();
  const path = String(req.params.path ?? "");
  const git = core.git(repo);
  const found = await git.listPath(sha, path);
  if (!found) throw notFound();
  if (found.kind === "dir") return { status: 200, body: found.entries.map((e) => entryJson(core, repo, ref, e)) };
  let [entry] = found.entries;
  if (!entry) throw notFound();
  if (entry.mode === "120000") {
    const link = entry;
    const target = await git.linkTarget(link);
    const resolved = posix.normalize(posix.join(posix.dirname(link.path), target));
    const file = target.startsWith("/") || resolved.startsWith("..") ? void 0 : await git.listPath(sha, resolved);
    const fileEntry = file?.kind === "file" ? file.entries[0] : void 0;
    if (!fileEntry || fileEntry.mode === "120000")
      return { status: 200, body: { ...entryJson(core, repo, ref, link), target } };
    entry = fileEntry;
  }
  const bytes = await git.readFile(sha, entry.path) ?? Buffer.alloc(0);
  const accept = String(req.headers.accept ?? "");
  if (accept.includes("raw"))
    return { status: 200, raw: bytes, headers: { "content-type": "application/vnd.github.raw; charset=utf-8" } };
  const content = (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n") + "\n";
  return { status: 200, body: { ...entryJson(core, repo, ref, entry), encoding: "base64", content } };
});

// src/sim/routes/repo-routes.ts
var repoOf6 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
async function commitOr404(core, repo, ref) {
  const sha = await resolveRef(core, repo, ref);
  if (!sha) throw unprocessable(`No commit found for SHA: ${ref}`);
  return sha;
}
function repoRoutes() {
  return [
    defineRoute("GET /repos/{owner}/{repo}", (req, core) => ({
      status: 200,
      body: presentRepo(core, repoOf6(req, core))
    })),
    contentRoute,
    // GitHub answers 302 to codeload; Octokit's fetch follows it to the same origin, keeping auth.
    defineRoute("GET /repos/{owner}/{repo}/tarball/{ref}", async (req, core) => {
      const repo = repoOf6(req, core);
      const sha = await resolveRef(core, repo, param(req, "ref"));
      if (!sha) throw notFound();
      return {
        status: 302,
        headers: { location: `${core.url}/_codeload/${repo.owner}/${repo.name}/legacy.tar.gz/${sha}` }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits", async (req, core) => {
      const repo = repoOf6(req, core);
      const sha = await commitOr404(core, repo, queryString(req, "sha") ?? repo.defaultBranch);
      const commits = await core.git(repo).log(sha, { max: 1e3 });
      return { status: 200, page: { items: commits.map((c) => presentCommit(core, repo, c)) } };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}", async (req, core) => {
      const repo = repoOf6(req, core);
      const sha = await commitOr404(core, repo, param(req, "ref"));
      const git = core.git(repo);
      const [c] = await git.log(sha, { max: 1 });
      if (!c) throw notFound();
      const files = c.parents[0] ? await git.diff(c.parents[0], sha) : [];
      return { status: 200, body: presentCommit(core, repo, c, files) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/compare/{basehead}", async (req, core) => {
      const repo = repoOf6(req, core);
      const [base = "", head = ""] = param(req, "basehead").split("...");
      const git = core.git(repo);
      const [baseSha, headSha] = await Promise.all([resolveRef(core, repo, base), resolveRef(core, repo, head)]);
      if (!baseSha || !headSha) throw notFound();
      const mergeBase = await git.mergeBase(baseSha, headSha) ?? baseSha;
      const [ahead, behind, files, [baseCommit], [mbCommit]] = await Promise.all([
        git.log(headSha, { exclude: baseSha }),
        git.log(baseSha, { exclude: headSha }),
        git.diff(mergeBase, headSha),
        git.log(baseSha, { max: 1 }),
        git.log(mergeBase, { max: 1 })
      ]);
      if (!baseCommit || !mbCommit) throw notFound();
      const status = ahead.length === 0 && behind.length === 0 ? "identical" : behind.length === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged";
      const at = `${core.url}/${repo.owner}/${repo.name}/compare/${base}...${head}`;
      const body = {
        url: `${core.url}/repos/${repo.owner}/${repo.name}/compare/${base}...${head}`,
        html_url: at,
        permalink_url: at,
        diff_url: `${at}.diff`,
        patch_url: `${at}.patch`,
        base_commit: presentCommit(core, repo, baseCommit),
        merge_base_commit: presentCommit(core, repo, mbCommit),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: [...ahead].reverse().map((c) => presentCommit(core, repo, c)),
        files: files.map((f) => presentFile(core, repo, headSha, f))
      };
      return { status: 200, body };
    }),
    defineRoute("GET /repos/{owner}/{repo}/branches/{branch}", async (req, core) => {
      const repo = repoOf6(req, core);
      const branch = param(req, "branch");
      const sha = await resolveRef(core, repo, `refs/heads/${branch}`);
      if (!sha) throw new SimHttpError(404, "Branch not found");
      const [c] = await core.git(repo).log(sha, { max: 1 });
      if (!c) throw notFound();
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
      return {
        status: 200,
        body: {
          name: branch,
          commit: presentCommit(core, repo, c),
          _links: { self: `${api}/branches/${branch}`, html: `${core.url}/${repo.owner}/${repo.name}/tree/${branch}` },
          protected: false,
          protection: {
            enabled: false,
            required_status_checks: { enforcement_level: "off", contexts: [], checks: [] }
          },
          protection_url: `${api}/branches/${branch}/protection`
        }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/collaborators/{username}/permission", (req, core) => {
      const repo = repoOf6(req, core);
      const login = param(req, "username");
      const permission = repo.collaborators.get(login) ?? (login === repo.owner ? "admin" : "read");
      const legacy = permission === "maintain" ? "write" : permission === "triage" ? "read" : permission;
      const user = presentUser(core, login);
      const flags = {
        admin: permission === "admin",
        maintain: ["admin", "maintain"].includes(permission),
        push: ["admin", "maintain", "write"].includes(permission),
        triage: permission !== "read" && permission !== "none",
        pull: permission !== "none"
      };
      return {
        status: 200,
        body: {
          permission: legacy,
          role_name: permission,
          user: { ...user, permissions: flags, role_name: permission }
        }
      };
    })
  ];
}

// src/sim/routes/status-routes.ts
var repoOf7 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
function presentStatus(core, repo, s) {
  return {
    url: `${core.url}/repos/${repo.owner}/${repo.name}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: Buffer.from(`06:Status${s.id}`).toString("base64"),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: presentUser(core, s.creator)
  };
}
async function statusesAt(core, repo, ref) {
  const sha = await resolveRef(core, repo, ref);
  return {
    sha,
    list: [...core.state.statuses.values()].filter((s) => s.repo === repoKey(repo) && s.sha === sha).sort((a, b) => b.id - a.id)
  };
}
function statusRoutes() {
  return [
    defineRoute("POST /repos/{owner}/{repo}/statuses/{sha}", async (req, core) => {
      const repo = repoOf7(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const sha = await resolveRef(core, repo, param(req, "sha"));
      if (!sha) throw unprocessable(`No commit found for SHA: ${param(req, "sha")}`);
      const s = {
        id: core.state.nextId("status"),
        repo: repoKey(repo),
        sha,
        state: String(body.state),
        targetUrl: typeof body.target_url === "string" ? body.target_url : null,
        description: typeof body.description === "string" ? body.description : null,
        context: typeof body.context === "string" ? body.context : "default",
        creator: botLogin(core),
        createdAt: core.state.timestamp()
      };
      core.state.statuses.set(s.id, s);
      return { status: 201, body: presentStatus(core, repo, s) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}/statuses", async (req, core) => {
      const repo = repoOf7(req, core);
      const { list } = await statusesAt(core, repo, param(req, "ref"));
      return { status: 200, page: { items: list.map((s) => presentStatus(core, repo, s)) } };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}/status", async (req, core) => {
      const repo = repoOf7(req, core);
      const { sha, list } = await statusesAt(core, repo, param(req, "ref"));
      const latest = /* @__PURE__ */ new Map();
      for (const s of list) if (!latest.has(s.context)) latest.set(s.context, s);
      const states = [...latest.values()].map((s) => s.state);
      const state = states.some((s) => s === "error" || s === "failure") ? "failure" : states.length === 0 || states.includes("pending") ? "pending" : "success";
      const { permissions: _p, ...minimal } = presentRepo(core, repo, "minimal");
      const items = [...latest.values()].map((s) => {
        const { creator: _c, ...rest } = presentStatus(core, repo, s);
        return rest;
      });
      return {
        status: 200,
        page: {
          items,
          wrap: (page, total) => ({
            state,
            statuses: page,
            sha: sha ?? param(req, "ref"),
            total_count: total,
            repository: minimal,
            commit_url: `${core.url}/repos/${repo.owner}/${repo.name}/commits/${sha}`,
            url: `${core.url}/repos/${repo.owner}/${repo.name}/commits/${sha}/status`
          })
        }
      };
    })
  ];
}

// src/sim/routes/team-routes.ts
function isMember(state, org, slug, login, depth = 0) {
  const team = state.teams.get(`${org}/${slug}`);
  if (!team || depth > 10) return false;
  if (team.members.has(login)) return true;
  for (const [key, child] of state.teams)
    if (child.parent === slug && key.startsWith(`${org}/`) && isMember(state, org, key.slice(org.length + 1), login, depth + 1))
      return true;
  return false;
}
function teamRoutes() {
  return [
    defineRoute("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", (req, core) => {
      const org = param(req, "org");
      const slug = param(req, "team_slug");
      const login = param(req, "username");
      if (!core.state.teams.has(`${org}/${slug}`) || !isMember(core.state, org, slug, login)) throw notFound();
      return {
        status: 200,
        body: {
          url: `${core.url}/organizations/1/team/1/memberships/${login}`,
          role: "member",
          state: "active"
        }
      };
    })
  ];
}

// src/sim/routes/all-routes.ts
function routes(hooks) {
  return [
    ...appRoutes(hooks.issueToken),
    ...repoRoutes(),
    ...teamRoutes(),
    ...pullRoutes(),
    ...checkRoutes(),
    ...statusRoutes(),
    ...issueRoutes(),
    ...deploymentRoutes(),
    ...gitRefRoutes(),
    ...actionsRoutes(hooks.onDispatch)
  ];
}

// src/sim/violation.ts
function formatViolation(v) {
  return v.errors.map((e) => `${v.operationId} (${v.method} ${v.url}) ${v.where} ${e.at}: ${e.message}`).join("\n");
}

// src/sim/webhooks/deployment-payloads.ts
function deploymentJson(core, repo, d, tpl) {
  const rest = presentDeployment(core, repo, d);
  return { ...tpl, ...rest, creator: webhookUser(core, d.creator, tpl.creator), performed_via_github_app: null };
}
function deploymentEvent(core, repo, d, sender = d.creator) {
  const p = retarget(core, webhookTemplate("deployment.created"), repo);
  p.deployment = deploymentJson(core, repo, d, isJsonObject(p.deployment) ? p.deployment : {});
  p.sender = webhookUser(core, sender, p.sender);
  return p;
}
function deploymentStatusEvent(core, repo, d, s) {
  const p = retarget(core, webhookTemplate("deployment_status.created"), repo);
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const tpl = isJsonObject(p.deployment_status) ? p.deployment_status : {};
  p.deployment = deploymentJson(core, repo, d, isJsonObject(p.deployment) ? p.deployment : {});
  const { log_url: _l, ...tplRest } = tpl;
  p.deployment_status = {
    ...tplRest,
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: Buffer.from(`016:DeploymentStatus${s.id}`).toString("base64"),
    state: s.state,
    creator: webhookUser(core, s.creator, tpl.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    ...s.logUrl ? { log_url: s.logUrl } : {},
    environment_url: s.environmentUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api
  };
  p.sender = webhookUser(core, s.creator, p.sender);
  return p;
}

// src/sim/webhooks/issue-comment-payload.ts
function issueCommentEvent(core, repo, pr, comment, action) {
  const p = retarget(core, webhookTemplate(`issue_comment.${action}`), repo);
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const html = `${core.url}/${repo.owner}/${repo.name}/pull/${pr.number}`;
  const tplIssue = isJsonObject(p.issue) ? p.issue : {};
  const tplComment = isJsonObject(p.comment) ? p.comment : {};
  p.issue = {
    ...tplIssue,
    url: `${api}/issues/${pr.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${pr.number}/labels{/name}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    events_url: `${api}/issues/${pr.number}/events`,
    html_url: html,
    id: pr.number * 1e3 + repo.id,
    node_id: Buffer.from(`05:Issue${repo.id}:${pr.number}`).toString("base64"),
    number: pr.number,
    title: pr.title,
    body: pr.body,
    user: webhookUser(core, pr.user, tplIssue.user),
    labels: [],
    state: pr.state,
    assignee: null,
    assignees: [],
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: null,
    pull_request: {
      url: `${api}/pulls/${pr.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: null
    },
    reactions: {
      ...isJsonObject(tplIssue.reactions) ? tplIssue.reactions : {},
      url: `${api}/issues/${pr.number}/reactions`
    }
  };
  p.comment = {
    ...tplComment,
    id: comment.id,
    node_id: Buffer.from(`012:IssueComment${comment.id}`).toString("base64"),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${html}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${pr.number}`,
    body: comment.body,
    user: webhookUser(core, comment.user, tplComment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    reactions: {
      ...isJsonObject(tplComment.reactions) ? tplComment.reactions : {},
      url: `${api}/issues/comments/${comment.id}/reactions`
    },
    author_association: comment.user === repo.owner ? "OWNER" : "CONTRIBUTOR"
  };
  if (action !== "edited") delete p.changes;
  p.sender = webhookUser(core, comment.user, p.sender);
  return p;
}

// src/sim/webhooks/workflow-run-payload.ts
async function workflowRunEvent(core, repo, run, action) {
  const p = retarget(core, webhookTemplate(`workflow_run.${action}`), repo);
  const tpl = isJsonObject(p.workflow_run) ? p.workflow_run : {};
  const rest = await presentWorkflowRun(core, repo, run);
  const actor = webhookUser(core, run.actor, tpl.actor ?? p.sender);
  const wf = isJsonObject(p.workflow) ? p.workflow : {};
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const workflowId = typeof rest.workflow_id === "number" ? rest.workflow_id : 0;
  p.workflow = {
    ...wf,
    id: workflowId,
    name: run.name,
    path: `.github/workflows/${run.workflowId}`,
    url: `${api}/actions/workflows/${workflowId}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/.github/workflows/${run.workflowId}`,
    badge_url: `${core.url}/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(run.name)}/badge.svg`
  };
  p.workflow_run = {
    ...tpl,
    ...rest,
    actor,
    triggering_actor: actor,
    repository: webhookRepo(core, repo, tpl.repository),
    head_repository: webhookRepo(core, repo, tpl.head_repository)
  };
  p.sender = actor;
  return p;
}

// src/sim/webhooks/pull-request-payload.ts
function pullRequestEvent(core, repo, pr, action, sender = pr.user, before) {
  const p = retarget(core, webhookTemplate(`pull_request.${action}`), repo);
  const tpl = isJsonObject(p.pull_request) ? p.pull_request : {};
  const side = (s, ref, sha, owner = repo.owner) => {
    const repoJson = webhookRepo(core, repo, isJsonObject(s) ? s.repo : void 0);
    const user = webhookUser(core, owner, isJsonObject(s) ? s.user : void 0);
    return {
      ...isJsonObject(s) ? s : {},
      label: `${owner}:${ref}`,
      ref,
      sha,
      user,
      // A fork's head names the fork: same files, another owner.
      repo: owner === repo.owner ? repoJson : { ...repoJson, full_name: `${owner}/${repo.name}`, owner: user, fork: true }
    };
  };
  p.number = pr.number;
  p.pull_request = {
    ...tpl,
    ...pullLinks(core, repo, pr),
    state: pr.state,
    title: pr.title,
    body: pr.body,
    user: webhookUser(core, pr.user, tpl.user),
    draft: pr.draft,
    merged: pr.merged,
    labels: [],
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === "closed" ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    head: side(tpl.head, pr.head, pr.headSha, pr.headOwner),
    base: side(tpl.base, pr.base, pr.baseSha)
  };
  if (action === "synchronize") {
    p.before = before ?? pr.headSha;
    p.after = pr.headSha;
  }
  p.sender = webhookUser(core, sender, p.sender);
  return p;
}

// src/sim/webhooks/webhook-sender.ts
import { randomUUID as randomUUID4 } from "node:crypto";
var deliveryTimeoutMs = 1e4;
var WebhookSender = class {
  deliveries = [];
  #target;
  #pending = /* @__PURE__ */ new Set();
  #hookId;
  constructor(target, hookId = 1) {
    this.#target = target;
    this.#hookId = hookId;
  }
  /** Where events the simulator raises by itself (rerequests, opened PRs) are sent. */
  configure(target) {
    this.#target = target;
  }
  get target() {
    return this.#target;
  }
  async send(o) {
    const url = o.url ?? this.#target?.url;
    const secret = o.secret ?? this.#target?.secret;
    if (!url || secret === void 0)
      throw new Error("webhooks.send: no url/secret; pass them or call sim.webhooks.configure({ url, secret })");
    const id = o.id ?? randomUUID4();
    const body = JSON.stringify(o.payload);
    const signature = o.signature === void 0 ? await sign(secret, body) : o.signature;
    const installation2 = o.payload.installation;
    const headers = {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/oda-sim",
      "x-github-event": o.event,
      "x-github-delivery": id,
      "x-github-hook-id": String(this.#hookId),
      "x-github-hook-installation-target-type": "integration",
      ...typeof installation2 === "object" && installation2 !== null && !Array.isArray(installation2) ? { "x-github-hook-installation-target-id": String(installation2.id) } : {},
      ...signature === false ? {} : { "x-hub-signature-256": signature }
    };
    const started = performance.now();
    const action = typeof o.payload.action === "string" ? o.payload.action : void 0;
    const delivery = {
      id,
      event: o.event,
      action,
      url,
      payload: o.payload,
      status: void 0,
      responseBody: "",
      durationMs: 0,
      redelivery: o.id !== void 0
    };
    try {
      const res = await fetch(url, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(deliveryTimeoutMs),
        redirect: "manual"
      });
      delivery.status = res.status;
      delivery.responseBody = await res.text();
    } catch (e) {
      delivery.error = e instanceof Error ? e.message : String(e);
    }
    delivery.durationMs = Math.round(performance.now() - started);
    this.deliveries.push(delivery);
    return delivery;
  }
  /** Sends a past delivery again with the same `X-GitHub-Delivery` and payload. */
  async redeliver(id) {
    const past = this.deliveries.find((d) => d.id === id);
    if (!past) throw new Error(`webhooks.redeliver: no delivery ${id}`);
    return this.send({ event: past.event, payload: past.payload, url: past.url, id });
  }
  /** Sends without waiting (what GitHub does after a write); `idle()` waits for these. */
  emit(event, payload) {
    if (!this.#target) return;
    const p = this.send({ event, payload }).catch(() => void 0);
    this.#pending.add(p);
    void p.finally(() => this.#pending.delete(p));
  }
  /** Resolves when every emitted delivery has been answered. */
  async idle() {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
};

// src/sim/webhooks/sim-webhooks.ts
var SimWebhooks = class extends WebhookSender {
  #core;
  constructor(core, target) {
    super(target);
    this.#core = core;
  }
  /** `pull_request` payload for a PR the simulator holds. */
  pullRequest(o) {
    const core = this.#core();
    const repo = core.state.repo(o.owner, o.repo);
    const pr = core.state.pull(repo, o.number);
    return pullRequestEvent(core, repo, pr, o.action ?? "opened", o.sender ?? pr.user);
  }
  /** `check_run` payload; `requested_action` needs the button's `identifier`. */
  checkRun(o) {
    const core = this.#core();
    const run = core.state.checkRuns.get(o.checkRunId);
    if (!run) throw notFound();
    const [owner = "", name = ""] = run.repo.split("/");
    return checkRunEvent(core, core.state.repo(owner, name), run, o.action, {
      ...o.identifier ? { identifier: o.identifier } : {},
      ...o.sender ? { sender: o.sender } : {}
    });
  }
  /** `check_suite` payload; for `requested` on a commit without a suite yet, one is created. */
  async checkSuite(o) {
    const core = this.#core();
    const repo = core.state.repo(o.owner, o.repo);
    const suite = o.checkSuiteId !== void 0 ? core.state.checkSuites.get(o.checkSuiteId) : o.sha ? suiteFor(core, repo, o.sha) : void 0;
    if (!suite) throw notFound();
    return checkSuiteEvent(core, repo, suite, o.action);
  }
  /**
   * A PR comment: records it in state (as if `user` wrote it on github.com) and returns the
   * `issue_comment.created` payload. Slash commands are tested this way.
   */
  issueComment(o) {
    const core = this.#core();
    const repo = core.state.repo(o.owner, o.repo);
    const pr = core.state.pull(repo, o.number);
    const at = core.state.timestamp();
    const comment = {
      id: core.state.nextId("comment"),
      repo: repoKey(repo),
      issueNumber: o.number,
      body: o.body,
      user: o.user,
      createdAt: at,
      updatedAt: at
    };
    core.state.comments.set(comment.id, comment);
    return { comment, payload: issueCommentEvent(core, repo, pr, comment, "created") };
  }
  /** `deployment.created` payload for a deployment the simulator holds. */
  deployment(o) {
    const core = this.#core();
    const d = core.state.deployments.get(o.deploymentId);
    if (!d) throw notFound();
    const [owner = "", name = ""] = d.repo.split("/");
    return deploymentEvent(core, core.state.repo(owner, name), d);
  }
  /** `deployment_status.created` payload; the latest status unless `statusId` is given. */
  deploymentStatus(o) {
    const core = this.#core();
    const d = core.state.deployments.get(o.deploymentId);
    const s = o.statusId === void 0 ? d?.statuses.at(-1) : d?.statuses.find((x) => x.id === o.statusId);
    if (!d || !s) throw notFound();
    const [owner = "", name = ""] = d.repo.split("/");
    return deploymentStatusEvent(core, core.state.repo(owner, name), d, s);
  }
  /** `workflow_run` payload for a run the simulator holds (dispatched through the API). */
  async workflowRun(o) {
    const core = this.#core();
    const run = core.state.workflowRuns.get(o.runId);
    if (!run) throw notFound();
    const [owner = "", name = ""] = run.repo.split("/");
    return workflowRunEvent(core, core.state.repo(owner, name), run, o.action);
  }
};

// src/sim/add-repo.ts
import { existsSync as existsSync4 } from "node:fs";
function addRepo(core, o) {
  if (!existsSync4(o.gitDir))
    throw new Error(`addRepo: gitDir ${o.gitDir} does not exist; pass a git repository (bare or not)`);
  const { state } = core;
  let installationId = o.installationId;
  if (installationId === void 0)
    installationId = [...state.repos.values()].find(
      (r) => r.owner.toLowerCase() === o.owner.toLowerCase()
    )?.installationId;
  if (installationId === void 0) installationId = state.nextId("installation");
  if (!state.installations.has(installationId)) {
    state.installations.set(installationId, {
      id: installationId,
      account: o.owner,
      permissions: {
        checks: "write",
        contents: "write",
        pull_requests: "write",
        issues: "write",
        deployments: "write",
        statuses: "write",
        actions: "write",
        metadata: "read"
      },
      events: ["pull_request", "check_run", "check_suite", "issue_comment"]
    });
  }
  const repo = {
    id: state.nextId("repo"),
    owner: o.owner,
    name: o.repo,
    gitDir: o.gitDir,
    defaultBranch: o.defaultBranch ?? "main",
    installationId,
    private: o.private ?? false,
    createdAt: state.timestamp(),
    refs: /* @__PURE__ */ new Map(),
    labels: /* @__PURE__ */ new Map(),
    collaborators: /* @__PURE__ */ new Map(),
    nextIssueNumber: 1
  };
  state.repos.set(repoKey(repo), repo);
  return repo;
}

// src/sim/open-pull-request.ts
async function openPullRequest(core, webhooks, o) {
  const repo = core.state.repo(o.owner, o.repo);
  const base = o.base ?? repo.defaultBranch;
  const [headSha, baseSha] = await Promise.all([resolveRef(core, repo, o.head), resolveRef(core, repo, base)]);
  if (!headSha) throw new Error(`openPullRequest: branch ${o.head} not found in ${repo.gitDir}`);
  if (!baseSha) throw new Error(`openPullRequest: branch ${base} not found in ${repo.gitDir}`);
  const at = core.state.timestamp();
  const number = repo.nextIssueNumber++;
  const pull = {
    repo: repoKey(repo),
    number,
    title: o.title ?? `Merge ${o.head} into ${base}`,
    body: o.body ?? null,
    user: o.user ?? repo.owner,
    head: o.head,
    ...o.fork ? { headOwner: o.fork } : {},
    base,
    headSha,
    baseSha,
    state: "open",
    draft: o.draft ?? false,
    merged: false,
    labels: [],
    createdAt: at,
    updatedAt: at
  };
  core.state.pulls.set(`${repoKey(repo)}#${number}`, pull);
  const emit = o.emit ?? webhooks.target !== void 0;
  const delivery = emit ? await webhooks.send({ event: "pull_request", payload: pullRequestEvent(core, repo, pull, "opened") }) : void 0;
  return { pull, delivery };
}

// src/sim/update-pull-request.ts
async function updatePullRequest(core, webhooks, o) {
  const repo = core.state.repo(o.owner, o.repo);
  const pull = core.state.pull(repo, o.number);
  const before = pull.headSha;
  if (o.action === "synchronize") {
    const sha = await resolveRef(core, repo, pull.head);
    if (!sha) throw new Error(`updatePullRequest: branch ${pull.head} no longer exists in ${repo.gitDir}`);
    pull.headSha = sha;
  }
  if (o.action === "closed") pull.state = "closed";
  if (o.action === "reopened") pull.state = "open";
  if (o.action === "ready_for_review") pull.draft = false;
  pull.updatedAt = core.state.timestamp();
  const emit = o.emit ?? webhooks.target !== void 0;
  const delivery = emit ? await webhooks.send({
    event: "pull_request",
    payload: pullRequestEvent(core, repo, pull, o.action, o.sender ?? pull.user, before)
  }) : void 0;
  return { pull, delivery };
}

// src/sim/wait-for.ts
import { setTimeout as sleep2 } from "node:timers/promises";
async function waitFor(predicate, o = {}) {
  const deadline = Date.now() + (o.timeoutMs ?? 1e4);
  for (; ; ) {
    if (await predicate()) return;
    if (Date.now() > deadline)
      throw new Error(
        `waitFor: ${o.what ?? "condition"} still false after ${o.timeoutMs ?? 1e4} ms${o.context ? `

route log:
${o.context()}` : ""}`
      );
    await sleep2(o.intervalMs ?? 20);
  }
}

// src/sim/start-simulator.ts
async function startSimulator(options = {}) {
  const state = new SimState(options.now);
  const keys = simKeyPair(options.privateKey);
  const app = {
    id: options.appId ?? 1,
    slug: options.appSlug ?? "oda-sim",
    name: "oda (simulated)",
    owner: "oda-sim-owner",
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    webhookSecret: options.webhookSecret ?? "sim-webhook-secret"
  };
  const openapi = sharedOpenapiValidator();
  const readers = /* @__PURE__ */ new Map();
  let url = "";
  const core = {
    get url() {
      return url;
    },
    state,
    openapi,
    app,
    strict: options.strict ?? true,
    git: (repo) => {
      let r = readers.get(repo.gitDir);
      if (!r) readers.set(repo.gitDir, r = new GitReader(repo.gitDir));
      return r;
    },
    emit: (event, payload) => webhooks.emit(event, payload)
  };
  const webhooks = new SimWebhooks(
    () => core,
    options.webhookUrl ? { url: options.webhookUrl, secret: app.webhookSecret } : void 0
  );
  const tokens = /* @__PURE__ */ new Map();
  const issue = (installationId) => {
    const token = newInstallationToken();
    const expiresAt = new Date(state.now().getTime() + 36e5);
    tokens.set(token, { installationId, expiresAt });
    return { token, expiresAt };
  };
  const listeners = [];
  const pipeline2 = {
    core,
    matcher: new RouteMatcher(routes({ issueToken: issue, onDispatch: () => listeners })),
    log: new RouteLog(),
    faults: new FaultInjector(),
    barriers: new Barriers(),
    rateLimits: new RateLimits(5e3, state.now),
    violations: [],
    tokens,
    raw: async (method, path) => {
      const m = /^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]{40})$/.exec(path);
      if (method !== "GET" || !m) return void 0;
      const [, owner = "", name = "", sha = ""] = m;
      const repo = state.repos.get(`${owner}/${name}`.toLowerCase());
      if (!repo) return { status: 404, body: { message: "Not Found" } };
      const raw = await core.git(repo).tarball(sha, `${repo.owner}-${repo.name}-${sha.slice(0, 7)}`);
      return {
        status: 200,
        raw,
        headers: {
          "content-type": "application/x-gzip",
          "content-disposition": `attachment; filename=${repo.owner}-${repo.name}-${sha.slice(0, 7)}.tar.gz`
        }
      };
    }
  };
  const server = createServer2((req, res) => {
    handleRequest(pipeline2, req, res).catch((e) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `simulator crashed: ${e instanceof Error ? e.message : String(e)}` }));
    });
  });
  await new Promise((resolve4, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve4());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  for (const r of options.repos ?? []) addRepo(core, r);
  const sim = {
    url,
    port,
    state,
    app,
    webhooks,
    faults: pipeline2.faults,
    routeLog: pipeline2.log,
    violations: pipeline2.violations,
    addRepo: (o) => addRepo(core, o),
    openPullRequest: (o) => openPullRequest(core, webhooks, o),
    updatePullRequest: (o) => updatePullRequest(core, webhooks, o),
    checkRunsFor: (o) => {
      const runs = state.checkRunsFor(repoKey(state.repo(o.owner, o.repo)), o.sha);
      if (!o.latest) return runs;
      return [...new Map(runs.map((r) => [r.name, r])).values()];
    },
    requestAction: async (o) => {
      const run = state.checkRuns.get(o.checkRunId);
      if (!run) throw new Error(`requestAction: no check run ${o.checkRunId}`);
      const [owner = "", name = ""] = run.repo.split("/");
      const repo = state.repo(owner, name);
      return webhooks.send({
        event: "check_run",
        payload: checkRunEvent(core, repo, run, "requested_action", {
          identifier: o.identifier,
          sender: o.user ?? repo.owner
        })
      });
    },
    waitFor: (predicate, o = {}) => waitFor(predicate, { ...o, context: () => pipeline2.log.format() }),
    issueToken: (o = {}) => {
      const owner = o.owner;
      const inst = o.installationId ?? (owner ? [...state.repos.values()].find((r) => r.owner === owner)?.installationId : [...state.installations.keys()][0]);
      if (inst === void 0) throw new Error("issueToken: no installation yet; add a repo first");
      return issue(inst).token;
    },
    barrier: (spec) => pipeline2.barriers.add(spec),
    setPermission: (o) => {
      state.repo(o.owner, o.repo).collaborators.set(o.user, o.permission);
    },
    setTeam: (o) => {
      state.teams.set(`${o.org}/${o.slug}`, { members: new Set(o.members), parent: o.parent });
    },
    onWorkflowDispatch: (l) => {
      listeners.push(l);
    },
    completeWorkflowRun: (runId, o) => {
      const run = state.workflowRuns.get(runId);
      if (!run) throw new Error(`completeWorkflowRun: no run ${runId}`);
      run.status = "completed";
      run.conclusion = o.conclusion;
      run.updatedAt = state.timestamp();
      const artifacts = (o.artifacts ?? []).map((a) => ({
        id: state.nextId("artifact"),
        name: a.name,
        sizeInBytes: a.sizeInBytes ?? 0,
        createdAt: run.updatedAt,
        expired: false
      }));
      run.artifacts.push(...artifacts);
      return run;
    },
    assertNoViolations: () => {
      if (pipeline2.violations.length > 0)
        throw new Error(
          `GitHub simulator: ${pipeline2.violations.length} invalid request(s)/response(s):
${pipeline2.violations.map(formatViolation).join("\n")}

route log:
${pipeline2.log.format()}`
        );
    },
    close: async () => {
      await webhooks.idle();
      await new Promise((resolve4) => {
        server.closeAllConnections();
        server.close(() => resolve4());
      });
    }
  };
  return sim;
}

// src/sandbox/start-sandbox.ts
async function startSandbox(o = {}) {
  const progress = o.progress ?? (() => void 0);
  if (!o.repo) progress("building the example repository examples/odoo-shop and its scenario branches");
  const seeded = o.repo ? void 0 : await seedRepo();
  const gitDir = o.repo ? resolve3(o.repo) : seeded?.gitDir ?? "";
  const git = (...args) => execFileSync("git", ["-C", gitDir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  try {
    git("rev-parse", "--git-dir");
  } catch {
    throw new Error(`${gitDir} is not a git repository (give --repo the top folder of a local git repository)`);
  }
  const defaultBranch = o.defaultBranch ?? (seeded ? "main" : currentBranch(git));
  const branches = git("for-each-ref", "--format=%(refname:short)", "refs/heads").split("\n").filter((b) => b.length > 0);
  const owner = seeded ? "oda-sandbox" : "local";
  const repo = seeded ? "odoo-shop" : basename(gitDir).replace(/[^A-Za-z0-9._-]/g, "-") || "repo";
  const dataDir = mkdtempSync2(`${tmpdir4()}/oda-sandbox-`);
  const log = o.log ?? createLogger({ redactor: new Redactor(), level: "warn" });
  progress("starting the simulated GitHub (loading GitHub's OpenAPI description)");
  const sim = await startSimulator({ port: o.simPort ?? 0, repos: [{ owner, repo, gitDir, defaultBranch }] });
  sim.setPermission({ owner, repo, user: owner, permission: "admin" });
  let app;
  progress("starting the oda App");
  try {
    app = await startApp({
      env: {
        APP_ID: String(sim.app.id),
        PRIVATE_KEY: sim.app.privateKey,
        WEBHOOK_SECRET: sim.app.webhookSecret,
        GITHUB_API_URL: sim.url,
        ODA_DATA_DIR: dataDir
      },
      host: "127.0.0.1",
      port: o.appPort ?? 0,
      log,
      throttle: o.throttle ?? false,
      ...o.ops ? { ops: o.ops } : {}
    });
  } catch (error) {
    await sim.close();
    throw error;
  }
  sim.webhooks.configure({ url: app.webhookUrl, secret: sim.app.webhookSecret });
  return {
    sim,
    app,
    owner,
    repo,
    gitDir,
    defaultBranch,
    branches,
    async openPr(p) {
      if (!branches.includes(p.head))
        throw new Error(`branch "${p.head}" is not in ${gitDir}; branches: ${branches.join(", ")}`);
      const base = p.base ?? defaultBranch;
      if (!branches.includes(base))
        throw new Error(`base branch "${base}" is not in ${gitDir}; branches: ${branches.join(", ")}`);
      const { pull, delivery } = await sim.openPullRequest({
        owner,
        repo,
        head: p.head,
        base,
        ...p.title ? { title: p.title } : {}
      });
      if (delivery?.status !== 200)
        throw new Error(
          `the App did not accept pull_request.opened: ${delivery?.status ?? delivery?.error ?? "no delivery"} ${delivery?.responseBody ?? ""}`
        );
      await app.idle();
      const checkRuns = [...sim.state.checkRuns.values()].filter((r) => r.headSha === pull.headSha).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id).map(toSandboxCheckRun);
      return { number: pull.number, headSha: pull.headSha, checkRuns };
    },
    async close() {
      await app.close();
      await sim.close();
      rmSync5(dataDir, { recursive: true, force: true });
      await seeded?.cleanup();
    }
  };
}
function currentBranch(git) {
  try {
    return git("symbolic-ref", "--short", "HEAD");
  } catch {
    return "main";
  }
}

export {
  hasAppCredentials,
  startApp,
  renderSandboxPr,
  sandboxVerdict,
  startSandbox
};
