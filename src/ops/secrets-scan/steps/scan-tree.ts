import { open } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { ScanSession } from '../../../secrets/scan-session.ts'
import { looksBinary, looksLikeLockfile, SNIFF_BYTES } from '../../../secrets/content-sniff.ts'
import { walkTree } from './walk-tree.ts'

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
    if (abs !== base && !abs.startsWith(base + sep)) throw new SecretsPathError(`paths: "${p}" is outside the repository ${base}; expected a repository-relative file path`)
    yield relative(base, abs).split(sep).join('/')
  }
}

export interface TreeScanResult {
  files: number
  skippedBinary: number
  skippedLockfiles: number
  skippedLarge: number
}

/**
 * Scans a directory tree file by file: .gitignore respected, binary files and lockfiles
 * recognised by their first bytes and skipped, files over `maxFileBytes` skipped. Only one
 * file is in memory at a time.
 */
export async function scanTree(o: { root: string; session: ScanSession; maxFileBytes: number; paths?: readonly string[]; signal?: AbortSignal }): Promise<TreeScanResult> {
  const r: TreeScanResult = { files: 0, skippedBinary: 0, skippedLockfiles: 0, skippedLarge: 0 }
  const source = o.paths && o.paths.length > 0 ? listed(o.root, o.paths) : walkTree(o.root, o.signal)
  for await (const path of source) {
    if (o.session.isAllowedPath(path)) {
      o.session.stats.skippedPaths++
      continue
    }
    const fh = await open(join(o.root, path), 'r').catch(() => undefined)
    if (!fh) continue
    try {
      const st = await fh.stat()
      if (!st.isFile()) continue
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
