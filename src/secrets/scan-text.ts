import type { CompiledRules } from './compile-rules.ts'
import type { SecretRule, Validation } from './rule.ts'
import { shannonEntropy } from './entropy.ts'
import { isPlaceholder } from './placeholder.ts'

/** A piece of text to scan: a whole file, or the added lines of one file in a diff. */
export interface Fragment {
  /** Repository-relative path with forward slashes. */
  path: string
  text: string
  /** Real 1-based line number of each line of `text` (diff hunks); absent means line i is i + 1. */
  lineNumbers?: readonly number[]
}

/** A rule match that passed every filter, before suppression and reporting. */
export interface Candidate {
  rule: SecretRule
  secret: string
  line: number
  endLine: number
  column: number
  validation: Validation
}

const INLINE_ALLOW = /\b(?:oda|gitleaks):allow\b/

/** Scans one fragment with the compiled rules; only rules whose keyword occurs on a line run there. */
export function scanText(fragment: Fragment, compiled: CompiledRules): Candidate[] {
  const { text, path } = fragment
  const { rules, rulesByKeyword, regexes } = compiled
  const lastLineOfRule = new Int32Array(rules.length).fill(-1)
  const jobs: { rule: number; line: number; lineStart: number }[] = []
  compiled.matcher.scan(text, (kw, _end, line, lineStart) => {
    for (const ri of rulesByKeyword[kw]!) {
      if (lastLineOfRule[ri] === line) continue
      lastLineOfRule[ri] = line
      jobs.push({ rule: ri, line, lineStart })
    }
  })
  if (jobs.length === 0) return []
  const out: Candidate[] = []
  const seen = new Set<string>()
  const realLine = (i: number): number => fragment.lineNumbers?.[i] ?? i + 1
  const pathOk = new Map<number, boolean>()
  // Whether a line carries oda:allow, tested once per line however many matches it holds.
  const allowCache = new Map<number, boolean>()
  const lineAllowed = (start: number): boolean => {
    let v = allowCache.get(start)
    if (v === undefined) allowCache.set(start, (v = INLINE_ALLOW.test(text.slice(start, endOfLine(text, start)))))
    return v
  }
  for (const job of jobs) {
    const rule = rules[job.rule]!
    if (rule.paths) {
      let ok = pathOk.get(job.rule)
      if (ok === undefined) pathOk.set(job.rule, (ok = rule.paths.test(path)))
      if (!ok) continue
    }
    const lineEnd = endOfLine(text, job.lineStart)
    // Multi-line rules start on the keyword's line and may run past it, up to their span.
    const windowEnd = rule.multiline ? Math.min(text.length, job.lineStart + rule.multiline) : lineEnd
    const window = text.slice(job.lineStart, windowEnd)
    const re = regexes[job.rule]!
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      if (rule.multiline && m.index > lineEnd - job.lineStart) break
      const candidate = accept(rule, m, path, job.lineStart, text, lineAllowed)
      if (!candidate) continue
      const offset = job.lineStart + m.index
      const key = `${rule.id}:${offset}`
      if (seen.has(key)) continue
      seen.add(key)
      const extraLines = countNewlines(m[0])
      out.push({
        rule,
        secret: candidate.secret,
        line: realLine(job.line),
        endLine: realLine(job.line + extraLines),
        column: m.index + 1,
        validation: candidate.validation,
      })
    }
  }
  return dropShadowedGeneric(out)
}

/** The generic rule yields to any specific rule that found the same value on the same line. */
function dropShadowedGeneric(found: Candidate[]): Candidate[] {
  const specificByLine = new Map<number, Candidate[]>()
  for (const c of found) {
    if (c.rule.id === 'generic-api-key') continue
    const list = specificByLine.get(c.line)
    if (list) list.push(c)
    else specificByLine.set(c.line, [c])
  }
  if (specificByLine.size === 0) return found
  return found.filter(
    (c) =>
      c.rule.id !== 'generic-api-key' ||
      !(specificByLine.get(c.line) ?? []).some((s) => s.secret.includes(c.secret) || c.secret.includes(s.secret)),
  )
}

function accept(
  rule: SecretRule,
  m: RegExpExecArray,
  path: string,
  lineStart: number,
  text: string,
  lineAllowed: (start: number) => boolean,
): { secret: string; validation: Validation } | undefined {
  const secret = m[rule.secretGroup] ?? ''
  if (secret.length === 0) return undefined
  if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return undefined
  if (!rule.noPlaceholderCheck && isPlaceholder(secret)) return undefined
  if (lineAllowed(lineStart)) return undefined
  if (rule.reject?.(m, text.slice(lineStart, endOfLine(text, lineStart)), path)) return undefined
  if (rule.multiline) {
    const endAt = lineStart + m.index + m[0].length
    if (lineAllowed(text.lastIndexOf('\n', endAt - 1) + 1)) return undefined
  }
  return { secret, validation: rule.validate?.(secret) ?? 'unchecked' }
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from)
  return nl < 0 ? text.length : nl
}

function countNewlines(s: string): number {
  let n = 0
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++
  return n
}
