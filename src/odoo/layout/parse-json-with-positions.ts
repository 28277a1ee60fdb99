import { JsonSyntaxError } from './json-syntax-error.ts'

/** A parsed JSON document and the 1-based line/column of every value, keyed by JSON pointer path. */
export interface PositionedJson {
  value: unknown
  /** `''` is the root, `/repos/0/modules/2` an array item (RFC 6901 escaping of `~` and `/`). */
  positions: Map<string, { line: number; column: number }>
}

/**
 * Parses strict JSON (RFC 8259) and records where each value starts, so a schema error on
 * `repos[2].branch` can name `config/x.json:14:17`. Throws JsonSyntaxError with line and
 * column on the first problem (truncated input, trailing comma, comment...).
 */
export function parseJsonWithPositions(text: string): PositionedJson {
  const positions = new Map<string, { line: number; column: number }>()
  let i = 0
  let line = 1
  let lineStart = 0
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const here = (): { line: number; column: number } => ({ line, column: i - lineStart + 1 })
  const fail = (message: string): never => {
    throw new JsonSyntaxError({ message, ...here() })
  }
  const ws = (): void => {
    for (;;) {
      const c = src[i]
      if (c === '\n') {
        i++
        line++
        lineStart = i
      } else if (c === ' ' || c === '\t' || c === '\r') i++
      else return
    }
  }
  const describe = (): string => (i >= src.length ? 'end of file (the JSON is truncated)' : `'${src[i]}'`)
  const value = (path: string, depth: number): unknown => {
    ws()
    if (depth > 512) fail('nesting deeper than 512 levels')
    positions.set(path, here())
    const c = src[i]
    if (c === '{') {
      i++
      const out: Record<string, unknown> = {}
      ws()
      if (src[i] === '}') {
        i++
        return out
      }
      for (;;) {
        ws()
        if (src[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`)
        const key = string()
        ws()
        if (src[i] !== ':') fail(`expected ':' after property name "${key}", found ${describe()}`)
        i++
        out[key] = value(`${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, depth + 1)
        ws()
        if (src[i] === ',') {
          i++
          continue
        }
        if (src[i] === '}') {
          i++
          return out
        }
        fail(`expected ',' or '}' after the value of "${key}", found ${describe()}`)
      }
    }
    if (c === '[') {
      i++
      const out: unknown[] = []
      ws()
      if (src[i] === ']') {
        i++
        return out
      }
      for (;;) {
        out.push(value(`${path}/${out.length}`, depth + 1))
        ws()
        if (src[i] === ',') {
          i++
          continue
        }
        if (src[i] === ']') {
          i++
          return out
        }
        fail(`expected ',' or ']' after an array item, found ${describe()}`)
      }
    }
    if (c === '"') return string()
    const lit = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(src.slice(i, i + 400))
    if (lit === null) fail(`expected a JSON value, found ${describe()}`)
    const token = lit?.[0] ?? ''
    i += token.length
    return token === 'true' ? true : token === 'false' ? false : token === 'null' ? null : Number(token)
  }
  const string = (): string => {
    const start = i
    i++
    for (;;) {
      const c = src[i]
      if (c === undefined) fail('unterminated string (the JSON is truncated)')
      if (c === '"') break
      if (c === '\n') fail('unterminated string: a raw newline is not allowed inside a JSON string')
      if (c === '\\') i++
      i++
    }
    i++
    try {
      const parsed: unknown = JSON.parse(src.slice(start, i))
      return typeof parsed === 'string' ? parsed : ''
    } catch {
      i = start
      return fail('invalid escape sequence in string')
    }
  }
  const result = value('', 0)
  ws()
  if (i < src.length) fail(`unexpected ${describe()} after the end of the JSON document`)
  return { value: result, positions }
}
