import { LiteralSyntaxError } from './literal-syntax-error.ts'
import type { PyValue } from './python-value.ts'

/**
 * A string that is equal for two values exactly when Python's `==` (and hash) says they
 * are, so `{1: 'a', True: 'b', 1.0: 'c'}` collapses to one key as in CPython.
 * Throws the TypeError CPython raises for an unhashable key (list, dict, set).
 */
export function pythonKey(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return 's' + v.value
    case 'bytes':
      return 'b' + Buffer.from(v.value).toString('hex')
    case 'bool':
      return v.value ? 'n1' : 'n0'
    case 'int':
      return 'n' + v.value.toString()
    case 'float':
      return numberKey(v.value)
    case 'complex':
      return v.imag === 0 ? numberKey(v.real) : `c${numberKey(v.real)},${numberKey(v.imag)}`
    case 'none':
      return 'N'
    case 'ellipsis':
      return 'E'
    case 'tuple':
      return 't(' + v.items.map(pythonKey).join('\u0000') + ')'
    default:
      throw new LiteralSyntaxError({
        kind: 'unhashable',
        message: `unhashable type: '${v.kind}' cannot be a dict key or set member`,
        line: v.line,
        column: v.column,
      })
  }
}

function numberKey(x: number): string {
  return Number.isInteger(x) ? 'n' + BigInt(x).toString() : 'f' + String(x)
}
