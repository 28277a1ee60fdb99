import type { Finding, Report } from '../op/report.ts'
import { makeReport } from '../op/report.ts'
import type { SecretSeverity } from './rule.ts'
import type { ScanStats } from './scan-session.ts'
import { FINDING_CAPS } from './scan-session.ts'
import type { BaselineEntry } from './baseline.ts'

export type ScanMode = 'tree' | 'diff' | 'history'

export interface SecretsReportInput {
  mode: ScanMode
  /** What was scanned, for the title: a directory, `base..head`, or a revision. */
  target: string
  findings: readonly Finding[]
  stats: ScanStats
  stale: readonly BaselineEntry[]
  /** Lowest severity that fails the check. */
  failOn: SecretSeverity
  files: number
  durationMs: number
  /** Extra summary lines about how the scan went (e.g. files read whole instead of as a diff). */
  notes?: readonly string[]
  /** Files that could not be read: without a failure, the conclusion is neutral, never a clean pass. */
  unread?: number
}

const rank: Record<SecretSeverity, number> = { low: 0, medium: 1, high: 2 }

/** Structured result in `Report.data`. */
export interface SecretsScanData {
  schemaVersion: 1
  mode: ScanMode
  target: string
  files: number
  bytes: number
  durationMs: number
  findings: number
  failing: number
  /** Findings past the per-file and per-rule caps: counted here and in `failing`, not listed. */
  notShown: number
  byRule: Record<string, number>
  suppressed: { ignoreFile: number; baseline: number; allowPaths: number; inlineAllow: number }
  /** Findings whose inline allow was added by the change itself and so did not suppress them. */
  inlineAllowOverridden: number
  staleBaseline: BaselineEntry[]
}

/** True when a finding fails the check: severity at or above `failOn`, and not a checksum-failed (low-confidence) candidate. */
export function isFailing(f: Finding, failOn: SecretSeverity): boolean {
  const p = f.properties ?? {}
  const severity: SecretSeverity = p.severity === 'low' || p.severity === 'medium' ? p.severity : 'high'
  return p.confidence !== 'low' && rank[severity] >= rank[failOn]
}

