import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { fileType, resolveInside } from './resolve-inside.ts'

/** A repository file's bytes, or why they were not read. */
export type InsideRead =
  | { kind: 'bytes'; bytes: Buffer; real: string }
  | { kind: 'outside' }
  | { kind: 'missing' }
  | { kind: 'loop' }
  | { kind: 'not-a-file'; type: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'error'; code: string }

/**
 * Reads a repository file only when its real path stays inside `root` and it is a regular
 * file of at most `maxBytes`: a symlink (or chain of them) out of the checkout is `outside`
 * and never opened, a FIFO or device is never read (opening is non-blocking, the type comes
 * from the open descriptor), and no more than `maxBytes` is ever buffered, even from a file
 * that grows while it is read.
 */
export function readInside(root: string, path: string, limits: { maxBytes: number }): InsideRead {
  const where = resolveInside(root, path)
  if (where.kind === 'dir' || where.kind === 'other')
    return { kind: 'not-a-file', type: where.kind === 'dir' ? 'folder' : where.type }
  if (where.kind !== 'file') return where
  if (where.size > limits.maxBytes) return { kind: 'too-large', size: where.size }
  let fd: number
  try {
    // O_NOFOLLOW: the last name cannot have been swapped for a link since it was resolved.
    fd = openSync(where.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    return { kind: 'error', code: codeOf(error) }
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return { kind: 'not-a-file', type: fileType(st) }
    if (st.size > limits.maxBytes) return { kind: 'too-large', size: st.size }
    const chunks: Buffer[] = []
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limits.maxBytes + 1))
    let length = 0
    for (;;) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, limits.maxBytes + 1 - length), null)
      if (n === 0) break
      chunks.push(Buffer.from(chunk.subarray(0, n)))
      length += n
      if (length > limits.maxBytes) return { kind: 'too-large', size: length }
    }
    return { kind: 'bytes', bytes: Buffer.concat(chunks, length), real: where.real }
  } catch (error) {
    return { kind: 'error', code: codeOf(error) }
  } finally {
    closeSync(fd)
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO'
}
