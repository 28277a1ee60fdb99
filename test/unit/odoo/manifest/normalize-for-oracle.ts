import { formatPythonFloat } from '../../../../src/odoo/manifest/format-python-float.ts'
import type { PyValue } from '../../../../src/odoo/manifest/python-value.ts'
import { toJsonValue } from '../../../../src/odoo/manifest/to-json-value.ts'

/**
 * Encodes a parsed literal the way python-oracle.ts encodes CPython's result: sets sorted
 * (their order is a hash order in CPython), non-string dict keys spelled as the oracle
 * spells them, non-finite floats tagged. Everything else is plain toJsonValue.
 */
export function normalizeForOracle(v: PyValue): unknown {
  switch (v.kind) {
    case 'set':
      return v.items
        .map(normalizeForOracle)
        .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
    case 'list':
    case 'tuple':
      return v.items.map(normalizeForOracle)
    case 'dict': {
      const out: Record<string, unknown> = {}
      for (const e of v.entries) out[oracleKey(e.key)] = normalizeForOracle(e.value)
      return out
    }
    case 'float':
      return Number.isFinite(v.value) ? v.value : { float: formatPythonFloat(v.value) }
    default:
      return toJsonValue(v)
  }
}

function oracleKey(k: PyValue): string {
  if (k.kind === 'str') return k.value
  if (k.kind === 'bool' || k.kind === 'none') return JSON.stringify(toJsonValue(k))
  if (k.kind === 'int') return k.value.toString()
  if (k.kind === 'float') return formatPythonFloat(k.value)
  return sortKey(normalizeForOracle(k))
}

function sortKey(x: unknown): string {
  return JSON.stringify(x)
}
