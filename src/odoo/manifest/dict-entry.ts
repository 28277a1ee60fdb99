import type { PyDictEntry, PyValue } from './python-value.ts'

/** A manifest dict as the parser returns it. */
export type PyDict = Extract<PyValue, { kind: 'dict' }>

/** The entry for string key `key`, or undefined. */
export function dictEntry(dict: PyDict, key: string): PyDictEntry | undefined {
  return dict.entries.find((e) => e.key.kind === 'str' && e.key.value === key)
}

/** The string value of `key`, or undefined when absent or not a string. */
export function dictString(dict: PyDict, key: string): string | undefined {
  const v = dictEntry(dict, key)?.value
  return v?.kind === 'str' ? v.value : undefined
}

/** Items of a list/tuple value that are strings, with their positions; undefined when not a sequence. */
export function stringItems(v: PyValue | undefined): { value: string; line: number; column: number }[] | undefined {
  if (v === undefined || (v.kind !== 'list' && v.kind !== 'tuple')) return undefined
  return v.items.flatMap((i) => (i.kind === 'str' ? [{ value: i.value, line: i.line, column: i.column }] : []))
}

/** Python truthiness of a literal, as Odoo applies it to `installable` and `auto_install`. */
export function isTruthy(v: PyValue | undefined, fallback: boolean): boolean {
  if (v === undefined) return fallback
  switch (v.kind) {
    case 'bool':
      return v.value
    case 'none':
      return false
    case 'int':
      return v.value !== 0n
    case 'float':
      return v.value !== 0
    case 'str':
      return v.value !== ''
    case 'list':
    case 'tuple':
    case 'set':
      return v.items.length > 0
    case 'dict':
      return v.entries.length > 0
    default:
      return true
  }
}
