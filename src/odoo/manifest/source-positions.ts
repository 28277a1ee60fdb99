/** Anything that maps a string offset to a 1-based line and column. */
export interface PositionLookup {
  at(offset: number): { line: number; column: number }
}

/** Maps string offsets to 1-based line and column (in UTF-16 units), in O(log lines). */
export class SourcePositions implements PositionLookup {
  readonly #lineStarts: number[] = [0]
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.#lineStarts.push(i + 1)
  }
  #last = 0
  at(offset: number): { line: number; column: number } {
    // Callers mostly ask in increasing order: try the line of the previous answer and the next ones first.
    const starts = this.#lineStarts
    for (let k = this.#last; k < starts.length && k < this.#last + 4; k++) {
      if ((starts[k] ?? 0) <= offset && (k + 1 >= starts.length || (starts[k + 1] ?? 0) > offset)) {
        this.#last = k
        return { line: k + 1, column: offset - (starts[k] ?? 0) + 1 }
      }
    }
    let lo = 0
    let hi = this.#lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.#lineStarts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    this.#last = lo
    return { line: lo + 1, column: offset - (this.#lineStarts[lo] ?? 0) + 1 }
  }
}
