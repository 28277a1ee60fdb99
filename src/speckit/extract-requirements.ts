import type { ParsedDoc } from './kit-types.ts'
import { nodeText } from './node-text.ts'
import { walkNodes } from './walk-nodes.ts'

/** A requirement a spec or PRD defines: a list item or table row that starts with its ID. */
export interface Requirement {
  id: string
  line: number
  column: number
}

const definition = /^\s*(FR|SC|NFR)-(\d+)\b/

/** The FR-/SC-/NFR- requirements a document defines, in order (duplicates included). */
export function extractRequirements(doc: ParsedDoc): Requirement[] {
  const out: Requirement[] = []
  walkNodes(doc.tree, (node) => {
    if (node.type !== 'listItem' && node.type !== 'tableRow') return
    const first = node.children[0]
    if (!first || !node.position) return
    const m = definition.exec(nodeText(first))
    if (m) out.push({ id: `${m[1]}-${m[2]}`, line: node.position.start.line, column: node.position.start.column })
  })
  return out
}
