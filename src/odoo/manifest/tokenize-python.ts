import { formatCount } from './count-of.ts'
import { LiteralSyntaxError } from './literal-syntax-error.ts'
import type { LiteralErrorKind } from './literal-syntax-error.ts'
import { SourcePositions } from './source-positions.ts'
import type { PositionLookup } from './source-positions.ts'

/** One token of Python source, with its start offset in the text. */
export type PyToken =
  | { type: 'string'; prefix: string; body: string; start: number; bodyStart: number }
  | { type: 'number'; text: string; start: number }
  | { type: 'name'; text: string; start: number }
  | { type: 'op'; text: string; start: number }
  | { type: 'newline'; start: number }
  | { type: 'end'; start: number }

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'])
// Longest first, so `**=` wins over `**` and `*`.
const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  ':=',
  '**',
  '//',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  ';',
  '.',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '&',
  '|',
  '^',
  '~',
  '<',
  '>',
  '=',
]
const OPERATORS_BY_FIRST = new Map<string, string[]>()
for (const op of OPERATORS) OPERATORS_BY_FIRST.set(op[0] ?? '', [...(OPERATORS_BY_FIRST.get(op[0] ?? '') ?? []), op])
const DIGITS = '[0-9](?:_?[0-9])*'
const EXPONENT = `[eE][+-]?${DIGITS}`
const NUMBER_RE = new RegExp(
  `0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+` +
    `|(?:(?:${DIGITS})?\\.${DIGITS}(?:${EXPONENT})?|${DIGITS}\\.(?:${EXPONENT})?|${DIGITS}${EXPONENT})[jJ]?` +
    `|${DIGITS}[jJ]?`,
  'y',
)
const ID_START = /[\p{ID_Start}_]/u
const ID_CONTINUE = /[\p{ID_Continue}\u00B7]/u
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u
/**
 * Most tokens one manifest may hold. Real manifests have a few hundred (the largest OCA ones about
 * 2,000); the 1 MiB size limit alone would still allow half a million values and their objects.
 */
export const MAX_MANIFEST_TOKENS = 100_000
const MAX_NESTING = 200

/**
 * Splits Python source (newlines already normalised to `\n`) into the tokens eval mode
 * cares about. Mirrors CPython's tokenizer for what a manifest can contain: blank lines
 * and comments vanish, newlines inside brackets are ignored, an indented first statement
 * line after a blank line is an IndentationError, strings keep their raw body for decoding.
 */
