import { RegExpParser } from '@eslint-community/regexpp'
import type { AST } from '@eslint-community/regexpp'
import type { RuleMatcher } from '../../../src/secrets/compile-rules.ts'

/**
 * A backtracking regex interpreter that counts its work: one unit per character test,
 * assertion, capture and backtracking step. It follows the semantics of V8's own engine
 * (leftmost match, greedy/lazy bounded quantifiers, atomic lookarounds, lookbehind matched
 * backwards) but none of its shortcuts, so its count is an upper bound on what V8 does and
 * does not change with the machine's load. Tests inject it into the scanner in place of
 * the rule's RegExp to prove that a rule's cost grows linearly with its input.
 */
export class CountingRegex implements RuleMatcher {
  lastIndex = 0
  /** Units of work so far (shared across calls until reset). */
  steps = 0
  readonly #global: boolean
  readonly #top: Matcher
  readonly #groups: number
  #input = ''
  #caps: (number[] | undefined)[] = []
  readonly #index = new Map<AST.CapturingGroup, number>()

  constructor(regex: RegExp) {
    this.#global = regex.global || regex.sticky
    const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(regex.source, 0, regex.source.length, {
      unicode: regex.unicode,
    })
    let groups = 0
    const count = (n: AST.Node): void => {
      if (n.type === 'CapturingGroup') this.#index.set(n, ++groups)
      for (const child of children(n)) count(child)
    }
    count(ast)
    this.#groups = groups
    this.#top = this.#compile(
      ast,
      { ignoreCase: regex.ignoreCase, multiline: regex.multiline, dotAll: regex.dotAll },
      1,
    )
  }

  exec(input: string): RegExpExecArray | null {
    this.#input = input
    const from = this.#global ? this.lastIndex : 0
    this.#caps = new Array<number[] | undefined>(this.#groups + 1).fill(undefined)
    for (let start = from; start <= input.length; start++) {
      this.steps++
      // A failed attempt restores every capture it set, so the array is clean for the next start.
      let end = -1
      if (
        this.#top(start, (p) => {
          end = p
          return true
        })
      ) {
        const m = [input.slice(start, end)] as unknown as RegExpExecArray
        for (let g = 1; g <= this.#groups; g++) {
          const c = this.#caps[g]
          m.push(c ? input.slice(c[0], c[1]) : (undefined as unknown as string))
        }
        m.index = start
        m.input = input
        if (this.#global) this.lastIndex = end
        return m
      }
    }
    if (this.#global) this.lastIndex = 0
    return null
  }

  #compile(node: AST.Node, flags: Flags, dir: 1 | -1): Matcher {
    switch (node.type) {
      case 'Assertion':
        return this.#assertion(node, flags)
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup': {
        const inner: Flags = node.type === 'Group' && node.modifiers ? applyModifiers(flags, node.modifiers) : flags
        const body = this.#alternatives(node.alternatives, inner, dir)
        if (node.type !== 'CapturingGroup') return body
        const index = this.#index.get(node)!
        return (p, k) =>
          body(p, (q) => {
            this.steps++
            const prev = this.#caps[index]
            this.#caps[index] = dir === 1 ? [p, q] : [q, p]
            if (k(q)) return true
            this.#caps[index] = prev
            return false
          })
      }
      case 'Alternative':
        return this.#sequence(node.elements, flags, dir)
      case 'Character':
      case 'CharacterSet':
      case 'CharacterClass':
        return this.#single(charTest(node, flags), dir)
      case 'Quantifier':
        return this.#quantifier(node, flags, dir)
      case 'Backreference': {
        if (Array.isArray(node.resolved)) throw new Error('ambiguous backreferences are not supported')
        const ref = this.#index.get(node.resolved as AST.CapturingGroup)!
        return (p, k) => {
          const c = this.#caps[ref]
          if (!c) return k(p)
          const text = this.#input.slice(c[0], c[1])
          this.steps += text.length + 1
          if (dir === 1) return this.#input.startsWith(text, p) ? k(p + text.length) : false
          return this.#input.slice(p - text.length, p) === text ? k(p - text.length) : false
        }
      }
      default:
        throw new Error(`regex construct ${node.type} is not supported by the counting interpreter`)
    }
  }

  #alternatives(alts: readonly AST.Alternative[], flags: Flags, dir: 1 | -1): Matcher {
    const compiled = alts.map((a) => this.#compile(a, flags, dir))
    if (compiled.length === 1) return compiled[0]!
    return (p, k) => {
      for (const m of compiled) {
        this.steps++
        if (m(p, k)) return true
      }
      return false
    }
  }

  #sequence(elements: readonly AST.Element[], flags: Flags, dir: 1 | -1): Matcher {
    const parts = elements.map((e) => this.#compile(e, flags, dir))
    // A lookbehind body is matched right to left, so its elements run in reverse order.
    if (dir === -1) parts.reverse()
    return parts.reduceRight<Matcher>(
      (next, part) => (p, k) => part(p, (q) => next(q, k)),
      (p, k) => k(p),
    )
  }

  #single(test: (c: number) => boolean, dir: 1 | -1): Matcher {
    return (p, k) => {
      this.steps++
      const at = dir === 1 ? p : p - 1
      if (at < 0 || at >= this.#input.length || !test(this.#input.charCodeAt(at))) return false
      return k(p + dir)
    }
  }

  #quantifier(node: AST.Quantifier, flags: Flags, dir: 1 | -1): Matcher {
    const { min, max, greedy } = node
    const el = node.element
    if (el.type === 'Character' || el.type === 'CharacterSet' || el.type === 'CharacterClass') {
      // One character per iteration: count the run once, then give characters back one by one.
      const test = charTest(el, flags)
      return (p, k) => {
        const input = this.#input
        let n = 0
        const limit = Math.min(max, dir === 1 ? input.length - p : p)
        if (greedy) {
          while (n < limit && test(input.charCodeAt(dir === 1 ? p + n : p - n - 1))) {
            this.steps++
            n++
          }
          for (let c = n; c >= min; c--) {
            this.steps++
            if (k(p + dir * c)) return true
          }
          return false
        }
        while (n < min) {
          this.steps++
          if (n >= limit || !test(input.charCodeAt(dir === 1 ? p + n : p - n - 1))) return false
          n++
        }
        for (;;) {
          this.steps++
          if (k(p + dir * n)) return true
          if (n >= limit || !test(input.charCodeAt(dir === 1 ? p + n : p - n - 1))) return false
          n++
        }
      }
    }
    const body = this.#compile(el, flags, dir)
    const iterate = (p: number, count: number, k: Cont): boolean => {
      this.steps++
      const more = (): boolean =>
        count < max && body(p, (q) => (q === p && count >= min ? false : iterate(q, count + 1, k)))
      if (greedy) return more() || (count >= min && k(p))
      return (count >= min && k(p)) || more()
    }
    return (p, k) => iterate(p, 0, k)
  }

  #assertion(node: AST.Assertion, flags: Flags): Matcher {
    const input = (): string => this.#input
    const isWord = (c: number): boolean =>
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
    switch (node.kind) {
      case 'start':
        return (p, k) => {
          this.steps++
          return p === 0 || (flags.multiline && isLineTerminator(input().charCodeAt(p - 1))) ? k(p) : false
        }
      case 'end':
        return (p, k) => {
          this.steps++
          const s = input()
          return p === s.length || (flags.multiline && isLineTerminator(s.charCodeAt(p))) ? k(p) : false
        }
      case 'word':
        return (p, k) => {
          this.steps++
          const s = input()
          const a = p > 0 && isWord(s.charCodeAt(p - 1))
          const b = p < s.length && isWord(s.charCodeAt(p))
          return (a !== b) !== node.negate ? k(p) : false
        }
      case 'lookahead':
      case 'lookbehind': {
        const body = this.#alternatives(node.alternatives, flags, node.kind === 'lookahead' ? 1 : -1)
        return (p, k) => {
          this.steps++
          const saved = this.#caps.slice()
          const found = body(p, () => true)
          if (node.negate) {
            this.#caps = saved
            return found ? false : k(p)
          }
          if (!found) return false
          if (k(p)) return true
          this.#caps = saved
          return false
        }
      }
    }
  }
}

