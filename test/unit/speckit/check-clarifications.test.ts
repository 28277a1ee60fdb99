import { describe, expect, it } from 'vitest'
import { checkClarifications } from '../../../src/speckit/check-clarifications.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

const spec = (n: number) =>
  parseDoc(
    md(
      '# S',
      '',
      ...Array.from({ length: n }, (_, i) => `- **FR-00${i + 1}**: via [NEEDS CLARIFICATION: question ${i + 1}]`),
    ),
    'spec',
  )

describe('checkClarifications', () => {
  it('accepts up to the limit', () => {
    expect(checkClarifications(spec(3), 3)).toEqual([])
    expect(checkClarifications(spec(0), 0)).toEqual([])
  })
  it('reports one finding at the first marker over the limit, with the count and every line', () => {
    const f = checkClarifications(spec(4), 3)
    expect(f).toMatchObject([
      { ruleId: 'spec-kit/needs-clarification', line: 6, properties: { count: 4, limit: 3, lines: [3, 4, 5, 6] } },
    ])
    expect(f[0]!.message).toContain('4 [NEEDS CLARIFICATION] markers')
  })
  it('honours a limit of zero', () => {
    expect(checkClarifications(spec(1), 0)).toMatchObject([{ line: 3 }])
  })
  it('does not count markers inside code blocks', () => {
    const doc = parseDoc(md('# S', '', '```', '[NEEDS CLARIFICATION: example]', '```'), 'spec')
    expect(checkClarifications(doc, 0)).toEqual([])
  })
})
