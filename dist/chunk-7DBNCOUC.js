import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  DuplicateRunError
} from "./chunk-3GBDCY7Q.js";
import {
  conclusionSchema
} from "./chunk-K5MUDOBL.js";

// src/engine/store/migrations.ts
var MIGRATIONS_TABLE = "oda_migrations";
var migrations = [
  {
    id: "0001_runs_and_locks",
    sql: `
CREATE TABLE IF NOT EXISTS oda_runs (
  id TEXT PRIMARY KEY,
  op TEXT NOT NULL,
  scope TEXT NOT NULL,
  actor TEXT NOT NULL,
  face TEXT NOT NULL,
  state TEXT NOT NULL,
  conclusion TEXT,
  title TEXT,
  input TEXT,
  external_ref TEXT NOT NULL,
  trace TEXT NOT NULL,
  pdrs TEXT NOT NULL,
  artifacts TEXT NOT NULL,
  report TEXT,
  evidence_digest TEXT,
  evidence_path TEXT,
  error TEXT,
  created_at BIGINT NOT NULL,
  started_at BIGINT,
  ended_at BIGINT
);
CREATE INDEX IF NOT EXISTS oda_runs_created ON oda_runs (created_at);
CREATE INDEX IF NOT EXISTS oda_runs_op_scope_created ON oda_runs (op, scope, created_at);
CREATE INDEX IF NOT EXISTS oda_runs_op_scope_ended ON oda_runs (op, scope, ended_at);
CREATE INDEX IF NOT EXISTS oda_runs_state ON oda_runs (state);
CREATE TABLE IF NOT EXISTS oda_locks (
  lock_key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  reason TEXT,
  acquired_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
`
  },
  {
    id: "0002_api_keys",
    sql: `
CREATE TABLE IF NOT EXISTS oda_api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  salt TEXT NOT NULL,
  hash TEXT NOT NULL,
  scopes TEXT NOT NULL,
  repo TEXT,
  role TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT,
  revoked_at BIGINT,
  last_used_at BIGINT
);
`
  }
];

// src/engine/store/pending-migrations.ts
var MIGRATION_SQL = {
  createTable: `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`,
  selectApplied: `SELECT id FROM ${MIGRATIONS_TABLE}`,
  recordApplied: `INSERT INTO ${MIGRATIONS_TABLE} (id, applied_at) VALUES ($1, $2)`
};
function pendingMigrations(list, applied) {
  const done = new Set(applied);
  return list.filter((m) => !done.has(m.id));
}

// src/engine/store/sql-row.ts
function readText(row, col) {
  const v = row[col];
  if (typeof v !== "string") throw new TypeError(`store: column ${col} holds ${typeof v}, expected text`);
  return v;
}
function readOptText(row, col) {
  return row[col] === null || row[col] === void 0 ? void 0 : readText(row, col);
}
function readOptInt(row, col) {
  const v = row[col];
  if (v === null || v === void 0) return void 0;
  const n = typeof v === "number" ? v : typeof v === "string" || typeof v === "bigint" ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new TypeError(`store: column ${col} holds ${String(v)}, expected an integer`);
  return n;
}
function readInt(row, col) {
  const n = readOptInt(row, col);
  if (n === void 0) throw new TypeError(`store: column ${col} is null, expected an integer`);
  return n;
}

// src/engine/store/store-input-error.ts
var StoreInputError = class extends Error {
  name = "StoreInputError";
  /** The offending field, e.g. `createdAt` or `lease.expiresAt`. */
  field;
  constructor(field, message, options) {
    super(`${field}: ${message}`, options);
    this.field = field;
  }
};

// src/engine/run-state.ts
var next = {
  queued: ["running", "cancelled"],
  running: ["succeeded", "failed", "cancelled", "timed_out"],
  succeeded: [],
  failed: [],
  cancelled: [],
  timed_out: []
};
var IllegalTransitionError = class extends Error {
  name = "IllegalTransitionError";
  runId;
  from;
  to;
  constructor(runId, from, to, detail) {
    super(
      `run ${runId}: illegal transition ${from} -> ${to}${detail ? ` (${detail})` : ""}; allowed from ${from}: ${next[from].join(", ") || "none (terminal)"}`
    );
    this.runId = runId;
    this.from = from;
    this.to = to;
  }
};
function canTransition(from, to) {
  return next[from].includes(to);
}
function assertTransition(runId, from, to) {
  if (!canTransition(from, to)) throw new IllegalTransitionError(runId, from, to);
}
function isTerminal(state) {
  return next[state].length === 0;
}

