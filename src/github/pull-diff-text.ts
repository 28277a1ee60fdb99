import type { PullFileEntry } from './pull-file-entry.ts'

/** What one PR file contributes to the PR's unified diff. */
export type PullDiffPart =
  /** Its section of the diff (headers and hunks). */
  | { kind: 'patch'; text: string }
  /** Changed, but GitHub sent no hunks (binary, or too large a diff): to be read whole. */
  | { kind: 'whole' }
  /** Nothing in the head to look at: removed, or renamed/unchanged without a changed line. */
  | { kind: 'none' }

/**
 * The unified-diff section for one entry of a PR's files: `diff --git a/x b/x`, `--- a/x`
 * (`/dev/null` for an added file), `+++ b/x` (a renamed file's new name), then GitHub's
 * hunks as they are, so added lines keep their new-file line numbers.
 */
export function pullDiffText(f: PullFileEntry): PullDiffPart {
  if (f.status === 'removed') return { kind: 'none' }
  const hunks = f.patch !== undefined && /^@@ /m.test(f.patch) ? f.patch : undefined
  if (hunks === undefined)
    return (f.status === 'renamed' || f.status === 'unchanged') && f.changes === 0
      ? { kind: 'none' }
      : { kind: 'whole' }
  const from = f.previousFilename ?? f.filename
  const lines = [
    `diff --git ${diffPath('a/', from)} ${diffPath('b/', f.filename)}`,
    `--- ${f.status === 'added' ? '/dev/null' : diffPath('a/', from)}`,
    `+++ ${diffPath('b/', f.filename)}`,
    hunks.endsWith('\n') ? hunks.slice(0, -1) : hunks,
  ]
  return { kind: 'patch', text: lines.join('\n') + '\n' }
}

/** A path as git writes it in diff headers: C-quoted when it holds a quote, a backslash or a control character. */
export function diffPath(prefix: string, path: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/["\\\u0000-\u001f\u007f]/.test(path)) return `${prefix}${path}`
  const named: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' }
  let out = ''
  for (const c of prefix + path) {
    const code = c.charCodeAt(0)
    out += named[c] ?? (code < 0x20 || code === 0x7f ? `\\${code.toString(8).padStart(3, '0')}` : c)
  }
  return `"${out}"`
}
