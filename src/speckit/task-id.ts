/** A task ID at the start of a task's text: `T001`, seed style `T1.2`, or `Task 1.3`. */
export const taskIdAtStart = /^(?:T(\d+(?:\.\d+)*)|Task\s+(\d+(?:\.\d+)*))(?=[\s:.,;)\]—–-]|$)/
/** Task IDs anywhere in a text (for "depends on" lists). */
export const taskIdAnywhere = /\b(?:T(\d+(?:\.\d+)*)|Task\s+(\d+(?:\.\d+)*))\b/g

/** Numeric parts of an ID: `T001` is [1], `T1.2` and `Task 1.2` are [1, 2]. */
export function taskIdOrder(digits: string): number[] {
  return digits.split('.').map(Number)
}

/** The key two spellings of one ID share (`T001`, `T1` and `Task 1` are the same task). */
export function taskIdKey(order: readonly number[]): string {
  return order.join('.')
}

/** Lexicographic comparison of two ID orders (negative when `a` comes first). */
export function compareTaskIds(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}
