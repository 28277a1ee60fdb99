import ignore from 'ignore'
import type { Finding } from '../op/report.ts'
import type { CompiledRules } from './compile-rules.ts'
import type { Fragment } from './scan-text.ts'
import type { Provenance } from './secret-finding.ts'
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
}

/** Counters a scan reports in `Report.data`. */
export interface ScanStats {
  fragments: number
  bytes: number
  skippedPaths: number
  ignoredByFile: number
  baselined: number
}

/**
 * One scan's state: rules, suppression and the findings so far. Modes (tree, diff, history)
 * feed it fragments; it never holds more than the findings themselves.
 */
export class ScanSession {
  readonly findings: Finding[] = []
  readonly stats: ScanStats = { fragments: 0, bytes: 0, skippedPaths: 0, ignoredByFile: 0, baselined: 0 }
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
    for (const c of scanText(fragment, this.#o.compiled)) {
      const f = toSecretFinding(c, fragment.path, provenance)
      const hash = secretHash(c.secret)
      if (this.#o.ignoreList && isIgnored(this.#o.ignoreList, f.fingerprint ?? '', hash)) {
        this.stats.ignoredByFile++
        continue
      }
      if (this.#o.baseline?.has(f.ruleId, hash)) {
        this.stats.baselined++
        continue
      }
      if (this.#o.firstOccurrenceOnly) {
        if (this.#seen.has(f.fingerprint ?? '')) continue
        this.#seen.add(f.fingerprint ?? '')
      }
      this.findings.push(f)
    }
  }
}
