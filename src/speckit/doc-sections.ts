import type { ParsedDoc } from './kit-types.ts'
import { nodeText } from './node-text.ts'

/** A heading of the document and the lines its section covers (up to the next heading of the same or higher level). */
export interface DocSection {
  depth: number
  title: string
  line: number
  column: number
  /** Last line of the section, inclusive. */
  endLine: number
}

/** Sections of the top-level headings, in document order. */
export function docSections(doc: ParsedDoc): DocSection[] {
  const headings: DocSection[] = []
  for (const node of doc.tree.children) {
    if (node.type !== 'heading' || !node.position) continue
    headings.push({
      depth: node.depth,
      title: nodeText(node).trim(),
      line: node.position.start.line,
      column: node.position.start.column,
      endLine: doc.lineStarts.length,
    })
  }
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!
    const next = headings.slice(i + 1).find((o) => o.depth <= h.depth)
    if (next) h.endLine = next.line - 1
  }
  return headings
}

/** The innermost section matching `pick` that contains `line`, or undefined. */
export function sectionAt(
  sections: readonly DocSection[],
  line: number,
  pick: (s: DocSection) => boolean,
): DocSection | undefined {
  let found: DocSection | undefined
  for (const s of sections) if (s.line <= line && line <= s.endLine && pick(s)) found = s
  return found
}
