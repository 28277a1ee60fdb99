import type { Stats } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { sep } from 'node:path'

/** What a listed path turned out to be once symlinks are resolved. */
export type ListedTarget =
  | { kind: 'file'; real: string }
  | { kind: 'missing' }
  | { kind: 'outside' }
  | { kind: 'not-file'; type: string }
  | { kind: 'unreadable'; code: string }

/**
 * Resolves a listed path (already lexically inside the repository) through its symlinks.
 * Only a regular file whose real path stays under `realRoot` is scanned: a symlink leaving
 * the repository would leak the file it points to, and opening a FIFO blocks forever.
 */
export async function resolveListed(realRoot: string, abs: string): Promise<ListedTarget> {
  let real: string
  try {
    real = await realpath(abs)
  } catch (err) {
    const code = errorCode(err)
    // A dangling symlink is as absent as a deleted file: there is nothing to read.
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', code }
  }
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep))
    return { kind: 'outside' }
  let st: Stats
  try {
    st = await stat(real)
  } catch (err) {
    const code = errorCode(err)
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code }
  }
  return st.isFile() ? { kind: 'file', real } : { kind: 'not-file', type: fileType(st) }
}

/** A word for what a non-regular file is, for the summary. */
export function fileType(st: Stats): string {
  return st.isDirectory()
    ? 'folder'
    : st.isFIFO()
      ? 'FIFO'
      : st.isSocket()
        ? 'socket'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? 'device'
          : 'not a regular file'
}

function errorCode(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'unreadable'
}
