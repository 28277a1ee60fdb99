import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { Report } from '../../op/report.ts'
import type { SecretsScanInput } from './schema.ts'
import { buildSecretsReport } from '../../secrets/build-secrets-report.ts'
import type { ScanMode } from '../../secrets/build-secrets-report.ts'
import { loadSuppression } from './steps/load-suppression.ts'
import { parseRange, parseRevRange } from './steps/parse-range.ts'
import { readIgnoreWithoutAdded } from './steps/read-ignore-without-added.ts'
import { readAtRevision } from './steps/scan-git.ts'
import { SecretsPathError } from './steps/scan-tree.ts'
import type { ScanJob } from './steps/scan-job.ts'
import { scanInWorker, SecretsScanError } from './steps/scan-in-worker.ts'

/**
 * Scans for leaked credentials.
 * 1. resolve the mode (diff from git or a patch file, history, or tree / listed files) and validate revisions;
 * 2. load the ignore file (from the base revision in PR mode, without the patch's added lines
 *    from a patch file) and the baseline;
 * 3. on a worker thread: compile the rules (minus disabled ones) into one keyword automaton and
 *    stream the source (added lines, commits, or files) through the scanner;
 * 4. (the worker) counts findings past the per-file and per-rule caps instead of listing them;
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
  const job: ScanJob = {
    source: range
      ? { kind: 'diff', base: range.base, head: range.head }
      : patchFile
        ? { kind: 'patch', file: patchFile }
        : mode === 'history'
          ? { kind: 'history', revArgs }
          : { kind: 'tree' },
    root,
    paths,
    maxFileBytes: cfg.maxFileBytes,
    disableRules: cfg.disableRules,
    allowPaths: cfg.allowPaths,
    ignoreList: suppression.ignoreList,
    baseline: suppression.baseline,
    // Every line a diff shows is the change's own: its inline allows do not hide its own leak.
    inlineAllow: mode === 'diff' && !cfg.prInlineAllow ? 'report' : 'honour',
  }
  // Off the event loop: a hostile file costs this thread nothing, and the signal stops it.
  const outcome = await ctx.step(`scan-${mode}`, async (s) => {
    const out = await scanInWorker(job, ctx.signal).catch((err: unknown) => {
      // git's own messages can quote a value; the worker has no redactor, so mask here.
      if (err instanceof SecretsScanError) err.message = redact(err.message)
      throw err
    })
    if (out.stepNote) s.note(out.stepNote)
    return out
  })
  notes.push(...outcome.notes)
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
    findings: outcome.findings,
    stats: outcome.stats,
    stale: outcome.stale,
    unread: outcome.unread,
    failOn: input.failOn === 'config' ? cfg.failOn : input.failOn,
    files: outcome.files,
    durationMs: Math.round(performance.now() - started),
    notes,
  })
  return ctx.redact.redactValue(report)
}
