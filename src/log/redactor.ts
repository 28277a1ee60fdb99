import { KeywordMatcher } from './keyword-matcher.ts'
import { ValueMatcher } from './value-matcher.ts'
import { valueVariants } from './value-variants.ts'

/** Text that replaces a masked value. */
export const MASK = '***'

/** A pattern whose matches (or one capture group of them) are masked. */
export interface RedactionPattern {
  id: string
  regex: RegExp
  /** Capture group holding the secret; 0 masks the whole match. */
  group?: number
  /**
   * Lowercase literals of which one occurs in every match (the scanner's keywords). A text
   * with none of them skips the pattern; a pattern without keywords runs on every text.
   */
  keywords?: readonly string[]
}

/**
 * The one redaction layer. Every log line, finding message, summary, comment and evidence
 * file passes through `redact` before it leaves the process. It masks exact secret values
 * (from configured env names and secret inputs) and anything a registered pattern matches.
 */
export class Redactor {
  readonly #values = new Set<string>()
  readonly #patterns: RedactionPattern[] = []
  #matcher: ValueMatcher | undefined
  #gate: PatternGate | undefined

  constructor(options: { values?: Iterable<string>; patterns?: Iterable<RedactionPattern> } = {}) {
    for (const v of options.values ?? []) this.addValue(v)
    for (const p of options.patterns ?? []) this.addPattern(p)
  }

  /**
   * Masks `value` wherever it appears, and its base64, URL-encoded and partial copies (see
   * valueVariants). Values shorter than 4 characters are ignored: masking "a" would destroy
   * every text.
   */
  addValue(value: string | undefined): void {
    if (value === undefined || value.length < 4 || this.#values.has(value)) return
    this.#values.add(value)
    const more = valueVariants(value)
    // Multi-line secrets (keys) are also masked line by line, because tools print them split.
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= 8 && line !== value) more.push(line.trim(), ...valueVariants(line.trim()))
    this.#matcher ??= new ValueMatcher()
    this.#matcher.add(value)
    for (const v of more) this.#matcher.add(v)
  }

  /** Registers a pattern; its `regex` must be global (`g`). */
  addPattern(pattern: RedactionPattern): void {
    const flags = pattern.regex.flags.includes('g') ? pattern.regex.flags : pattern.regex.flags + 'g'
    this.#patterns.push({ ...pattern, regex: new RegExp(pattern.regex.source, flags) })
    this.#gate = undefined
  }

  /** Number of exact values known (for tests and diagnostics; never the values). */
  get size(): number {
    return this.#values.size
  }

  /** Returns `text` with every known secret masked. */
  redact(text: string): string {
    if (text.length === 0) return text
    let out = text
    if (this.#matcher) {
      const spans = this.#matcher.spans(out)
      if (spans.length > 0) {
        let masked = ''
        let at = 0
        for (const [a, b] of spans) {
          masked += out.slice(at, a) + MASK
          at = b
        }
        out = masked + out.slice(at)
      }
    }
    if (this.#patterns.length === 0) return out
    // One pass of the keyword automaton decides which patterns can match at all.
    const gate = (this.#gate ??= gateFor(this.#patterns))
    const run = new Set(gate.always)
    gate.matcher.scan(out, (kw) => {
      for (const p of gate.patternsByKeyword[kw]!) run.add(p)
    })
    for (const index of [...run].sort((a, b) => a - b)) {
      const p = this.#patterns[index]!
      p.regex.lastIndex = 0
      out = out.replace(p.regex, (match: string, ...groups: unknown[]) => {
        const g = p.group ?? 0
        if (g === 0) return MASK
        const secret = groups[g - 1]
        return typeof secret === 'string' && secret.length > 0 ? match.replace(secret, MASK) : match
      })
    }
    return out
  }

  /** Deep-redacts every string inside a JSON-like value. */
  redactValue<T>(value: T): T {
    return redactDeep(value, (s) => this.redact(s)) as T
  }
}

function redactDeep(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value)
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, fn))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, fn)
    return out
  }
  return value
}

/** The keyword automaton over every pattern's keywords, and which patterns run regardless. */
interface PatternGate {
  matcher: KeywordMatcher
  patternsByKeyword: number[][]
  always: number[]
}

/**
 * Every run builds a Redactor over the same ~250 registry patterns; the automaton over their
 * keywords costs about 15 ms to build, so it is built once per distinct pattern list (the gate
 * holds indexes, which is why the whole list, in order, is the key).
 */
const gates = new Map<string, PatternGate>()
const MAX_GATES = 16

function gateFor(patterns: readonly RedactionPattern[]): PatternGate {
  const key = patterns.map((p) => `${p.id}\u0000${p.regex.source}\u0000${(p.keywords ?? []).join('\u0001')}`).join('\n')
  let gate = gates.get(key)
  if (!gate) {
    if (gates.size >= MAX_GATES) gates.delete(gates.keys().next().value!)
    gates.set(key, (gate = buildGate(patterns)))
  }
  return gate
}

function buildGate(patterns: readonly RedactionPattern[]): PatternGate {
  const ids = new Map<string, number>()
  const patternsByKeyword: number[][] = []
  const always: number[] = []
  patterns.forEach((p, index) => {
    if (!p.keywords || p.keywords.length === 0) return always.push(index)
    for (const kw of p.keywords) {
      let id = ids.get(kw)
      if (id === undefined) {
        ids.set(kw, (id = ids.size))
        patternsByKeyword.push([])
      }
      patternsByKeyword[id]!.push(index)
    }
  })
  return { matcher: new KeywordMatcher([...ids.keys()]), patternsByKeyword, always }
}
