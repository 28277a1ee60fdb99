/**
 * `1 addon`, `2 addons`, `0 failures`: a count with its noun in the right number. `plural`
 * defaults to the noun plus `s` (give it for `dependency`/`dependencies` and the like).
 */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : plural}`
}
