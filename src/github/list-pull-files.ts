import type { CheckRunClient } from './write-check-run.ts'

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PAGES = 30

/**
 * Paths changed by a pull request that exist in its head (removed files are left out: there is
 * nothing to check in them). Renamed files are listed under their new name.
 */
export async function listPullFiles(o: { client: CheckRunClient; owner: string; repo: string; pullNumber: number }): Promise<string[]> {
  const out: string[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await o.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: o.owner, repo: o.repo, pull_number: o.pullNumber, per_page: 100, page })
    const files = Array.isArray(res.data) ? res.data : []
    for (const f of files) {
      if (typeof f === 'object' && f !== null && 'filename' in f && typeof f.filename === 'string' && !('status' in f && f.status === 'removed')) out.push(f.filename)
    }
    if (files.length < 100) break
  }
  return out
}
