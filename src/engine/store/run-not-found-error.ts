/** Raised when a run id names no stored run. */
export class RunNotFoundError extends Error {
  override name = 'RunNotFoundError'
  readonly runId: string
  constructor(runId: string) {
    super(`run ${runId} does not exist; check the id (oda runs list shows recent runs)`)
    this.runId = runId
  }
}
