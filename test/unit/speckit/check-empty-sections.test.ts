import { describe, expect, it } from 'vitest'
import { checkEmptySections } from '../../../src/speckit/check-empty-sections.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

describe('checkEmptySections', () => {
  it('accepts sections with content and headings followed by their subsections', () => {
    const doc = parseDoc(md('# Title', '', '## A', '', '### A.1', '', 'text', '', '## B', '', '- item'))
    expect(checkEmptySections(doc)).toEqual([])
  })
  it('reports a heading followed by a heading of the same level', () => {
    const doc = parseDoc(md('# T', '', '## Non-goals', '', '## Goals', '', 'text'))
    expect(checkEmptySections(doc)).toMatchObject([
      { ruleId: 'spec-kit/empty-section', line: 3, column: 1, level: 'warning' },
    ])
  })
  it('reports a heading at the end of the file and one followed by a higher-level heading', () => {
    const doc = parseDoc(md('# T', '', '## A', 'x', '### A.1', '## B', 'y', '## C'))
    expect(checkEmptySections(doc).map((f) => f.line)).toEqual([5, 8])
  })
  it('does not count template comments and rules as content', () => {
    const doc = parseDoc(
      md('# T', '', '## Edge Cases', '', '<!-- ACTION REQUIRED: fill -->', '', '---', '', '## Next', 'x'),
    )
    expect(checkEmptySections(doc)).toMatchObject([{ line: 3, message: expect.stringContaining('"Edge Cases"') }])
  })
})
