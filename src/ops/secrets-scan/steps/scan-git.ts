import { readLines } from './read-lines.ts'
import type { ScanSession } from '../../../secrets/scan-session.ts'
import { DiffStream, HISTORY_FORMAT } from '../../../secrets/diff-stream.ts'
import { LOCKFILE_NAME } from '../../../secrets/content-sniff.ts'
import { GitStreamError, streamGit } from './stream-git.ts'

interface GitScanOptions {
  cwd: string
  session: ScanSession
  /** Collects the files git shows as binary (no lines), for the summary. */
  binary?: Set<string>
  signal?: AbortSignal
  redact: (s: string) => string
}

// Only added lines matter, so no context (-U0); external diff drivers and textconv filters are off
// because they could run repository-configured programs on untrusted PR content.
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '-U0', '--src-prefix=a/', '--dst-prefix=b/']

/** Scans the lines a PR adds: `git diff -U0 <merge-base> <head>`; returns the number of files touched. */
export async function scanDiff(o: GitScanOptions & { base: string; head: string }): Promise<number> {
  let from = o.base
  // A PR's diff is against the merge base (three-dot), when history is deep enough to find it.
  await streamGit({
    cwd: o.cwd,
    args: ['merge-base', o.base, o.head],
    signal: o.signal,
    redact: o.redact,
    onLine: (l) => {
      if (l.trim()) from = l.trim()
    },
  }).catch(() => undefined)
  try {
    return await runDiffStream(o, ['diff', ...DIFF_FLAGS, from, o.head, '--'])
  } catch (err) {
    if (
      err instanceof GitStreamError &&
      /bad object|unknown revision|ambiguous argument|bad revision/.test(err.message)
    ) {
      throw new GitStreamError(
        `${err.message}\nThe revisions ${o.base} and ${o.head} must both be in the clone: check out with full history (actions/checkout with fetch-depth: 0) or fetch the base branch first.`,
        { cause: err },
      )
    }
    throw err
  }
}

/** Scans every commit's added lines, oldest first, so each secret is reported at the commit that introduced it. */
export async function scanHistory(o: GitScanOptions & { revArgs: readonly string[] }): Promise<number> {
  return runDiffStream(o, [
    'log',
    '-p',
    '--reverse',
    '--no-merges',
    `--format=${HISTORY_FORMAT}`,
    ...DIFF_FLAGS,
    ...o.revArgs,
    '--',
  ])
}

/** Scans the added lines of a unified diff file, read line by line (a PR's `.diff` when the checkout has no git history). */
export async function scanPatchFile(o: { file: string; session: ScanSession; signal?: AbortSignal }): Promise<number> {
  const { stream, files } = diffInto(o.session)
  await readLines(o.file, (line, partial) => stream.push(line, partial), o.signal)
  stream.end()
  return files.size
}

function diffInto(session: ScanSession, binary?: Set<string>): { stream: DiffStream; files: Set<string> } {
  const files = new Set<string>()
  const stream = new DiffStream({
    onBinary: (path) => binary?.add(path),
    onFragment: (fragment, provenance) => {
      if (LOCKFILE_NAME.test(fragment.path)) return
      files.add(fragment.path)
      session.scan(fragment, provenance)
    },
  })
  return { stream, files }
}

async function runDiffStream(o: GitScanOptions, args: readonly string[]): Promise<number> {
  const { stream, files } = diffInto(o.session, o.binary)
  await streamGit({
    cwd: o.cwd,
    args,
    signal: o.signal,
    redact: o.redact,
    onLine: (line, partial) => stream.push(line, partial),
  })
  stream.end()
  return files.size
}

/** The text of `path` at revision `rev`, or undefined when it does not exist there (at most 1 MB). */
export async function readAtRevision(o: {
  cwd: string
  rev: string
  path: string
  signal?: AbortSignal
  redact: (s: string) => string
}): Promise<string | undefined> {
  const lines: string[] = []
  let chars = 0
  try {
    await streamGit({
      cwd: o.cwd,
      args: ['show', `${o.rev}:${o.path}`],
      signal: o.signal,
      redact: o.redact,
      onLine: (l) => {
        if ((chars += l.length + 1) <= 1024 * 1024) lines.push(l)
      },
    })
  } catch {
    return undefined
  }
  return lines.join('\n')
}
