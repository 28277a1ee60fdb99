import ignore from 'ignore'
import type { Finding } from '../op/report.ts'
import type { CompiledRules } from './compile-rules.ts'
import type { Fragment } from './scan-text.ts'
import type { Provenance } from './secret-finding.ts'
import type { SecretSeverity } from './rule.ts'
import type { IgnoreList } from './ignore-list.ts'
import type { BaselineMatcher } from './baseline.ts'
import { scanText } from './scan-text.ts'
import { toSecretFinding } from './secret-finding.ts'
import { secretHash } from './secret-digest.ts'
import { isIgnored } from './ignore-list.ts'

export interface ScanSessionOptions {
  compiled: CompiledRules
  /** gitignore-style patterns of paths never scanned (the config's allowlist). */
  allowPaths?: readonly string[]
  ignoreList?: IgnoreList
  baseline?: BaselineMatcher
  /** History mode: report each secret once, at the commit that introduced it. */
  firstOccurrenceOnly?: boolean
  /** Polled inside the scan loop; true stops the scan with ScanAbortedError. */
  shouldStop?: () => boolean
  /**
   * Whether an inline `oda:allow` suppresses a finding. `report`: every scanned line is the
   * change's own (PR mode), so an allow on it was written by the change itself and does not
   * hide its own leak; the finding is reported and the allow named in its message.
   */
  inlineAllow?: 'honour' | 'report'
}

/** One suppressed finding, as listed in the summary (never the value). */
export interface SuppressedFinding {
  ruleId: string
  path: string
  line: number
  reason: 'inline-allow' | 'ignore-file' | 'baseline'
}

/** Suppressed findings listed by name; all are counted. */
const SUPPRESSED_LISTED = 50

/** Findings kept per file and per rule; the rest are counted, never silently dropped. */
export const FINDING_CAPS = { perFile: 100, perRule: 1000 } as const

/** Findings past the caps: counted by rule and by file, and by severity when they would fail. */
export interface NotShown {
  total: number
  byRule: Record<string, number>
  byFile: Record<string, number>
  /** Of those, how many are not low-confidence, per severity (they still decide the conclusion). */
  bySeverity: Record<SecretSeverity, number>
}

/** Counters a scan reports in `Report.data`. */
export interface ScanStats {
  fragments: number
  bytes: number
  skippedPaths: number
  ignoredByFile: number
  baselined: number
  /** Findings suppressed by an inline `oda:allow`. */
  inlineAllowed: number
  /** Findings whose inline allow was written by the change itself, so they were reported anyway. */
  inlineAllowOverridden: number
  /** The first suppressed findings (inline, ignore file, baseline), for the summary. */
  suppressed: SuppressedFinding[]
  notShown: NotShown
}

/**
 * One scan's state: rules, suppression and the findings so far. Modes (tree, diff, history)
 * feed it fragments; it never holds more than the findings themselves.
 */
export class ScanSession {
  readonly findings: Finding[] = []
  readonly stats: ScanStats = {
    fragments: 0,
    bytes: 0,
    skippedPaths: 0,
    ignoredByFile: 0,
    baselined: 0,
    inlineAllowed: 0,
    inlineAllowOverridden: 0,
    suppressed: [],
    notShown: { total: 0, byRule: {}, byFile: {}, bySeverity: { high: 0, medium: 0, low: 0 } },
  }
  readonly #perFile = new Map<string, number>()
  readonly #perRule = new Map<string, number>()
  readonly #o: ScanSessionOptions
  readonly #allow: ReturnType<typeof ignore> | undefined
  readonly #seen = new Set<string>()

  constructor(o: ScanSessionOptions) {
    this.#o = o
    this.#allow = o.allowPaths && o.allowPaths.length > 0 ? ignore().add([...o.allowPaths]) : undefined
  }

  /** True when the config's allowlist excludes `path` from scanning. */
  isAllowedPath(path: string): boolean {
    return this.#allow?.ignores(path) ?? false
  }

  /** Scans one fragment and records its findings, minus the suppressed ones. */
  scan(fragment: Fragment, provenance?: Provenance): void {
    if (this.isAllowedPath(fragment.path)) {
      this.stats.skippedPaths++
      return
    }
    this.stats.fragments++
    this.stats.bytes += fragment.text.length
    for (const c of scanText(fragment, this.#o.compiled, this.#o.shouldStop)) {
      let f = toSecretFinding(c, fragment.path, provenance)
      const hash = secretHash(c.secret)
      if (this.#o.ignoreList && isIgnored(this.#o.ignoreList, f.fingerprint ?? '', hash)) {
        this.stats.ignoredByFile++
        this.#suppress(f, 'ignore-file')
        continue
      }
      if (this.#o.baseline?.has(f.ruleId, hash)) {
        this.stats.baselined++
        this.#suppress(f, 'baseline')
        continue
      }
      if (c.inlineAllowed) {
        if ((this.#o.inlineAllow ?? 'honour') === 'honour') {
          this.stats.inlineAllowed++
          this.#suppress(f, 'inline-allow')
          continue
        }
        this.stats.inlineAllowOverridden++
        f = {
          ...f,
          message: `${f.message} The oda:allow on this line is part of the change itself, so it does not suppress the change's own finding; allow it in the base branch's ignore file once reviewed.`,
        }
      }
      if (this.#o.firstOccurrenceOnly) {
        if (this.#seen.has(f.fingerprint ?? '')) continue
        this.#seen.add(f.fingerprint ?? '')
      }
      this.#keep(f, c.rule.severity)
    }
  }

  #suppress(f: Finding, reason: SuppressedFinding['reason']): void {
    if (this.stats.suppressed.length < SUPPRESSED_LISTED)
      this.stats.suppressed.push({ ruleId: f.ruleId, path: f.path, line: f.line ?? 0, reason })
  }

  /** Keeps a finding unless its file or rule is at its cap; then it is only counted. */
  #keep(f: Finding, severity: SecretSeverity): void {
    const inFile = this.#perFile.get(f.path) ?? 0
    const inRule = this.#perRule.get(f.ruleId) ?? 0
    if (inFile < FINDING_CAPS.perFile && inRule < FINDING_CAPS.perRule) {
      this.#perFile.set(f.path, inFile + 1)
      this.#perRule.set(f.ruleId, inRule + 1)
      this.findings.push(f)
      return
    }
    const ns = this.stats.notShown
    ns.total++
    ns.byRule[f.ruleId] = (ns.byRule[f.ruleId] ?? 0) + 1
    ns.byFile[f.path] = (ns.byFile[f.path] ?? 0) + 1
    if (f.properties?.confidence !== 'low') ns.bySeverity[severity]++
  }
}
