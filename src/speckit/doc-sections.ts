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
  // a heading's section ends where the next heading of the same or a higher level starts
  const open: DocSection[] = []
  for (const h of headings) {
    while (open.length > 0 && open[open.length - 1]!.depth >= h.depth) open.pop()!.endLine = h.line - 1
    open.push(h)
  }
  return headings
}

/**
 * A lookup of the innermost section (of `sections`, in document order) holding a line,
 * built once: sections nest at most six deep, so building costs a few passes over the lines.
 */
export function indexSections<T extends DocSection>(
  sections: readonly T[],
  lineCount: number,
): (line: number) => T | undefined {
  const at = new Int32Array(lineCount + 2).fill(-1)
  sections.forEach((s, i) => at.fill(i, s.line, Math.min(s.endLine, lineCount) + 1))
  return (line) => {
    const i = line >= 0 && line < at.length ? at[line]! : -1
    return i < 0 ? undefined : sections[i]
  }
}
