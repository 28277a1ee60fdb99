const MAX_LINE = 1024 * 1024

/**
 * Cuts a stream of bytes into lines without decoding them: `onLine` gets the buffer and the
 * byte range of each line (without `\n` and a `\r` before it), so a consumer can look at a
 * few bytes and decode only the lines it needs. Holds at most one partial line; a line longer
 * than 1 MiB is cut there and the rest up to its newline dropped.
 */
export class RawLineSplitter {
  readonly #onLine: (buf: Buffer, start: number, end: number) => void
  #pending: Buffer[] = []
  #pendingBytes = 0
  #skipping = false

  constructor(onLine: (buf: Buffer, start: number, end: number) => void) {
    this.#onLine = onLine
  }

  /** Feeds one chunk; complete lines are handed to `onLine` before this returns. */
  push(chunk: Uint8Array): void {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    let start = 0
    let nl = buf.indexOf(10)
    // The first newline may end a line that began in earlier chunks.
    if (nl >= 0 && (this.#pendingBytes > 0 || this.#skipping)) {
      if (!this.#skipping) this.#take(buf, start, nl)
      const line = Buffer.concat(this.#pending)
      this.#pending = []
      this.#pendingBytes = 0
      if (this.#skipping) this.#skipping = false
      else this.#emit(line, 0, line.length)
      start = nl + 1
      nl = buf.indexOf(10, start)
    }
    while (nl >= 0) {
      this.#emit(buf, start, Math.min(nl, start + MAX_LINE))
      start = nl + 1
      nl = buf.indexOf(10, start)
    }
    if (start < buf.length && !this.#skipping) this.#take(buf, start, buf.length)
  }

  /** Flushes the last line (one without a final newline). */
  end(): void {
    if (this.#pendingBytes > 0 && !this.#skipping) {
      const line = Buffer.concat(this.#pending)
      this.#emit(line, 0, line.length)
    }
    this.#pending = []
    this.#pendingBytes = 0
    this.#skipping = false
  }

  /** Keeps part of an unfinished line (a copy: the chunk's memory is reused by the reader). */
  #take(buf: Buffer, start: number, end: number): void {
    const room = MAX_LINE - this.#pendingBytes
    const n = Math.min(room, end - start)
    if (n > 0) {
      this.#pending.push(Buffer.from(buf.subarray(start, start + n)))
      this.#pendingBytes += n
    }
    if (this.#pendingBytes >= MAX_LINE) {
      const line = Buffer.concat(this.#pending)
      this.#pending = []
      this.#pendingBytes = 0
      this.#skipping = true
      this.#emit(line, 0, line.length)
    }
  }

  #emit(buf: Buffer, start: number, end: number): void {
    if (end > start && buf[end - 1] === 13) end--
    this.#onLine(buf, start, end)
  }
}