type Cont = (pos: number) => boolean
type Matcher = (pos: number, k: Cont) => boolean
interface Flags {
  ignoreCase: boolean
  multiline: boolean
  dotAll: boolean
}

function applyModifiers(flags: Flags, m: AST.Modifiers): Flags {
  const out = { ...flags }
  for (const key of ['ignoreCase', 'multiline', 'dotAll'] as const) {
    if (m.add[key]) out[key] = true
    if (m.remove?.[key]) out[key] = false
  }
  return out
}

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029
}

function children(n: AST.Node): AST.Node[] {
  switch (n.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return n.alternatives
    case 'Assertion':
      return 'alternatives' in n ? n.alternatives : []
    case 'Alternative':
      return n.elements
    case 'Quantifier':
      return [n.element]
    default:
      return []
  }
}

/** A predicate on one UTF-16 code unit for a character, escape or class, honouring case-insensitivity. */
function charTest(node: AST.Character | AST.CharacterSet | AST.CharacterClass, flags: Flags): (c: number) => boolean {
  const exact = exactTest(node, flags)
  if (!flags.ignoreCase) return exact
  return (c) => {
    if (exact(c)) return true
    const s = String.fromCharCode(c)
    const lower = s.toLowerCase().charCodeAt(0)
    const upper = s.toUpperCase().charCodeAt(0)
    return (lower !== c && exact(lower)) || (upper !== c && exact(upper))
  }
}

function exactTest(node: AST.Node, flags: Flags): (c: number) => boolean {
  switch (node.type) {
    case 'Character':
      return (c) => c === node.value
    case 'CharacterClassRange':
      return (c) => c >= node.min.value && c <= node.max.value
    case 'CharacterSet': {
      if (node.kind === 'any') return (c) => flags.dotAll || !isLineTerminator(c)
      const base =
        node.kind === 'digit'
          ? (c: number) => c >= 48 && c <= 57
          : node.kind === 'word'
            ? (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
            : node.kind === 'space'
              ? (c: number) => /\s/.test(String.fromCharCode(c))
              : undefined
      if (!base) throw new Error(`character set ${node.kind} is not supported by the counting interpreter`)
      return node.negate ? (c) => !base(c) : base
    }
    case 'CharacterClass': {
      const tests = node.elements.map((e) => exactTest(e, flags))
      return node.negate ? (c) => !tests.some((t) => t(c)) : (c) => tests.some((t) => t(c))
    }
    default:
      throw new Error(`class element ${node.type} is not supported by the counting interpreter`)
  }
}
