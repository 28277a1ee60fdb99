import type { StatusRow, StatusTable } from './compute-status-table.ts'

/** The status tables as markdown: one table per kit, a row per phase and a total row. */
export function renderStatusTable(tables: readonly StatusTable[]): string {
  if (tables.length === 0) return 'No tasks file found.'
  const out: string[] = []
  for (const t of tables) {
    out.push(
      `### \`${t.tasksPath}\``,
      '',
      '| Phase | Title | Done | In progress | Todo | Blocked | Skipped | Total | % complete |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    )
    for (const r of t.rows) out.push(line(r, r.phase || '-', r.title))
    out.push(line(t.total, '**Total**', ''), '')
  }
  return out.join('\n').trimEnd()
}

function line(r: StatusRow, phase: string, title: string): string {
  return `| ${phase} | ${title.replace(/\|/g, '\\|')} | ${r.done} | ${r.inProgress} | ${r.todo} | ${r.blocked} | ${r.skipped} | ${r.total} | ${r.percent}% |`
}
