import { decodeStringLiteral } from './decode-string-literal.ts'
import { convertLiteralNode } from './convert-literal-node.ts'
import type { LiteralNode as Node } from './convert-literal-node.ts'
import { LiteralSyntaxError } from './literal-syntax-error.ts'
import type { LiteralErrorKind } from './literal-syntax-error.ts'
import { parseNumberLiteral } from './parse-number-literal.ts'
import { pythonKey } from './python-key.ts'
import type { PyDictEntry, PyPos, PyValue } from './python-value.ts'
import { SourcePositions } from './source-positions.ts'
import { MAX_MANIFEST_TOKENS, tokenizePython } from './tokenize-python.ts'
import { parseLiteralFast } from './parse-literal-fast.ts'
import type { PyToken } from './tokenize-python.ts'

const BINARY = new Set(['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^'])
const NOT_LITERAL_AFTER = new Set([
  '<',
  '>',
  '==',
  '!=',
  '<=',
  '>=',
  ':=',
  'if',
  'and',
  'or',
  'in',
  'is',
  'not',
  'for',
  'async',
])
const KEYWORD_STARTS = new Set(['lambda', 'await', 'yield', 'not'])

/**
 * Parses Python source exactly as `ast.literal_eval(source)` would evaluate it, without
 * evaluating anything: the result keeps Python types and source positions. Throws
 * LiteralSyntaxError (with line and column) for a syntax error or a non-literal expression.
 */
export function parsePythonLiteral(source: string, limits: { maxTokens?: number } = {}): PyValue {
  // Real manifests take the one-pass path; anything it does not handle, errors included, comes here.
  const fast = parseLiteralFast(source, limits.maxTokens ?? MAX_MANIFEST_TOKENS)
  if (fast !== undefined) return fast
  return parseLiteralFully(source, limits)
}

/** The full parser on its own (tests compare it with the fast path). */
export function parseLiteralFully(source: string, limits: { maxTokens?: number } = {}): PyValue {
  // literal_eval strips leading spaces and tabs before parsing; positions stay in the original.
  const offset = source.length - source.replace(/^[ \t]+/, '').length
  const positions = new SourcePositions(source)
  const shifted = { at: (at: number): PyPos => positions.at(at + offset) }
  return new LiteralParser(tokenizePython(source.slice(offset), shifted, limits.maxTokens), shifted.at).parseFile()
}

class LiteralParser {
  #i = 0
  /** Line of the next-to-last piece when the last string literal was glued from pieces on several lines. */
  #gluedStringLine: number | undefined
  readonly #tokens: PyToken[]
  readonly #pos: (offset: number) => PyPos
  constructor(tokens: PyToken[], pos: (offset: number) => PyPos) {
    this.#tokens = tokens
    this.#pos = pos
  }

