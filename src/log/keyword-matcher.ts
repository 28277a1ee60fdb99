/**
 * One-pass multi-keyword search: Aho-Corasick compiled to a DFA over 7-bit ASCII, with upper
 * case folded into the table, so the inner loop is one table load per character. Non-ASCII
 * characters are folded onto ASCII (`c & 127`): that can only add a spurious candidate line,
 * which the rule's own regex then rejects, never hide a keyword (keywords are ASCII).
 */
export class KeywordMatcher {
  readonly #delta: Int32Array
  /** 1 for states where some keyword ends. */
  readonly #accepting: Uint8Array
  /** Keyword ids ending at each state (own output plus the failure chain's), or undefined. */
  readonly #outputs: (readonly number[] | undefined)[]
  readonly keywords: readonly string[]

  constructor(keywords: readonly string[]) {
    this.keywords = keywords
    const goto: Map<number, number>[] = [new Map()]
    const out: number[][] = [[]]
    keywords.forEach((kw, id) => {
      if (!/^[\x20-\x7e]+$/.test(kw) || kw !== kw.toLowerCase())
        throw new Error(`keyword "${kw}" must be lowercase printable ASCII`)
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
    const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c)
    // Breadth-first: a state's failure target is always shallower, so it is complete when needed.
    const queue: number[] = []
    for (let c = 0; c < 128; c++) {
      const t = goto[0]!.get(fold(c))
      if (t !== undefined) {
        delta[c] = t
        if (c === fold(c)) queue.push(t)
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!
      const f = fail[s]!
      if (out[f]!.length > 0) out[s] = [...out[s]!, ...out[f]!]
      for (let c = 0; c < 128; c++) {
        const t = goto[s]!.get(fold(c))
        if (t !== undefined) {
          if (c === fold(c)) {
            fail[t] = delta[f * 128 + c]!
            queue.push(t)
          }
          delta[s * 128 + c] = t
        } else {
          delta[s * 128 + c] = delta[f * 128 + fold(c)]!
        }
      }
    }
    // A newline always returns to the root: no keyword spans lines.
    for (let s = 0; s < n; s++) delta[s * 128 + 10] = 0
    const accepting = new Uint8Array(n)
    for (let s = 0; s < n; s++) if (out[s]!.length > 0) accepting[s] = 1
    this.#delta = delta
    this.#accepting = accepting
    this.#outputs = out.map((o) => (o.length > 0 ? o : undefined))
  }

  /**
   * Calls `onHit(keywordId, endIndex, lineIndex, lineStart)` for every keyword occurrence in
   * `text`; `endIndex` is the index just past the keyword. Line numbers are counted only up
   * to each hit (hits are rare), not character by character.
   */
  scan(text: string, onHit: (keywordId: number, end: number, line: number, lineStart: number) => void): void {
    const delta = this.#delta
    const accepting = this.#accepting
    let s = 0
    let line = 0
    let lineStart = 0
    const len = text.length
    // Next newline not yet counted; each newline is visited once, so counting stays linear.
    let nextNl = text.indexOf('\n')
    if (nextNl < 0) nextNl = len
    for (let i = 0; i < len; i++) {
      s = delta[(s << 7) | (text.charCodeAt(i) & 127)]!
      if (accepting[s] === 0) continue
      while (nextNl < i) {
        line++
        lineStart = nextNl + 1
        nextNl = text.indexOf('\n', lineStart)
        if (nextNl < 0) nextNl = len
      }
      for (const id of this.#outputs[s]!) onHit(id, i + 1, line, lineStart)
    }
  }
}
