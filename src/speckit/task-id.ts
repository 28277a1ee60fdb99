/**
 * A task ID at the start of a task's text: `T001`, `T018a` / `T104A` (a task inserted after
 * T018), seed style `T1.2`, `Task 1.3`, `TASK-12`, or phase-qualified `P2-T03`. The ID may
 * be followed directly by a marker (`T129B[P]`). Groups 1-4 hold the numbers (for `P2-T03`,
 * groups 4 and 5).
 */
export const taskIdAtStart =
  /^(?:T(\d+(?:\.\d+)*[a-zA-Z]?)|Task\s+(\d+(?:\.\d+)*)|TASK-(\d+)|P(\d+)-T(\d+))(?=[\s:.,;)\][—–-]|$)/
/** Task IDs anywhere in a text (for "depends on" lists). */
export const taskIdAnywhere = /\b(?:T(\d+(?:\.\d+)*[a-zA-Z]?)|Task\s+(\d+(?:\.\d+)*)|TASK-(\d+)|P(\d+)-T(\d+))\b/g

/** The numbers of an ID match (`P2-T03` gives `2.3`). */
export function taskIdDigits(m: RegExpExecArray | RegExpMatchArray): string {
  if (m[4] !== undefined) return `${m[4]}.${m[5]}`
  return (m[1] ?? m[2] ?? m[3])!
}

/** Numeric parts of an ID: `T001` is [1], `T1.2` and `Task 1.2` are [1, 2], `T018a` is [18, 1]. */
export function taskIdOrder(digits: string): number[] {
  const letter = /[a-zA-Z]$/.exec(digits)
  const parts = (letter ? digits.slice(0, -1) : digits).split('.').map(Number)
  return letter ? [...parts, letter[0].toLowerCase().charCodeAt(0) - 96] : parts
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
