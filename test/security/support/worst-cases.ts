import { RegExpParser } from '@eslint-community/regexpp'
import type { AST } from '@eslint-community/regexpp'
import type { SecretRule } from '../../../src/secrets/rule.ts'

/** Characters tried, in order, when a class must yield a sample character. */
const PREFERRED = 'aZ9bY8-_./+=:"\' \tQ7xX0'

/**
 * Strings built from a rule's own pattern: what it matches (shortest and longest choices,
 * every alternative), cut short at every quarter, so inputs can repeat near-misses.
 */
function samples(rule: SecretRule): string[] {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(rule.regex.source, 0, rule.regex.source.length, {
    unicode: rule.regex.unicode,
  })
  const out = new Set<string>()
  for (const long of [false, true])
    for (let pick = 0; pick < 4; pick++) {
      const s = build(ast, { long, pick })
      if (s.length === 0) continue
      out.add(s)
      for (const q of [0.25, 0.5, 0.75]) out.add(s.slice(0, Math.max(1, Math.floor(s.length * q))))
      out.add(s.slice(0, -1))
    }
  return [...out].filter((s) => s.length > 0)
}

function build(node: AST.Node, o: { long: boolean; pick: number }): string {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      const alts = node.alternatives
      return build(alts[o.pick % alts.length]!, o)
    }
    case 'Alternative':
      return node.elements.map((e) => build(e, o)).join('')
    case 'Character':
      return String.fromCharCode(node.value)
    case 'CharacterSet':
    case 'CharacterClass':
      return sampleChar(node)
    case 'Quantifier': {
      const n = o.long ? Math.min(node.max, Math.max(node.min, 80)) : Math.max(node.min, 1)
      return Array.from({ length: Math.min(n, 9000) }, () => build(node.element, o)).join('')
    }
    default:
      return ''
  }
}

function sampleChar(node: AST.CharacterSet | AST.CharacterClass): string {
  const re = new RegExp(node.raw, '')
  for (const c of PREFERRED) if (re.test(c)) return c
  for (let c = 32; c < 127; c++) if (re.test(String.fromCharCode(c))) return String.fromCharCode(c)
  return '\n'
}

function contextSample(re: RegExp): string {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source, 0, re.source.length, {
    unicode: re.unicode,
  })
  const s = build(ast, { long: false, pick: 1 }).trim()
  if (!re.test(s)) throw new Error(`no sample of ${re.source}`)
  return s
}

/** `unit` repeated up to exactly `n` characters. */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
}

/**
 * Inputs of about `n` characters meant to make a backtracking rule slow: its keywords in
 * runs and followed by long runs of accepted characters, assignment glue, JWT-like starts,
 * and its own samples and near-misses repeated back to back, with spaces and with newlines.
 * Flat strings (through a Buffer), so no rope flattening is counted by the caller.
 */
export function worstCases(rule: SecretRule, n: number): string[] {
  const cases: string[] = []
  for (const kw of rule.keywords.slice(0, 3)) {
    const at = rule.regex.source.toLowerCase().indexOf(kw)
    const k = at >= 0 ? rule.regex.source.slice(at, at + kw.length) : kw
    cases.push(
      fill(kw, n),
      fill(k, n),
      k + fill('aB3', n),
      fill(`${k}=`, n),
      `${k} = "` + fill('aZ9+/_-.', n),
      fill(`${k}-1234567890.`, n),
      fill(`${k}: eyJ `, n),
      fill(`${k}aB3`, n),
      fill(`${k}\n`, n),
      // Separators that token alphabets often accept but that end a word (`\b` holds after them).
      ...['-', '.', '_', '/', '+', '='].map((sep) => fill(k + sep, n)),
    )
  }
  for (const s of samples(rule)) {
    cases.push(fill(s, n), fill(s + ' ', n), fill(s + '\n', n))
    const last = s[s.length - 1]!
    cases.push(s + fill(last, Math.max(0, n - s.length)))
  }
  // A rule that runs only in files of a kind (a Kubernetes Secret) gets that context first.
  const context = rule.fileMatches ? `${contextSample(rule.fileMatches)}\n` : ''
  return cases.map((c) => Buffer.from(context + c).toString())
}
