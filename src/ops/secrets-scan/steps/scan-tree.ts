import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { ScanSession } from '../../../secrets/scan-session.ts'
import { scanFile } from './scan-file.ts'
import { walkTree } from './walk-tree.ts'
import { fileType, resolveListed } from './resolve-listed.ts'
import { resolveInsideAsync } from '../../../fs/resolve-inside.ts'

/** Thrown when a listed path leaves the repository. */
export class SecretsPathError extends Error {
  override name = 'SecretsPathError'
  /** Bad input from the caller: faces answer exit code 2. */
  readonly usage = true
}

/** The listed files, normalised; a path escaping the root is refused (a deleted file is simply absent later). */
async function* listed(root: string, paths: readonly string[]): AsyncGenerator<string> {
  const base = resolve(root)
  for (const p of [...new Set(paths)].sort()) {
    const abs = resolve(base, p)
    if (abs !== base && !abs.startsWith(base + sep))
      throw new SecretsPathError(
        `paths: "${p}" is outside the repository ${base}; expected a repository-relative file path`,
      )
    yield relative(base, abs).split(sep).join('/')
  }
}

/** Why a file was not scanned. */
export type SkipReason = 'binary' | 'lockfile' | 'unreadable'

export interface TreeScanResult {
  files: number
  /** Files read in streaming mode (over `maxFileBytes`). */
  streamed: number
  /** Files decoded from UTF-16. */
  utf16: number
  /** Files not scanned, with the reason (every one is counted; names are kept for the first few per reason). */
  skipped: { path: string; reason: SkipReason }[]
  skippedCounts: Record<SkipReason, number>
  /** Listed paths that do not exist (deleted or renamed by the change). */
  missing: string[]
  /** Listed paths resolving, through a symlink, outside the repository: never read. */
  outside: string[]
  /** Symlinks met by the tree walk that lead outside the repository: never followed. */
  outsideLinks: string[]
  /** Listed paths that are not regular files (folders, FIFOs, sockets, devices), with their type: never read. */
  notFiles: { path: string; type: string }[]
  /** Listed paths that could not be opened, with the error code. */
  unreadable: { path: string; code: string }[]
}

// Non-blocking: a FIFO swapped in after the type check must not hang the scan; no-follow:
// nor may a symlink swapped in for a checked file.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW

/** Names kept per skip reason; the counts are complete. */
const SKIPPED_NAMES = 20

function skip(r: TreeScanResult, path: string, reason: SkipReason): void {
  if (r.skippedCounts[reason]++ < SKIPPED_NAMES) r.skipped.push({ path, reason })
}

/**
 * Scans a directory tree file by file: .gitignore respected, binary files and lockfiles
 * recognised by their first bytes and skipped (each listed with its reason), text with a
 * stray NUL still scanned, UTF-16 decoded, files over `maxFileBytes` read in streaming
 * mode. At most one file (or one chunk of a large file) is in memory at a time.
 */
export async function scanTree(o: {
  root: string
  session: ScanSession
  maxFileBytes: number
  paths?: readonly string[]
  signal?: AbortSignal
}): Promise<TreeScanResult> {
  const r: TreeScanResult = {
    files: 0,
    streamed: 0,
    utf16: 0,
    skipped: [],
    skippedCounts: { binary: 0, lockfile: 0, unreadable: 0 },
    missing: [],
    outside: [],
    outsideLinks: [],
    notFiles: [],
    unreadable: [],
  }
  const isListed = o.paths !== undefined && o.paths.length > 0
  const links: string[] = []
  const source = isListed ? listed(o.root, o.paths ?? []) : walkTree(o.root, o.signal, links)
  // A missing root leaves every listed path missing, as the walk finds nothing.
  const realRoot = isListed ? await realpath(o.root).catch(() => resolve(o.root)) : ''
  for await (const path of source) {
    o.signal?.throwIfAborted()
    if (o.session.isAllowedPath(path)) {
      o.session.stats.skippedPaths++
      continue
    }
    let file = join(o.root, path)
    if (isListed) {
      // Listed paths come from outside (a PR's file list): anything may be there.
      const t = await resolveListed(realRoot, file)
      if (t.kind === 'missing') r.missing.push(path)
      else if (t.kind === 'outside') r.outside.push(path)
      else if (t.kind === 'not-file') r.notFiles.push({ path, type: t.type })
      else if (t.kind === 'unreadable') r.unreadable.push({ path, code: t.code })
      if (t.kind !== 'file') continue
      file = t.real
    }
    const fh = await open(file, OPEN_FLAGS).catch((err: unknown) => {
      const code = err instanceof Error && 'code' in err ? String(err.code) : 'unreadable'
      if (isListed) r.unreadable.push({ path, code })
      else skip(r, path, 'unreadable')
      return undefined
    })
    if (!fh) continue
    try {
      const st = await fh.stat()
      if (!st.isFile()) {
        if (isListed) r.notFiles.push({ path, type: fileType(st) })
        continue
      }
      const kind = await scanFile({ fh, size: st.size, path, session: o.session, maxFileBytes: o.maxFileBytes })
      if (kind === 'binary' || kind === 'lockfile') skip(r, path, kind)
      else {
        r.files++
        if (kind.streamed) r.streamed++
        if (kind.utf16) r.utf16++
      }
    } catch (err) {
      if (err instanceof Error && err.name === 'ScanAbortedError') throw err
      skip(r, path, 'unreadable')
    } finally {
      await fh.close()
    }
  }
  // Links are never followed by the walk (a link to a file inside is scanned as that file);
  // the ones leading out of the repository are named, so nothing is skipped silently.
  for (const path of links) {
    o.signal?.throwIfAborted()
    if ((await resolveInsideAsync(o.root, path)).kind === 'outside') r.outsideLinks.push(path)
  }
  r.outsideLinks.sort()
  return r
}
