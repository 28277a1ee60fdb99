import type { Finding } from '../../../op/report.ts'
import type { IgnoreList } from '../../../secrets/ignore-list.ts'
import type { BaselineEntry } from '../../../secrets/baseline.ts'
import type { ScanStats } from '../../../secrets/scan-session.ts'
import { allRules } from '../../../secrets/all-rules.ts'
import { compileRules } from '../../../secrets/compile-rules.ts'
import { ScanSession } from '../../../secrets/scan-session.ts'
import { BaselineMatcher } from '../../../secrets/baseline.ts'
import { scanTree } from './scan-tree.ts'
import { listedPathNotes } from './listed-path-notes.ts'
import { skippedFileNotes } from './skipped-file-notes.ts'
import { scanDiff, scanHistory, scanPatchFile } from './scan-git.ts'

/** Everything a scan needs, as plain data: it crosses into a worker thread. */
export interface ScanJob {
  source:
    | { kind: 'diff'; base: string; head: string }
    | { kind: 'patch'; file: string }
    | { kind: 'history'; revArgs: readonly string[] }
    | { kind: 'tree' }
  root: string
  /** Listed files (tree mode), or files scanned whole besides a patch. */
  paths: readonly string[]
  maxFileBytes: number
  disableRules: readonly string[]
  allowPaths: readonly string[]
  ignoreList?: IgnoreList
  baseline?: readonly BaselineEntry[]
  /** Whether inline allows suppress findings (`report` in PR mode unless the repository allows it). */
  inlineAllow: 'honour' | 'report'
}

/** What a scan found, as plain data. */
export interface ScanOutcome {
  files: number
  findings: Finding[]
  stats: ScanStats
  /** Summary lines (files read whole, paths refused or skipped and why). */
  notes: string[]
  /** One line for the step trace. */
  stepNote: string
  /** Baseline entries not found again (full scans only). */
  stale: BaselineEntry[]
  /** Files that could not be read: the result cannot be clean. */
  unread: number
}

/**
 * Runs one scan to completion: compiles the rules, streams the source through the scanner
 * and collects findings. `shouldStop` is polled inside the CPU-bound loops; `signal` stops
 * git and file reads.
 */
export async function runScanJob(job: ScanJob, signal: AbortSignal, shouldStop: () => boolean): Promise<ScanOutcome> {
  const baseline = job.baseline ? new BaselineMatcher(job.baseline) : undefined
  const session = new ScanSession({
    compiled: compileRules(allRules(), job.disableRules),
    allowPaths: job.allowPaths,
    ignoreList: job.ignoreList,
    baseline,
    firstOccurrenceOnly: job.source.kind === 'history',
    shouldStop,
    inlineAllow: job.inlineAllow,
  })
  const identity = (s: string): string => s
  const notes: string[] = []
  let unread = 0
  let files: number
  let stepNote = ''
  const src = job.source
  const binary = new Set<string>()
  if (src.kind === 'diff') {
    files = await scanDiff({ cwd: job.root, session, base: src.base, head: src.head, signal, redact: identity, binary })
    if (binary.size > 0) notes.push(binaryNote(binary))
  } else if (src.kind === 'history') {
    files = await scanHistory({ cwd: job.root, session, revArgs: src.revArgs, signal, redact: identity, binary })
    if (binary.size > 0) notes.push(binaryNote(binary))
  } else if (src.kind === 'patch') {
    files = await scanPatchFile({ file: src.file, session, signal })
    // Files the diff has no hunks for (binary, or too large for the API) are read whole.
    if (job.paths.length > 0) {
      const r = await scanTree({ root: job.root, session, maxFileBytes: job.maxFileBytes, paths: job.paths, signal })
      stepNote = `${files} files from the patch; ${r.files} listed files scanned whole`
      notes.push(wholeFilesNote(job.paths), ...listedPathNotes(r), ...skippedFileNotes(r))
      files += r.files
      unread = r.skippedCounts.unreadable + r.unreadable.length
    }
  } else {
    const r = await scanTree({ root: job.root, session, maxFileBytes: job.maxFileBytes, paths: job.paths, signal })
    notes.push(...listedPathNotes(r), ...skippedFileNotes(r))
    unread = r.skippedCounts.unreadable + r.unreadable.length
    stepNote = `${r.files} files scanned; skipped ${r.skipped.length} (binary, lockfiles, unreadable)`
    files = r.files
  }
  // Only a full scan can say a baseline entry is gone; a diff sees added lines only.
  const stale = baseline && (src.kind === 'tree' || src.kind === 'history') ? baseline.stale() : []
  return { files, findings: session.findings, stats: session.stats, notes, stepNote, stale, unread }
}

/** The summary line naming the files git shows only as binary: their content was not scanned. */
function binaryNote(paths: ReadonlySet<string>): string {
  const list = [...paths]
  const shown = list
    .slice(0, 20)
    .map((p) => `\`${p.replaceAll('`', "'")}\``)
    .join(', ')
  const more = list.length > 20 ? ` and ${list.length - 20} more` : ''
  return `${list.length} file${list.length === 1 ? ' is' : 's are'} binary in git's view (a NUL byte in the first 8,000 bytes) and ${list.length === 1 ? 'was' : 'were'} not scanned: ${shown}${more}.`
}

/** The summary line naming the files a patch had no hunks for, which were scanned whole. */
function wholeFilesNote(paths: readonly string[]): string {
  const shown = paths
    .slice(0, 20)
    .map((p) => `\`${p}\``)
    .join(', ')
  const more = paths.length > 20 ? ` and ${paths.length - 20} more` : ''
  return `${paths.length} changed file${paths.length === 1 ? ' has' : 's have'} no patch (binary, or a diff too large for the API) and ${paths.length === 1 ? 'was' : 'were'} scanned whole: ${shown}${more}.`
}
