import type { SecretRule } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { shannonEntropy } from '../entropy.ts'
import { isLiteralPassword } from '../literal-password.ts'
import { isPlaceholder } from '../placeholder.ts'

/** Odoo server config files: odoo.conf, *.cfg/*.ini, .odoorc. */
const ODOO_CONFIG = /(?:^|\/)(?:[^/]+\.(?:conf|cfg|ini)|\.?odoorc)$/

/** Files where an unquoted value is data (YAML, env files, compose files, shell), not a code identifier. */
const DATA_FILE =
  /(?:^|\/)(?:\.env(?:\.[\w.-]+)?|[^/]+\.(?:env|ya?ml|toml|properties|json|sh|bash|zsh|service|txt))$|(?:^|\/)(?:Dockerfile[^/]*|Makefile|[^/.]+)$/

/** Values that mean "not set" or a local default, not a leak. */
const unset = new Set(['false', 'none', '', 'admin', 'odoo', 'postgres', 'password'])

/** An Odoo setting's value that is a credential: not unset, not a reference, not Odoo's own pbkdf2 hash. */
function isOdooSecret(value: string): boolean {
  const v = value.trim()
  if (unset.has(v.toLowerCase()) || v.startsWith('$') || v.startsWith('%')) return false
  return isLiteralPassword(v)
}

const odoo = (id: string, key: string, description: string): SecretRule =>
  defineRule(id, description, [key], `^[ \\t]*${key}[ \\t]*=[ \\t]*([^\\s](?:[^\\r\\n]{0,198}[^\\s])?)`, {
    paths: ODOO_CONFIG,
    // A pbkdf2 hash (what Odoo writes after the first login) is not the password itself.
    reject: (m) => !isOdooSecret(m[1] ?? ''),
  })

/** Setting names Odoo reads as credentials, and the PostgreSQL password variable its tooling uses. */
const SETTING = '(?:admin_passwd|db_password|smtp_password|PGPASSWORD|ADMIN_PASSWD|DB_PASSWORD|SMTP_PASSWORD)'

/** ir.config_parameter keys that hold credentials (`payment_x.secret_key`, `sms.api_token`). */
const SECRET_PARAMETER = /(?:key|secret|token|passw(?:or)?d|pwd|credential)s?(?:[_.-]\w{0,20})?$/i

/** Parameter values that are settings, not credentials. */
function isParameterSecret(value: string): boolean {
  const v = value.trim()
  if (v.length < 12 || isPlaceholder(v) || /^(?:true|false|none|\d+)$/i.test(v)) return false
  if (/^(?:https?:\/\/|\/|[\w.-]+@[\w.-]+$)/.test(v) || /\s/.test(v)) return false
  return /[0-9]/.test(v) && /[A-Za-z]/.test(v) && shannonEntropy(v) >= 3.3
}

