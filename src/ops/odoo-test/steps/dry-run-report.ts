import type { Report } from '../../../op/report.ts'
import { makeReport } from '../../../op/report.ts'
import type { Argv } from '../../../odoo/ci/build-odoo-command.ts'
import { countNoun } from '../../../odoo/ci/count-noun.ts'

/** The plan of a run, shown instead of running it. */
export function dryRunReport(plan: {
  selected: string[]
  installFirst: string[]
  selectionReason: string
  database: string
  commands: Argv[]
  timeoutMs: number
}): Report {
  const lines = plan.commands.map((c) => `    ${[c.file, ...c.args].map(quote).join(' ')}`)
  const summary = [
    `**Modules under test:** ${plan.selected.map((m) => `\`${m}\``).join(', ')} (${plan.selectionReason})`,
    plan.installFirst.length
      ? `**Installed first, without tests:** ${plan.installFirst.map((m) => `\`${m}\``).join(', ')}`
      : '',
    `**Database:** \`${plan.database}\` (dropped after the run) · **timeout:** ${Math.round(plan.timeoutMs / 1000)} s`,
    '',
    'Commands (argument arrays, shown quoted):',
    '',
    ...lines,
  ].filter((l, i) => l !== '' || i > 1)
  return makeReport({
    conclusion: 'neutral',
    title: `Dry run: would test ${countNoun(plan.selected.length, 'module')}`,
    summary: summary.join('\n'),
    data: {
      schemaVersion: 1,
      outcome: 'dry_run',
      selected: plan.selected,
      installFirst: plan.installFirst,
      database: plan.database,
      commands: plan.commands,
    },
  })
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`
}
