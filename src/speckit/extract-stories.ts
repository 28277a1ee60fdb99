import type { ParsedDoc, Story } from './kit-types.ts'
import { docSections } from './doc-sections.ts'

// English and the localised Spec Kit templates (用户故事 = user story)
const storyHeading = /^(?:user\s+story\s*|US-?|用户故事\s*|ユーザーストーリー\s*)(\d+)\b\s*[:：.\-–—]?\s*(.*)$/i

/** User stories a spec or PRD declares as headings: `### User Story 1 - Title (Priority: P1)` or `### US2: Title`. */
export function extractStories(doc: ParsedDoc): Story[] {
  const out: Story[] = []
  for (const s of docSections(doc)) {
    const m = storyHeading.exec(s.title)
    if (m)
      out.push({
        number: Number(m[1]),
        title: m[2]!.replace(/[(（](?:Priority|优先级)[^)）]*[)）]/i, '').trim(),
        line: s.line,
        column: s.column,
      })
  }
  return out
}
