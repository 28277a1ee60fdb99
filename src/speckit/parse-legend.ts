import type { Finding } from '../op/report.ts'
import type { ParsedDoc, TaskStatus } from './kit-types.ts'
import { docSections, indexSections, type DocSection } from './doc-sections.ts'
import { makeFinding } from './make-finding.ts'
import { nodeText } from './node-text.ts'
import { statusFromWords } from './status-words.ts'
import { walkNodes } from './walk-nodes.ts'

/** A status legend: which marker means which status, and where it is written. */
export interface Legend {
  entries: { marker: string; status: TaskStatus; line: number }[]
  /** Line ranges of legend sections; list items there are legend entries, not tasks. */
  sections: DocSection[]
}

const legendHeading = /\b(legend|status key|status markers)\b/i
// A legend names a handful of states; more entries than this is not a legend (and would cost work per task).
const MAX_ENTRIES = 64
const entryShape = /^\s*(\[[^\]\n]{0,3}\]|\S+)\s*(?:[=:–—-]+\s*)?(.*)$/

/**
 * Reads the status legend of a tasks file: list items or `·`/`|`-separated entries under
 * a heading called "Legend" (or "Status legend"), e.g. "`[~]` in progress", "✅ done".
 * Returns undefined when the file has none. Unknown labels and markers defined twice
 * with different meanings are findings.
 */
export function parseLegend(doc: ParsedDoc): { legend: Legend | undefined; findings: Finding[] } {
  const sections = docSections(doc).filter((s) => legendHeading.test(s.title))
  if (sections.length === 0) return { legend: undefined, findings: [] }
  const findings: Finding[] = []
  const entries: Legend['entries'] = []
  const byMarker = new Map<string, Legend['entries'][number]>()
  const add = (raw: string, line: number, column: number): void => {
    const m = entryShape.exec(raw)
    if (!m || m[2]!.trim() === '') return
    // prose in a legend section ("Tasks use these markers:") is not an entry
    if (!isMarkerToken(m[1]!)) return
    const marker = normalizeMarker(m[1]!)
    const status = statusFromWords(m[2]!)
    if (!status) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/status-marker',
          path: doc.path,
          line,
          column,
          message: `legend entry "${raw.trim()}" names no known status: use done, in progress, todo or blocked`,
        }),
      )
      return
    }
    const other = byMarker.get(marker)
    if (other && other.status !== status) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/status-marker',
          path: doc.path,
          line,
          column,
          message: `legend marker ${marker} means "${other.status}" at line ${other.line} and "${status}" here: give each marker one meaning`,
        }),
      )
      return
    }
    if (!other && entries.length < MAX_ENTRIES) {
      const entry = { marker, status, line }
      entries.push(entry)
      byMarker.set(marker, entry)
    }
  }
  const legendAt = indexSections(sections, doc.lineStarts.length)
  const inLegend = (line: number): boolean => (legendAt(line)?.line ?? line) < line
  walkNodes(doc.tree, (node) => {
    if (!node.position || !inLegend(node.position.start.line)) return
    const { line, column } = node.position.start
    if (node.type === 'listItem') {
      const text = nodeText(node).split('\n')[0] ?? ''
      // `- [x] done` in a legend parses as a task item: the checkbox is the marker
      if (typeof node.checked === 'boolean') add(`${node.checked ? '[x]' : '[ ]'} ${text}`, line, column)
      else add(text, line, column)
      return false
    }
    if (node.type === 'paragraph') {
      for (const part of nodeText(node).split(/[·|;,\n]/)) add(part, line, column)
      return false
    }
  })
  return { legend: { entries, sections }, findings }
}

function isMarkerToken(token: string): boolean {
  return /^\[[^\]]{0,3}\]$/.test(token) || /^[^\p{L}\p{N}]/u.test(token) || /^[A-Z]{2,}$/.test(token)
}

/** `[X]` and `[x]` are the same marker. */
export function normalizeMarker(marker: string): string {
  return /^\[[xX]\]$/.test(marker) ? '[x]' : marker
}
