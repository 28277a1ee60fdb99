/** Where one command of a job got to, saved after each GitHub write so a retry resumes there. */
export interface CommandStep {
  statusCommentId?: number
  runId?: string
  done: boolean
}

/** Progress of a command job: the receipt reaction, then each command. */
export interface CommandProgress {
  acknowledged: boolean
  commands: CommandStep[]
}

/** Reads saved progress; anything malformed starts afresh. */
export function readCommandProgress(saved: unknown): CommandProgress {
  const out: CommandProgress = { acknowledged: false, commands: [] }
  if (typeof saved !== 'object' || saved === null) return out
  if ('acknowledged' in saved && saved.acknowledged === true) out.acknowledged = true
  const list = 'commands' in saved && Array.isArray(saved.commands) ? (saved.commands as unknown[]) : []
  for (const c of list) {
    if (typeof c !== 'object' || c === null) {
      out.commands.push({ done: false })
      continue
    }
    out.commands.push({
      ...('statusCommentId' in c && typeof c.statusCommentId === 'number'
        ? { statusCommentId: c.statusCommentId }
        : {}),
      ...('runId' in c && typeof c.runId === 'string' ? { runId: c.runId } : {}),
      done: 'done' in c && c.done === true,
    })
  }
  return out
}
