import { statSync } from 'node:fs'

/** The --dir folder of a stack check is missing or not a folder: a usage error (exit code 2). */
export class StackDirError extends Error {
  override name = 'StackDirError'
  readonly usage = true
}

/** Throws a StackDirError unless `path` (given as `shownAs`) is an existing folder, before any stack command runs. */
export function checkStackDir(path: string, shownAs: string): void {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat)
    throw new StackDirError(
      `--dir ${shownAs}: folder not found (looked at ${path}); give the folder with the compose file`,
    )
  if (!stat.isDirectory())
    throw new StackDirError(
      `--dir ${shownAs} is not a folder (looked at ${path}); give the folder with the compose file`,
    )
}
