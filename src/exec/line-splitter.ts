/** What a splitter hands on: a line, or a piece of one longer than the cap (`partial`: more of it follows). */
export type OnLine = (line: string, partial: boolean) => void

/**
 * Splits a stream of text chunks into lines in linear time and bounded memory. Each chunk is
 * searched once for line breaks (never the unfinished line again), and the unfinished line
 * is kept as a list of pieces joined once, when its end arrives. A line longer than
 * `maxLineChars` is not kept whole: it is handed on in pieces of that size, each marked
 * `partial` except the last, so a consumer can still scan all of it (a 3.6 MB line of
 * minified JavaScript in a history) while no more than the cap is held.
 */
export class LineSplitter {
  readonly #onLine: OnLine
  readonly #max: number
  #parts: string[] = []
  #pending = 0
  /** Characters searched or copied so far: grows linearly with the input (tests assert it). */
  work = 0

  constructor(onLine: OnLine, maxLineChars = 1024 * 1024) {
    this.#onLine = onLine
    this.#max = maxLineChars
  }

  /** Adds a chunk; calls `onLine` for every line (or piece) it completes. */
  push(chunk: string): void {
    let from = 0
    for (;;) {
      const nl = chunk.indexOf('\n', from)
      this.work += (nl < 0 ? chunk.length : nl + 1) - from
      if (nl < 0) break
      this.#emit(chunk.slice(from, nl), false)
      from = nl + 1
    }
    if (from < chunk.length) this.#keep(chunk.slice(from))
  }

  /** True while `end` hands on a last line that no line break followed. */
  ending = false

  /** Hands on the last line when the stream ended without a line break. */
  end(): void {
    if (this.#pending === 0) return
    this.ending = true
    this.#emit('', false)
  }

  #keep(piece: string): void {
    this.#parts.push(piece)
    this.#pending += piece.length
    while (this.#pending >= this.#max) {
      const all = this.#take()
      this.work += all.length
      this.#onLine(all.slice(0, this.#max), true)
      const rest = all.slice(this.#max)
      if (rest.length > 0) {
        this.#parts.push(rest)
        this.#pending = rest.length
      }
    }
  }

  #emit(tail: string, partial: boolean): void {
    if (this.#pending === 0) {
      this.#onLine(tail, partial)
      return
    }
    this.#parts.push(tail)
    const line = this.#take()
    this.work += line.length
    this.#onLine(line, partial)
  }

  #take(): string {
    const s = this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join('')
    this.#parts = []
    this.#pending = 0
    return s
  }
}
