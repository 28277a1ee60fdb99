import { createSign } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { newInstallationToken, simKeyPair, verifyAppJwt } from '../../../src/sim/app-auth.ts'

const keys = simKeyPair()
const now = new Date('2026-01-01T00:00:00Z')
const s = now.getTime() / 1000
function jwt(claims: Record<string, unknown>, privateKey = keys.privateKey): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey, 'base64url')}`
}

describe('verifyAppJwt', () => {
  it('accepts a JWT like Octokit makes (iat 30 s back, exp 10 min on)', () => {
    expect(verifyAppJwt(jwt({ iss: 7, iat: s - 30, exp: s + 570 }), 7, keys.publicKey, now)).toBeUndefined()
  })

  it('refuses another issuer, an expired token, a future iat, a too long lifetime and garbage', () => {
    expect(verifyAppJwt(jwt({ iss: 8, iat: s - 30, exp: s + 500 }), 7, keys.publicKey, now)).toMatch(/iss/)
    expect(verifyAppJwt(jwt({ iss: 7, iat: s - 700, exp: s - 1 }), 7, keys.publicKey, now)).toMatch(/exp/)
    expect(verifyAppJwt(jwt({ iss: 7, iat: s + 120, exp: s + 500 }), 7, keys.publicKey, now)).toMatch(/iat/)
    expect(verifyAppJwt(jwt({ iss: 7, iat: s - 30, exp: s + 3600 }), 7, keys.publicKey, now)).toMatch(
      /too far in the future/,
    )
    expect(verifyAppJwt('not.a-jwt', 7, keys.publicKey, now)).toBe('not a JWT')
    const tampered = jwt({ iss: 7, iat: s - 30, exp: s + 500 }).replace(
      /\.[^.]+\./,
      `.${Buffer.from(JSON.stringify({ iss: 7, iat: s, exp: s + 9999 })).toString('base64url')}.`,
    )
    expect(verifyAppJwt(tampered, 7, keys.publicKey, now)).toMatch(/signature/)
  })

  it('issues distinct ghs_ tokens', () => {
    const a = newInstallationToken()
    expect(a).toMatch(/^ghs_[A-Za-z0-9_-]{36}$/)
    expect(newInstallationToken()).not.toBe(a)
  })
})
