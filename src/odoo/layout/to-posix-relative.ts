import { relative, sep } from 'node:path'

/** `abs` relative to `root` with forward slashes (what findings and messages show). */
export function toPosixRelative(root: string, abs: string): string {
  const rel = relative(root, abs)
  return (rel === '' ? '.' : rel).split(sep).join('/')
}
