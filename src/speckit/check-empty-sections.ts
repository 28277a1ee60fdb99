import type { RootContent } from 'mdast'
import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { nodeText } from './node-text.ts'

/**
 * A heading is empty when nothing a reader sees follows it before the next heading
 * of the same or a higher level. HTML comments (template guidance) and `---` rules
 * do not count as content; a heading followed by its own subheadings is not empty.
 */
export function checkEmptySections(doc: ParsedDoc): Finding[] {
  const findings: Finding[] = []
  const nodes = doc.tree.children
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    if (node.type !== 'heading') continue
    let j = i + 1
    while (j < nodes.length && isInvisible(nodes[j]!)) j++
    const next = nodes[j]
    if (next && !(next.type === 'heading' && next.depth <= node.depth)) continue
    const title = nodeText(node).trim()
    findings.push(
      makeFinding({
        rule: 'spec-kit/empty-section',
        path: doc.path,
        line: node.position?.start.line,
        column: node.position?.start.column,
        message: `section "${title}" is empty: write its content or remove the heading`,
      }),
    )
  }
  return findings
}

function isInvisible(node: RootContent): boolean {
  if (node.type === 'html') return /^\s*<!--[\s\S]*-->\s*$/.test(node.value)
  return node.type === 'thematicBreak' || node.type === 'definition'
}
