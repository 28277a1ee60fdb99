/** One schema change, applied once and recorded in `oda_migrations`. */
export interface Migration {
  /** Stable, sortable identifier; never renamed once released. */
  id: string
  /**
   * Statements in the SQL subset node:sqlite and PostgreSQL both accept: TEXT, BIGINT
   * (epoch milliseconds for times), JSON kept as TEXT, `IF NOT EXISTS`, no engine functions.
   */
  sql: string
}

/** Table that records which migrations ran; created by `migrate()` before the first one. */
export const MIGRATIONS_TABLE = 'oda_migrations'

/**
 * The one ordered list of migrations both backends run. Append only: a released entry is
 * never edited, because databases in the field have already applied it.
 */
export const migrations: readonly Migration[] = [
  {
    id: '0001_runs_and_locks',
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
`,
  },
  {
    id: '0002_api_keys',
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
`,
  },
]
