import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/** A file's bytes, or why they were not read. */
export type RegularFileRead =
  | { kind: 'ok'; bytes: Buffer }
  | { kind: 'too-large'; size: number }
  | { kind: 'missing' }
  | { kind: 'loop' }
  | { kind: 'not-file' }
  | { kind: 'error'; message: string }

/**
 * Reads a regular file of at most `maxBytes` with one open, one fstat and one read (a manifest
 * scan does this for every addon). Opened non-blocking, so a FIFO planted as a manifest is
 * refused instead of waiting for a writer; a folder, device or socket is `not-file`.
 */
export function readRegularFile(abs: string, maxBytes: number): RegularFileRead {
  let fd: number
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }
    if (code === 'ELOOP') return { kind: 'loop' }
    if (code === 'EISDIR' || code === 'ENXIO') return { kind: 'not-file' }
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { kind: 'not-file' }
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size }
    const bytes = Buffer.allocUnsafe(stat.size)
    let filled = 0
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled)
      if (n === 0) break
      filled += n
    }
    return { kind: 'ok', bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) }
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) }
  } finally {
    closeSync(fd)
  }
}
