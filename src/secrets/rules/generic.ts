import type { SecretRule } from '../rule.ts'
import { defineRule } from '../define-rule.ts'

/** Files where an unquoted `key = value` is data, not code (so `token = abc123` is a literal there). */
const CONFIG_FILE = /(?:^|\/)(?:\.env(?:\.[\w.-]+)?|[^/]+\.(?:env|ya?ml|ini|cfg|conf|properties|toml|tfvars|sh|bash|zsh))$|(?:^|\/)(?:Dockerfile[^/]*|\.?odoorc)$/

const NAME = `(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|auth[_-]?key|credentials?|private[_-]?key|client[_-]?secret)(?:[_-]?(?:id|key|value|str|string))?`

/**
 * The generic rule, kept deliberately conservative: the name must END in a secret word
 * (`apiToken`, `DB_PASSWORD`, not `tokenCount`), the value must be 12+ characters with
 * both letters and digits and at least 3.5 bits of entropy per character, and unquoted
 * values count only in config-like files.
 */
export const genericRules: readonly SecretRule[] = [
  defineRule('generic-api-key', 'High-entropy value assigned to a secret-named key', ['secret', 'token', 'passw', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'auth_key', 'credential', 'private_key', 'client_secret'],
    `(?i:${NAME})["'\`]{0,1}[ \\t]{0,3}(?:=|:=|=>|:|\\?=)[ \\t]{0,5}(["'\`]?)([A-Za-z0-9+/=_.~!@#%^*-]{12,200})\\1(?=[\\s;,)'"\`}\\]]|$)`, {
      secretGroup: 2,
      entropy: 3.5,
      severity: 'medium',
      reject: (m, _line, path) => {
        const value = m[2] ?? ''
        if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return true
        // Member access (`process.env.API_TOKEN`) and dotted identifiers are code, not data.
        if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return true
        const quoted = (m[1] ?? '') !== ''
        return !quoted && /^[A-Za-z_$][\w$]*$/.test(value) && !CONFIG_FILE.test(path)
      },
    }),
]
