import type { Report } from '../../../op/report.ts'
import { makeReport } from '../../../op/report.ts'
import type { Argv } from '../../../odoo/ci/build-odoo-command.ts'

/** The plan of a run, shown instead of running it. */
export function dryRunReport(o: {
  selected: string[]
  installFirst: string[]
  selectionReason: string
  database: string
  commands: Argv[]
  timeoutMs: number
}): Report {
  const lines = o.commands.map((c) => `    ${[c.file, ...c.args].map(quote).join(' ')}`)
  const summary = [
    `**Modules under test:** ${o.selected.map((m) => `\`${m}\``).join(', ')} (${o.selectionReason})`,
    o.installFirst.length
      ? `**Installed first, without tests:** ${o.installFirst.map((m) => `\`${m}\``).join(', ')}`
      : '',
    `**Database:** \`${o.database}\` (dropped after the run) · **timeout:** ${Math.round(o.timeoutMs / 1000)} s`,
    '',
    'Commands (argument arrays, shown quoted):',
    '',
    ...lines,
  ].filter((l, i) => l !== '' || i > 1)
  return makeReport({
    conclusion: 'neutral',
    title: `Dry run: would test ${o.selected.length} module${o.selected.length === 1 ? '' : 's'}`,
    summary: summary.join('\n'),
    data: {
      schemaVersion: 1,
      outcome: 'dry_run',
      selected: o.selected,
      installFirst: o.installFirst,
      database: o.database,
      commands: o.commands,
    },
  })
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`
}
