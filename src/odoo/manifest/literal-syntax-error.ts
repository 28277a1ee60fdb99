/**
 * Why a manifest could not be read as a Python literal: a syntax error, a construct literal_eval
 * refuses, or `too-large`: more tokens than oda reads in one manifest (a bound on work, not Python's).
 */
export type LiteralErrorKind = 'syntax' | 'not-literal' | 'unhashable' | 'unsupported' | 'too-large'

/**
 * Raised by the manifest tokenizer and parser. `line` and `column` are 1-based and point
 * at the offending character, so a finding can annotate exactly that spot.
 */
export class LiteralSyntaxError extends Error {
  override name = 'LiteralSyntaxError'
  readonly kind: LiteralErrorKind
  readonly line: number
  readonly column: number
  constructor(args: { kind: LiteralErrorKind; message: string; line: number; column: number }) {
    super(args.message)
    this.kind = args.kind
    this.line = args.line
    this.column = args.column
  }
}
