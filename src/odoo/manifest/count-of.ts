/**
 * `1 addon`, `2 addons`, `1,124 manifests`: a count with its noun in the right number. `plural`
 * defaults to the noun plus `s` (give it for `dependency`/`dependencies` and the like).
 */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : plural}`
}

/** `1,124`: thousands separated as in English, without asking ICU (its first use costs about 100 ms). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
