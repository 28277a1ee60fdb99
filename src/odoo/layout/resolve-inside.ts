import { realpathSync } from 'node:fs'
import { isAbsolute, relative, sep } from 'node:path'

/** Where a path really is, links followed, relative to the repository. */
export type ResolvedPath =
  { kind: 'inside'; real: string } | { kind: 'outside'; real: string } | { kind: 'missing' | 'loop' | 'error' }

/**
 * Follows every symlink of `abs` (chains included) and says whether the real path stays under
 * `rootReal` (the repository root, itself already resolved). A pull request can hold links to
 * any host file; only `inside` paths may be read.
 */
export function resolveInside(rootReal: string, abs: string): ResolvedPath {
  let real: string
  try {
    real = realpathSync.native(abs)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    return { kind: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'ELOOP' ? 'loop' : 'error' }
  }
  const rel = relative(rootReal, real)
  return rel.split(sep)[0] === '..' || isAbsolute(rel) ? { kind: 'outside', real } : { kind: 'inside', real }
}

/** The real path of the repository root (the root itself when it cannot be resolved). */
export function realRoot(root: string): string {
  try {
    return realpathSync.native(root)
  } catch {
    return root
  }
}
