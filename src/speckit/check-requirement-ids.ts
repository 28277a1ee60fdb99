import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { nodeText } from './node-text.ts'
import { walkNodes } from './walk-nodes.ts'

const definition = /^\s*(FR|SC|NFR)-(\d+)\b/

/**
 * A requirement is defined by a list item or table row that starts with its ID
 * (`- **FR-001**: ...`); mentions elsewhere are references. Each ID once per file.
 */
export function checkRequirementIds(doc: ParsedDoc): Finding[] {
  const seen = new Map<string, number>()
  const findings: Finding[] = []
  walkNodes(doc.tree, (node) => {
    if (node.type !== 'listItem' && node.type !== 'tableRow') return
    const first = node.children[0]
    if (!first || !node.position) return
    const m = definition.exec(nodeText(first))
    if (!m) return
    const id = `${m[1]}-${m[2]}`
    const line = node.position.start.line
    const before = seen.get(id)
    if (before === undefined) seen.set(id, line)
    else
      findings.push(
        makeFinding({
          rule: 'spec-kit/duplicate-requirement-id',
          path: doc.path,
          line,
          column: node.position.start.column,
          message: `${id} is defined again (first at line ${before}): give each requirement its own ID`,
          properties: { id, firstLine: before },
        }),
      )
  })
  return findings
}
