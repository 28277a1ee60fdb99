import type { PullFileEntry } from './pull-file-entry.ts'
import { readPullFileEntries } from './pull-file-entry.ts'
import type { GitHubClient } from '../op/github-client.ts'

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PAGES = 30
const PER_PAGE = 100

/**
 * Every page of a pull request's files, with their patches, handed to `onPage` as it arrives.
 * Resolves false when the list ended at GitHub's limit (30 full pages): there may be more.
 */
export async function forEachPullFilesPage(
  o: { client: GitHubClient; owner: string; repo: string; pullNumber: number },
  onPage: (files: PullFileEntry[]) => Promise<void> | void,
): Promise<boolean> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await o.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: o.owner,
      repo: o.repo,
      pull_number: o.pullNumber,
      per_page: PER_PAGE,
      page,
    })
    const raw = Array.isArray(res.data) ? res.data : []
    await onPage(readPullFileEntries(raw))
    if (raw.length < PER_PAGE) return true
  }
  return false
}

/**
 * Paths changed by a pull request that exist in its head (removed files are left out: there is
 * nothing to check in them). Renamed files are listed under their new name.
 */
export async function listPullFiles(o: {
  client: GitHubClient
  owner: string
  repo: string
  pullNumber: number
}): Promise<string[]> {
  const out: string[] = []
  await forEachPullFilesPage(o, (files) => {
    for (const f of files) if (f.status !== 'removed') out.push(f.filename)
  })
  return out
}
