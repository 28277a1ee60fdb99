import { pythonKey } from './python-key.ts'
import type { PyDictEntry, PyValue } from './python-value.ts'

/** Thrown inside the fast path when the source leaves the subset it handles; never escapes it. */
class LeaveFastPath {}
const LEAVE = new LeaveFastPath()

// Character codes the scanner compares against.
const TAB = 9
const NL = 10
const SPACE = 32
const HASH = 35
const DQUOTE = 34
const SQUOTE = 39
const LPAREN = 40
const RPAREN = 41
const COMMA = 44
const ZERO = 48
const NINE = 57
const COLON = 58
const LBRACKET = 91
const BACKSLASH = 92
const RBRACKET = 93
const LBRACE = 123
const RBRACE = 125
/** Same bound as the tokenizer: the fast path leaves before it, the full parser reports it. */
const MAX_NESTING = 200
/** Tokens the full parser may count that this scanner does not (the newlines around the literal). */
const TOKEN_MARGIN = 8
const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
}

/**
 * The same value `parsePythonLiteral` returns, in one pass over the characters with no token
 * list, for the subset real manifests are written in: dicts, lists, tuples, str literals
 * (any quotes, `r`/`u` prefixes, implicit concatenation, the common escapes), decimal ints,
 * True/False/None and comments. On anything else (another construct, any error, a bound
 * reached) it returns undefined and the full parser decides, so errors and their positions
 * come from one place only.
 */
export function parseLiteralFast(source: string, maxTokens: number): PyValue | undefined {
  // Carriage returns and NUL bytes have rules of their own (newline translation, a ValueError).
  if (source.includes('\r') || source.includes('\0')) return undefined
  try {
    return new FastParser(source, maxTokens - TOKEN_MARGIN).parseFile()
  } catch (error) {
    if (error === LEAVE) return undefined
    throw error
  }
}

class FastParser {
  readonly #src: string
  readonly #maxTokens: number
  #i = 0
  #line = 1
  #lineStart = 0
  #depth = 0
  #tokens = 0

  constructor(src: string, maxTokens: number) {
    this.#src = src
    this.#maxTokens = maxTokens
  }

