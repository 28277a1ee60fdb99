import type { Task } from './kit-types.ts'

/** Tasks per status, with the total and the share done. */
export interface TaskCounts {
  done: number
  inProgress: number
  todo: number
  blocked: number
  /** Skipped or cancelled: counted in the total, not in the share done. */
  skipped: number
  total: number
  /** Share done of the tasks not skipped, 0-100, not rounded (0 when there are none). */
  percent: number
}

/** Counts tasks by status. */
export function countTasks(tasks: readonly Task[]): TaskCounts {
  const c = { done: 0, inProgress: 0, todo: 0, blocked: 0, skipped: 0, total: tasks.length, percent: 0 }
  for (const t of tasks) {
    if (t.status === 'done') c.done++
    else if (t.status === 'in_progress') c.inProgress++
    else if (t.status === 'blocked') c.blocked++
    else if (t.status === 'skipped') c.skipped++
    else c.todo++
  }
  const counted = c.total - c.skipped
  c.percent = counted === 0 ? 0 : (c.done * 100) / counted
  return c
}
