/** Text that replaces a masked value. */
export const MASK = '***'

/** A pattern whose matches (or one capture group of them) are masked. */
export interface RedactionPattern {
  id: string
  regex: RegExp
  /** Capture group holding the secret; 0 masks the whole match. */
  group?: number
}

/**
 * The one redaction layer. Every log line, finding message, summary, comment and evidence
 * file passes through `redact` before it leaves the process. It masks exact secret values
 * (from configured env names and secret inputs) and anything a registered pattern matches.
 */
export class Redactor {
  readonly #values = new Set<string>()
  readonly #patterns: RedactionPattern[] = []
  #valueRegex: RegExp | undefined

  constructor(options: { values?: Iterable<string>; patterns?: Iterable<RedactionPattern> } = {}) {
    for (const v of options.values ?? []) this.addValue(v)
    for (const p of options.patterns ?? []) this.addPattern(p)
  }

  /** Masks `value` wherever it appears. Values shorter than 4 characters are ignored: masking "a" would destroy every text. */
  addValue(value: string | undefined): void {
    if (value === undefined || value.length < 4 || this.#values.has(value)) return
    this.#values.add(value)
    // Multi-line secrets (keys) are also masked line by line, because tools print them split.
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= 8 && line !== value) this.#values.add(line.trim())
    this.#valueRegex = undefined
  }

  /** Registers a pattern; its `regex` must be global (`g`). */
  addPattern(pattern: RedactionPattern): void {
    const flags = pattern.regex.flags.includes('g') ? pattern.regex.flags : pattern.regex.flags + 'g'
    this.#patterns.push({ ...pattern, regex: new RegExp(pattern.regex.source, flags) })
  }

  /** Number of exact values known (for tests and diagnostics; never the values). */
  get size(): number {
    return this.#values.size
  }

  /** Returns `text` with every known secret masked. */
  redact(text: string): string {
    if (text.length === 0) return text
    let out = text
    if (this.#values.size > 0) {
      // Longest first so a value that contains another is masked whole.
      this.#valueRegex ??= new RegExp(
        [...this.#values]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegex)
          .join('|'),
        'g',
      )
      out = out.replace(this.#valueRegex, MASK)
    }
    for (const p of this.#patterns) {
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

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
