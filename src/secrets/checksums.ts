import { crc32 } from 'node:zlib'
import type { Validation } from './rule.ts'
import { encodeBase62 } from './base62.ts'

/**
 * GitHub (`ghp_ gho_ ghu_ ghs_ ghr_`) and npm (`npm_`) tokens end in a 6-character
 * base62 CRC32 of the 30 random characters before it, as GitHub described when it
 * introduced the format. A token with a wrong checksum is a typo, a truncation or a
 * made-up sample, not a live credential.
 */
export function base62Crc32Token(token: string): Validation {
  const underscore = token.indexOf('_')
  const body = token.slice(underscore + 1)
  if (body.length !== 36) return 'unchecked'
  const random = body.slice(0, 30)
  return encodeBase62(crc32(random), 6) === body.slice(30) ? 'valid' : 'invalid'
}

/**
 * Grafana service-account tokens `glsa_<32 alnum>_<8 hex>`: the hex part is the CRC32 of
 * `glsa_<random>`, written as its four little-endian bytes.
 */
export function grafanaServiceAccountToken(token: string): Validation {
  const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(token)
  if (!m) return 'unchecked'
  const sum = crc32(m[1]!)
  const le = Buffer.alloc(4)
  le.writeUInt32LE(sum >>> 0)
  return le.toString('hex') === m[2] ? 'valid' : 'invalid'
}

/** Builds a checksum-valid token of the base62 scheme; used to plant fakes in tests and examples. */
export function makeBase62Token(prefix: string, random: string): string {
  return `${prefix}${random}${encodeBase62(crc32(random), 6)}`
}

/** Builds a checksum-valid Grafana service-account token from 32 random characters. */
export function makeGrafanaToken(random: string): string {
  const head = `glsa_${random}`
  const le = Buffer.alloc(4)
  le.writeUInt32LE(crc32(head) >>> 0)
  return `${head}_${le.toString('hex')}`
}
