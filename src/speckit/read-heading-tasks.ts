import type { ParsedDoc, Task } from './kit-types.ts'
import type { DocSection } from './doc-sections.ts'
import { statusFromText } from './status-words.ts'
import { taskIdAtStart, taskIdDigits, taskIdOrder } from './task-id.ts'
import { citedRequirements } from './cited-requirements.ts'

// "**Status**: ✅ Complete", "Status: In progress", "- **Status:** ⏳ Spec"
const statusLine = /^[\s>]*(?:[-*+]\s+)?[*_]*status[*_]*\s*[:：][*_]*\s*(.+)$/i
// "### T001-T010: Setup" names a range of tasks, it is not one
const range = /^T\d+\s*[-–—]\s*T\d+\b/

/** A task written as a heading (`### T1.1 - Title`, `#### T001: Title`), and the lines its body covers. */
export interface HeadingTask {
  task: Task
  section: DocSection
}

/**
 * Reads tasks written as headings, each followed by a status line. The checkboxes under
 * such a heading are its acceptance items or files, not tasks: the caller skips them.
 */
export function readHeadingTasks(
  doc: ParsedDoc,
  sections: readonly DocSection[],
  phaseOf: (line: number) => string,
): HeadingTask[] {
  const out: HeadingTask[] = []
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!
    const id = taskIdAtStart.exec(s.title)
    if (!id || range.test(s.title)) continue
    // the body ends at the next heading of any level; the status line is written there
    const next = sections[i + 1]
    const bodyEnd = next ? next.line - 1 : doc.lineStarts.length
    let status = statusFromText(s.title.slice(id[0].length))
    for (let line = s.line + 1; line <= bodyEnd && line <= s.line + 40; line++) {
      const m = statusLine.exec(lineText(doc, line))
      if (m) {
        status = statusFromText(m[1]!) ?? status
        break
      }
    }
    const rest = s.title.slice(id[0].length).replace(/^\s*[:.\-–—]\s*/, '')
    out.push({
      section: s,
      task: {
        id: id[0],
        order: taskIdOrder(taskIdDigits(id)),
        line: s.line,
        column: s.column,
        status: status ?? 'todo',
        stories: [...rest.matchAll(/\[US-?(\d+)\]/gi)].map((m) => Number(m[1])),
        parallel: /\[P\]/.test(rest),
        dependsOn: [],
        phase: phaseOf(s.line),
        text: rest.length > 80 ? rest.slice(0, 77) + '...' : rest,
        form: 'heading',
        cites: citedRequirements(s.title),
      },
    })
  }
  return out
}

function lineText(doc: ParsedDoc, line: number): string {
  const start = doc.lineStarts[line - 1] ?? doc.text.length
  const next = doc.lineStarts[line]
  return doc.text.slice(start, next === undefined ? doc.text.length : next - 1)
}