// src/engine/store/run-row.ts
var faces = ["cli", "action", "app", "api", "mcp"];
var states = ["queued", "running", "succeeded", "failed", "cancelled", "timed_out"];
var patchColumns = {
  conclusion: ["conclusion", "text"],
  title: ["title", "text"],
  externalRef: ["external_ref", "json"],
  trace: ["trace", "json"],
  pdrs: ["pdrs", "json"],
  artifacts: ["artifacts", "json"],
  report: ["report", "json"],
  evidenceDigest: ["evidence_digest", "text"],
  evidencePath: ["evidence_path", "text"],
  error: ["error", "text"],
  startedAt: ["started_at", "time"],
  endedAt: ["ended_at", "time"]
};
var patchColumnMap = new Map(Object.entries(patchColumns));
var RUN_COLUMNS = [
  "id",
  "op",
  "scope",
  "actor",
  "face",
  "state",
  "conclusion",
  "title",
  "input",
  "external_ref",
  "trace",
  "pdrs",
  "artifacts",
  "report",
  "evidence_digest",
  "evidence_path",
  "error",
  "created_at",
  "started_at",
  "ended_at"
];
function toMs(iso2, field) {
  const ms = typeof iso2 === "string" ? Date.parse(iso2) : NaN;
  if (Number.isNaN(ms))
    throw new StoreInputError(
      field,
      `${JSON.stringify(iso2)} is not an ISO 8601 time; expected e.g. 2026-01-31T12:00:00.000Z`
    );
  return ms;
}
function toJson(value, field) {
  if (value === void 0) return null;
  try {
    return JSON.stringify(value) ?? null;
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new StoreInputError(field, `cannot be stored as JSON (${why}); keep run data JSON-serialisable`, { cause });
  }
}
function encode(kind, value, field) {
  if (value === void 0 || value === null) return null;
  if (kind === "json") return toJson(value, field);
  if (kind === "time") return toMs(String(value), field);
  if (typeof value !== "string") throw new StoreInputError(field, `expected a string, got ${typeof value}`);
  return value;
}
function runToValues(run) {
  for (const f of ["id", "op", "scope", "actor"]) {
    if (typeof run[f] !== "string" || run[f].length === 0) throw new StoreInputError(f, "must be a non-empty string");
  }
  if (!faces.includes(run.face))
    throw new StoreInputError("face", `${JSON.stringify(run.face)} is not one of ${faces.join(", ")}`);
  return [
    run.id,
    run.op,
    run.scope,
    run.actor,
    run.face,
    run.state,
    encode("text", run.conclusion, "conclusion"),
    encode("text", run.title, "title"),
    toJson(run.input, "input"),
    toJson(run.externalRef ?? {}, "externalRef"),
    toJson(run.trace ?? [], "trace"),
    toJson(run.pdrs ?? [], "pdrs"),
    toJson(run.artifacts ?? [], "artifacts"),
    toJson(run.report, "report"),
    encode("text", run.evidenceDigest, "evidenceDigest"),
    encode("text", run.evidencePath, "evidencePath"),
    encode("text", run.error, "error"),
    toMs(run.createdAt, "createdAt"),
    encode("time", run.startedAt, "startedAt"),
    encode("time", run.endedAt, "endedAt")
  ];
}
function patchToSql(patch, first) {
  const sets = [];
  const values = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === void 0) continue;
    const spec = patchColumnMap.get(key);
    if (!spec)
      throw new StoreInputError(
        `patch.${key}`,
        `is not a patchable run field; expected one of ${Object.keys(patchColumns).join(", ")}`
      );
    values.push(encode(spec[1], value, `patch.${key}`));
    sets.push(`${spec[0]} = $${first + values.length - 1}`);
  }
  return { sets, values };
}
function iso(ms) {
  return ms === void 0 ? void 0 : new Date(ms).toISOString();
}
function json(row, col) {
  const t = readOptText(row, col);
  return t === void 0 ? void 0 : JSON.parse(t);
}
function oneOf(list, value, col) {
  const hit = list.find((v) => v === value);
  if (hit === void 0)
    throw new TypeError(`store: column ${col} holds ${JSON.stringify(value)}, expected one of ${list.join(", ")}`);
  return hit;
}
function rowToRun(row) {
  const run = {
    id: readText(row, "id"),
    op: readText(row, "op"),
    input: json(row, "input"),
    actor: readText(row, "actor"),
    face: oneOf(faces, readText(row, "face"), "face"),
    state: oneOf(states, readText(row, "state"), "state"),
    externalRef: JSON.parse(readText(row, "external_ref")),
    trace: JSON.parse(readText(row, "trace")),
    pdrs: JSON.parse(readText(row, "pdrs")),
    artifacts: JSON.parse(readText(row, "artifacts")),
    scope: readText(row, "scope"),
    createdAt: new Date(readInt(row, "created_at")).toISOString()
  };
  const conclusion = readOptText(row, "conclusion");
  if (conclusion !== void 0) run.conclusion = conclusionSchema.parse(conclusion);
  const optional = {
    title: readOptText(row, "title"),
    report: json(row, "report"),
    evidenceDigest: readOptText(row, "evidence_digest"),
    evidencePath: readOptText(row, "evidence_path"),
    error: readOptText(row, "error"),
    startedAt: iso(readOptInt(row, "started_at")),
    endedAt: iso(readOptInt(row, "ended_at"))
  };
  for (const [k, v] of Object.entries(optional)) if (v !== void 0) Object.assign(run, { [k]: v });
  return run;
}

