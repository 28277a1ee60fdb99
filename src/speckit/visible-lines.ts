import type { ParsedDoc } from './kit-types.ts'
import { walkNodes } from './walk-nodes.ts'

/** A source line a reader sees as prose (not inside a code block or HTML). */
export interface VisibleLine {
  line: number
  /** The raw line with `*`, `_` and backticks turned into spaces, so columns stay true. */
  text: string
  /** Spans of inline code on the line, as [start, end) offsets into `text`. */
  code: [number, number][]
}

/**
 * Lines outside code blocks, HTML and front matter, markup characters blanked.
 * Line-oriented checks (version lines, dates, stated totals) read these.
 */
export function visibleLines(doc: ParsedDoc): VisibleLine[] {
  const hidden = new Set<number>()
  const code = new Map<number, [number, number][]>()
  walkNodes(doc.tree, (node) => {
    if ((node.type === 'code' || node.type === 'html') && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) hidden.add(l)
      return false
    }
    if (node.type === 'inlineCode' && node.position && node.position.start.line === node.position.end.line) {
      const line = node.position.start.line
      const spans = code.get(line) ?? []
      spans.push([node.position.start.column - 1, node.position.end.column - 1])
      code.set(line, spans)
    }
  })
  const out: VisibleLine[] = []
  const starts = doc.lineStarts
  for (let i = 0; i < starts.length; i++) {
    if (hidden.has(i + 1)) continue
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : doc.text.length
    const raw = doc.text.slice(starts[i], end).replace(/\r$/, '')
    if (raw.trim() === '') continue
    out.push({ line: i + 1, text: raw.replace(/[*_`]/g, ' '), code: code.get(i + 1) ?? [] })
  }
  return out
}
