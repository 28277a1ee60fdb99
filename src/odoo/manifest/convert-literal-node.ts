import { LiteralSyntaxError } from './literal-syntax-error.ts'
import type { PyPos, PyValue } from './python-value.ts'

/**
 * What the parser builds before conversion: literal_eval judges unary and binary operators
 * on the syntax tree (`-1` is fine, `+-1` is not), so those stay as nodes until converted.
 */
export type LiteralNode = PyPos &
  (
    | { t: 'value'; v: PyValue }
    | { t: 'unary'; op: string; operand: LiteralNode }
    | { t: 'binop'; op: string; left: LiteralNode; right: LiteralNode }
  )

/** CPython's `_convert`: only `+`/`-` on a number, and `real ± imaginary`, survive as operators. */
export function convertLiteralNode(node: LiteralNode): PyValue {
  if (node.t === 'value') return node.v
  if (node.t === 'binop' && (node.op === '+' || node.op === '-')) {
    const left =
      isNumberNode(node.left) ||
      (node.left.t === 'unary' && (node.left.op === '+' || node.left.op === '-') && isNumberNode(node.left.operand))
        ? signedNum(node.left)
        : undefined
    const right = node.right.t === 'value' && node.right.v.kind === 'complex' ? node.right.v : undefined
    if ((left?.kind === 'int' || left?.kind === 'float') && right?.kind === 'complex') {
      // complex(left) has imaginary part +0.0, so `-1-0j` ends with +0.0, not -0.0, as in CPython.
      const l = Number(left.value)
      const real = node.op === '+' ? l + right.real : l - right.real
      const imag = node.op === '+' ? 0 + right.imag : 0 - right.imag
      return { kind: 'complex', real, imag, line: left.line, column: left.column }
    }
  }
  return signedNum(node)
}

function isNumberNode(node: LiteralNode): boolean {
  return node.t === 'value' && (node.v.kind === 'int' || node.v.kind === 'float' || node.v.kind === 'complex')
}

function signedNum(node: LiteralNode): PyValue {
  if (node.t === 'unary' && (node.op === '+' || node.op === '-')) {
    const v = num(node.operand)
    if (node.op === '+') return { ...v, line: node.line, column: node.column }
    const at = { line: node.line, column: node.column }
    if (v.kind === 'int') return { kind: 'int', value: -v.value, ...at }
    if (v.kind === 'float') return { kind: 'float', value: -v.value, ...at }
    if (v.kind === 'complex') return { kind: 'complex', real: -v.real, imag: -v.imag, ...at }
  }
  return num(node)
}

function num(node: LiteralNode): PyValue {
  if (node.t === 'value' && (node.v.kind === 'int' || node.v.kind === 'float' || node.v.kind === 'complex'))
    return node.v
  const what =
    node.t === 'binop'
      ? `the operator '${node.op}'`
      : node.t === 'unary'
        ? `the operator '${node.op}'`
        : `this ${node.v.kind} in arithmetic`
  throw new LiteralSyntaxError({
    kind: 'not-literal',
    message: `${what} makes this an expression, not a literal (only a signed number or real±imaginary is allowed)`,
    line: node.line,
    column: node.column,
  })
}
