/**
 * `1 test`, `2 tests`, `0 tests`: a number with its noun in the right number. The plural is
 * the singular plus `s` unless given (`1 error was`, `2 errors were` need their own words).
 */
export function countNoun(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