// src/engine/store/run-not-found-error.ts
var RunNotFoundError = class extends Error {
  name = "RunNotFoundError";
  runId;
  constructor(runId) {
    super(`run ${runId} does not exist; check the id (oda runs list shows recent runs)`);
    this.runId = runId;
  }
};

// src/engine/store/api-key-rows.ts
var COLUMNS = "id, name, salt, hash, scopes, repo, role, created_by, created_at, expires_at, revoked_at, last_used_at";
async function insertApiKey(db, k) {
  const rows = await db.write(
    `INSERT INTO oda_api_keys (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      k.id,
      k.name,
      k.salt,
      k.hash,
      JSON.stringify(k.scopes),
      k.repo ?? null,
      k.role,
      k.createdBy,
      Date.parse(k.createdAt),
      k.expiresAt === void 0 ? null : Date.parse(k.expiresAt)
    ]
  );
  if (rows.length === 0) throw new Error(`api key id ${k.id} exists already; create the key again`);
}
async function selectApiKeys(db, id) {
  const rows = id === void 0 ? await db.query(`SELECT ${COLUMNS} FROM oda_api_keys ORDER BY created_at DESC, id`) : await db.query(`SELECT ${COLUMNS} FROM oda_api_keys WHERE id = $1`, [id]);
  return rows.map(rowToKey);
}
function rowToKey(row) {
  const iso2 = (col) => {
    const ms = readOptInt(row, col);
    return ms === void 0 ? void 0 : new Date(ms).toISOString();
  };
  const key = {
    id: readText(row, "id"),
    name: readText(row, "name"),
    salt: readText(row, "salt"),
    hash: readText(row, "hash"),
    scopes: JSON.parse(readText(row, "scopes")),
    role: readText(row, "role"),
    createdBy: readText(row, "created_by"),
    createdAt: new Date(readInt(row, "created_at")).toISOString()
  };
  const repo = readOptText(row, "repo");
  if (repo !== void 0) key.repo = repo;
  for (const [field, col] of [
    ["expiresAt", "expires_at"],
    ["revokedAt", "revoked_at"],
    ["lastUsedAt", "last_used_at"]
  ]) {
    const v = iso2(col);
    if (v !== void 0) key[field] = v;
  }
  return key;
}

// src/engine/store/sql-store.ts
var DEFAULT_LIST_LIMIT = 100;
var MAX_LIST_LIMIT = 1e3;
var MAX_EVIDENCE_ROWS = 1e5;
var INSERT_RUN = `INSERT INTO oda_runs (${RUN_COLUMNS.join(", ")}) VALUES (${RUN_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")}) ON CONFLICT (id) DO NOTHING RETURNING id`;
var ACQUIRE_LOCK = `INSERT INTO oda_locks (lock_key, owner, reason, acquired_at, expires_at) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (lock_key) DO UPDATE SET owner = excluded.owner, reason = excluded.reason, expires_at = excluded.expires_at,
  acquired_at = CASE WHEN oda_locks.owner = excluded.owner THEN oda_locks.acquired_at ELSE excluded.acquired_at END
WHERE oda_locks.expires_at < $4 OR oda_locks.owner = excluded.owner
RETURNING owner`;
var SqlStore = class {
  kind;
  #db;
  #now;
  #closed = false;
  constructor(driver, options = {}) {
    this.kind = driver.kind;
    this.#db = driver;
    this.#now = options.now ?? (() => /* @__PURE__ */ new Date());
  }
  async migrate() {
    await this.#db.migrate(migrations, this.#now().getTime());
  }
  async createRun(run) {
    if (run.state !== "queued")
      throw new StoreInputError(
        "state",
        `a new run starts as queued, got ${JSON.stringify(run.state)}; create it queued, then transition()`
      );
    const rows = await this.#db.write(INSERT_RUN, runToValues(run));
    if (rows.length === 0) throw new DuplicateRunError(run.id);
  }
  async transition(id, from, to, patch = {}) {
    assertTransition(id, from, to);
    const stamped = { ...patch };
    const now = this.#now().toISOString();
    if (to === "running" && stamped.startedAt === void 0) stamped.startedAt = now;
    if (isTerminal(to) && stamped.endedAt === void 0) stamped.endedAt = now;
    const { sets, values } = patchToSql(stamped, 4);
    const sql = `UPDATE oda_runs SET ${["state = $3", ...sets].join(", ")} WHERE id = $1 AND state = $2 RETURNING id`;
    const rows = await this.#db.write(sql, [id, from, to, ...values]);
    if (rows.length > 0) return;
    const current = await this.#db.query("SELECT state FROM oda_runs WHERE id = $1", [id]);
    const row = current[0];
    if (!row) throw new RunNotFoundError(id);
    throw new IllegalTransitionError(
      id,
      from,
      to,
      `the run is ${readText(row, "state")}, not ${from}: another writer moved it first`
    );
  }
  async updateRun(id, patch) {
    const { sets, values } = patchToSql(patch, 2);
    const rows = sets.length === 0 ? await this.#db.query("SELECT id FROM oda_runs WHERE id = $1", [id]) : await this.#db.write(`UPDATE oda_runs SET ${sets.join(", ")} WHERE id = $1 RETURNING id`, [id, ...values]);
    if (rows.length === 0) throw new RunNotFoundError(id);
  }
  async getRun(id) {
    const rows = await this.#db.query(`SELECT * FROM oda_runs WHERE id = $1`, [id]);
    return rows[0] ? rowToRun(rows[0]) : void 0;
  }
  async listRuns(query = {}) {
    const limit = query.limit ?? DEFAULT_LIST_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT)
      throw new StoreInputError("limit", `must be an integer from 1 to ${MAX_LIST_LIMIT}, got ${limit}`);
    const where = [];
    const params = [];
    if (query.op !== void 0) where.push(`op = $${params.push(query.op)}`);
    if (query.state !== void 0) where.push(`state = $${params.push(query.state)}`);
    const filter = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
    const rows = await this.#db.query(
      `SELECT * FROM oda_runs ${filter} ORDER BY created_at DESC, id DESC LIMIT $${params.push(limit)}`,
      params
    );
    return rows.map(rowToRun);
  }
  async listEvidence(dir) {
    const base = dir.replace(/\/+$/, "");
    const prefix = `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
    const rows = await this.#db.query(
      `SELECT id, evidence_path, evidence_digest, created_at FROM oda_runs
       WHERE evidence_path IS NOT NULL AND evidence_digest IS NOT NULL AND (evidence_path = $1 OR evidence_path LIKE $2 ESCAPE '\\')
       ORDER BY created_at, id LIMIT ${MAX_EVIDENCE_ROWS}`,
      [base, prefix]
    );
    return rows.map((row) => ({
      runId: readText(row, "id"),
      path: readText(row, "evidence_path"),
      digest: readText(row, "evidence_digest"),
      createdAt: new Date(readInt(row, "created_at")).toISOString()
    }));
  }
  async countRuns(op, scope, since) {
    const rows = await this.#db.query(
      "SELECT COUNT(*) AS n FROM oda_runs WHERE op = $1 AND scope = $2 AND created_at >= $3 AND (conclusion IS NULL OR conclusion <> 'action_required')",
      [op, scope, since.getTime()]
    );
    return rows[0] ? readInt(rows[0], "n") : 0;
  }
  async lastEndedAt(op, scope) {
    const rows = await this.#db.query(
      "SELECT MAX(ended_at) AS t FROM oda_runs WHERE op = $1 AND scope = $2 AND (conclusion IS NULL OR conclusion <> 'action_required')",
      [op, scope]
    );
    const t = rows[0] ? readOptInt(rows[0], "t") : void 0;
    return t === void 0 ? void 0 : new Date(t);
  }
  async acquireLock(lease) {
    for (const f of ["key", "owner"])
      if (typeof lease[f] !== "string" || lease[f].length === 0)
        throw new StoreInputError(`lease.${f}`, "must be a non-empty string");
    const expires = toMs(lease.expiresAt, "lease.expiresAt");
    const now = this.#now().getTime();
    if (expires <= now)
      throw new StoreInputError(
        "lease.expiresAt",
        `${lease.expiresAt} is not in the future; a lease needs a positive TTL`
      );
    for (let attempt = 1; ; attempt++) {
      const won = await this.#db.write(ACQUIRE_LOCK, [lease.key, lease.owner, lease.reason ?? null, now, expires]);
      if (won.length > 0) return { acquired: true, lease: toLease(lease.key, lease.owner, expires, lease.reason) };
      const holder = await readLock(this.#db, lease.key, now);
      if (holder) return { acquired: false, holder };
      if (attempt >= 5)
        throw new Error(`lock ${lease.key}: could neither take it nor read its holder after ${attempt} attempts`);
    }
  }
  async renewLock(key, owner, expiresAt) {
    const expires = toMs(expiresAt, "expiresAt");
    const rows = await this.#db.write(
      "UPDATE oda_locks SET expires_at = $3 WHERE lock_key = $1 AND owner = $2 AND expires_at >= $4 RETURNING owner",
      [key, owner, expires, this.#now().getTime()]
    );
    return rows.length > 0;
  }
  async releaseLock(key, owner) {
    await this.#db.write("DELETE FROM oda_locks WHERE lock_key = $1 AND owner = $2", [key, owner]);
  }
  async getLock(key) {
    return readLock(this.#db, key, this.#now().getTime());
  }
  async createApiKey(key) {
    await insertApiKey(this.#db, key);
  }
  async getApiKey(id) {
    return (await selectApiKeys(this.#db, id))[0];
  }
  listApiKeys() {
    return selectApiKeys(this.#db);
  }
  async revokeApiKey(id, at) {
    const rows = await this.#db.write(
      "UPDATE oda_api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id",
      [id, toMs(at, "at")]
    );
    return rows.length > 0;
  }
  async touchApiKey(id, at) {
    await this.#db.write("UPDATE oda_api_keys SET last_used_at = $2 WHERE id = $1", [id, toMs(at, "at")]);
  }
  async close() {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.close();
  }
};
async function readLock(db, key, now) {
  const rows = await db.query(
    "SELECT owner, reason, expires_at FROM oda_locks WHERE lock_key = $1 AND expires_at >= $2",
    [key, now]
  );
  const row = rows[0];
  return row ? toLease(key, readText(row, "owner"), readInt(row, "expires_at"), readOptText(row, "reason")) : void 0;
}
function toLease(key, owner, expiresMs, reason) {
  const lease = { key, owner, expiresAt: new Date(expiresMs).toISOString() };
  if (reason !== void 0 && reason !== null) lease.reason = reason;
  return lease;
}

export {
  MIGRATION_SQL,
  pendingMigrations,
  readText,
  isTerminal,
  StoreInputError,
  SqlStore
};
