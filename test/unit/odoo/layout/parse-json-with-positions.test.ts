import { describe, expect, it } from 'vitest'
import { JsonSyntaxError } from '../../../../src/odoo/layout/json-syntax-error.ts'
import { nearestPointer } from '../../../../src/odoo/layout/load-json-config.ts'
import { parseJsonWithPositions } from '../../../../src/odoo/layout/parse-json-with-positions.ts'

function fails(text: string): string {
  try {
    parseJsonWithPositions(text)
  } catch (e) {
    if (e instanceof JsonSyntaxError) return `${e.line}:${e.column} ${e.message}`
    throw e
  }
  return 'parsed'
}

describe('parseJsonWithPositions', () => {
  it('parses like JSON.parse and records where every value starts', () => {
    const text = '{\n  "repos": [\n    {"name": "OCA/queue", "modules": ["a", "b"]}\n  ],\n  "a/b~c": -1.5e2\n}\n'
    const r = parseJsonWithPositions(text)
    expect(r.value).toEqual(JSON.parse(text))
    expect(r.positions.get('')).toEqual({ line: 1, column: 1 })
    expect(r.positions.get('/repos/0')).toEqual({ line: 3, column: 5 })
    expect(r.positions.get('/repos/0/modules/1')).toEqual({ line: 3, column: 44 })
    expect(r.positions.get('/a~1b~0c')).toEqual({ line: 5, column: 12 })
  })

  it('accepts a UTF-8 byte order mark, escapes and unicode', () => {
    expect(parseJsonWithPositions('\ufeff{"k": "caf\\u00e9 \\"x\\" é"}').value).toEqual({ k: 'café "x" é' })
  })

  it('reports truncation, trailing commas, comments and garbage with line and column', () => {
    expect(fails('{\n  "a": [1, 2')).toBe(
      "2:13 expected ',' or ']' after an array item, found end of file (the JSON is truncated)",
    )
    expect(fails('{"a": 1,}')).toBe("1:9 expected a property name in double quotes, found '}'")
    expect(fails('{"a": 1} // c')).toBe("1:10 unexpected '/' after the end of the JSON document")
    expect(fails('{"a": tru}')).toBe("1:7 expected a JSON value, found 't'")
    expect(fails('{"a": "x\ny"}')).toBe('1:9 unterminated string: a raw newline is not allowed inside a JSON string')
    expect(fails('{"a": "\\q"}')).toBe('1:7 invalid escape sequence in string')
    expect(fails('')).toBe('1:1 expected a JSON value, found end of file (the JSON is truncated)')
    expect(fails('['.repeat(600))).toMatch(/nesting deeper than 512 levels/)
  })

  it('nearestPointer falls back to the parent of a missing key', () => {
    const { positions } = parseJsonWithPositions('{"repos": [{"name": "x"}]}')
    expect(nearestPointer(positions, ['repos', 0, 'url'])).toBe('/repos/0')
    expect(nearestPointer(positions, ['nothing'])).toBe('')
  })
})
