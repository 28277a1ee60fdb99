import { z } from 'zod'

/** Job kind for "run oda's PR checks on a commit". */
export const CHECK_JOB = 'pr-checks'

/** What a webhook hands the worker: enough to fetch the commit, its PR and report on it. */
export const checkJobSchema = z.object({
  installationId: z.number().int(),
  owner: z.string(),
  repo: z.string(),
  headSha: z.string().regex(/^[0-9a-f]{40}$/i),
  headBranch: z.string().optional(),
  /** The PR whose changed files narrow PR-aware checks; absent for a push without a PR. */
  pullNumber: z.number().int().optional(),
  baseSha: z.string().optional(),
  /** Present for a rerun someone asked for: these checks, or every enabled check when empty. */
  checks: z.array(z.string()).optional(),
  /** `pull_request.opened`, `check_run.rerequested`... for logs and the run record. */
  reason: z.string(),
  actor: z.string(),
  /**
   * Someone clicked "Approve and run" on this commit's check: run its repository code once if
   * they have the permission (checked by the worker, recorded as a PDR).
   */
  approval: z.object({ by: z.string() }).optional(),
  deliveryId: z.string(),
})
export type CheckJob = z.infer<typeof checkJobSchema>

/**
 * Dedupe key of a job. Automatic runs are keyed by commit and scope (the PR, or the whole tree
 * for a commit without one), so a redelivered webhook, a `check_suite.requested` after
 * `pull_request.opened`, or a reopen of the same head create no second set of check runs,
 * while a branch pushed before its PR was opened still gets the PR's diff-scoped checks. A
 * rerun someone asked for is keyed by its delivery: each click runs once, and a redelivery of
 * that click does not run it again.
 */
export function checkJobKey(
  job: Pick<CheckJob, 'owner' | 'repo' | 'headSha' | 'checks' | 'deliveryId' | 'pullNumber'>,
): string {
  if (job.checks) return `rerun:${job.deliveryId}`
  const scope = job.pullNumber !== undefined ? `pull/${job.pullNumber}` : 'tree'
  return `checks:${job.owner}/${job.repo}@${job.headSha.toLowerCase()}:${scope}`
}
