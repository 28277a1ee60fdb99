import { formatPythonFloat } from './format-python-float.ts'
import type { PyValue } from './python-value.ts'

/** JSON value as `JSON.parse` returns it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/**
 * Flattens a literal to JSON the way `json.dumps` does for what literal_eval returns, with
 * tuples and sets as arrays. For values JSON has no type for: bytes become a latin-1
 * string, a complex number `{ real, imag }`, Ellipsis the string `"..."`.
 */
export function toJsonValue(v: PyValue): JsonValue {
  switch (v.kind) {
    case 'str':
      return v.value
    case 'bytes':
      return Buffer.from(v.value).toString('latin1')
    case 'int':
      return Number(v.value)
    case 'float':
      return v.value
    case 'complex':
      return { real: v.real, imag: v.imag }
    case 'bool':
      return v.value
    case 'none':
      return null
    case 'ellipsis':
      return '...'
    case 'list':
    case 'tuple':
    case 'set':
      return v.items.map(toJsonValue)
    case 'dict': {
      const out: { [key: string]: JsonValue } = {}
      for (const e of v.entries) out[jsonKey(e.key)] = toJsonValue(e.value)
      return out
    }
  }
}

/** json.dumps' key rule: str as is, numbers by repr, True/False/None as JSON words. */
function jsonKey(k: PyValue): string {
  switch (k.kind) {
    case 'str':
      return k.value
    case 'int':
      return k.value.toString()
    case 'float':
      return formatPythonFloat(k.value)
    case 'bool':
      return k.value ? 'true' : 'false'
    case 'none':
      return 'null'
    default:
      return JSON.stringify(toJsonValue(k))
  }
}
