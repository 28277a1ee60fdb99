import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { visibleLines } from './visible-lines.ts'

/**
 * Counts `[NEEDS CLARIFICATION: ...]` markers (and the plan template's bare
 * `NEEDS CLARIFICATION`) and reports one finding at the first marker over the limit.
 */
export function checkClarifications(doc: ParsedDoc, limit: number): Finding[] {
  const marks: { line: number; column: number }[] = []
  for (const { line, text } of visibleLines(doc)) {
    for (const m of text.matchAll(/\[?NEEDS CLARIFICATION\b/g)) marks.push({ line, column: m.index + 1 })
  }
  if (marks.length <= limit) return []
  const at = marks[limit]!
  const lines = marks.map((m) => m.line)
  return [
    makeFinding({
      rule: 'spec-kit/needs-clarification',
      path: doc.path,
      ...at,
      message: `${marks.length} [NEEDS CLARIFICATION] markers (lines ${listLines(lines)}), at most ${limit} allowed (spec-kit.maxClarifications): resolve them before planning`,
      properties: { count: marks.length, limit, lines: lines.slice(0, 100) },
    }),
  ]
}

function listLines(lines: readonly number[]): string {
  return lines.length <= 20 ? lines.join(', ') : `${lines.slice(0, 20).join(', ')} and ${lines.length - 20} more`
}
