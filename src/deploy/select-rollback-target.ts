import type { DeploymentRecord } from './ports.ts'

/**
 * The last good deployment to return to: the newest successful deployment older than the
 * current one whose SHA differs from the current SHA and that was not itself rolled away
 * from (otherwise two rollbacks in a row would swing back to the bad release).
 * `history` is newest first; `current` is the deployment running now, if known.
 */
export function selectRollbackTarget(
  history: readonly DeploymentRecord[],
  current: { id?: number; sha: string },
): DeploymentRecord | undefined {
  const rolledAway = new Set(history.flatMap((d) => (d.rolledBackFrom !== undefined ? [d.rolledBackFrom] : [])))
  const currentIndex = current.id === undefined ? -1 : history.findIndex((d) => d.id === current.id)
  return history.slice(currentIndex + 1).find((d) => d.succeeded && d.sha !== current.sha && !rolledAway.has(d.id))
}

/** The deployment running now: the newest one that succeeded. */
export function selectCurrentDeployment(history: readonly DeploymentRecord[]): DeploymentRecord | undefined {
  return history.find((d) => d.succeeded)
}
