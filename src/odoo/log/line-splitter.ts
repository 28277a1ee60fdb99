const MAX_LINE = 1024 * 1024
const DECODE_SLICE = 128 * 1024

/**
 * Cuts a stream of text chunks into lines, synchronously, holding at most one partial line.
 * A line longer than 1 MiB is cut and the rest up to its newline dropped, so input without
 * newlines cannot exhaust memory. `\r\n` endings are accepted. Bytes are decoded as UTF-8
 * with characters split across chunks handled.
 */
export class LineSplitter {
  readonly #decoder = new TextDecoder('utf-8')
  readonly #onLine: (line: string) => void
  #pending = ''
  #skipping = false

  constructor(onLine: (line: string) => void) {
    this.#onLine = onLine
  }

  /** Feeds one chunk; complete lines are handed to `onLine` before this returns. */
  push(chunk: string | Uint8Array): void {
    if (typeof chunk === 'string') return this.#pushText(chunk)
    // Decoding about a megabyte at once yields an external string whose memory V8 reclaims
    // late, so resident memory would grow with the log: decode in smaller slices.
    for (let at = 0; at < chunk.length; at += DECODE_SLICE)
      this.#pushText(this.#decoder.decode(chunk.subarray(at, at + DECODE_SLICE), { stream: true }))
  }

  #pushText(text: string): void {
    let start = 0
    let nl: number
    while ((nl = text.indexOf('\n', start)) >= 0) {
      if (this.#skipping) this.#skipping = false
      else this.#emit(this.#pending.length > 0 ? this.#pending + text.slice(start, nl) : text.slice(start, nl))
      this.#pending = ''
      start = nl + 1
    }
    if (this.#skipping) return
    this.#pending += text.slice(start)
    if (this.#pending.length > MAX_LINE) {
      this.#emit(this.#pending.slice(0, MAX_LINE))
      this.#pending = ''
      this.#skipping = true
    }
  }

  /** Flushes the last line (one without a final newline). */
  end(): void {
    const tail = this.#pending + this.#decoder.decode()
    this.#pending = ''
    if (!this.#skipping && tail.length > 0) this.#emit(tail)
  }

  #emit(line: string): void {
    this.#onLine(line.endsWith('\r') ? line.slice(0, -1) : line)
  }
}
