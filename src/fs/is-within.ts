import { isAbsolute, relative, sep } from 'node:path'

/**
 * True when `path` is `root` or lies under it. Both must already be absolute and resolved
 * (realpath): this compares names only and follows nothing.
 */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path)
  // `..hidden` is a name inside; only `..` itself or `../...` leaves.
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`)
}
