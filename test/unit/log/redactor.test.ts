import { describe, expect, it } from 'vitest'
import { builtinRedactionPatterns } from '../../../src/log/builtin-patterns.ts'
import { createLogger } from '../../../src/log/create-logger.ts'
import { MASK, Redactor } from '../../../src/log/redactor.ts'

describe('Redactor', () => {
  it('masks configured values wherever they appear, longest first', () => {
    const r = new Redactor({ values: ['hunter22', 'hunter22-and-more'] })
    expect(r.redact('a hunter22-and-more b hunter22 c')).toBe(`a ${MASK} b ${MASK} c`)
  })

  it('ignores values too short to mask safely', () => {
    const r = new Redactor({ values: ['ab', ''] })
    expect(r.size).toBe(0)
    expect(r.redact('ab cd')).toBe('ab cd')
  })

  it('masks every line of a multi-line secret, since tools print keys line by line', () => {
    const key = 'line-one-of-key-AAAA\nline-two-of-key-BBBB'
    const r = new Redactor({ values: [key] })
    expect(r.redact('x line-two-of-key-BBBB y')).toBe(`x ${MASK} y`)
  })

  it('escapes regex characters in values', () => {
    const r = new Redactor({ values: ['p@ss.w*rd(1)'] })
    expect(r.redact('pXss.w*rd(1) p@ss.w*rd(1)')).toBe(`pXss.w*rd(1) ${MASK}`)
  })

  it('masks self-identifying credentials without configuration', () => {
    const r = new Redactor({ patterns: builtinRedactionPatterns })
    const gh = 'ghp_' + 'A1b2C3d4E5'.repeat(3) + 'abcdef'
    expect(r.redact(`token=${gh}`)).toBe(`token=${MASK}`)
    expect(r.redact('key AKIAIOSFODNN7EXAMPL3 end')).toBe(`key ${MASK} end`) // oda:allow fake credential for this test
    expect(r.redact('postgres://odoo:pa55word@db:5432/prod')).toBe(`postgres://odoo:${MASK}@db:5432/prod`) // oda:allow fake credential for this test
    expect(r.redact('-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----')).toBe(MASK)
    expect(r.redact('Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345')).toBe(`Authorization: Bearer ${MASK}`)
  })

  it('deep-redacts JSON-like values without touching keys or non-strings', () => {
    const r = new Redactor({ values: ['topsecret'] })
    expect(r.redactValue({ a: ['x topsecret'], n: 3, nested: { topsecret: 'topsecret' } })).toEqual({
      a: [`x ${MASK}`],
      n: 3,
      nested: { topsecret: MASK },
    })
  })
})

describe('createLogger', () => {
  it('redacts every line it writes', () => {
    const lines: string[] = []
    const log = createLogger({ redactor: new Redactor({ values: ['s3cret-value'] }), write: (l) => lines.push(l) })
    log.info({ detail: 'has s3cret-value inside' }, 'message with s3cret-value')
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toContain('s3cret-value')
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: `message with ${MASK}`, detail: `has ${MASK} inside` })
  })
})
