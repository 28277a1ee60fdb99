/**
 * `repr(float)` as CPython writes it: shortest round-trip digits, positional notation
 * for exponents -4..15, otherwise `1e+16` style; `inf`, `-inf`, `nan` as words.
 */
export function formatPythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const [mantissa = '0', expText = '0'] = x.toExponential().split('e')
  const exp = Number(expText)
  const negative = mantissa.startsWith('-')
  const digits = mantissa.replace('-', '').replace('.', '')
  let body: string
  if (exp >= -4 && exp < 16) {
    const point = exp + 1
    if (point <= 0) body = '0.' + '0'.repeat(-point) + digits
    else if (point >= digits.length) body = digits + '0'.repeat(point - digits.length) + '.0'
    else body = digits.slice(0, point) + '.' + digits.slice(point)
  } else {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits
    body = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  return (negative ? '-' : '') + body
}
