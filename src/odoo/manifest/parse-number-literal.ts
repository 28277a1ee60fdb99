/** The value of a Python number token: an int (arbitrary precision), a float, or an imaginary number. */
export type NumberLiteral =
  { kind: 'int'; value: bigint } | { kind: 'float'; value: number } | { kind: 'complex'; real: number; imag: number }

/**
 * Converts a number token the tokenizer already validated. Floats go through `Number`,
 * which rounds correctly like CPython's `float()`, so both sides agree to the last bit.
 */
export function parseNumberLiteral(text: string): NumberLiteral {
  const t = text.replaceAll('_', '')
  if (/[jJ]$/.test(t)) return { kind: 'complex', real: 0, imag: Number(t.slice(0, -1)) }
  if (/^0[xXoObB]/.test(t)) return { kind: 'int', value: BigInt(t.toLowerCase()) }
  if (/[.eE]/.test(t)) return { kind: 'float', value: Number(t) }
  return { kind: 'int', value: BigInt(t) }
}
