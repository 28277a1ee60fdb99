import type { Stats } from 'node:fs'
import { realpathSync, statSync } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { isWithin } from './is-within.ts'

/**
 * What a repository path is once every symlink on it is resolved against the repository root:
 * `outside` when the name or any link on the way leads out of the root (never followed further),
 * `missing` for nothing there (or a dangling link), `loop` for a symlink cycle.
 */
export type InsideResolution =
  | { kind: 'file'; real: string; size: number }
  | { kind: 'dir'; real: string }
  | { kind: 'other'; real: string; type: string }
  | { kind: 'outside' }
  | { kind: 'missing' }
  | { kind: 'loop' }
  | { kind: 'error'; code: string }

/**
 * Resolves `path` (relative to `root`, or absolute) with realpath and classifies it. The one
 * place that decides whether a repository file may be read: a checkout is untrusted, and a
 * chain of relative links can lead anywhere on the host even when each link looks harmless.
 */
export function resolveInside(root: string, path: string): InsideResolution {
  const full = resolve(root, path)
  let realRoot: string
  try {
    realRoot = realpathSync.native(root)
  } catch (error) {
    return failure(error)
  }
  if (!isWithin(resolve(root), full)) return { kind: 'outside' }
  let real: string
  try {
    // The native realpath, as the kernel resolves: Node's JS one applies `..` to the text of a
    // link before following it, so `up/..` (with `up` a link) would resolve somewhere else.
    real = realpathSync.native(full)
  } catch (error) {
    return failure(error)
  }
  if (!isWithin(realRoot, real)) return { kind: 'outside' }
  try {
    return classify(real, statSync(real))
  } catch (error) {
    return failure(error)
  }
}

/** `resolveInside` without blocking the event loop (for walkers of large trees). */
export async function resolveInsideAsync(root: string, path: string): Promise<InsideResolution> {
  const full = resolve(root, path)
  if (!isWithin(resolve(root), full)) return { kind: 'outside' }
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(full)])
    if (!isWithin(realRoot, real)) return { kind: 'outside' }
    return classify(real, await stat(real))
  } catch (error) {
    return failure(error)
  }
}

/** A word for what a non-regular file is (folder, FIFO, socket, device), for messages. */
export function fileType(st: Stats): string {
  if (st.isDirectory()) return 'folder'
  if (st.isFIFO()) return 'FIFO'
  if (st.isSocket()) return 'socket'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device'
  return st.isFile() ? 'file' : 'not a regular file'
}

function classify(real: string, st: Stats): InsideResolution {
  if (st.isFile()) return { kind: 'file', real, size: st.size }
  if (st.isDirectory()) return { kind: 'dir', real }
  return { kind: 'other', real, type: fileType(st) }
}

function failure(error: unknown): InsideResolution {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO'
  // A dangling link is as absent as a deleted file: there is nothing to read.
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }
  if (code === 'ELOOP') return { kind: 'loop' }
  return { kind: 'error', code }
}
