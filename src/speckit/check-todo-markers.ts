import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { visibleLines } from './visible-lines.ts'

// Upper-case markers only: "todo" in prose is a word, "TODO" is a note to self. TODO(FIELD) is a template slot.
// XXX is left out: "XXX XXX FCFA" writes a number format, not a note.
const marker = /\b(?:TODO|TBD|TBC|FIXME)\b(?!\()|\?{3,}/g

/** Plain TODO / TBD / ??? markers left in a spec, PRD or plan (Spec Kit's /analyze flags them as vague). */
export function checkTodoMarkers(doc: ParsedDoc): Finding[] {
  const findings: Finding[] = []
  for (const { line, text, code } of visibleLines(doc)) {
    for (const m of text.matchAll(marker)) {
      if (code.some(([s, e]) => m.index >= s && m.index < e)) continue
      findings.push(
        makeFinding({
          rule: 'spec-kit/todo-marker',
          path: doc.path,
          line,
          column: m.index + 1,
          message: `"${m[0]}" marks something left open: decide it, or turn it into [NEEDS CLARIFICATION: question]`,
        }),
      )
    }
  }
  return findings
}