  parseFile(): PyValue {
    if (this.#peek().type === 'end')
      this.#fail('syntax', this.#peek(), 'the file is empty; expected a literal such as a dict')
    const value = convertLiteralNode(this.#parseTestList(() => this.#peek().type === 'newline'))
    const next = this.#peek()
    if (next.type !== 'newline') this.#unexpected(next, 'end of the literal')
    this.#i++
    if (this.#peek().type !== 'end')
      this.#fail('syntax', this.#peek(), 'a second expression follows the literal; a manifest holds exactly one')
    return value
  }

  #peek(ahead = 0): PyToken {
    return this.#tokens[Math.min(this.#i + ahead, this.#tokens.length - 1)] ?? { type: 'end', start: 0 }
  }
  #isOp(text: string, ahead = 0): boolean {
    const t = this.#peek(ahead)
    return t.type === 'op' && t.text === text
  }
  #fail(kind: LiteralErrorKind, at: PyToken | PyPos | number, message: string): never {
    const pos = typeof at === 'number' ? this.#pos(at) : 'type' in at ? this.#pos(at.start) : at
    throw new LiteralSyntaxError({ kind, message, line: pos.line, column: pos.column })
  }
  #unexpected(tok: PyToken, expected: string): never {
    if ((tok.type === 'op' || tok.type === 'name') && NOT_LITERAL_AFTER.has(tok.text)) {
      this.#fail('not-literal', tok, `'${tok.text}' makes this an expression, not a literal`)
    }
    if (tok.type === 'op' && tok.text === '=')
      this.#fail('not-literal', tok, 'an assignment is not a literal; write only the dict')
    this.#fail('syntax', tok, `unexpected ${describe(tok)}; expected ${expected}`)
  }

  /** `a, b, c` as a tuple; a single item without a comma is itself. */
  #parseTestList(atEnd: () => boolean): Node {
    const first = this.#parseExpr()
    if (!this.#isOp(',')) return first
    const items = [first]
    while (this.#isOp(',')) {
      this.#i++
      if (atEnd()) break
      items.push(this.#parseExpr())
    }
    const at = { line: first.line, column: first.column }
    return { t: 'value', v: { kind: 'tuple', items: items.map((n) => convertLiteralNode(n)), ...at }, ...at }
  }

  #parseExpr(): Node {
    let left = this.#parseUnary()
    for (let tok = this.#peek(); tok.type === 'op' && BINARY.has(tok.text); tok = this.#peek()) {
      this.#i++
      left = { t: 'binop', op: tok.text, left, right: this.#parseUnary(), ...this.#pos(tok.start) }
    }
    const tok = this.#peek()
    if ((tok.type === 'op' || tok.type === 'name') && NOT_LITERAL_AFTER.has(tok.text)) this.#unexpected(tok, '')
    return left
  }

  #parseUnary(): Node {
    // Iterative on purpose: a file of ten million minus signs must not overflow the stack.
    const ops: PyToken[] = []
    for (
      let t = this.#peek();
      t.type === 'op' && (t.text === '-' || t.text === '+' || t.text === '~');
      t = this.#peek()
    ) {
      ops.push(t)
      this.#i++
    }
    let node = this.#parsePostfix()
    for (const op of ops.reverse())
      node = { t: 'unary', op: op.type === 'op' ? op.text : '', operand: node, ...this.#pos(op.start) }
    return node
  }

  #parsePostfix(): Node {
    const tok = this.#peek()
    if (tok.type === 'name' && !['True', 'False', 'None'].includes(tok.text)) {
      if (KEYWORD_STARTS.has(tok.text)) this.#fail('not-literal', tok, `'${tok.text}' expressions are not literals`)
      this.#i++
      if (tok.text === 'set' && this.#isOp('(') && this.#isOp(')', 1)) {
        this.#i += 2
        if (!this.#isPostfix())
          return { t: 'value', v: { kind: 'set', items: [], ...this.#pos(tok.start) }, ...this.#pos(tok.start) }
      } else if (!this.#isPostfix()) {
        this.#fail('not-literal', tok, `name '${tok.text}' is not a literal (a manifest cannot refer to variables)`)
      }
      return this.#postfixFail(tok)
    }
    const node = this.#parseAtom()
    if (this.#isPostfix()) this.#postfixFail(tok)
    return node
  }

  #isPostfix(): boolean {
    return this.#isOp('(') || this.#isOp('[') || this.#isOp('.')
  }
  /** Fails at `start`, the beginning of `x.y`, `f(...)` or `x[...]`, which literal_eval refuses. */
  #postfixFail(start: PyToken): never {
    const what = this.#isOp('(') ? 'a function call' : this.#isOp('[') ? 'a subscript' : 'an attribute access'
    const name =
      start.type === 'name' ? ` ('${start.text}${this.#isOp('.') ? '.' : this.#isOp('(') ? '(' : '['}...')` : ''
    this.#fail('not-literal', start, `${what}${name} is not a literal; a manifest can only hold constants`)
  }

  #parseAtom(): Node {
    const tok = this.#peek()
    const pos = this.#pos(tok.start)
    const value = (v: PyValue): Node => ({ t: 'value', v, ...pos })
    if (tok.type === 'number') {
      this.#i++
      return value({ ...parseNumberLiteral(tok.text), ...pos })
    }
    if (tok.type === 'string') return value(this.#parseStrings())
    if (tok.type === 'name') {
      this.#i++
      return value(
        tok.text === 'None' ? { kind: 'none', ...pos } : { kind: 'bool', value: tok.text === 'True', ...pos },
      )
    }
    if (tok.type !== 'op') return this.#unexpected(tok, 'a value')
    if (tok.text === '...') {
      this.#i++
      return value({ kind: 'ellipsis', ...pos })
    }
    if (tok.text === '*' || tok.text === '**') this.#fail('not-literal', tok, 'unpacking (* or **) is not a literal')
    if (tok.text !== '(' && tok.text !== '[' && tok.text !== '{') return this.#unexpected(tok, 'a value')
    // Recursion depth follows bracket depth, which the tokenizer caps at 200.
    this.#i++
    let node: Node
    if (tok.text === '(') {
      node = this.#parseParens(tok, pos)
    } else if (tok.text === '[') {
      node = value({ kind: 'list', items: this.#parseItems(']', tok), ...pos })
    } else {
      node = value(this.#parseBrace(tok, pos))
    }
    return node
  }

  /** `()` is an empty tuple, `(x)` is x itself, and only a comma makes `(x,)` a tuple. */
  #parseParens(open: PyToken, pos: PyPos): Node {
    if (this.#isOp(')')) {
      this.#i++
      return { t: 'value', v: { kind: 'tuple', items: [], ...pos }, ...pos }
    }
    const first = this.#parseExpr()
    if (!this.#isOp(',')) {
      this.#expect(')', open)
      return first
    }
    this.#i++
    const items = [convertLiteralNode(first), ...this.#parseItems(')', open)]
    return { t: 'value', v: { kind: 'tuple', items, ...pos }, ...pos }
  }

  #expect(text: string, open: PyToken): void {
    if (this.#isOp(text)) {
      this.#i++
      return
    }
    const tok = this.#peek()
    const glued = this.#gluedStringLine
    // `"a": "x"\n "b": 1` glues "x" "b" into one string, so the parser first trips on the ':'.
    const hint =
      tok.type === 'op' && tok.text === ':' && glued !== undefined && this.#tokens[this.#i - 1]?.type === 'string'
        ? ` (is a comma missing at the end of line ${glued}?)`
        : ''
    this.#unexpected(
      tok,
      `',' or '${text}' to close the '${open.type === 'op' ? open.text : ''}' on line ${this.#pos(open.start).line}${hint}`,
    )
  }

  #parseItems(close: string, open: PyToken): PyValue[] {
    const items: PyValue[] = []
    while (!this.#isOp(close)) {
      items.push(convertLiteralNode(this.#parseExpr()))
      if (!this.#isOp(',')) break
      this.#i++
    }
    this.#expect(close, open)
    return items
  }

  #parseBrace(open: PyToken, pos: PyPos): PyValue {
    if (this.#isOp('}')) {
      this.#i++
      return { kind: 'dict', entries: [], ...pos }
    }
    const firstKey = this.#parseExpr()
    if (!this.#isOp(':')) {
      const items = [convertLiteralNode(firstKey)]
      if (this.#isOp(',')) {
        this.#i++
        for (const item of this.#parseItems('}', open)) items.push(item)
      } else {
        this.#expect('}', open)
      }
      return { kind: 'set', items: dedupe(items), ...pos }
    }
    const entries = new Map<string, PyDictEntry>()
    let keyNode: Node | undefined = firstKey
    for (;;) {
      keyNode ??= this.#parseExpr()
      const colon = this.#peek()
      if (!this.#isOp(':')) this.#unexpected(colon, "':' after the dict key")
      this.#i++
      const key = convertLiteralNode(keyNode)
      const value = convertLiteralNode(this.#parseExpr())
      const k = pythonKey(key)
      const prev = entries.get(k)
      entries.set(k, { key: prev?.key ?? key, value })
      keyNode = undefined
      if (!this.#isOp(',')) break
      this.#i++
      if (this.#isOp('}')) break
      if (this.#isOp('**')) this.#fail('not-literal', this.#peek(), 'unpacking (**) is not a literal')
    }
    this.#expect('}', open)
    return { kind: 'dict', entries: [...entries.values()], ...pos }
  }

  #parseStrings(): PyValue {
    const first = this.#peek()
    const firstIndex = this.#i
    let kind: 'str' | 'bytes' | undefined
    let text = ''
    const bytes: number[] = []
    for (let tok = first; tok.type === 'string'; tok = this.#peek()) {
      if (tok.prefix.includes('f'))
        this.#fail('not-literal', tok, 'an f-string is not a literal (it is evaluated at run time)')
      const decoded = decodeStringLiteral({
        prefix: tok.prefix,
        body: tok.body,
        bodyStart: tok.bodyStart,
        positions: { at: this.#pos },
      })
      if (kind !== undefined && kind !== decoded.kind)
        this.#fail('syntax', tok, 'cannot mix bytes and nonbytes literals')
      kind = decoded.kind
      if (decoded.kind === 'str') text += decoded.value
      // One push per byte: spreading a million-byte literal into push() overflows the stack.
      else for (const b of decoded.value) bytes.push(b)
      this.#i++
    }
    const pos = this.#pos(first.start)
    const before = this.#i - firstIndex > 1 ? this.#tokens[this.#i - 2] : undefined
    const last = this.#tokens[this.#i - 1]
    this.#gluedStringLine =
      before && last && this.#pos(before.start).line < this.#pos(last.start).line
        ? this.#pos(before.start).line
        : undefined
    return kind === 'bytes'
      ? { kind: 'bytes', value: Uint8Array.from(bytes), ...pos }
      : { kind: 'str', value: text, ...pos }
  }
}

function dedupe(items: PyValue[]): PyValue[] {
  const seen = new Map<string, PyValue>()
  for (const item of items) {
    const k = pythonKey(item)
    if (!seen.has(k)) seen.set(k, item)
  }
  return [...seen.values()]
}

function describe(tok: PyToken): string {
  switch (tok.type) {
    case 'end':
      return 'end of file'
    case 'newline':
      return 'end of line'
    case 'string':
      return 'string'
    case 'number':
      return `number ${tok.text}`
    default:
      return `'${tok.text}'`
  }
}
