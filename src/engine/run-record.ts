import type { Face, TraceStep } from '../op/context.ts'
import type { Artifact, Conclusion, Report } from '../op/report.ts'

/** Lifecycle of a run. Terminal states never change again. */
export type RunState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'timed_out'

/** A Policy Decision Record: one rule's verdict, kept for allow and deny alike. */
export interface PolicyDecision {
  rule: string
  verdict: 'allow' | 'deny'
  reason: string
  /** The facts the rule looked at (redacted). */
  inputs: Record<string, unknown>
  at: string
}

/** The persisted record of one invocation of an op, whatever the face. */
export interface RunRecord {
  id: string
  op: string
  /** Parsed input with secrets masked. */
  input: unknown
  actor: string
  face: Face
  state: RunState
  conclusion?: Conclusion
  title?: string
  /** Links to the outside: check run id, deployment id, workflow run URL... */
  externalRef: Record<string, string>
  trace: TraceStep[]
  pdrs: PolicyDecision[]
  artifacts: Artifact[]
  /** The full report, redacted. */
  report?: Report
  /** SHA-256 of the evidence pack's SHA256SUMS, when one was written. */
  evidenceDigest?: string
  evidencePath?: string
  /** Why the run failed outside the op (guard denial, crash), redacted. */
  error?: string
  /** Scope key used by cooldown and rate limit. */
  scope: string
  createdAt: string
  startedAt?: string
  endedAt?: string
}
