import type { RunRecord, RunState } from '../run-record.ts'
import type { ApiKeyRecord } from './api-key-record.ts'

/** Fields of a run that change after creation. */
export type RunPatch = Partial<
  Pick<
    RunRecord,
    | 'conclusion'
    | 'title'
    | 'externalRef'
    | 'trace'
    | 'pdrs'
    | 'artifacts'
    | 'report'
    | 'evidenceDigest'
    | 'evidencePath'
    | 'error'
    | 'startedAt'
    | 'endedAt'
  >
>

/** A lease on a named lock (environment locks, single-flight jobs). */
export interface Lease {
  key: string
  owner: string
  /** ISO time after which the lease is void unless renewed. */
  expiresAt: string
  reason?: string
}

/** What the store recorded of one evidence pack a run wrote. */
export interface RecordedEvidence {
  runId: string
  /** Absolute folder of the pack, as written. */
  path: string
  /** SHA-256 of the pack's SHA256SUMS when it was written. */
  digest: string
  createdAt: string
}

export interface ListRunsQuery {
  op?: string
  state?: RunState
  limit?: number
}

/**
 * Persistence for runs, locks and counters. Two implementations share one set of SQL
 * migrations: node:sqlite (embedded default) and PostgreSQL (`DATABASE_URL`).
 * All methods are safe under concurrent callers, across processes.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** Applies pending migrations; idempotent and safe when several processes start at once. */
  migrate(): Promise<void>
  /** Inserts a new run (state `queued`). */
  createRun(run: RunRecord): Promise<void>
  /**
   * Moves a run from `from` to `to` atomically (compare-and-set) and applies `patch`.
   * Throws IllegalTransitionError when the transition is not allowed or the run is not in `from`.
   */
  transition(id: string, from: RunState, to: RunState, patch?: RunPatch): Promise<void>
  /** Applies `patch` without changing state. */
  updateRun(id: string, patch: RunPatch): Promise<void>
  getRun(id: string): Promise<RunRecord | undefined>
  /** Newest first. */
  listRuns(query?: ListRunsQuery): Promise<RunRecord[]>
  /**
   * The evidence packs runs wrote at `dir` or under it (oldest first, at most 100,000): what
   * `oda evidence verify` compares the folder with, so a deleted or resealed pack shows up.
   */
  listEvidence(dir: string): Promise<RecordedEvidence[]>
  /** Runs of `op` in `scope` created at or after `since` (rate limit); runs refused by policy do not count. */
  countRuns(op: string, scope: string, since: Date): Promise<number>
  /** End time of the newest finished run of `op` in `scope` (cooldown); runs refused by policy do not count. */
  lastEndedAt(op: string, scope: string): Promise<Date | undefined>
  /** Takes the lock if free or expired; returns the holder's lease when it is held by someone else. */
  acquireLock(lease: Lease): Promise<{ acquired: true; lease: Lease } | { acquired: false; holder: Lease }>
  /** Extends a lease the owner holds; false when it was lost. */
  renewLock(key: string, owner: string, expiresAt: string): Promise<boolean>
  /** Releases a lease the owner holds; no-op otherwise. */
  releaseLock(key: string, owner: string): Promise<void>
  getLock(key: string): Promise<Lease | undefined>
  /** Stores a new API key (hashed; see ApiKeyRecord). */
  createApiKey(key: ApiKeyRecord): Promise<void>
  /** The key with this id, revoked and expired ones included. */
  getApiKey(id: string): Promise<ApiKeyRecord | undefined>
  /** Every key, newest first. */
  listApiKeys(): Promise<ApiKeyRecord[]>
  /** Marks a key revoked; false when there is no such key or it was revoked already. */
  revokeApiKey(id: string, at: string): Promise<boolean>
  /** Records that a key was used (last-used time). */
  touchApiKey(id: string, at: string): Promise<void>
  close(): Promise<void>
}
