import { LiteralSyntaxError } from './literal-syntax-error.ts'
import type { PositionLookup } from './source-positions.ts'
import { lookupUnicodeName } from './unicode-names.ts'

/** The decoded value of one string token: text, or bytes for a `b` prefix. */
export type DecodedString = { kind: 'str'; value: string } | { kind: 'bytes'; value: number[] }

const SIMPLE: Record<string, string> = {
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
 * Decodes the body of a Python string literal the way CPython does: escapes for
 * non-raw literals (octal, `\x`, and for text `\u`, `\U`, `\N{...}`), unknown escapes kept
 * verbatim, bytes limited to ASCII source characters.
 */
export function decodeStringLiteral(args: {
  prefix: string
  body: string
  bodyStart: number
  positions: PositionLookup
}): DecodedString {
  const { prefix, body, bodyStart, positions } = args
  const isBytes = prefix.includes('b')
  const raw = prefix.includes('r')
  const fail = (offset: number, message: string, kind: 'syntax' | 'unsupported' = 'syntax'): never => {
    throw new LiteralSyntaxError({ kind, message, ...positions.at(bodyStart + offset) })
  }
  if (isBytes) {
    const bad = body.search(/[\u0080-\uffff]/)
    if (bad >= 0) fail(bad, 'bytes can only contain ASCII literal characters')
  }
  if (raw || !body.includes('\\'))
    return isBytes ? { kind: 'bytes', value: [...body].map((c) => c.charCodeAt(0)) } : { kind: 'str', value: body }
  let out = ''
  let i = 0
  while (i < body.length) {
    const c = body[i] ?? ''
    if (c !== '\\') {
      out += c
      i++
      continue
    }
    const e = body[i + 1] ?? ''
    const simple = SIMPLE[e]
    if (simple !== undefined) {
      out += simple
      i += 2
    } else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1)) ?? ['0']
      const n = parseInt(m[0], 8)
      // CPython keeps the low byte of an out-of-range octal escape in bytes literals.
      out += String.fromCharCode(isBytes ? n & 0xff : n)
      i += 1 + m[0].length
    } else if (e === 'x' || (!isBytes && (e === 'u' || e === 'U'))) {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8
      const hex = body.slice(i + 2, i + 2 + len)
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) fail(i, `truncated \\${e}${'X'.repeat(len)} escape`)
      const cp = parseInt(hex, 16)
      if (cp > 0x10ffff) fail(i, `illegal Unicode character in \\${e}${hex}`)
      out += cp <= 0xffff ? String.fromCharCode(cp) : String.fromCodePoint(cp)
      i += 2 + len
    } else if (e === 'N' && !isBytes) {
      const close = body.indexOf('}', i)
      if (body[i + 2] !== '{' || close < 0) fail(i, 'malformed \\N character escape')
      const name = body.slice(i + 3, close)
      const cp = lookupUnicodeName(name)
      if (cp === undefined)
        fail(i, `unknown Unicode character name \\N{${name}}; write it as a \\u or \\U escape`, 'unsupported')
      out += String.fromCodePoint(cp ?? 0)
      i = close + 1
    } else {
      // Unknown escapes stay as written (CPython only warns).
      out += '\\' + e
      i += 2
    }
  }
  return isBytes ? { kind: 'bytes', value: [...out].map((ch) => ch.charCodeAt(0)) } : { kind: 'str', value: out }
}
