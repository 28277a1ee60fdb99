import type { SecretRule } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { jwtStructure } from '../structure-checks.ts'
import { decodeBase64Text, isLiteralPassword } from '../literal-password.ts'

/** The password part of a Basic credential (base64 of user:password), or '' when it is not one. */
function basicPassword(value: string): string {
  const text = decodeBase64Text(value) ?? ''
  const colon = text.indexOf(':')
  return colon > 0 ? text.slice(colon + 1) : ''
}

/** Passwords that sample configs and tutorials use; a URL carrying one of these is not a leak. */
const devPasswords = new Set([
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
])

const dbSchemes = [
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongodb',
  'mongodb+srv',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'cockroachdb',
  'clickhouse',
]

/** True when the text between the BEGIN and END lines is base64 key material (PEM headers and escaped newlines allowed). */
function isKeyBody(block: string): boolean {
  const body = block
    .replace(/^-----BEGIN[^\n]*?-----/, '')
    .replace(/-----END[^\n]*?-----$/, '')
    .replace(/\\[nr]/g, '\n')
    .split(/\r?\n/)
    .filter((l) => !/^[A-Za-z-]+: /.test(l.trim()))
    .join('')
    .replace(/[\s"',]/g, '')
  return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body)
}

/**
 * True when the option at `at` belongs to a curl command: the word `curl` ends at most 300
 * characters before it on the line. The regex starts at the option rather than at `curl`,
 * so a line of many `curl` words is not rescanned from each of them.
 */
function afterCurl(line: string, at: number): boolean {
  if (/(?<![\w-])curl(?![\w-])/.test(line.slice(Math.max(0, at - 304), at))) return true
  // A continuation line of a command split with `\` starts with its options: `  -u user:pass \`.
  return /^[ \t]*(?:#[ \t]*|\/\/[ \t]*)?--?[A-Za-z]/.test(line)
}

/** Format-level secrets: private keys, JWTs, credentials in URLs and curl commands, age keys. */
export const structuralRules: readonly SecretRule[] = [
  defineRule(
    'private-key',
    'Private key (PEM, OpenSSH, PGP)',
    ['private key'],
    '-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----',
    {
      secretGroup: 0,
      noPlaceholderCheck: true,
      // Key material is base64: a body with `<your key>`, `...` or template slots is documentation.
      block: {
        open: '-----BEGIN',
        end: { marker: '-----END', close: '-----' },
        maxChars: 8000,
        extract: (block) => (isKeyBody(block) ? [{ secret: block, offset: 0 }] : []),
      },
    },
  ),
  defineRule(
    'age-secret-key',
    'age encryption secret key',
    ['age-secret-key-1'],
    '(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})',
  ),
  defineRule(
    'jwt',
    'JSON Web Token',
    ['eyj'],
    '(?<![\\w-])(eyJ[A-Za-z0-9_-]{7,2000}\\.eyJ[A-Za-z0-9_-]{7,8000}\\.[A-Za-z0-9_-]{10,2000})(?![\\w-])',
    { validate: jwtStructure, severity: 'medium', entropy: 3 },
  ),
  defineRule(
    'database-url-password',
    'Database connection URL with a password',
    dbSchemes.map((s) => `${s}://`),
    `\\b(?:${dbSchemes.map((s) => s.replace('+', '\\+')).join('|')})://[^\\s:@/'"]{1,100}:([^\\s@/'"]{3,200})@[\\w.-]{1,253}`,
    {
      reject: (m) =>
        devPasswords.has((m[1] ?? '').toLowerCase()) || (m[1] ?? '').startsWith('$') || (m[1] ?? '').startsWith('%'),
    },
  ),
  defineRule(
    'curl-auth-user',
    'Credentials in a curl -u/--user argument',
    ['curl', '-u ', '--user'],
    `\\s(?:-u|--user)[\\s=]{1,3}["']?([^\\s"':$]{1,100}:[^\\s"'$]{3,100})["']?`,
    {
      severity: 'medium',
      // A numeric pair is a uid:gid (`-u 1000:1000`), not a login.
      reject: (m, line) =>
        !afterCurl(line, m.index) ||
        devPasswords.has((m[1] ?? '').split(':')[1]?.toLowerCase() ?? '') ||
        /^\d+:\d+$/.test(m[1] ?? ''),
    },
  ),
  defineRule(
    'curl-auth-header',
    'Authorization or API-key header with a literal credential in a curl command (Basic, Bearer, token or raw)',
    ['curl', '-h "', "-h '", '--header'],
    `(?:-H|--header)\\s{0,3}["'](?i:authorization|proxy-authorization|api-?key|api-?token|x-[\\w-]{0,30}api-?key|x-[\\w-]{0,20}token|private-token|token):\\s{0,5}(?:((?i:basic))\\s{1,5}|(?i:bearer|token|api-?token|apikey|sso-key)\\s{1,5})?([\\w.~+/=:-]{16,500})["']`,
    {
      secretGroup: 2,
      entropy: 3,
      severity: 'medium',
      // A Basic credential is base64 of user:password: the decoded password is judged, as for Docker's auth.
      reject: (m, line) =>
        !afterCurl(line, m.index) || (m[1] !== undefined && !isLiteralPassword(basicPassword(m[2] ?? ''))),
    },
  ),
  defineRule(
    'jwt-base64',
    'Base64-encoded JSON Web Token',
    ['zxlk'],
    '(?<![A-Za-z0-9+/])(ZXlK[A-Za-z0-9+/]{40,6000}={0,2})(?![A-Za-z0-9+/=])',
    {
      severity: 'medium',
      entropy: 3,
      reject: (m) =>
        !/^eyJ[\w-]{7,}\.eyJ[\w-]{7,}\.[\w-]{10,}$/.test(
          Buffer.from(m[1] ?? '', 'base64')
            .toString('utf8')
            .trim(),
        ),
      validate: (s) => jwtStructure(Buffer.from(s, 'base64').toString('utf8').trim()),
    },
  ),
]
