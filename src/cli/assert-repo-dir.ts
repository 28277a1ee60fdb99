import { statSync } from 'node:fs'
import { UsageError } from './usage-error.ts'

/** Throws a UsageError (exit 2) unless `dir` is an existing folder: a check of nothing must not pass. */
export function assertRepoDir(dir: string, shownAs: string = dir): void {
  const stat = statSync(dir, { throwIfNoEntry: false })
  if (!stat) throw new UsageError(`repository folder ${shownAs} does not exist`)
  if (!stat.isDirectory()) throw new UsageError(`${shownAs} is not a folder; give the repository's root folder`)
}