/** Builds the Report: conclusion, a summary grouped by rule and file, and `data` for machines. */
export function buildSecretsReport(i: SecretsReportInput): Report {
  const ns = i.stats.notShown
  // Findings past the caps are not listed but still count, and still fail the check.
  const hiddenFailing = (Object.keys(rank) as SecretSeverity[])
    .filter((s) => rank[s] >= rank[i.failOn])
    .reduce((n, s) => n + ns.bySeverity[s], 0)
  const failingCount = i.findings.filter((f) => isFailing(f, i.failOn)).length + hiddenFailing
  const total = i.findings.length + ns.total
  const byRule: Record<string, number> = {}
  for (const f of i.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1
  for (const [rule, n] of Object.entries(ns.byRule)) byRule[rule] = (byRule[rule] ?? 0) + n
  const data: SecretsScanData = {
    schemaVersion: 1,
    mode: i.mode,
    target: i.target,
    files: i.files,
    bytes: i.stats.bytes,
    durationMs: i.durationMs,
    findings: total,
    failing: failingCount,
    notShown: ns.total,
    byRule,
    suppressed: {
      ignoreFile: i.stats.ignoredByFile,
      baseline: i.stats.baselined,
      allowPaths: i.stats.skippedPaths,
      inlineAllow: i.stats.inlineAllowed,
    },
    inlineAllowOverridden: i.stats.inlineAllowOverridden,
    staleBaseline: [...i.stale],
  }
  const unread = i.unread ?? 0
  const title =
    failingCount > 0
      ? `${failingCount} secret${failingCount === 1 ? '' : 's'} found`
      : unread > 0
        ? `Incomplete: ${unread} file${unread === 1 ? '' : 's'} could not be read`
        : total > 0
          ? `No leak; ${total} finding${total === 1 ? '' : 's'} below the threshold`
          : 'No secrets found'
  return makeReport({
    conclusion: failingCount > 0 ? 'failure' : unread > 0 ? 'neutral' : 'success',
    title,
    summary: summarise(i, failingCount, total),
    findings: [...i.findings],
    data,
  })
}

function summarise(i: SecretsReportInput, failing: number, total: number): string {
  const mb = (i.stats.bytes / 1e6).toFixed(2)
  const lines = [
    `Scanned ${i.files} file${i.files === 1 ? '' : 's'} (${mb} MB) in ${i.mode} mode (${i.target}) in ${(i.durationMs / 1000).toFixed(1)} s.`,
  ]
  lines.push(`${total} finding${total === 1 ? '' : 's'}, ${failing} at or above severity \`${i.failOn}\`.`)
  for (const note of i.notes ?? []) lines.push(note)
  const ns = i.stats.notShown
  if (ns.total > 0) {
    const top = (counts: Record<string, number>): string =>
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([k, n]) => `\`${k}\` ${n}`)
        .join(', ')
    lines.push(
      `${ns.total} more finding${ns.total === 1 ? ' is' : 's are'} not shown (at most ${FINDING_CAPS.perFile} per file and ${FINDING_CAPS.perRule} per rule are listed; all are counted above and in the conclusion). By rule: ${top(ns.byRule)}. By file: ${top(ns.byFile)}.`,
    )
  }
  const st = i.stats
  const suppressed = st.ignoredByFile + st.baselined + st.inlineAllowed
  if (suppressed > 0) {
    lines.push(
      `${suppressed} suppressed (${st.ignoredByFile} by the ignore file, ${st.baselined} by the baseline, ${st.inlineAllowed} by an inline oda:allow):`,
    )
    for (const s of st.suppressed) lines.push(`- \`${s.ruleId}\` at \`${s.path}:${s.line}\` (${s.reason})`)
    if (suppressed > st.suppressed.length) lines.push(`- … and ${suppressed - st.suppressed.length} more`)
  }
  if (st.inlineAllowOverridden > 0)
    lines.push(
      `${st.inlineAllowOverridden} finding${st.inlineAllowOverridden === 1 ? ' carries' : 's carry'} an inline oda:allow added by this change itself; a change cannot allow its own leak, so ${st.inlineAllowOverridden === 1 ? 'it is' : 'they are'} reported (set \`secrets.prInlineAllow: true\` on the default branch to let such allows count).`,
    )
  if (i.findings.length > 0) {
    lines.push('', '| Rule | File | Lines |', '| --- | --- | --- |')
    const groups = new Map<string, number[]>()
    for (const f of i.findings) {
      const key = `${f.ruleId}\u0000${f.path}`
      const lines = groups.get(key)
      if (lines) lines.push(f.line)
      else groups.set(key, [f.line])
    }
    const rows = [...groups].sort(([a], [b]) => a.localeCompare(b))
    for (const [key, ls] of rows.slice(0, 200)) {
      const [rule, path] = key.split('\u0000')
      lines.push(`| \`${rule}\` | \`${path}\` | ${ls.slice(0, 20).join(', ')}${ls.length > 20 ? ', …' : ''} |`)
    }
    if (rows.length > 200) lines.push(`| … | ${rows.length - 200} more groups | |`)
  }
  if (i.stale.length > 0) {
    lines.push(
      '',
      `${i.stale.length} baseline entr${i.stale.length === 1 ? 'y is' : 'ies are'} stale (no longer found; remove them from the baseline):`,
    )
    for (const s of i.stale.slice(0, 50))
      lines.push(`- \`${s.ruleId}\` in \`${s.path}\` (sha256:${s.hash.slice(0, 12)})`)
  }
  const text = lines.join('\n')
  // GitHub caps a check run summary at 65,535 characters; the findings list stays complete in the annotations and JSON.
  if (text.length <= SUMMARY_MAX) return text
  const cut = text.lastIndexOf('\n', SUMMARY_MAX - 200)
  return `${text.slice(0, cut)}\n\n… summary cut at ${SUMMARY_MAX.toLocaleString('en')} characters; every finding is in the annotations and the JSON report.`
}

const SUMMARY_MAX = 60_000
