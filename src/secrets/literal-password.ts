import { shannonEntropy } from './entropy.ts'
import { isPlaceholder } from './placeholder.ts'

/** Passwords sample configs and tutorials use; a credential of one of these is not a leak. */
const SAMPLE_PASSWORDS = new Set([
  'password',
  'passwd',
  'pass',
  'secret',
  'postgres',
  'root',
  'admin',
  'odoo',
  'test',
  'mysql',
  'guest',
  'user',
  'changeme',
  'example',
  'token',
  'false',
  'none',
  'null',
  'true',
])

/**
 * A literal password: 6+ characters, not a sample word or placeholder, not a `$VAR`, `%VAR%`,
 * `{var}` or `<var>` reference, some entropy. Credential files and command lines hold
 * passwords people chose, so the bar is lower than for a generated token.
 */
export function isLiteralPassword(value: string): boolean {
  if (value.length < 6 || SAMPLE_PASSWORDS.has(value.toLowerCase())) return false
  if (/^[$%{<]/.test(value) || value.includes('${') || isPlaceholder(value)) return false
  return shannonEntropy(value) >= 2.5
}

/** The text base64 `value` decodes to when it is printable text, else undefined. */
export function decodeBase64Text(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.replace(/=+$/, '').length % 4 === 1) return undefined
  const text = Buffer.from(value, 'base64').toString('utf8')
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined
}
