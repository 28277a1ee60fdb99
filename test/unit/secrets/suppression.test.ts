import { describe, expect, it } from 'vitest'
import { isIgnored, parseIgnoreList } from '../../../src/secrets/ignore-list.ts'
import { BaselineMatcher, parseBaseline } from '../../../src/secrets/baseline.ts'

describe('parseIgnoreList', () => {
  it('reads fingerprints and hashes, with comments, and matches hash prefixes', () => {
    const list = parseIgnoreList(
      '# header\ngithub-pat:src/a b.py:0123456789abcdef0123  # trailing note\n\nsha256:abcdef012345\n',
    )
    expect(isIgnored(list, 'github-pat:src/a b.py:0123456789abcdef0123', 'ffff')).toBe(true)
    expect(isIgnored(list, 'github-pat:src/other.py:0123456789abcdef0123', 'ffff')).toBe(false)
    expect(isIgnored(list, 'x:y:z', 'abcdef0123456789')).toBe(true)
  })
  it('names file, line and the expected shapes for a bad entry', () => {
    expect(() => parseIgnoreList('ok:path:abcdef012345\nnope\n', '.oda-secrets-ignore')).toThrow(
      /^\.oda-secrets-ignore:2:1: "nope" is not an ignore entry; expected "rule-id:path:hash"/,
    )
  })
})

describe('baseline', () => {
  const report = {
    conclusion: 'failure',
    findings: [
      { path: 'a.py', line: 3, ruleId: 'github-pat', properties: { secretHash: 'h1' } },
      { path: 'b.py', line: 1, ruleId: 'jwt', properties: { secretHash: 'h2' } },
      { path: 'c.py', line: 1, ruleId: 'x' },
    ],
  }
  it('reads a report, a run record or a bare findings list', () => {
    expect(parseBaseline(JSON.stringify(report), 'r.json')).toHaveLength(2)
    expect(parseBaseline(JSON.stringify({ id: 'run-1', report }), 'r.json')).toHaveLength(2)
  })
  it('matches by rule and content hash and reports what it never saw as stale', () => {
    const m = new BaselineMatcher(parseBaseline(JSON.stringify(report), 'r.json'))
    expect(m.has('github-pat', 'h1')).toBe(true)
    expect(m.has('github-pat', 'h2')).toBe(false)
    expect(m.stale().map((e) => e.ruleId)).toEqual(['jwt'])
  })
  it('explains what it expected when the file is not a report', () => {
    expect(() => parseBaseline('{\n  "findings": [,]\n}', 'b.json')).toThrow(
      /^b\.json:2:16: not valid JSON \([\s\S]*\); expected the JSON report/,
    )
    expect(() => parseBaseline('{"a":1}', 'b.json')).toThrow(/no "findings" array/)
  })
})
