import type { SecretRule } from '../rule.ts'
import { defineRule } from '../define-rule.ts'

/** Shell scripts, Dockerfiles, Makefiles, workflow files and extension-less executables. */
export const SCRIPT_FILE =
  /(?:\.(?:sh|bash|zsh|ksh|ps1|bat|cmd|mk)$|(?:^|\/)(?:Dockerfile[^/]*|Makefile|[^/.]+)$|(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$)/

const SECRET_NAME = '(?:API_KEY|APIKEY|TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|CREDENTIALS?)'
/** Names that hold where a secret lives or what it is called, not the secret. */
const NOT_A_VALUE = /_(?:FILE|PATH|URL|URI|NAME|ID|HEADER|TYPE|ENDPOINT|DIR|LENGTH|EXPIRY|TTL)$/i

/** The script hygiene policy: hard-coded keys in scripts, prompts that echo a typed token, secrets echoed to logs. */
export const scriptRules: readonly SecretRule[] = [
  defineRule(
    'script-hardcoded-secret',
    'Secret hard-coded in a script variable (*_API_KEY=literal)',
    ['api_key', 'apikey', 'token', 'secret', 'password', 'passwd', 'private_key', 'credential'],
    `^[ \\t]*(?:export[ \\t]+|readonly[ \\t]+|declare[ \\t]+(?:-x[ \\t]+)?|local[ \\t]+|ENV[ \\t]+|ARG[ \\t]+)?([A-Za-z_][A-Za-z0-9_]{0,60}${SECRET_NAME}[A-Za-z0-9_]{0,30})=(["']?)([^\\s"'$\`;|&(){}]{8,300})\\2[ \\t]*(?:[;#]|\\r?$)`,
    {
      flags: 'i',
      secretGroup: 3,
      paths: SCRIPT_FILE,
      entropy: 2.5,
      reject: (m) => NOT_A_VALUE.test(m[1] ?? '') || /^(?:\/|\.\.?\/|~|https?:)/.test(m[3] ?? ''),
    },
  ),
  defineRule(
    'script-token-prompt',
    'Interactive prompt for a token or password that echoes what is typed (read -p without -s)',
    ['read'],
    `(?:^|[;&|(]|\\s)read((?:[ \\t]+-[A-Za-z]{1,6}(?:[ \\t]+[0-9]{1,4})?){0,8}?)[ \\t]+-([A-Za-z]{0,5})p[ \\t]*(["'])([^"'\\n]{0,200})\\3`,
    {
      secretGroup: 4,
      severity: 'medium',
      paths: SCRIPT_FILE,
      noPlaceholderCheck: true,
      redact: false,
      reject: (m) =>
        /s/.test((m[1] ?? '') + (m[2] ?? '')) ||
        !/token|passw|secret|api[ _-]?key|passphrase|credential/i.test(m[4] ?? ''),
    },
  ),
  defineRule(
    'script-secret-echo',
    'Secret variable echoed to the log',
    ['echo', 'printf'],
    `\\$\\{?([A-Za-z_][A-Za-z0-9_]{0,60}${SECRET_NAME}[A-Za-z0-9_]{0,30})\\}?`,
    {
      flags: 'i',
      severity: 'medium',
      paths: SCRIPT_FILE,
      noPlaceholderCheck: true,
      redact: false,
      reject: (m, line) => {
        if (NOT_A_VALUE.test(m[1] ?? '') || !echoedBefore(line, m.index)) return true
        // Piped into a command (`| docker login --password-stdin`) or redirected: not printed.
        const rest = line.slice((m.index ?? 0) + m[0].length)
        return /(?:^|[^|])\|(?!\|)|>/.test(rest)
      },
    },
  ),
]

/**
 * True when the variable at `at` is an argument of `echo`/`printf`: the command word occurs
 * at most 300 characters before it with no pipe, separator or redirection in between. The
 * rule's regex starts at the variable, so a line of many `echo` words is not rescanned from
 * each of them.
 */
function echoedBefore(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 306), at)
  let last = -1
  for (const m of before.matchAll(/(?<![\w-])(?:echo|printf)(?![\w-])/g)) last = m.index + m[0].length
  return last >= 0 && !/[|;&>]/.test(before.slice(last))
}
