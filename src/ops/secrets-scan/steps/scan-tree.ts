import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { ScanSession } from '../../../secrets/scan-session.ts'
import { looksBinary, looksLikeLockfile, SNIFF_BYTES } from '../../../secrets/content-sniff.ts'
import { walkTree } from './walk-tree.ts'
import { fileType, resolveListed } from './resolve-listed.ts'

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

export interface TreeScanResult {
  files: number
  skippedBinary: number
  skippedLockfiles: number
  skippedLarge: number
  /** Listed paths that do not exist (deleted or renamed by the change). */
  missing: string[]
  /** Listed paths resolving, through a symlink, outside the repository: never read. */
  outside: string[]
  /** Listed paths that are not regular files (folders, FIFOs, sockets, devices), with their type: never read. */
  notFiles: { path: string; type: string }[]
  /** Listed paths that could not be opened, with the error code. */
  unreadable: { path: string; code: string }[]
}

// Non-blocking: a FIFO swapped in after the type check must not hang the scan; no-follow:
// nor may a symlink swapped in for a checked file.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW

/**
 * Scans a directory tree file by file: .gitignore respected, binary files and lockfiles
 * recognised by their first bytes and skipped, files over `maxFileBytes` skipped. Only one
 * file is in memory at a time.
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
    skippedBinary: 0,
    skippedLockfiles: 0,
    skippedLarge: 0,
    missing: [],
    outside: [],
    notFiles: [],
    unreadable: [],
  }
  const isListed = o.paths !== undefined && o.paths.length > 0
  const source = isListed ? listed(o.root, o.paths ?? []) : walkTree(o.root, o.signal)
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
      if (isListed)
        r.unreadable.push({ path, code: err instanceof Error && 'code' in err ? String(err.code) : 'unreadable' })
      return undefined
    })
    if (!fh) continue
    try {
      const st = await fh.stat()
      if (!st.isFile()) {
        if (isListed) r.notFiles.push({ path, type: fileType(st) })
        continue
      }
      const size = st.size
      if (size > o.maxFileBytes) {
        r.skippedLarge++
        continue
      }
      const buf = Buffer.allocUnsafe(size)
      let read = 0
      while (read < size) {
        const { bytesRead } = await fh.read(buf, read, size - read, read)
        if (bytesRead === 0) break
        read += bytesRead
      }
      const bytes = buf.subarray(0, read)
      const head = bytes.subarray(0, SNIFF_BYTES)
      if (looksBinary(head)) {
        r.skippedBinary++
        continue
      }
      if (looksLikeLockfile(head.toString('utf8'))) {
        r.skippedLockfiles++
        continue
      }
      r.files++
      const text = bytes.toString('utf8')
      // A BOM becomes a space: same columns, and `^key =` rules still see the first line.
      o.session.scan({ path, text: text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text })
    } finally {
      await fh.close()
    }
  }
  return r
}
