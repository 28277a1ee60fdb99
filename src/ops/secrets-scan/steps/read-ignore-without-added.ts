import { readRepoText } from '../../../fs/read-repo-text.ts'
import { MAX_IGNORE_FILE_BYTES } from './load-suppression.ts'
import { readLines } from './read-lines.ts'
import { DiffStream } from '../../../secrets/diff-stream.ts'

/**
 * The ignore file as it was before a patch, as far as suppression goes: the checkout's copy
 * with every line the patch adds blanked (line numbers stay right for error messages). A PR
 * cannot allow its own leak by adding an entry; the entries it removes stay removed, which
 * can only make the check stricter. A file the patch has no hunks for but lists as changed
 * (`unpatched`) cannot be told apart from the PR's own edit, so it is not used at all.
 */
export async function readIgnoreWithoutAdded(o: {
  root: string
  path: string
  patchFile: string
  unpatched: readonly string[]
}): Promise<string | undefined> {
  if (o.unpatched.includes(o.path)) return undefined
  const text = readRepoText(o.root, o.path, MAX_IGNORE_FILE_BYTES)
  if (text === undefined) return undefined
  const added = new Set<number>()
  const stream = new DiffStream({
    onFragment: (f) => {
      if (f.path === o.path) for (const n of f.lineNumbers ?? []) added.add(n)
    },
  })
  await readLines(o.patchFile, (line, partial) => stream.push(line, partial))
  stream.end()
  if (added.size === 0) return text
  return text
    .split('\n')
    .map((line, i) => (added.has(i + 1) ? '' : line))
    .join('\n')
}
