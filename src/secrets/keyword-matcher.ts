/**
 * One-pass multi-keyword search (Aho-Corasick compiled to a DFA over 7-bit ASCII, case
 * folded). Keywords are lowercase ASCII; any non-ASCII character resets the automaton,
 * which is right because no keyword contains one.
 */
export class KeywordMatcher {
  readonly #delta: Int32Array
  /** Keyword ids ending at each state (own output plus the failure chain's), or undefined. */
  readonly #outputs: (readonly number[] | undefined)[]
  readonly keywords: readonly string[]

  constructor(keywords: readonly string[]) {
    this.keywords = keywords
    const goto: Map<number, number>[] = [new Map()]
    const out: number[][] = [[]]
    keywords.forEach((kw, id) => {
      if (!/^[\x20-\x7e]+$/.test(kw) || kw !== kw.toLowerCase()) throw new Error(`keyword "${kw}" must be lowercase printable ASCII`)
      let s = 0
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i)
        let next = goto[s]!.get(c)
        if (next === undefined) {
          next = goto.length
          goto.push(new Map())
          out.push([])
          goto[s]!.set(c, next)
        }
        s = next
      }
      out[s]!.push(id)
    })
    const n = goto.length
    const delta = new Int32Array(n * 128)
    const fail = new Int32Array(n)
    // Breadth-first: a state's failure target is always shallower, so it is complete when needed.
    const queue: number[] = []
    for (let c = 0; c < 128; c++) {
      const t = goto[0]!.get(c)
      if (t !== undefined) {
        delta[c] = t
        queue.push(t)
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!
      const f = fail[s]!
      if (out[f]!.length > 0) out[s] = [...out[s]!, ...out[f]!]
      for (let c = 0; c < 128; c++) {
        const t = goto[s]!.get(c)
        if (t !== undefined) {
          fail[t] = delta[f * 128 + c]!
          delta[s * 128 + c] = t
          queue.push(t)
        } else {
          delta[s * 128 + c] = delta[f * 128 + c]!
        }
      }
    }
    this.#delta = delta
    this.#outputs = out.map((o) => (o.length > 0 ? o : undefined))
  }

  /**
   * Calls `onHit(keywordId, endIndex, lineIndex, lineStart)` for every keyword occurrence in
   * `text`; `endIndex` is the index just past the keyword. Line bookkeeping rides along so
   * callers never rescan for newlines.
   */
  scan(text: string, onHit: (keywordId: number, end: number, line: number, lineStart: number) => void): void {
    const delta = this.#delta
    const outputs = this.#outputs
    let s = 0
    let line = 0
    let lineStart = 0
    const len = text.length
    for (let i = 0; i < len; i++) {
      let c = text.charCodeAt(i)
      if (c === 10) {
        line++
        lineStart = i + 1
        s = 0
        continue
      }
      if (c >= 65 && c <= 90) c += 32
      else if (c > 127) c = 0
      s = delta[(s << 7) | c]!
      const o = outputs[s]
      if (o !== undefined) for (const id of o) onHit(id, i + 1, line, lineStart)
    }
  }
}
