import type { ConfigError } from '../../src/config/config-error.ts'
import { makeReport } from '../../src/op/report.ts'
import type { Report } from '../../src/op/report.ts'

/**
 * A broken `.github/oda.yml` is shown as a failed `oda / config` check run, annotated on the
 * lines at fault when the file is the repository's own (an inherited file lives in another
 * repository, so its problems are listed in the summary only).
 */
export function reportConfigError(error: ConfigError, owner: string, repo: string): Report {
  const own = `${owner}/${repo}:`
  const lines = error.issues.map(
    (i) => `- \`${i.file}:${i.line}:${i.column}\` ${i.path ? `\`${i.path}\`: ` : ''}${i.message}`,
  )
  return makeReport({
    conclusion: 'failure',
    title: `.github/oda.yml is invalid: no check ran`,
    summary: `oda reads its config from the default branch. Fix these problems there, then re-run this check (or all checks), or push again.\n\n${lines.join('\n')}`,
    findings: error.issues
      .filter((i) => i.file.startsWith(own))
      .map((i) => ({
        path: i.file.slice(own.length),
        line: i.line,
        column: i.column,
        level: 'failure' as const,
        ruleId: 'config',
        message: `${i.path ? `${i.path}: ` : ''}${i.message}`,
      })),
  })
}

/** What a rerun reports for `oda / config` once the default branch's configuration reads cleanly. */
export function configValidReport(): Report {
  return makeReport({
    conclusion: 'success',
    title: '.github/oda.yml is valid',
    summary:
      'oda read its config from the default branch again and found no problem: the earlier failure of this check is resolved.',
  })
}
