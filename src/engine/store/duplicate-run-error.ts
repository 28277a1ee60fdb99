/** Raised by `createRun` when a run with the same id is already stored. */
export class DuplicateRunError extends Error {
  override name = 'DuplicateRunError'
  readonly runId: string
  constructor(runId: string) {
    super(`run ${runId} already exists; every run needs a fresh id`)
    this.runId = runId
  }
}
