import type { SecretRule } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { shannonEntropy } from '../entropy.ts'

/** Files where an unquoted `key = value` is data, not code (so `token = abc123` is a literal there). */
const CONFIG_FILE =
  /(?:^|\/)(?:\.env(?:\.[\w.-]+)?|[^/]+\.(?:env|ya?ml|ini|cfg|conf|properties|toml|tfvars|sh|bash|zsh))$|(?:^|\/)(?:Dockerfile[^/]*|\.?odoorc)$/

/** Documentation examples, samples, mocks, fixtures and API descriptions (OpenAPI/Swagger example values): the generic rule's main source of noise. */
const EXAMPLE_PATH = /(?:^|[/._-])(?:examples?|samples?|mocks?|fixtures?|demos?|openapi|swagger)(?:[/._-]|$)/i

/** Token names that are not credentials: pagination cursors, idempotency keys, CSRF tokens, lexer tokens. */
const NOT_A_CREDENTIAL =
  /(?:next|continuation|change|request|pagination|page|sync|cancel(?:lation)?|idempotency|marker|csrf|xsrf|lifecycle[_-]?action|continue|resume|session[_-]?state|lexer|syntax|token[_-]?type|max|min|count)[_-]?tokens?$/i

/** Words a real random credential does not contain but sample values do. */
const SAMPLE_WORD = /secret|token|passw|test|dummy|sample|example|mock|fake|demo|default|mysql|postgres/i

const UUID_VALUE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const NAME = `(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|auth[_-]?key|credentials?|private[_-]?key|client[_-]?secret)(?:[_-]?(?:id|key|value|str|string))?`

/** The identifier that ends where the match starts (`clientSecret` for a match at `Secret`), and the character before it. */
function identifierBefore(line: string, end: number): { name: string; before: string } {
  let i = end
  while (i > 0 && /[\w.$-]/.test(line[i - 1]!)) i--
  return { name: line.slice(i, end), before: line[i - 1] ?? '' }
}

/**
 * True for base64 (standard or URL-safe, padded or not) that decodes to text or JSON holding
 * nothing secret-like: `bXlzdGVyaW91cw==` is "mysterious", and bokeh's `DEFAULT_TOKEN`
 * `eyJzZXNzaW9uX2lkIjogImRlZmF1bHQifQ` is `{"session_id": "default"}`. The decoded content is
 * judged: JSON with a long high-entropy string value, or text containing one, stays a finding.
 */
export function isEncodedText(value: string): boolean {
  if (!/^[A-Za-z0-9+/_-]{12,}={0,2}$/.test(value)) return false
  const bare = value.replace(/=+$/, '')
  if (bare.length % 4 === 1) return false
  const decoded = Buffer.from(bare.replaceAll('-', '+').replaceAll('_', '/'), 'base64').toString('latin1')
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded) || !/[A-Za-z]{4}/.test(decoded)) return false
  let strings: string[]
  try {
    strings = jsonStrings(JSON.parse(decoded) as unknown)
  } catch {
    strings = decoded.split(/[\s"':,;=&{}[\]()]+/)
  }
  return !strings.some((w) => w.length >= 16 && shannonEntropy(w) >= 3.5 && /\d/.test(w) && /[A-Za-z]/.test(w))
}

function jsonStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.flatMap(jsonStrings)
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(jsonStrings)
  return []
}

/** Minified or vendored code: a long line, or a path of bundled third-party files. */
const VENDORED =
  /\.min\.(?:js|css|mjs)$|(?:^|\/)(?:vendors?|third[_-]?party|node_modules|bower_components)\/|\/static\/(?:src\/)?lib\//i

/**
 * The generic rule, kept deliberately conservative: the name must END in a secret word
 * (`apiToken`, `DB_PASSWORD`, not `tokenCount`) and not be a cursor or idempotency token,
 * the value must be 12+ characters with letters and digits, at least 3.5 bits of entropy
 * per character, no sample word, not a UUID, not base64 of plain text; unquoted values count
 * only in config-like files, and documentation examples are not scanned by this rule.
 */
// The value takes `=` only as trailing base64 padding: a value that could run through a
// later `token=` would let every keyword on a long line start a scan of the same text.
export const genericRules: readonly SecretRule[] = [
  defineRule(
    'generic-api-key',
    'High-entropy value assigned to a secret-named key',
    [
      'secret',
      'token',
      'passw',
      'api_key',
      'apikey',
      'api-key',
      'access_key',
      'accesskey',
      'auth_key',
      'credential',
      'private_key',
      'client_secret',
    ],
    `(?i:${NAME})["'\`]{0,1}(?:[ \\t]{0,3}(?:=|:=|=>|\\?=)|:(?=[ \\t])|(?<=["'\`]):)[ \\t]{0,5}(["'\`]?)([A-Za-z0-9+/_.~!@#%^*-]{12,200}={0,3})\\1(?=[\\s;,)'"\`}\\]]|$)`,
    {
      secretGroup: 2,
      entropy: 3.5,
      severity: 'medium',
      reject: (m, line, path) => {
        const value = m[2] ?? ''
        if (EXAMPLE_PATH.test(path)) return true
        if (
          !/[0-9]/.test(value) ||
          !/[A-Za-z]/.test(value) ||
          UUID_VALUE.test(value) ||
          SAMPLE_WORD.test(value) ||
          isEncodedText(value)
        )
          return true
        // Minified and vendored files hold long random-looking identifiers and test data: only a
        // value that looks like key material (long, high entropy) counts there.
        if ((VENDORED.test(path) || line.length > 2000) && (value.length < 24 || shannonEntropy(value) < 4.3))
          return true
        const { name, before } = identifierBefore(line, m.index)
        // `arn:…:secret:Name`, `https://…/token/…`: the word is part of an ARN or URL, not a key name.
        if (before === ':' || before === '/') return true
        if (NOT_A_CREDENTIAL.test(name + m[0].replace(/["'`\s=:>?].*$/s, ''))) return true
        // Member access (`process.env.API_TOKEN`) and dotted identifiers are code, not data.
        if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return true
        const quoted = (m[1] ?? '') !== ''
        return !quoted && /^[A-Za-z_$][\w$]*$/.test(value) && !CONFIG_FILE.test(path)
      },
    },
  ),
]
