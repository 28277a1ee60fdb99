import type { InlineCode, ListItem, Nodes, TableCell, Text } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseMarkdownTree } from '../../../src/speckit/markdown-tree.ts'
import { lineStartsOf } from '../../../src/speckit/position-at.ts'
import { walkNodes } from '../../../src/speckit/walk-nodes.ts'

function all(text: string, type: string): Nodes[] {
  const out: Nodes[] = []
  walkNodes(parseMarkdownTree(text, lineStartsOf(text)), (n) => void (n.type === type && out.push(n)))
  return out
}

describe('parseMarkdownTree', () => {
  it('reads GitHub task list checkboxes and drops them from the text, as GitHub does', () => {
    const items = all('- [ ] T001 a\n- [x] T002 b\n- [X] T003 c\n- [] T004 d\n- [ ]T005 e\n- plain\n', 'listItem')
    expect(items.map((i) => (i as ListItem).checked)).toEqual([false, true, true, null, null, null])
    const texts = all('- [ ] T001 `x` b\n', 'text') as Text[]
    expect(texts[0]).toMatchObject({ value: 'T001 ', position: { start: { line: 1, column: 7, offset: 6 } } })
  })

  it('gives inline nodes their source line and column inside lists and quotes', () => {
    const code = all('# T\n\n> - item\n>   with `[DATE]` here\n', 'inlineCode') as InlineCode[]
    expect(code[0]).toMatchObject({ value: '[DATE]', position: { start: { line: 4, column: 10 } } })
  })

  it('keeps escaped text together and marks it as differing from its source', () => {
    const texts = all('a \\[DATE\\] b\n', 'text') as Text[]
    expect(texts).toHaveLength(1)
    expect(texts[0]).toMatchObject({ value: 'a [DATE] b', position: { start: { offset: 0 }, end: { offset: 12 } } })
  })

  it('places table cells on their row, one after the other', () => {
    const cells = all('| ID | Task | Status |\n|---|---|---|\n| T001 | Export | ✅ |\n', 'tableCell') as TableCell[]
    expect(cells.slice(3).map((c) => [c.position?.start.line, c.position?.start.column])).toEqual([
      [3, 3],
      [3, 10],
      [3, 19],
    ])
  })

  it('keeps code blocks and HTML comments as blocks with their lines', () => {
    const text = '# T\n\n```\n[DATE]\n```\n\n<!--\nACTION REQUIRED\n-->\n'
    expect(all(text, 'code')[0]?.position).toMatchObject({ start: { line: 3 }, end: { line: 5 } })
    expect(all(text, 'html')[0]?.position).toMatchObject({ start: { line: 7 }, end: { line: 9 } })
  })
})
