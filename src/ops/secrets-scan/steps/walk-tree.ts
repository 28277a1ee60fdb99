import { opendir } from 'node:fs/promises'
import { join } from 'node:path'
import { readInside } from '../../../fs/read-inside.ts'
import ignore from 'ignore'

/** Symlinks collected for the caller at most (each costs a realpath later). */
const MAX_LINKS = 10_000

type Ignore = ReturnType<typeof ignore>

interface Level {
  /** Directory of the .gitignore, relative to the root ('' for the root). */
  base: string
  ig: Ignore
}

/**
 * Yields every regular file under `root` (repository-relative, forward slashes) that no
 * .gitignore on its path excludes, nested .gitignore files included, as git applies them.
 * Symlinks and `.git` are never followed; the symlinks met (not ignored) go to `links`, so the
 * caller can say which lead out of the repository. Directory by directory: nothing is listed whole.
 */
export async function* walkTree(root: string, signal?: AbortSignal, links?: string[]): AsyncGenerator<string> {
  yield* walkDir(root, '', [], signal, links)
}

async function* walkDir(
  root: string,
  rel: string,
  levels: readonly Level[],
  signal?: AbortSignal,
  links?: string[],
): AsyncGenerator<string> {
  signal?.throwIfAborted()
  const abs = rel === '' ? root : join(root, rel)
  let here = levels
  // A .gitignore that is a link (out of the tree, or a FIFO) is not read: it is repository content.
  const gi = readGitignore(root, rel === '' ? '.gitignore' : `${rel}/.gitignore`)
  if (gi !== undefined) here = [...levels, { base: rel, ig: ignore().add(gi) }]
  const dir = await opendir(abs).catch(() => undefined)
  if (!dir) return
  const entries: { name: string; isDir: boolean }[] = []
  for await (const e of dir) {
    if (e.isSymbolicLink()) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`
      if (links && links.length < MAX_LINKS && !isIgnored(here, path, false)) links.push(path)
      continue
    }
    if (e.isDirectory() && e.name !== '.git') entries.push({ name: e.name, isDir: true })
    else if (e.isFile()) entries.push({ name: e.name, isDir: false })
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const path = rel === '' ? e.name : `${rel}/${e.name}`
    if (isIgnored(here, path, e.isDir)) continue
    if (e.isDir) yield* walkDir(root, path, here, signal, links)
    else yield path
  }
}

function isIgnored(levels: readonly Level[], path: string, isDir: boolean): boolean {
  for (const l of levels) {
    const sub = l.base === '' ? path : path.slice(l.base.length + 1)
    if (l.ig.ignores(isDir ? `${sub}/` : sub)) return true
  }
  return false
}

function readGitignore(root: string, rel: string): string | undefined {
  const read = readInside(root, rel, { maxBytes: 1024 * 1024 })
  return read.kind === 'bytes' ? read.bytes.toString('utf8') : undefined
}
