import { describe, expect, it } from 'vitest'
import {
  base62Crc32Token,
  grafanaServiceAccountToken,
  makeBase62Token,
  makeGrafanaToken,
} from '../../../src/secrets/checksums.ts'
import { encodeBase62 } from '../../../src/secrets/base62.ts'
import {
  anthropicMarker,
  awsKeyIdStructure,
  jwtStructure,
  openAiMarker,
} from '../../../src/secrets/structure-checks.ts'

describe('token checksums', () => {
  it('matches the published GitHub example: CRC32 of the 30 random characters, base62, 6 characters', () => {
    // The worked example in the public write-ups of GitHub's format: random part and its checksum.
    expect(makeBase62Token('ghp_', 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ').slice(-6)).toBe('0mLq17')
    expect(base62Crc32Token('ghp_' + 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ' + '0mLq17')).toBe('valid')
    expect(base62Crc32Token('ghp_' + 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ' + '0mLq18')).toBe('invalid')
    expect(base62Crc32Token('ghp_short')).toBe('unchecked')
  })

  it('uses the same scheme for npm tokens and pads small checksums with zeros', () => {
    const t = makeBase62Token('npm_', 'a'.repeat(29) + 'b')
    expect(base62Crc32Token(t)).toBe('valid')
    expect(encodeBase62(61, 6)).toBe('00000z')
    expect(encodeBase62(62, 6)).toBe('000010')
  })

  it('checks Grafana service-account tokens: CRC32 of glsa_<random>, little-endian hex', () => {
    // A token shape published in a public Grafana tutorial (local test instance).
    expect(grafanaServiceAccountToken('glsa_' + '18jsK51ALMvwoM7wnaevzGKSLp6UOsTm' + '_07394f66')).toBe('valid')
    expect(grafanaServiceAccountToken('glsa_' + '18jsK51ALMvwoM7wnaevzGKSLp6UOsTm' + '_07394f67')).toBe('invalid')
    expect(grafanaServiceAccountToken(makeGrafanaToken('Z'.repeat(31) + 'y'))).toBe('valid')
    expect(grafanaServiceAccountToken('glsa_nope')).toBe('unchecked')
  })
})

describe('structure checks', () => {
  const seg = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  it('accepts a JWT whose parts decode to JSON and rejects expired or malformed ones', () => {
    expect(jwtStructure(`${seg({ alg: 'RS256' })}.${seg({ sub: 'x', exp: 4102444800 })}.sig`)).toBe('valid')
    expect(jwtStructure(`${seg({ alg: 'RS256' })}.${seg({ sub: 'x', exp: 1500000000 })}.sig`)).toBe('invalid')
    expect(jwtStructure(`${seg({ typ: 'JWT' })}.${seg({})}.sig`)).toBe('invalid')
    expect(jwtStructure('eyJub3Q.eyJqc29u.sig')).toBe('invalid')
  })
  it('checks AWS key id alphabet and provider markers', () => {
    expect(awsKeyIdStructure('AKIA' + 'ABCDEFGHIJKLMNO2')).toBe('valid')
    expect(awsKeyIdStructure('AKIA' + 'ABCDEFGHIJKLMNO1')).toBe('invalid')
    expect(openAiMarker('sk-abcT3BlbkFJxyz')).toBe('valid')
    expect(openAiMarker('sk-abc')).toBe('unchecked')
    expect(anthropicMarker('sk-ant-api03-xAA')).toBe('valid')
    expect(anthropicMarker('sk-ant-api03-xAB')).toBe('invalid')
  })
})
