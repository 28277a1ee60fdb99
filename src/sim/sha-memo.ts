const isSha = (rev: string): boolean => /^[0-9a-f]{40}$/.test(rev)

/**
 * Remembers answers about full SHAs, which never change (git objects are immutable).
 * A question naming a branch or tag always runs; a "not found" answer is not kept, since the
 * object may be written later. Bounded: the oldest entry goes first.
 */
export class ShaMemo<T> {
  readonly #entries = new Map<string, Promise<T>>()
  readonly #max: number
  constructor(max: number) {
    this.#max = max
  }

  get(revs: string[], key: string, fn: () => Promise<T>): Promise<T> {
    if (!revs.every(isSha)) return fn()
    const hit = this.#entries.get(key)
    if (hit) return hit
    const p = fn()
    this.#entries.set(key, p)
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value ?? '')
    p.then(
      (v) => {
        if (v === undefined || v === false) this.#entries.delete(key)
      },
      () => this.#entries.delete(key),
    )
    return p
  }
}
