import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { Report } from '../../op/report.ts'
import type { SecretsScanInput } from './schema.ts'
import { allRules } from '../../secrets/all-rules.ts'
import { compileRules } from '../../secrets/compile-rules.ts'
import { ScanSession } from '../../secrets/scan-session.ts'
import { BaselineMatcher } from '../../secrets/baseline.ts'
import { buildSecretsReport } from '../../secrets/build-secrets-report.ts'
import type { ScanMode } from '../../secrets/build-secrets-report.ts'
import { loadSuppression } from './steps/load-suppression.ts'
import { parseRange, parseRevRange } from './steps/parse-range.ts'
import { scanTree, SecretsPathError } from './steps/scan-tree.ts'
import { listedPathNotes } from './steps/listed-path-notes.ts'
import { readIgnoreWithoutAdded } from './steps/read-ignore-without-added.ts'
import { readAtRevision, scanDiff, scanHistory, scanPatchFile } from './steps/scan-git.ts'

/**
 * Scans for leaked credentials.
 * 1. resolve the mode (diff from git or a patch file, history, or tree / listed files) and validate revisions;
 * 2. load the ignore file (from the base revision in PR mode, without the patch's added lines
 *    from a patch file) and the baseline;
 * 3. compile the rules (minus disabled ones) into one keyword automaton;
 * 4. stream the source (added lines, commits, or files) through the scanner;
 * 5. build the report: new findings at or above the threshold fail the check, stale baseline entries are listed.
 */
export async function runSecretsScan(ctx: OpContext, input: SecretsScanInput): Promise<Report> {
  const started = performance.now()
  const cfg = ctx.config.secrets
  const root = resolve(ctx.cwd, input.dir)
  const mode: ScanMode = input.diff !== '' || input.patchFile !== '' ? 'diff' : input.history ? 'history' : 'tree'
  const range = input.diff !== '' ? parseRange(input.diff) : undefined
  const revArgs = mode === 'history' ? parseRevRange(input.rev) : []
  // An empty value (`--paths=`) means "not given", not the repository root.
  const paths = input.paths.filter((p) => p !== '')
  const notes: string[] = []
  const redact = (s: string): string => ctx.redact.redact(s)
  // In PR mode the ignore file is read from the base revision (or, from a patch, without the
  // lines the patch adds): a PR must not loosen its own check.
  const patchFile = input.patchFile !== '' ? resolve(ctx.cwd, input.patchFile) : ''
  if (patchFile)
    await access(patchFile, constants.R_OK).catch((err: unknown) => {
      throw new SecretsPathError(
        `patch-file: cannot read ${input.patchFile} (${err instanceof Error && 'code' in err ? String(err.code) : 'unreadable'}); expected a unified diff file`,
      )
    })
  const readIgnore = range
    ? (path: string) => readAtRevision({ cwd: root, rev: range.base, path, signal: ctx.signal, redact })
    : patchFile
      ? (path: string) => readIgnoreWithoutAdded({ root, path, patchFile, unpatched: paths })
      : undefined
  const suppression = await ctx.step('load-suppression', () =>
    loadSuppression({
      root,
      cwd: ctx.cwd,
      ignoreFile: cfg.ignoreFile,
      baseline: input.baseline || cfg.baseline,
      readIgnore,
    }),
  )
  const baseline = suppression.baseline ? new BaselineMatcher(suppression.baseline) : undefined
  const session = new ScanSession({
    compiled: compileRules(allRules(), cfg.disableRules),
    allowPaths: cfg.allowPaths,
    ignoreList: suppression.ignoreList,
    baseline,
    firstOccurrenceOnly: mode === 'history',
  })
  const files = await ctx.step(`scan-${mode}`, async (s) => {
    if (range) return scanDiff({ cwd: root, session, base: range.base, head: range.head, signal: ctx.signal, redact })
    if (input.patchFile !== '') {
      const patched = await scanPatchFile({ file: patchFile, session })
      // Files the diff has no hunks for (binary, or too large for the API) are read whole.
      if (paths.length === 0) return patched
      const r = await scanTree({ root, session, maxFileBytes: cfg.maxFileBytes, paths, signal: ctx.signal })
      s.note(`${patched} files from the patch; ${r.files} listed files scanned whole`)
      notes.push(wholeFilesNote(paths), ...listedPathNotes(r))
      return patched + r.files
    }
    if (mode === 'history') return scanHistory({ cwd: root, session, revArgs, signal: ctx.signal, redact })
    const r = await scanTree({ root, session, maxFileBytes: cfg.maxFileBytes, paths, signal: ctx.signal })
    notes.push(...listedPathNotes(r))
    s.note(
      `${r.files} files scanned; skipped ${r.skippedBinary} binary, ${r.skippedLockfiles} lockfiles, ${r.skippedLarge} over ${cfg.maxFileBytes} bytes`,
    )
    return r.files
  })
  // Only a full scan can say a baseline entry is gone; a diff sees added lines only.
  const stale = baseline && mode !== 'diff' ? baseline.stale() : []
  const report = buildSecretsReport({
    mode,
    target: range
      ? `${range.base}..${range.head}`
      : input.patchFile
        ? basename(input.patchFile)
        : mode === 'history'
          ? input.rev || 'all refs'
          : paths.length > 0
            ? `${paths.length} listed files in ${input.dir}`
            : input.dir,
    findings: session.findings,
    stats: session.stats,
    stale,
    failOn: input.failOn === 'config' ? cfg.failOn : input.failOn,
    files,
    durationMs: Math.round(performance.now() - started),
    notes,
  })
  return ctx.redact.redactValue(report)
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
