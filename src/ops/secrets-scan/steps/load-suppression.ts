import { readFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { readRepoText } from '../../../fs/read-repo-text.ts'
import type { IgnoreList } from '../../../secrets/ignore-list.ts'
import { parseIgnoreList } from '../../../secrets/ignore-list.ts'
import type { BaselineEntry } from '../../../secrets/baseline.ts'
import { BaselineError, parseBaseline } from '../../../secrets/baseline.ts'

/** An ignore file is a short list of entries; a larger one is refused unread. */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024

/**
 * Reads the ignore file (absent is fine) and the baseline (absent is an error: it was asked
 * for). The ignore file is repository content: it is read only inside the repository (a link
out of it is an error naming the file, never followed). `readIgnore` replaces reading the ignore file from the working tree: in PR mode it
 * comes from the base revision, so a PR cannot allow its own leak by editing the file.
 */
export async function loadSuppression(o: {
  root: string
  ignoreFile: string
  baseline: string
  cwd: string
  readIgnore?: (path: string) => Promise<string | undefined>
}): Promise<{ ignoreList?: IgnoreList; baseline?: BaselineEntry[] }> {
  const out: { ignoreList?: IgnoreList; baseline?: BaselineEntry[] } = {}
  if (o.ignoreFile !== '') {
    const text = o.readIgnore
      ? await o.readIgnore(o.ignoreFile)
      : readRepoText(o.root, o.ignoreFile, MAX_IGNORE_FILE_BYTES)
    if (text !== undefined) out.ignoreList = parseIgnoreList(text, o.ignoreFile)
  }
  if (o.baseline !== '') {
    const path = isAbsolute(o.baseline) ? o.baseline : join(o.cwd, o.baseline)
    const text = await readFile(path, 'utf8').catch((err: unknown) => {
      throw new BaselineError(o.baseline, 'cannot be read', { cause: err })
    })
    out.baseline = parseBaseline(text, o.baseline)
  }
  return out
}
