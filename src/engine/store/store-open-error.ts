/** Raised when the store cannot be opened or migrated (unreachable server, unwritable folder). */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError'
  /** A wrong DATABASE_URL or data dir is configuration: faces answer exit code 2. */
  readonly usage = true
  /** Where the store was looked for, with any password masked. */
  readonly location: string
  constructor(location: string, options: { cause: unknown }) {
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause)
    super(`cannot open the store at ${location}: ${why}. Check DATABASE_URL or ODA_DATA_DIR.`, options)
    this.location = location
  }
}
