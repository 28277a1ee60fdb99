import type { CompiledRules, RuleMatcher } from './compile-rules.ts'
import type { SecretRule, Validation } from './rule.ts'
import { shannonEntropy } from './entropy.ts'
import { isPlaceholder } from './placeholder.ts'

/** A piece of text to scan: a whole file, or the added lines of one file in a diff. */
export interface Fragment {
  /** Repository-relative path with forward slashes. */
  path: string
  text: string
  /** Real 1-based line number of each line of `text` (diff hunks); absent means line i is `firstLine` + i. */
  lineNumbers?: readonly number[]
  /** Line number of the first line when `lineNumbers` is absent (a chunk of a streamed file); default 1. */
  firstLine?: number
  /**
   * Lines before this index were scanned with the previous chunk and are here only as
   * context: a candidate lying wholly within them is not reported again.
   */
  freshFrom?: number
}

/** A rule match that passed every filter, before suppression and reporting. */
export interface Candidate {
  rule: SecretRule
  secret: string
  line: number
  endLine: number
  column: number
  validation: Validation
  /** The line carries an inline `oda:allow` (or `gitleaks:allow`): the session decides whether it counts. */
  inlineAllowed?: boolean
}

const INLINE_ALLOW = /\b(?:oda|gitleaks):allow\b/

/** Thrown inside a scan when its `shouldStop` check says the scan was cancelled. */
export class ScanAbortedError extends Error {
  override name = 'ScanAbortedError'
}

/** How often (in regex jobs) a scan asks whether it should stop. */
const STOP_CHECK_EVERY = 256

/**
 * Scans one fragment with the compiled rules; only rules whose keyword occurs on a line run
 * there. `shouldStop` is polled every few hundred regex jobs (a scan on a worker thread
 * cannot see abort messages while it computes), and a true answer throws ScanAbortedError.
 */
export function scanText(fragment: Fragment, compiled: CompiledRules, shouldStop?: () => boolean): Candidate[] {
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
  // File rules run on every line of the files they are for (a few small credential files).
  for (const ri of compiled.fileRules) {
    if (!rules[ri]!.paths!.test(path)) continue
    for (let line = 0, start = 0; start <= text.length; line++) {
      const nl = text.indexOf('\n', start)
      jobs.push({ rule: ri, line, lineStart: start })
      if (nl < 0) break
      start = nl + 1
    }
  }
  if (jobs.length === 0) return []
  const out: Candidate[] = []
  const seen = new Set<string>()
  const firstLine = fragment.firstLine ?? 1
  const freshFrom = fragment.freshFrom ?? 0
  const realLine = (i: number): number => fragment.lineNumbers?.[i] ?? firstLine + i
  const pathOk = new Map<number, boolean>()
  // Whether a line carries oda:allow, tested once per line however many matches it holds.
  const allowCache = new Map<number, boolean>()
  const lineAllowed = (start: number): boolean => {
    let v = allowCache.get(start)
    if (v === undefined) allowCache.set(start, (v = INLINE_ALLOW.test(text.slice(start, endOfLine(text, start)))))
    return v
  }
  const cursors = new Map<number, BlockCursors>()
  const fileOk = new Map<number, boolean>()
  for (let ji = 0; ji < jobs.length; ji++) {
    if (shouldStop && ji % STOP_CHECK_EVERY === 0 && shouldStop()) throw new ScanAbortedError('scan cancelled')
    const job = jobs[ji]!
    const rule = rules[job.rule]!
    if (rule.paths) {
      let ok = pathOk.get(job.rule)
      if (ok === undefined) pathOk.set(job.rule, (ok = rule.paths.test(path)))
      if (!ok) continue
    }
    const lineEnd = endOfLine(text, job.lineStart)
    if (rule.fileMatches) {
      let ok = fileOk.get(job.rule)
      if (ok === undefined) fileOk.set(job.rule, (ok = rule.fileMatches.test(text)))
      if (!ok) continue
    }
    if (rule.block) {
      let c = cursors.get(job.rule)
      if (!c) cursors.set(job.rule, (c = { open: -1, end: -1 }))
      const found = matchBlock({ rule, text, lineStart: job.lineStart, lineEnd, re: regexes[job.rule]!, cursors: c })
      // Offsets ascend, so newlines are counted once from the block's start to its last secret.
      let counted = found[0]?.start ?? 0
      let lineOf = job.line
      for (const f of found) {
        const at = f.start + f.offset
        lineOf += countNewlines(text.slice(counted, at))
        counted = at
        const startOfLine = text.lastIndexOf('\n', at - 1) + 1
        const endAt = at + f.secret.length
        const allowed = lineAllowed(startOfLine) || lineAllowed(text.lastIndexOf('\n', endAt - 1) + 1)
        const key = `${rule.id}:${at}`
        if (seen.has(key) || lineOf + countNewlines(f.secret) < freshFrom) continue
        seen.add(key)
        out.push({
          rule,
          secret: f.secret,
          line: realLine(lineOf),
          endLine: realLine(lineOf + countNewlines(f.secret)),
          column: at - startOfLine + 1,
          validation: rule.validate?.(f.secret) ?? 'unchecked',
          ...(allowed ? { inlineAllowed: true } : {}),
        })
      }
      continue
    }
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
      if (job.line + extraLines < freshFrom) continue
      // A match spanning lines (a name on one line, its value on the next) is reported where its secret starts.
      const lead = rule.multiline && rule.secretGroup !== 0 ? m[0].slice(0, m[0].lastIndexOf(candidate.secret)) : ''
      const leadLines = countNewlines(lead)
      out.push({
        rule,
        secret: candidate.secret,
        line: realLine(job.line + leadLines),
        endLine: realLine(job.line + extraLines),
        column: leadLines > 0 ? lead.length - lead.lastIndexOf('\n') : m.index + 1,
        validation: candidate.validation,
        ...(candidate.allowed ? { inlineAllowed: true } : {}),
      })
    }
  }
  return dropDuplicates(dropShadowedGeneric(out), rules)
}

