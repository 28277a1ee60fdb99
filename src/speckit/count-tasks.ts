import type { Task } from './kit-types.ts'

/** Tasks per status, with the total and the share done. */
export interface TaskCounts {
  done: number
  inProgress: number
  todo: number
  blocked: number
  total: number
  /** Share of tasks done, 0-100, not rounded (0 when there are no tasks). */
  percent: number
}

/** Counts tasks by status. */
export function countTasks(tasks: readonly Task[]): TaskCounts {
  const c = { done: 0, inProgress: 0, todo: 0, blocked: 0, total: tasks.length, percent: 0 }
  for (const t of tasks) {
    if (t.status === 'done') c.done++
    else if (t.status === 'in_progress') c.inProgress++
    else if (t.status === 'blocked') c.blocked++
    else c.todo++
  }
  c.percent = c.total === 0 ? 0 : (c.done * 100) / c.total
  return c
}
