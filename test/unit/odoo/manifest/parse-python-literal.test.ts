import { describe, expect, it } from 'vitest'
import { LiteralSyntaxError } from '../../../../src/odoo/manifest/literal-syntax-error.ts'
import { parsePythonLiteral } from '../../../../src/odoo/manifest/parse-python-literal.ts'
import { toJsonValue } from '../../../../src/odoo/manifest/to-json-value.ts'

function error(src: string): { kind: string; at: string; message: string } {
  try {
    parsePythonLiteral(src)
  } catch (e) {
    if (e instanceof LiteralSyntaxError) return { kind: e.kind, at: `${e.line}:${e.column}`, message: e.message }
    throw e
  }
  throw new Error(`parsed: ${src}`)
}

describe('parsePythonLiteral', () => {
  it('keeps the position of every value for evidence', () => {
    const v = parsePythonLiteral('# c\n{\n    "depends": [\n        "base",\n        "mail",\n    ],\n}\n')
    expect(v.kind).toBe('dict')
    const deps = v.kind === 'dict' ? v.entries[0]?.value : undefined
    expect(deps?.kind === 'list' ? deps.items.map((i) => `${i.line}:${i.column}`) : []).toEqual(['4:9', '5:9'])
  })

  it('points at the non-literal with a message that says why', () => {
    expect(error('{"a": os.environ["X"]}')).toEqual({
      kind: 'not-literal',
      at: '1:7',
      message: "an attribute access ('os....') is not a literal; a manifest can only hold constants",
    })
    expect(error('{"v": "1" + "2"}')).toMatchObject({ kind: 'not-literal', at: '1:11' })
    expect(error('{"v": f"{x}"}')).toMatchObject({
      kind: 'not-literal',
      at: '1:7',
      message: 'an f-string is not a literal (it is evaluated at run time)',
    })
    expect(error('{"v": open("x").read()}')).toMatchObject({ kind: 'not-literal', at: '1:7' })
    expect(error('{"v": [x for x in y]}')).toMatchObject({ kind: 'not-literal' })
    expect(error('{"v": 1 if True else 2}')).toMatchObject({ kind: 'not-literal', at: '1:9' })
    expect(error('{"v": {**base}}')).toMatchObject({ kind: 'not-literal', at: '1:8' })
    expect(error('{[1]: 2}')).toMatchObject({ kind: 'unhashable', at: '1:2' })
  })

  it('reports syntax errors at the right place', () => {
    expect(error('{\n  "a": 1\n')).toMatchObject({ kind: 'syntax', at: '1:1', message: "'{' was never closed" })
    expect(error('{"a": "x}')).toMatchObject({ kind: 'syntax', at: '1:7', message: 'unterminated string literal' })
    expect(error('{"a": 1]')).toMatchObject({ kind: 'syntax', at: '1:8' })
    expect(error('{}\n{}')).toMatchObject({ kind: 'syntax', at: '2:1' })
    expect(error('# only\n')).toMatchObject({
      kind: 'syntax',
      message: 'the file is empty; expected a literal such as a dict',
    })
    expect(error('\ufeff{}')).toMatchObject({
      kind: 'syntax',
      at: '1:1',
      message: 'invalid non-printable character U+FEFF',
    })
    expect(error('{"a": 012}')).toMatchObject({ kind: 'syntax', at: '1:7' })
    expect(error('{"a": "\\N{NO SUCH NAME}"}')).toMatchObject({ kind: 'unsupported', at: '1:8' })
  })

  it('reads every quote, prefix and escape form as Python does', () => {
    const src = `("a" 'b' """c""" '''d''', r"\\n" u"\\u00e9", b"\\x41" B'B', "\\N{BULLET}" "\\101" "\\q", 1_000, 0x1F, -2.5e1, (1,), {3, 3})`
    expect(toJsonValue(parsePythonLiteral(src))).toEqual(['abcd', '\\né', 'AB', '•A\\q', 1000, 31, -25, [1], [3]])
  })
})
