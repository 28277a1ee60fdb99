import type { RunState } from './run-record.ts'

const next: Record<RunState, readonly RunState[]> = {
  queued: ['running', 'cancelled'],
  running: ['succeeded', 'failed', 'cancelled', 'timed_out'],
  succeeded: [],
  failed: [],
  cancelled: [],
  timed_out: [],
}

/** Raised when a run is moved along an edge the state machine does not have, or lost a race. */
export class IllegalTransitionError extends Error {
  override name = 'IllegalTransitionError'
  readonly runId: string
  readonly from: RunState
  readonly to: RunState
  constructor(runId: string, from: RunState, to: RunState, detail?: string) {
    super(
      `run ${runId}: illegal transition ${from} -> ${to}${detail ? ` (${detail})` : ''}; allowed from ${from}: ${next[from].join(', ') || 'none (terminal)'}`,
    )
    this.runId = runId
    this.from = from
    this.to = to
  }
}

/** True when the state machine has the edge `from -> to`. */
export function canTransition(from: RunState, to: RunState): boolean {
  return next[from].includes(to)
}

/** Throws IllegalTransitionError unless `from -> to` is an edge. */
export function assertTransition(runId: string, from: RunState, to: RunState): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(runId, from, to)
}

/** True for states a run never leaves. */
export function isTerminal(state: RunState): boolean {
  return next[state].length === 0
}
