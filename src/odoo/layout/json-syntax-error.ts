/** A JSON file could not be parsed; line and column are 1-based. */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError'
  readonly line: number
  readonly column: number
  constructor(args: { message: string; line: number; column: number }) {
    super(args.message)
    this.line = args.line
    this.column = args.column
  }
}