/**
 * One finding per value and line: when two specific rules report the same value on the same
 * line (`PGPASSWORD=…` is both a command-line password and an Odoo setting), the rule listed
 * first keeps it.
 */
function dropDuplicates(found: Candidate[], rules: readonly SecretRule[]): Candidate[] {
  if (found.length < 2) return found
  const order = new Map(rules.map((r, i) => [r, i]))
  const first = new Map<string, number>()
  for (const c of found) {
    const key = `${c.line}\0${c.secret}`
    const i = order.get(c.rule)!
    if ((first.get(key) ?? Infinity) > i) first.set(key, i)
  }
  return found.filter((c) => first.get(`${c.line}\0${c.secret}`) === order.get(c.rule))
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
): { secret: string; validation: Validation; allowed: boolean } | undefined {
  const secret = m[rule.secretGroup] ?? ''
  if (secret.length === 0) return undefined
  if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return undefined
  if (!rule.noPlaceholderCheck && isPlaceholder(secret)) return undefined
  if (rule.reject?.(m, text.slice(lineStart, endOfLine(text, lineStart)), path)) return undefined
  if (inAssetName(text, lineStart + m.index + m[0].length)) return undefined
  let allowed = lineAllowed(lineStart)
  if (!allowed && rule.multiline) {
    const endAt = lineStart + m.index + m[0].length
    allowed = lineAllowed(text.lastIndexOf('\n', endAt - 1) + 1)
  }
  return { secret, validation: rule.validate?.(secret) ?? 'unchecked', allowed }
}

/** File extensions of built assets, whose names carry content hashes (`logo.ico-7a388b…png`, `app.3f9c…js`). */
const ASSET_EXTENSION =
  /^\.(?:png|jpe?g|gif|svg|ico|webp|avif|bmp|css|js|mjs|cjs|map|woff2?|ttf|otf|eot|html?|mp4|webm|mp3|wasm)(?![\w-])/i

/** True when the match ending at `end` runs into an asset file's extension: a hash in a file name, not a secret. */
function inAssetName(text: string, end: number): boolean {
  return text.charCodeAt(end) === 46 && ASSET_EXTENSION.test(text.slice(end, end + 8))
}

/** Forward-only positions of the next opening and end markers of a block rule. */
interface BlockCursors {
  open: number
  end: number
}

/**
 * The secrets of the block opening on this line. The next end marker and the next opening
 * after this one are remembered, so consecutive opening lines share one search instead of
 * each scanning up to `maxChars` ahead; blocks never overlap, so extraction is linear too.
 */
function matchBlock(b: {
  rule: SecretRule
  text: string
  lineStart: number
  lineEnd: number
  re: RuleMatcher
  cursors: BlockCursors
}): { start: number; offset: number; secret: string }[] {
  const block = b.rule.block!
  const line = b.text.slice(b.lineStart, b.lineEnd)
  b.re.lastIndex = 0
  const m = b.re.exec(line)
  if (!m || b.rule.reject?.(m, line, '')) return []
  const start = b.lineStart + m.index
  const after = start + m[0].length
  if (b.cursors.open < after) {
    const at = b.text.indexOf(block.open, after)
    b.cursors.open = at < 0 ? Infinity : at
  }
  let stop: number
  if (block.end) {
    if (b.cursors.end < after) {
      const at = b.text.indexOf(block.end.marker, after)
      b.cursors.end = at < 0 ? Infinity : at
    }
    const endAt = b.cursors.end
    // Another opening before the end marker: this one is a truncated or documentation block.
    if (endAt === Infinity || b.cursors.open < endAt || endAt - start > block.maxChars) return []
    const close = b.text.indexOf(block.end.close, endAt + block.end.marker.length)
    if (close < 0 || close - endAt > 200) return []
    stop = close + block.end.close.length
  } else {
    stop = Math.min(b.cursors.open, start + block.maxChars, b.text.length)
  }
  return block
    .extract(b.text.slice(start, stop))
    .map((f) => ({ start, offset: f.offset, secret: f.secret }))
    .sort((x, y) => x.offset - y.offset)
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
