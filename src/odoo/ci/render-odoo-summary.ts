import type { Finding } from '../../op/report.ts'
import type { OdooCiData } from './odoo-ci-data.ts'
import { firstLines } from './odoo-findings.ts'
import { countNoun } from './count-noun.ts'

const MAX_FAILURES = 30
const MAX_ISSUES = 20
/** GitHub caps a check-run summary at 65,535 characters; stay well below. */
const MAX_SUMMARY = 60_000

/** Markdown for the check-run summary: per-module table, failures, silent modules, fatal causes. */
export function renderOdooSummary(data: OdooCiData, findings: readonly Finding[]): string {
  const out: string[] = []
  const facts = [
    data.odooVersion && `Odoo ${data.odooVersion}`,
    data.exitCode !== undefined && `exit code ${data.exitCode}`,
    data.database && `database \`${data.database}\``,
    data.httpPort !== undefined && `HTTP port ${data.httpPort}`,
    data.logArtifact && `raw log: \`${data.logArtifact}\``,
    data.junitArtifact && `every test: \`${data.junitArtifact}\`, \`${data.testsArtifact}\``,
  ].filter(Boolean)
  if (facts.length) out.push(facts.join(' · '), '')
  if (data.selected.length) {
    out.push(
      `**Modules under test:** ${data.selected.map((m) => `\`${m}\``).join(', ')}${data.selectionReason ? ` (${data.selectionReason})` : ''}`,
    )
    if (data.installFirst.length)
      out.push(`**Installed first, without tests:** ${data.installFirst.map((m) => `\`${m}\``).join(', ')}`)
    out.push('')
  }
  for (const f of data.fatal) {
    out.push(
      `### Odoo could not load the modules`,
      '',
      `${f.message}${f.path ? ` (\`${f.path}${f.line ? `:${f.line}` : ''}\`)` : ''}`,
      '',
    )
    if (f.traceback) out.push('```', firstLines(f.traceback, 15), '```', '')
  }
  if (data.blocked.length) {
    out.push(
      `### Not tested: Odoo could not load them`,
      '',
      ...data.blocked.map((b) => `- \`${b.module}\`: ${b.reason}`),
      '',
      data.groups
        ? `The other modules were tested again without them (${countNoun(data.groups.length, 'Odoo run')}: ${data.groups.map((g) => g.modules.map((m) => `\`${m}\``).join(', ')).join(' → ')}).`
        : '',
      '',
    )
  }
  if (data.httpError)
    out.push(
      `### Odoo could not listen for HTTP`,
      '',
      `\`${data.httpError}\`${data.httpPort !== undefined ? ` (port ${data.httpPort})` : ''}: HTTP and browser tests (HttpCase, tours) cannot work; free the port or let oda pick one (\`odoo-ci.httpPort: auto\`).`,
      '',
    )
  if (data.logTail?.length)
    out.push(
      `### Odoo stopped without a record saying why`,
      '',
      'Last lines of its output:',
      '',
      '```',
      ...data.logTail,
      '```',
      '',
    )
  if (data.modules.length) {
    out.push('| Module | Tests | Passed | Failed | Errors | Skipped | Time |', '|---|---:|---:|---:|---:|---:|---:|')
    for (const m of data.modules) {
      const time = m.stats?.timeS ?? m.testTimeS
      out.push(
        `| \`${m.module}\` | ${m.tests} | ${m.passed} | ${m.failures} | ${m.errors} | ${m.skipped} | ${time !== undefined ? `${time.toFixed(2)} s` : ''} |`,
      )
    }
    const s = data.summary
    // Odoo's own line says `error(s) of N tests` whatever the numbers; oda says it in English.
    if (s) out.push('', `Odoo: ${s.failed} failed, ${countNoun(s.errors, 'error')} of ${countNoun(s.tests, 'test')}.`)
    out.push('')
  }
  if (data.skipReasons.length) {
    out.push(
      `### Skipped (${data.counted.skipped})`,
      '',
      '| Tests | Reason | Modules | For example |',
      '|---:|---|---|---|',
    )
    for (const r of data.skipReasons)
      out.push(
        `| ${r.count} | ${cell(r.reason)} | ${r.modules.map((m) => `\`${m}\``).join(', ')} | ${r.examples.map((e) => `\`${e}\``).join(', ')} |`,
      )
    out.push('')
  }
  const failing = data.tests.filter((t) => t.status === 'failed' || t.status === 'error')
  if (failing.length) {
    out.push(`### Failures (${failing.length + data.testsOmitted})`, '')
    for (const t of failing.slice(0, MAX_FAILURES)) {
      const where = t.path ? ` — \`${t.path}${t.line ? `:${t.line}` : ''}\`` : ''
      const sub = t.subtests?.length ? ` (subtests ${t.subtests.map((x) => x.params).join(', ')})` : ''
      out.push(
        `**${t.status === 'failed' ? 'FAIL' : 'ERROR'}** \`${t.module}\` ${t.className ? `${t.className}.` : ''}${t.method}${sub}${where}`,
        '',
        '```',
        firstLines(t.traceback ?? t.message ?? '', 8),
        '```',
        '',
      )
    }
    const more = failing.length - Math.min(failing.length, MAX_FAILURES) + data.testsOmitted
    if (more > 0) out.push(`… and ${countNoun(more, 'more failing test')} (see the JUnit report and the raw log).`, '')
  }
  const silent = findings.filter((f) => f.ruleId === 'odoo-ci/no-tests-ran')
  if (silent.length) out.push('### Selected modules that ran no test', '', ...silent.map((f) => `- ${f.message}`), '')
  const logged = findings.filter((f) => f.ruleId === 'odoo-ci/logged-error' || f.ruleId === 'odoo-ci/logged-warning')
  if (logged.length) {
    out.push('### Logged outside tests', '', '| Level | Where | Message |', '|---|---|---|')
    for (const f of logged.slice(0, MAX_ISSUES))
      out.push(
        `| ${f.level === 'failure' ? 'fails the check' : 'warning'} | log line ${String(f.properties?.logLine ?? '?')} | ${cell(f.message)} |`,
      )
    if (logged.length > MAX_ISSUES) out.push('', `… and ${logged.length - MAX_ISSUES} more.`)
    out.push('')
  }
  if (data.droppedIssues)
    out.push(
      `${countNoun(data.droppedIssues, 'further logged record was', 'further logged records were')} counted but not kept.`,
      '',
    )
  const capped = findings.find((f) => f.ruleId === 'odoo-ci/findings-capped')
  if (capped) out.push(`${capped.message}.`, '')
  const text = out.join('\n').trimEnd()
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY)}\n\n… (summary cut; see the raw log artifact)` : text
}

function cell(text: string): string {
  const one = text.split('\n')[0]!.replaceAll('|', '\\|')
  return one.length > 200 ? `${one.slice(0, 200)}…` : one
}
