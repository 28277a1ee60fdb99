/** A ref resolved to a commit. `fullName` is `refs/heads/x`, `refs/tags/x`, or the SHA itself. */
export interface ResolvedRef {
  sha: string
  tree: string
  fullName: string
}

/** Resolves refs and answers ancestry questions (GitHub API or a local git checkout). */
export interface RefResolver {
  /** Undefined when the ref does not exist. */
  resolve(ref: string): Promise<ResolvedRef | undefined>
  /** Whether `sha` is an ancestor of (or equal to) the default branch head. */
  isAncestorOfDefault(sha: string): Promise<boolean>
  /** The default branch name, e.g. `main`. */
  defaultBranch(): Promise<string>
}

/** Who holds an environment and until when; stored with the lock so anyone can read it. */
export interface LockInfo {
  environment: string
  owner: string
  runId: string
  runUrl: string
  reason: string
  createdAt: string
  expiresAt: string
}

/** Outcome of trying to take a lock. */
export type LockAttempt =
  { acquired: true; info: LockInfo; replacedExpired?: LockInfo } | { acquired: false; holder: LockInfo }

/** Per-environment deploy lock shared by every face (a ref in the repo, or a local file). */
export interface DeployLock {
  acquire(info: LockInfo): Promise<LockAttempt>
  /**
   * Moves the lease of a lock `info.runId` still holds to `info.expiresAt`. False when the lock
   * was lost: it expired, was released, or another run holds it now. An expired lock is never
   * renewed, even when nobody took it yet: its holder cannot know who acted on it meanwhile.
   */
  renew(info: LockInfo): Promise<boolean>
  /** Releases the lock if `runId` still holds it. */
  release(environment: string, runId: string): Promise<void>
  read(environment: string): Promise<LockInfo | undefined>
}

/** One past deployment of an environment, newest first in history lists. */
export interface DeploymentRecord {
  id: number
  sha: string
  ref: string
  createdAt: string
  /** Whether it ever reached `success` (later statuses may be `inactive`). */
  succeeded: boolean
  /** Id of the deployment this one rolled back from, if it was a rollback. */
  rolledBackFrom?: number
  /** The oda run that created it (from its payload). */
  runId?: string
  /** Whether a final status (success, failure, error) was ever set: false for one left in progress. */
  ended?: boolean
}

/** Deployment states oda sets. */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

/** Where deployments and their statuses are recorded (GitHub Deployments API, or a local file). */
export interface DeploymentLog {
  create(deployment: {
    environment: string
    sha: string
    ref: string
    task: string
    payload: Record<string, unknown>
    production: boolean
    transient: boolean
    requiredContexts: readonly string[]
    description: string
  }): Promise<number>
  setStatus(
    id: number,
    o: { state: DeploymentState; environmentUrl?: string; logUrl?: string; description: string },
  ): Promise<void>
  /** Newest first; at most `limit` entries. */
  history(environment: string, limit?: number): Promise<DeploymentRecord[]>
}
