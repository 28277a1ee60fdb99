import type { SecretRule } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { isLiteralPassword } from '../literal-password.ts'

/**
 * Credentials in the formats of credential files and command lines: `https://user:pass@host`
 * URLs (git remotes, `.git-credentials`, pip and npm index URLs), `.netrc` entries, and
 * passwords given on command lines (`sshpass -p`, `mysql -p…`, `wget --password`,
 * `PGPASSWORD=… psql`).
 */
export const credentialFileRules: readonly SecretRule[] = [
  defineRule(
    'url-credentials',
    'Password in an http(s), git, ftp or ssh URL (git remote, .git-credentials, package index URL)',
    ['://'],
    `(?<![\\w+.-])(?:https?|git|ssh|ftps?|sftp|git\\+https|git\\+ssh)://[^\\s:@/'"\`]{1,100}:([^\\s@/'"\`]{3,200})@[\\w.-]{1,253}`,
    { reject: (m) => !isLiteralPassword(m[1] ?? '') },
  ),
  defineRule(
    'netrc-password',
    'Password in a .netrc entry (machine … login … password …)',
    ['machine'],
    `(?<![\\w-])machine[ \\t]{1,10}[\\w.-]{1,253}[ \\t]{1,10}login[ \\t]{1,10}[^\\s]{1,100}[ \\t]{1,10}password[ \\t]{1,10}([^\\s]{3,200})`,
    { reject: (m) => !isLiteralPassword(m[1] ?? '') },
  ),
  defineRule(
    'cli-password',
    'Password given on a command line (sshpass -p, mysql -p, wget/ftp --password, PGPASSWORD=)',
    ['sshpass', 'mysql', 'mysqldump', 'wget', 'pgpassword', 'mariadb'],
    `(?:(?<![\\w-])sshpass[ \\t]{1,5}-p[ \\t]{0,5}|[ \\t](?:-p|--password=)|[ \\t]--(?:ftp-|http-)password[= ]|(?<![\\w-])PGPASSWORD=)(["']?)([^\\s"'$\`;|&]{3,200})\\1`,
    {
      secretGroup: 2,
      severity: 'medium',
      // The regex starts at the option; the command it belongs to is looked up behind it, on
      // the same line and at most 200 characters back, so dense command words cost nothing.
      reject: (m, line) => {
        if (!isLiteralPassword(m[2] ?? '')) return true
        if (/sshpass|PGPASSWORD/.test(m[0].slice(0, 12))) return false
        const before = line.slice(Math.max(0, m.index - 200), m.index)
        return !/(?<![\w-])(?:mysql|mysqldump|mariadb|wget)(?![\w-])/.test(before)
      },
    },
  ),
  defineRule(
    'ansible-password',
    'Connection or become password written in an Ansible inventory or vars file',
    ['ansible_'],
    `(?<![\\w-])ansible_(?:become_|ssh_|sudo_|winrm_)?pass(?:word)?["']?[ \\t]{0,5}[:=][ \\t]{0,5}(["']?)([^\\s"'{}$]{1,200})\\1(?![^\\s#])`,
    { secretGroup: 2, reject: (m) => !isLiteralPassword(m[2] ?? '') },
  ),
]