export function tokenizePython(
  text: string,
  positions: PositionLookup = new SourcePositions(text),
  maxTokens = MAX_MANIFEST_TOKENS,
): PyToken[] {
  const tokens: PyToken[] = []
  const fail = (offset: number, message: string, kind: LiteralErrorKind = 'syntax'): never => {
    throw new LiteralSyntaxError({ kind, message, ...positions.at(offset) })
  }
  const brackets: { ch: string; at: number }[] = []
  let i = 0
  let lineStart = true
  let firstLine = true
  const checkBudget = (): void => {
    if (tokens.length > maxTokens)
      fail(
        tokens[maxTokens]?.start ?? i,
        `the manifest holds more than ${formatCount(maxTokens)} tokens (values, brackets and commas); oda stops reading here: a manifest is a small dict`,
        'too-large',
      )
  }
  while (i < text.length) {
    checkBudget()
    const ch = text[i] ?? ''
    if (lineStart && brackets.length === 0) {
      // Measure indentation of a logical line; blank and comment-only lines do not count.
      let j = i
      let indent = 0
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')) {
        indent = text[j] === '\f' ? 0 : indent + 1
        j++
      }
      const next = text[j]
      lineStart = false
      if (next !== undefined && next !== '\n' && next !== '#' && next !== '\\' && indent > 0 && !firstLine)
        fail(j, 'unexpected indent')
      i = j
      continue
    }
    if (ch === ' ' || ch === '\t' || ch === '\f') {
      i++
    } else if (ch === '#') {
      const nl = text.indexOf('\n', i)
      i = nl < 0 ? text.length : nl
    } else if (ch === '\n') {
      const last = tokens[tokens.length - 1]
      if (brackets.length === 0 && last !== undefined && last.type !== 'newline')
        tokens.push({ type: 'newline', start: i })
      i++
      firstLine = false
      lineStart = brackets.length === 0
    } else if (ch === '\\') {
      if (i + 1 >= text.length) fail(i, 'unexpected EOF after line continuation character')
      if (text[i + 1] !== '\n') fail(i, 'unexpected character after line continuation character')
      if (i + 2 >= text.length) fail(i, 'unexpected EOF after line continuation character')
      i += 2
      firstLine = false
    } else if (ch === '"' || ch === "'") {
      i = readString(text, i, '', tokens, fail)
    } else if (isDigit(ch) || (ch === '.' && isDigit(text[i + 1] ?? ''))) {
      NUMBER_RE.lastIndex = i
      const m = NUMBER_RE.exec(text)
      const numText = m?.[0] ?? ''
      const after = text[i + numText.length] ?? ''
      if (numText === '' || /[0-9_]/.test(after) || ID_CONTINUE.test(after)) fail(i, 'invalid number literal')
      if (/^0[0-9_]*[1-9][0-9_]*$/.test(numText))
        fail(i, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers')
      tokens.push({ type: 'number', text: numText, start: i })
      i += numText.length
    } else if (isAsciiNameStart(ch) || (ch > '\x7f' && ID_START.test(String.fromCodePoint(text.codePointAt(i) ?? 0)))) {
      let j = i
      while (j < text.length) {
        const c = text[j] ?? ''
        if (isAsciiNameStart(c) || isDigit(c)) {
          j++
          continue
        }
        if (c <= '\x7f') break
        const cp = String.fromCodePoint(text.codePointAt(j) ?? 0)
        if (!ID_CONTINUE.test(cp)) break
        j += cp.length
      }
      const word = text.slice(i, j)
      const q = text[j]
      if ((q === '"' || q === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
        i = readString(text, j, word.toLowerCase(), tokens, fail, i)
      } else {
        tokens.push({ type: 'name', text: word, start: i })
        i = j
      }
    } else {
      const op = OPERATORS_BY_FIRST.get(ch)?.find((candidate) => text.startsWith(candidate, i))
      if (op === undefined) {
        if (ch === '\0') fail(i, 'source code cannot contain null bytes')
        const cp = text.codePointAt(i) ?? 0
        const hex = cp.toString(16).toUpperCase().padStart(4, '0')
        fail(
          i,
          NON_PRINTABLE.test(String.fromCodePoint(cp))
            ? `invalid non-printable character U+${hex}`
            : `invalid character '${String.fromCodePoint(cp)}' (U+${hex})`,
        )
      }
      const opText = op ?? ''
      if ('([{'.includes(opText)) {
        // CPython's tokenizer refuses the 201st open bracket (MAXLEVEL); it also bounds the parser's recursion.
        if (brackets.length >= MAX_NESTING) fail(i, `too many nested brackets (more than ${MAX_NESTING})`)
        brackets.push({ ch: opText, at: i })
      } else if (')]}'.includes(opText)) {
        const open = brackets.pop()
        if (open === undefined) fail(i, `unmatched '${opText}'`)
        else if ('([{'.indexOf(open.ch) !== ')]}'.indexOf(opText))
          fail(
            i,
            `closing parenthesis '${opText}' does not match opening parenthesis '${open.ch}' on line ${positions.at(open.at).line}`,
          )
      }
      tokens.push({ type: 'op', text: opText, start: i })
      i += opText.length
    }
  }
  checkBudget()
  const open = brackets.pop()
  if (open !== undefined) fail(open.at, `'${open.ch}' was never closed`)
  const last = tokens[tokens.length - 1]
  if (last !== undefined && last.type !== 'newline') tokens.push({ type: 'newline', start: text.length })
  tokens.push({ type: 'end', start: text.length })
  return tokens
}

/** Reads a string literal whose opening quote is at `q`; returns the offset after it. */
function readString(
  text: string,
  q: number,
  prefix: string,
  tokens: PyToken[],
  fail: (offset: number, message: string) => never,
  start = q,
): number {
  const quoteChar = text[q] ?? '"'
  const triple = text.startsWith(quoteChar.repeat(3), q)
  const quote = triple ? quoteChar.repeat(3) : quoteChar
  const bodyStart = q + quote.length
  let j = bodyStart
  const run = (triple ? TRIPLE_RUN : SINGLE_RUN)[quoteChar === "'" ? 0 : 1] ?? /(?:)/y
  for (;;) {
    // Skip the characters that can neither end the string nor escape (most of the body) in one step.
    run.lastIndex = j
    run.exec(text)
    j = run.lastIndex
    if (j >= text.length)
      fail(start, triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal')
    const c = text[j]
    // A backslash always protects the next character from ending the string, raw or not.
    if (c === '\\') {
      j += 2
      continue
    }
    if (c === '\n' && !triple) fail(start, 'unterminated string literal')
    if (text.startsWith(quote, j)) break
    j++
  }
  tokens.push({ type: 'string', prefix, body: text.slice(bodyStart, j), start, bodyStart })
  return j + quote.length
}

const SINGLE_RUN = [/[^'\\\n]*/y, /[^"\\\n]*/y]
const TRIPLE_RUN = [/[^'\\]*/y, /[^"\\]*/y]

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9'
}

function isAsciiNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_'
}
