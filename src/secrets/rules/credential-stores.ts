import type { SecretRule } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { shannonEntropy } from '../entropy.ts'
import { decodeBase64Text, isLiteralPassword } from '../literal-password.ts'
import { isPlaceholder } from '../placeholder.ts'

/** True when base64 `value` decodes to `user:password` with a literal password (the decoded text is never kept). */
function encodesUserPassword(value: string): boolean {
  const text = decodeBase64Text(value)
  const colon = text?.indexOf(':') ?? -1
  return text !== undefined && colon > 0 && isLiteralPassword(text.slice(colon + 1))
}

/** A generated key: long enough, not a placeholder, random-looking. */
function isKeyMaterial(value: string, minLength: number, minEntropy: number): boolean {
  return value.length >= minLength && !isPlaceholder(value) && shannonEntropy(value) >= minEntropy
}

/** WordPress's own stand-in for a key or salt in wp-config-sample.php. */
const WP_SAMPLE = /put your unique phrase here|_here$/i

/**
 * Credentials stored by tools in their own file formats: Docker's `config.json` and
 * `.dockercfg`, NuGet.Config, `.pgpass`, `.htpasswd`, `.s3cfg`, `wp-config.php`, Rails and
 * Laravel application keys, Django's `SECRET_KEY`, FileZilla and Robo 3T saved connections,
 * Sentry DSNs. Encoded values (Docker `auth`, FileZilla `encoding="base64"`) are decoded and
 * judged as the password they hold; the finding shows the value as written, redacted.
 */
