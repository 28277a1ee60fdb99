/** Where one check of a job got to, saved after every GitHub write so a retry resumes there. */
export interface CheckProgress {
  runId: string
  /** The check run, once created (in progress, or completed). */
  checkRunId?: number
  /** True once the run was created in progress: its completion is then all updates. */
  started: boolean
  /** Index of the next completion write to send. */
  next: number
  done: boolean
}

/** A job's progress: per check name (`config` for a config error report). */
export interface JobProgress {
  checks: Record<string, CheckProgress>
}

/** Reads saved progress, tolerating anything malformed by starting afresh. */
export function readProgress(saved: unknown): JobProgress {
  const out: JobProgress = { checks: {} }
  if (
    typeof saved !== 'object' ||
    saved === null ||
    !('checks' in saved) ||
    typeof saved.checks !== 'object' ||
    saved.checks === null
  )
    return out
  for (const [name, v] of Object.entries(saved.checks)) {
    if (typeof v !== 'object' || v === null) continue
    const runId = 'runId' in v && typeof v.runId === 'string' ? v.runId : undefined
    if (!runId) continue
    out.checks[name] = {
      runId,
      ...('checkRunId' in v && typeof v.checkRunId === 'number' ? { checkRunId: v.checkRunId } : {}),
      started: 'started' in v && v.started === true,
      next: 'next' in v && typeof v.next === 'number' ? v.next : 0,
      done: 'done' in v && v.done === true,
    }
  }
  return out
}