  parseFile(): PyValue {
    const src = this.#src
    // literal_eval strips leading spaces and tabs; after that, any indented line before the value is an error.
    while (this.#i < src.length && (src.charCodeAt(this.#i) === SPACE || src.charCodeAt(this.#i) === TAB)) this.#i++
    for (;;) {
      const c = src.charCodeAt(this.#i)
      if (c === NL) this.#newline()
      else if (c === HASH) this.#skipComment()
      else if (c === SPACE || c === TAB) {
        const start = this.#i
        while (src.charCodeAt(this.#i) === SPACE || src.charCodeAt(this.#i) === TAB) this.#i++
        const next = src.charCodeAt(this.#i)
        if (next !== NL && next !== HASH && this.#i < src.length && start === this.#lineStart) throw LEAVE
      } else break
    }
    if (this.#i >= src.length) throw LEAVE
    const value = this.#value()
    // Only blanks, comments and newlines may follow (a comma would make a tuple: the full parser handles it).
    while (this.#i < src.length) {
      const c = src.charCodeAt(this.#i)
      if (c === SPACE || c === TAB) this.#i++
      else if (c === NL) this.#newline()
      else if (c === HASH) this.#skipComment()
      else throw LEAVE
    }
    return value
  }

  #newline(): void {
    this.#i++
    this.#line++
    this.#lineStart = this.#i
  }

  #skipComment(): void {
    const nl = this.#src.indexOf('\n', this.#i)
    this.#i = nl < 0 ? this.#src.length : nl
  }

  /** Skips blanks, newlines and comments inside brackets. */
  #blank(): number {
    const src = this.#src
    for (;;) {
      const c = src.charCodeAt(this.#i)
      if (c === SPACE || c === TAB) this.#i++
      else if (c === NL) this.#newline()
      else if (c === HASH) this.#skipComment()
      else return c
    }
  }

  #count(): void {
    if (++this.#tokens > this.#maxTokens) throw LEAVE
  }

  #value(): PyValue {
    const src = this.#src
    const c = src.charCodeAt(this.#i)
    const line = this.#line
    const column = this.#i - this.#lineStart + 1
    if (c === DQUOTE || c === SQUOTE) return { kind: 'str', value: this.#strings(), line, column }
    if (c === LBRACE) return this.#dict(line, column)
    if (c === LBRACKET) return { kind: 'list', items: this.#items(RBRACKET), line, column }
    if (c === LPAREN) return this.#parens(line, column)
    if (c >= ZERO && c <= NINE) return this.#int(line, column)
    const word = /^[A-Za-z_]\w*/.exec(src.slice(this.#i, this.#i + 16))?.[0]
    if (word === 'True' || word === 'False' || word === 'None') {
      const after = src.charCodeAt(this.#i + word.length)
      // `Truex` or `True"..."` is something else; a non-ASCII letter could continue the name.
      if (after > 127 || after === DQUOTE || after === SQUOTE) throw LEAVE
      this.#count()
      this.#i += word.length
      return word === 'None' ? { kind: 'none', line, column } : { kind: 'bool', value: word === 'True', line, column }
    }
    if ((word === 'r' || word === 'u' || word === 'R' || word === 'U') && this.#isQuote(this.#i + 1))
      return { kind: 'str', value: this.#strings(), line, column }
    throw LEAVE
  }

  #isQuote(at: number): boolean {
    const c = this.#src.charCodeAt(at)
    return c === DQUOTE || c === SQUOTE
  }

  #open(): void {
    if (++this.#depth > MAX_NESTING) throw LEAVE
    this.#count()
    this.#i++
  }

  /** `[`/`(` and comma-separated values up to `close`, a trailing comma allowed. */
  #items(close: number): PyValue[] {
    this.#open()
    return this.#rest(close, [])
  }

  /** The values after an open bracket (or after the first item and its comma) up to `close`. */
  #rest(close: number, items: PyValue[]): PyValue[] {
    for (;;) {
      if (this.#blank() === close) break
      items.push(this.#value())
      const c = this.#blank()
      if (c === COMMA) {
        this.#count()
        this.#i++
      } else if (c !== close) throw LEAVE
    }
    this.#count()
    this.#i++
    this.#depth--
    return items
  }

  /** `()` is an empty tuple, `(x)` is x itself, `(x,)` and `(x, y)` are tuples. */
  #parens(line: number, column: number): PyValue {
    this.#open()
    if (this.#blank() === RPAREN) {
      this.#count()
      this.#i++
      this.#depth--
      return { kind: 'tuple', items: [], line, column }
    }
    const first = this.#value()
    const c = this.#blank()
    if (c === RPAREN) {
      this.#count()
      this.#i++
      this.#depth--
      return first
    }
    if (c !== COMMA) throw LEAVE
    this.#count()
    this.#i++
    return { kind: 'tuple', items: this.#rest(RPAREN, [first]), line, column }
  }

  #dict(line: number, column: number): PyValue {
    this.#open()
    const entries: PyDictEntry[] = []
    // Python keeps the first key (and its position) and the last value of a repeated key.
    let index: Map<string, number> | undefined
    for (;;) {
      if (this.#blank() === RBRACE) break
      const key = this.#value()
      if (key.kind === 'list' || key.kind === 'dict' || key.kind === 'tuple' || key.kind === 'set') throw LEAVE
      const afterKey = this.#blank()
      if (entries.length === 0 && (afterKey === COMMA || afterKey === RBRACE)) return this.#set(key, line, column)
      if (afterKey !== COLON) throw LEAVE
      this.#count()
      this.#i++
      this.#blank()
      const value = this.#value()
      index ??= new Map()
      const k = pythonKey(key)
      const at = index.get(k)
      if (at === undefined) {
        index.set(k, entries.length)
        entries.push({ key, value })
      } else {
        const kept = entries[at]
        if (kept) entries[at] = { key: kept.key, value }
      }
      const c = this.#blank()
      if (c === COMMA) {
        this.#count()
        this.#i++
      } else if (c !== RBRACE) throw LEAVE
    }
    this.#count()
    this.#i++
    this.#depth--
    return { kind: 'dict', entries, line, column }
  }

  /** `{a, b}` after its first item: a set, whose repeated items keep their first occurrence. */
  #set(first: PyValue, line: number, column: number): PyValue {
    if (this.#blank() === COMMA) {
      this.#count()
      this.#i++
    }
    const items = this.#rest(RBRACE, [first])
    const seen = new Set<string>()
    const unique: PyValue[] = []
    for (const item of items) {
      if (item.kind === 'list' || item.kind === 'dict' || item.kind === 'tuple' || item.kind === 'set') throw LEAVE
      const k = pythonKey(item)
      if (!seen.has(k)) {
        seen.add(k)
        unique.push(item)
      }
    }
    return { kind: 'set', items: unique, line, column }
  }

  #int(line: number, column: number): PyValue {
    const src = this.#src
    const start = this.#i
    let end = start
    while (end < src.length && src.charCodeAt(end) >= ZERO && src.charCodeAt(end) <= NINE) end++
    const after = src.charCodeAt(end)
    // Floats, other bases, underscores, imaginary numbers, leading zeros: the full parser's.
    if (/[\w.]/.test(src[end] ?? '') || after > 127 || (end - start > 1 && src.charCodeAt(start) === ZERO)) throw LEAVE
    this.#count()
    this.#i = end
    return { kind: 'int', value: BigInt(src.slice(start, end)), line, column }
  }

  /** One or more adjacent string literals (implicit concatenation), decoded and joined. */
  #strings(): string {
    let text = this.#string()
    for (;;) {
      // Inside brackets pieces may be on other lines; at the top level a newline ends the statement.
      const save = this.#i
      const c = this.#depth > 0 ? this.#blank() : this.#spaces()
      const prefixed = (c === 114 || c === 117 || c === 82 || c === 85) && this.#isQuote(this.#i + 1)
      if (c !== DQUOTE && c !== SQUOTE && !prefixed) {
        if (this.#depth === 0) this.#i = save
        return text
      }
      text += this.#string()
    }
  }

  #spaces(): number {
    const src = this.#src
    while (src.charCodeAt(this.#i) === SPACE || src.charCodeAt(this.#i) === TAB) this.#i++
    return src.charCodeAt(this.#i)
  }

  #string(): string {
    const src = this.#src
    let raw = false
    let c = src.charCodeAt(this.#i)
    if (c !== DQUOTE && c !== SQUOTE) {
      raw = c === 114 || c === 82
      this.#i++
      c = src.charCodeAt(this.#i)
    }
    this.#count()
    const quote = c
    const triple = src.charCodeAt(this.#i + 1) === quote && src.charCodeAt(this.#i + 2) === quote
    const start = this.#i + (triple ? 3 : 1)
    let j = start
    let escaped = false
    for (;;) {
      if (j >= src.length) throw LEAVE
      const ch = src.charCodeAt(j)
      if (ch === BACKSLASH) {
        escaped = true
        if (src.charCodeAt(j + 1) === NL) {
          this.#line++
          this.#lineStart = j + 2
        }
        j += 2
        continue
      }
      if (ch === NL) {
        if (!triple) throw LEAVE
        this.#line++
        this.#lineStart = j + 1
      } else if (ch === quote && (!triple || (src.charCodeAt(j + 1) === quote && src.charCodeAt(j + 2) === quote)))
        break
      j++
    }
    this.#i = j + (triple ? 3 : 1)
    const body = src.slice(start, j)
    return escaped && !raw ? decodeSimpleEscapes(body) : body
  }
}

/** The escapes of SIMPLE_ESCAPES; any other (`\x`, `\u`, `\N`, octal, unknown) is the full parser's. */
function decodeSimpleEscapes(body: string): string {
  let out = ''
  let from = 0
  for (let i = body.indexOf('\\'); i >= 0; i = body.indexOf('\\', from)) {
    const replacement = SIMPLE_ESCAPES[body[i + 1] ?? '']
    if (replacement === undefined) throw LEAVE
    out += body.slice(from, i) + replacement
    from = i + 2
  }
  return out + body.slice(from)
}
