import type { CheckResult } from './health/check-result.ts'
import type { LockInfo } from './ports.ts'

/** One deploy step as the evidence pack shows it. */
export interface StepRecord {
  name: string
  sha: string
  exitCode: number | null
  durationMs: number
  timedOut: boolean
  timeoutS: number
  /** Last lines of output, redacted. */
  outputTail: string
}

/** Health verdict of one pass over the checks. */
export interface HealthRecord {
  ok: boolean
  durationMs: number
  results: CheckResult[]
}

/** The rollback that followed a failed release. */
export interface RollbackRecord {
  toSha: string
  toDeploymentId: number
  deploymentId?: number
  steps: StepRecord[]
  health?: HealthRecord
  /** Whether the environment is healthy on the rolled-back release. */
  healthy: boolean
  error?: string
}

/** Everything the evidence pack of a deploy or rollback must hold (Report.data). */
export interface ReleaseRecord {
  schemaVersion: 1
  kind: 'deploy' | 'rollback'
  outcome: 'deployed' | 'rolled_back' | 'failed' | 'refused' | 'planned'
  environment: string
  actor: string
  trigger: string
  runUrl: string
  ref: string
  refName: string
  sha: string
  tree: string
  configDigest: string
  target: string
  lock?: LockInfo
  deploymentId?: number
  rolledBackFrom?: number
  steps: StepRecord[]
  health?: HealthRecord
  rollback?: RollbackRecord
  /** What failed, redacted. */
  failure?: string
}
