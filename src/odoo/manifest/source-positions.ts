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
  at(offset: number): { line: number; column: number } {
    let lo = 0
    let hi = this.#lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.#lineStarts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (this.#lineStarts[lo] ?? 0) + 1 }
  }
}
