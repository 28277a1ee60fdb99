import { describe, expect, it } from 'vitest'
import { checkMarkdownStructure } from '../../../src/speckit/check-markdown-structure.ts'
import { parseMarkdown } from '../../../src/speckit/parse-markdown.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

describe('checkMarkdownStructure', () => {
  it('accepts closed fences, tildes, indented code and fences inside lists and quotes', () => {
    const doc = parseDoc(
      md(
        '# A',
        '',
        '```ts',
        'x',
        '```',
        '',
        '~~~~',
        'y',
        '~~~~~',
        '',
        '    indented',
        '',
        '- item',
        '',
        '  ```',
        '  z',
        '  ```',
        '',
        '> ```',
        '> q',
        '> ```',
      ),
    )
    expect(checkMarkdownStructure(doc)).toEqual([])
  })
  it('reports a fence that is never closed at its opening line', () => {
    const doc = parseDoc(md('# A', '', 'text', '', '```text', 'tree/', '## Not a heading'))
    expect(checkMarkdownStructure(doc)).toMatchObject([{ ruleId: 'spec-kit/invalid-markdown', line: 5, column: 1 }])
  })
  it('reports a fence closed by a shorter fence', () => {
    const doc = parseDoc(md('````', 'x', '```'))
    expect(checkMarkdownStructure(doc)).toHaveLength(1)
  })
  it('reports an HTML comment that is never closed', () => {
    const doc = parseDoc(md('# A', '', '<!-- guidance', '', '## Hidden section', 'text'))
    expect(checkMarkdownStructure(doc)).toMatchObject([{ ruleId: 'spec-kit/invalid-markdown', line: 3 }])
  })
  it('accepts closed comments', () => {
    expect(checkMarkdownStructure(parseDoc(md('# A', '<!-- a', 'b -->', 'text')))).toEqual([])
  })
})

describe('parseMarkdown front matter', () => {
  it('blanks valid front matter so it is not read as a heading, keeping line numbers', () => {
    const r = parseMarkdown({
      path: 't.md',
      role: 'tasks',
      text: md('---', 'description: "Task list"', '---', '', '# Tasks'),
    })
    expect(r.findings).toEqual([])
    const headings = r.doc.tree.children.filter((n) => n.type === 'heading')
    expect(headings).toHaveLength(1)
    expect(headings[0]!.position!.start.line).toBe(5)
  })
  it('reports invalid YAML front matter with its line', () => {
    const r = parseMarkdown({ path: 't.md', role: 'tasks', text: md('---', 'a: b', 'c: [unclosed', '---', '# T') })
    expect(r.findings).toMatchObject([{ ruleId: 'spec-kit/invalid-markdown' }])
    expect(r.findings[0]!.line).toBeGreaterThanOrEqual(2)
    expect(r.findings[0]!.message).toContain('front matter')
  })
  it('treats a lone --- without a closing line as a thematic break', () => {
    const r = parseMarkdown({ path: 't.md', role: 'tasks', text: md('---', '# T') })
    expect(r.findings).toEqual([])
    expect(r.doc.tree.children[0]!.type).toBe('thematicBreak')
  })
  it('drops a byte order mark', () => {
    const r = parseMarkdown({ path: 't.md', role: 'tasks', text: '\uFEFF# T\n' })
    expect(r.doc.tree.children[0]).toMatchObject({ type: 'heading', position: { start: { line: 1, column: 1 } } })
  })
})
