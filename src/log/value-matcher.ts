/**
 * Finds every occurrence of a set of exact strings in one pass (Aho-Corasick, case-sensitive,
 * over UTF-16 code units), whatever their number: the cost is the text's length plus the
 * matches, not the text's length times the number of values, as one alternation regex
 * over hundreds of values would be.
 */
export class ValueMatcher {
  readonly #next: Map<number, number>[] = [new Map()]
  readonly #fail: number[] = [0]
  /** Length of the longest value ending at each state (0: none). */
  readonly #out: number[] = [0]
  #built = false

  /** Adds a value; call before the first `spans`. */
  add(value: string): void {
    if (value.length === 0) return
    let s = 0
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i)
      let t = this.#next[s]!.get(c)
      if (t === undefined) {
        t = this.#next.length
        this.#next.push(new Map())
        this.#fail.push(0)
        this.#out.push(0)
        this.#next[s]!.set(c, t)
      }
      s = t
    }
    this.#out[s] = Math.max(this.#out[s]!, value.length)
    this.#built = false
  }

  #build(): void {
    const queue: number[] = [...this.#next[0]!.values()]
    for (const t of queue) this.#fail[t] = 0
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!
      for (const [c, t] of this.#next[s]!) {
        let f = this.#fail[s]!
        while (f !== 0 && !this.#next[f]!.has(c)) f = this.#fail[f]!
        const g = this.#next[f]!.get(c)
        this.#fail[t] = g !== undefined && g !== t ? g : 0
        // A state also ends every value its failure state ends; keep the longest.
        this.#out[t] = Math.max(this.#out[t]!, this.#out[this.#fail[t]!]!)
        queue.push(t)
      }
    }
    this.#built = true
  }

  /** Merged `[start, end)` ranges covered by occurrences of any value, in order. */
  spans(text: string): [number, number][] {
    if (!this.#built) this.#build()
    const out: [number, number][] = []
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      let t = this.#next[s]!.get(c)
      while (t === undefined && s !== 0) {
        s = this.#fail[s]!
        t = this.#next[s]!.get(c)
      }
      s = t ?? 0
      const len = this.#out[s]!
      if (len === 0) continue
      let start = i + 1 - len
      let end = i + 1
      // A long value ending here may cover earlier (shorter) matches: fold them in.
      while (out.length > 0 && start <= out[out.length - 1]![1]) {
        const [a, b] = out.pop()!
        start = Math.min(start, a)
        end = Math.max(end, b)
      }
      out.push([start, end])
    }
    return out
  }
}
