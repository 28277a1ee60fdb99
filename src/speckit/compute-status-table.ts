import { countTasks } from './count-tasks.ts'
import type { InspectedKit } from './inspect-kits.ts'

/** One row of the status table: a phase (or the tasks outside any phase) and its counts. */
export interface StatusRow {
  /** Phase key (`1`, `2`, `N`); '' for tasks outside any phase. */
  phase: string
  title: string
  done: number
  inProgress: number
  todo: number
  blocked: number
  skipped: number
  total: number
  /** Done share, rounded to a whole percent. */
  percent: number
}

/** The recomputed status of one kit's tasks file. */
export interface StatusTable {
  kit: string
  tasksPath: string
  rows: StatusRow[]
  total: StatusRow
}

/**
 * Counts the tasks of a kit per phase, in document order. A kit whose tasks file is
 * missing or unreadable has no table.
 */
export function computeStatusTable(k: InspectedKit): StatusTable | undefined {
  if (!k.tasks || !k.tasksPath) return undefined
  const tasks = k.tasks
  const rows: StatusRow[] = []
  const loose = tasks.filter((t) => t.phase === '')
  if (loose.length > 0) rows.push(row('', 'Outside any phase', loose))
  const seen = new Set<string>()
  for (const p of k.phases) {
    if (seen.has(p.key)) continue
    seen.add(p.key)
    rows.push(
      row(
        p.key,
        p.title,
        tasks.filter((t) => t.phase === p.key),
      ),
    )
  }
  return { kit: k.kit.root, tasksPath: k.tasksPath, rows, total: row('', 'Total', tasks) }
}

function row(phase: string, title: string, tasks: Parameters<typeof countTasks>[0]): StatusRow {
  const c = countTasks(tasks)
  return {
    phase,
    title,
    done: c.done,
    inProgress: c.inProgress,
    todo: c.todo,
    blocked: c.blocked,
    skipped: c.skipped,
    total: c.total,
    percent: Math.round(c.percent),
  }
}
