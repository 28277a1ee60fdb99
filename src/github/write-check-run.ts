import type { GitHubClient } from '../op/github-client.ts'
import type { CheckRunWrite } from './plan-check-run-writes.ts'

export interface WriteCheckRunOptions {
  client: GitHubClient
  owner: string
  repo: string
  writes: readonly CheckRunWrite[]
  /** Id of the check run when it exists already (created in progress, or by an earlier attempt). */
  checkRunId?: number
  /** Index of the first write still to send: an attempt resumed after a failure skips what was sent. */
  from?: number
  /** Called after each successful write, so a caller can persist progress before the next one. */
  onWritten?: (progress: { checkRunId: number; next: number }) => void | Promise<void>
}

/**
 * Sends a plan of check-run writes in order, one request each. The writer is thin on purpose:
 * what to send is decided by the pure planner; retries and pacing belong to the Octokit plugins.
 * Returns the check run id.
 */
export async function writeCheckRun(o: WriteCheckRunOptions): Promise<number> {
  let id = o.checkRunId
  for (let i = o.from ?? 0; i < o.writes.length; i++) {
    const w = o.writes[i]
    if (!w) continue
    if (w.kind === 'create' && id === undefined) {
      const res = await o.client.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: o.owner,
        repo: o.repo,
        ...w.body,
      })
      id = checkRunIdOf(res.data)
    } else {
      if (id === undefined)
        throw new Error('writeCheckRun: an update needs a check run id (create the check run first)')
      // A create that is replayed against an existing run must not set name/head_sha again.
      const { name: _name, head_sha: _sha, ...body } = w.body
      await o.client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner: o.owner,
        repo: o.repo,
        check_run_id: id,
        ...body,
      })
    }
    await o.onWritten?.({ checkRunId: id, next: i + 1 })
  }
  if (id === undefined) throw new Error('writeCheckRun: nothing was written and no check run id was given')
  return id
}

function checkRunIdOf(data: unknown): number {
  if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'number') return data.id
  throw new Error('GitHub answered a check-run create without a numeric id')
}
