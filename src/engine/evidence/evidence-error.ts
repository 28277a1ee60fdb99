/** Raised when an evidence pack cannot be written (bad topic, clock behind the chain, lock timeout). */
export class EvidenceError extends Error {
  override name = 'EvidenceError'
  /** The root or pack folder concerned. */
  readonly path: string
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super(`${path}: ${message}`, options)
    this.path = path
  }
}
