import { describe, expect, it } from 'vitest'
import { Redactor } from '../../src/log/redactor.ts'
import { builtinRedactionPatterns } from '../../src/log/builtin-patterns.ts'
import { secretRedactionPatterns } from '../../src/secrets/redaction-patterns.ts'

// A configured secret in no format a pattern would recognise: only the value list can mask it.
const secret = 'q7Rk2mWz9pLx4Vt8Nb3Hc6Yd'

function redactor(): Redactor {
  return new Redactor({ values: [secret], patterns: [...builtinRedactionPatterns, ...secretRedactionPatterns()] })
}

describe('copies of a configured secret are masked, not only the value itself', () => {
  it('masks its base64 forms, alone and inside a longer encoded text (a Basic header)', () => {
    const r = redactor()
    const alone = Buffer.from(secret).toString('base64')
    const basic = Buffer.from(`deploy:${secret}`).toString('base64')
    const urlSafe = Buffer.from(`x${secret}`).toString('base64url')
    for (const leak of [alone, basic, urlSafe]) {
      const out = r.redact(`Authorization: Basic ${leak}`)
      expect(out).toContain('***')
      // What is left can no longer be decoded back to the secret, nor to half of it.
      const left = out.replace('Authorization: Basic ', '').replaceAll('***', '')
      expect(Buffer.from(left, 'base64').toString('latin1')).not.toContain(secret.slice(0, 8))
    }
  })

  it('masks partial copies: a truncated prefix, a suffix, a piece split over two lines', () => {
    const r = redactor()
    expect(r.redact(`token=${secret.slice(0, 14)}…`)).not.toContain(secret.slice(0, 12))
    expect(r.redact(`…${secret.slice(-13)} end`)).not.toContain(secret.slice(-12))
    const split = `${secret.slice(0, 12)}\n${secret.slice(12)}`
    const out = r.redact(split)
    expect(out).not.toContain(secret.slice(0, 12))
    expect(out).not.toContain(secret.slice(12))
  })

  it('masks its URL-encoded form and leaves ordinary text alone', () => {
    const r = new Redactor({ values: ['p@ss/w0rd+Kx9!zQ'] })
    expect(r.redact('dsn=postgres://u:p%40ss%2Fw0rd%2BKx9!zQ@db/odoo')).not.toContain('p%40ss%2Fw0rd')
    expect(r.redact('nothing secret in this line at all')).toBe('nothing secret in this line at all')
  })
})