/** The secret value fields of the `ir.config_parameter` records in an XML data block. */
function configParameterSecrets(block: string): { secret: string; offset: number }[] {
  const key = /<field[ \t]{1,5}name=["']key["'][ \t]{0,5}>([^<]{1,200})<\/field>/.exec(block)
  const value = /<field[ \t]{1,5}name=["']value["'][ \t]{0,5}>([^<]{1,2000})<\/field>/.exec(block)
  if (!key || !value || !SECRET_PARAMETER.test(key[1]!.trim()) || !isParameterSecret(value[1]!)) return []
  return [
    { secret: value[1]!.trim(), offset: value.index + value[0].indexOf('>') + 1 + value[1]!.indexOf(value[1]!.trim()) },
  ]
}

/**
 * Odoo's credentials wherever they are written: the master password, database and SMTP
 * passwords in a server config, as environment variables (compose files, env files, CI), as
 * odoo-bin options, set from Python (`config['admin_passwd'] = …`), and API keys and
 * secrets stored as data (`ir.config_parameter` records in XML, CSV or `set_param` calls).
 */
export const odooRules: readonly SecretRule[] = [
  odoo('odoo-admin-passwd', 'admin_passwd', 'Odoo master password (admin_passwd) in a server config'),
  odoo('odoo-db-password', 'db_password', 'Odoo database password (db_password) in a server config'),
  odoo('odoo-smtp-password', 'smtp_password', 'Odoo outgoing mail password (smtp_password) in a server config'),
  defineRule(
    'server-password-setting',
    'Odoo master, database or SMTP password (or PGPASSWORD) in a compose or env file, a script or code',
    ['admin_passwd', 'db_password', 'smtp_password', 'pgpassword'],
    `(?<![A-Za-z0-9-])${SETTING}["'\\]]{0,2}[ \\t]{0,5}(?:=|:(?![:\\w])|=>)[ \\t]{0,5}(["']?)([^\\s"'\`,;#(){}\\[\\]]{1,200})\\1(?![\\w(\\[.])`,
    {
      secretGroup: 2,
      reject: (m, _line, path) => {
        if (!isOdooSecret(m[2] ?? '')) return true
        // In code, an unquoted value is an expression (`db_password = self.password`), not a literal.
        return m[1] === '' && !DATA_FILE.test(path) && !ODOO_CONFIG.test(path)
      },
    },
  ),
  defineRule(
    'server-password-env-entry',
    'Odoo master, database or SMTP password (or PGPASSWORD) as a literal name/value env entry (Kubernetes, ECS)',
    ['admin_passwd', 'db_password', 'smtp_password', 'pgpassword'],
    `name["']?:[ \\t]{0,5}["']?${SETTING}["']?[ \\t]{0,5},?[ \\t]{0,5}\\r?\\n?[ \\t]{0,40}-?[ \\t]{0,5}["']?value["']?:[ \\t]{0,5}(["']?)([^\\s"'\`,;#(){}\\[\\]]{1,120})\\1[ \\t]{0,5}(?:,|\\}|\\r?$)`,
    { secretGroup: 2, multiline: 240, flags: 'm', reject: (m) => !isOdooSecret(m[2] ?? '') },
  ),
  defineRule(
    'odoo-cli-password',
    'Password given to odoo-bin on its command line (--db_password, --smtp-password)',
    ['--db_password', '--db-password', '--smtp-password', '--smtp_password'],
    `(?<![\\w-])--(?:db[_-]password|smtp[_-]password)(?:=|[ \\t]{1,5})(["']?)([^\\s"'$\`;|&]{1,200})\\1`,
    { secretGroup: 2, reject: (m) => !isOdooSecret(m[2] ?? '') },
  ),
  defineRule(
    'odoo-config-parameter',
    'Credential stored as data in an ir.config_parameter record',
    ['ir.config_parameter'],
    `model=["']ir\\.config_parameter["']`,
    {
      secretGroup: 0,
      noPlaceholderCheck: true,
      block: {
        open: 'ir.config_parameter',
        end: { marker: '</record', close: '>' },
        maxChars: 4000,
        extract: configParameterSecrets,
      },
    },
  ),
  defineRule(
    'odoo-config-parameter-csv',
    'Credential stored as data in an ir.config_parameter CSV file',
    [],
    `^[^,\\r\\n]{1,200},"?([\\w.-]{1,200})"?,"?([^",\\r\\n]{12,2000})"?[ \\t]*\\r?$`,
    {
      secretGroup: 2,
      paths: /(?:^|\/)ir[._]config[._]parameter\.csv$/,
      reject: (m) => !SECRET_PARAMETER.test(m[1] ?? '') || !isParameterSecret(m[2] ?? ''),
    },
  ),
  defineRule(
    'odoo-set-param-secret',
    'Credential written into ir.config_parameter from code (set_param with a literal value)',
    ['set_param'],
    `set_param\\([ \\t]{0,5}["']([\\w.-]{1,200})["'][ \\t]{0,5},[ \\t]{0,5}["']([^"'\\r\\n]{12,2000})["']`,
    {
      secretGroup: 2,
      reject: (m) => !SECRET_PARAMETER.test(m[1] ?? '') || !isParameterSecret(m[2] ?? ''),
    },
  ),
]
