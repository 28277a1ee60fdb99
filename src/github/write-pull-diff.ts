import { open } from 'node:fs/promises'
import { forEachPullFilesPage } from './list-pull-files.ts'
import { pullDiffText } from './pull-diff-text.ts'
import type { GitHubClient } from '../op/github-client.ts'

/** A pull request's files and the unified diff of them written to disk. */
export interface PullDiff {
  /** Paths changed by the PR that exist in its head (renamed files under their new name). */
  changedFiles: string[]
  /** The changed files the diff has no hunks for (binary, or a diff too large for the API). */
  unpatchedFiles: string[]
  /** Files whose hunks are in the diff. */
  patchedFiles: number
  /**
   * False when GitHub's list stopped at its 3,000-file limit: the PR may change more files
   * than are listed here, so the diff is not the whole change.
   */
  complete: boolean
}

/**
 * Lists a pull request's files with their patches (paginated) and writes them to `file` as
 * one unified diff, a page at a time, so only one page is in memory.
 */
export async function writePullDiff(o: {
  client: GitHubClient
  owner: string
  repo: string
  pullNumber: number
  file: string
}): Promise<PullDiff> {
  const out: PullDiff = { changedFiles: [], unpatchedFiles: [], patchedFiles: 0, complete: true }
  const fh = await open(o.file, 'wx', 0o600)
  try {
    out.complete = await forEachPullFilesPage(o, async (files) => {
      let chunk = ''
      for (const f of files) {
        if (f.status !== 'removed') out.changedFiles.push(f.filename)
        const part = pullDiffText(f)
        if (part.kind === 'patch') {
          chunk += part.text
          out.patchedFiles++
        } else if (part.kind === 'whole') {
          out.unpatchedFiles.push(f.filename)
        }
      }
      if (chunk) await fh.write(chunk)
    })
  } finally {
    await fh.close()
  }
  return out
}
