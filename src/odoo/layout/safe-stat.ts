import { statSync } from 'node:fs'

/** What is at a path, with a symlink loop told apart from a missing file. */
export type SafeStat =
  { kind: 'file' | 'dir' | 'missing' | 'loop'; size: number } | { kind: 'other' | 'error'; size: number; error: string }

/** `stat` that never throws: a looping symlink is `loop`, a dangling one `missing`. */
export function safeStat(abs: string): SafeStat {
  try {
    const s = statSync(abs)
    if (s.isFile()) return { kind: 'file', size: s.size }
    if (s.isDirectory()) return { kind: 'dir', size: 0 }
    return { kind: 'other', size: 0, error: 'not a regular file or folder' }
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing', size: 0 }
    if (code === 'ELOOP') return { kind: 'loop', size: 0 }
    return { kind: 'error', size: 0, error: code || (error instanceof Error ? error.message : String(error)) }
  }
}