export const credentialStoreRules: readonly SecretRule[] = [
  defineRule(
    'docker-config-auth',
    'Registry credentials in a Docker config.json or .dockercfg (auth: base64 of user:password)',
    ['"auth"'],
    `"auth"[ \\t]{0,5}:[ \\t]{0,5}"([A-Za-z0-9+/]{8,2000}={0,2})"`,
    { reject: (m) => !encodesUserPassword(m[1] ?? '') },
  ),
  defineRule(
    'docker-config-identity-token',
    'Registry identity (refresh) token in a Docker config.json',
    ['"identitytoken"'],
    `"identitytoken"[ \\t]{0,5}:[ \\t]{0,5}"([\\w.~+/=-]{16,4000})"`,
    { entropy: 3 },
  ),
  defineRule(
    'nuget-cleartext-password',
    'Clear-text package source password in a NuGet.Config (packageSourceCredentials)',
    ['cleartextpassword'],
    `key=["']ClearTextPassword["'][ \\t]{1,20}value=["']([^"'<>\\r\\n]{1,300})["']`,
    { reject: (m) => !isLiteralPassword(m[1] ?? '') },
  ),
  defineRule(
    'pgpass-password',
    'Password in a PostgreSQL .pgpass file (host:port:database:user:password)',
    [],
    `^[^:\\s#]{1,253}:(?:\\d{1,5}|\\*):[^:\\s]{1,100}:[^:\\s]{1,100}:([^\\s]{1,200})[ \\t]*\\r?$`,
    { paths: /(?:^|\/)\.?pgpass(?:\.conf)?$/, reject: (m) => !isLiteralPassword(m[1] ?? '') },
  ),
  defineRule(
    'htpasswd-hash',
    'Password hash in an .htpasswd file (crackable offline)',
    [],
    `^[^:\\s#]{1,255}:((?:\\$(?:apr1|2[abxy]?|5|6)\\$|\\{SHA\\})[./A-Za-z0-9$=+]{8,200}|[./A-Za-z0-9]{13})[ \\t]*\\r?$`,
    { paths: /(?:^|\/)\.?htpasswd[^/]*$/, severity: 'medium' },
  ),
  defineRule(
    's3cfg-secret-key',
    'Secret key or passphrase in an s3cmd configuration (.s3cfg)',
    ['secret_key', 'gpg_passphrase', 'access_token'],
    `^[ \\t]*(?:secret_key|gpg_passphrase|access_token)[ \\t]*=[ \\t]*([^\\s]{6,500})[ \\t]*\\r?$`,
    { paths: /(?:^|\/)\.?s3cfg$/, reject: (m) => !isLiteralPassword(m[1] ?? '') },
  ),
  defineRule(
    'wordpress-config-secret',
    "Database password, key or salt in a wp-config.php define('DB_PASSWORD', …)",
    ['db_password', 'auth_key', 'auth_salt', 'logged_in_', 'nonce_key', 'nonce_salt'],
    `define\\([ \\t]{0,5}["'](?:DB_PASSWORD|(?:SECURE_)?AUTH_(?:KEY|SALT)|LOGGED_IN_(?:KEY|SALT)|NONCE_(?:KEY|SALT))["'][ \\t]{0,5},[ \\t]{0,20}(["'])([^"'\\r\\n]{1,200})\\1[ \\t]{0,5}\\)`,
    { secretGroup: 2, reject: (m) => WP_SAMPLE.test(m[2] ?? '') || !isLiteralPassword(m[2] ?? '') },
  ),
  defineRule(
    'rails-master-key',
    'Rails master key (config/master.key, config/credentials/*.key)',
    [],
    '^([0-9a-f]{32})[ \\t]*\\r?$',
    {
      paths: /(?:^|\/)config\/(?:master|credentials\/[\w.-]{1,100})\.key$/,
      reject: (m) => !isKeyMaterial(m[1] ?? '', 32, 3),
    },
  ),
  defineRule(
    'rails-secret-key-base',
    'Rails secret_key_base written in a config file',
    ['secret_key_base'],
    `secret_key_base["']?[ \\t]{0,5}(?::|=>?)[ \\t]{0,5}["']?([0-9a-f]{64,256})(?![0-9a-zA-Z])`,
    { reject: (m) => !isKeyMaterial(m[1] ?? '', 64, 3.3) },
  ),
  defineRule(
    'laravel-app-key',
    'Laravel application key (APP_KEY=base64:…)',
    ['app_key'],
    `(?<![\\w-])APP_KEY[ \\t]{0,5}[=:][ \\t]{0,5}["']?(base64:[A-Za-z0-9+/]{43}=)`,
    { reject: (m) => !isKeyMaterial(m[1] ?? '', 50, 4) },
  ),
  defineRule(
    'django-secret-key',
    'Django SECRET_KEY written in a settings module',
    ['secret_key'],
    `^[ \\t]*SECRET_KEY[ \\t]{0,5}=[ \\t]{0,5}(?:[rb]?)(["'])([^"'\\s]{32,200})\\1`,
    {
      secretGroup: 2,
      paths:
        /(?:^|\/)(?:settings|[\w-]*settings[\w-]*|local_settings|prod(?:uction)?|base)\.py$|(?:^|\/)settings\/[\w-]+\.py$/,
      // Django's startproject template prefixes the key with `django-insecure-`: still a key.
      reject: (m) => !isKeyMaterial(m[2] ?? '', 32, 3.5),
    },
  ),
  defineRule(
    'filezilla-password',
    'Saved password in a FileZilla sitemanager.xml or recentservers.xml',
    ['<pass'],
    `<Pass(?:[ \\t]{1,5}encoding=["'](base64)["'])?[ \\t]{0,5}>([^<\\s]{1,400})</Pass>`,
    {
      secretGroup: 2,
      reject: (m) => {
        const value = m[1] ? decodeBase64Text(m[2] ?? '') : m[2]
        return value === undefined || !isLiteralPassword(value)
      },
    },
  ),
  defineRule(
    'robomongo-password',
    'Saved password in a Robo 3T / Robomongo connection file',
    ['userpassword', 'sshuserpassword', 'sshpassphrase'],
    `"(?:userPassword|sshUserPassword|sshPassphrase)"[ \\t]{0,5}:[ \\t]{0,5}"([^"\\r\\n]{1,300})"`,
    { reject: (m) => !isLiteralPassword(m[1] ?? '') },
  ),
  defineRule(
    'sentry-dsn-public-key',
    'Sentry DSN with its key (lets anyone send events to the project)',
    ['sentry', 'dsn'],
    `(?<![\\w+.-])https?://([0-9a-f]{32})@[\\w.-]{1,253}(?::\\d{1,5})?/(?:[\\w.-]{1,100}/){0,3}\\d{1,12}(?![\\w/])`,
    { severity: 'low', entropy: 3 },
  ),
]
