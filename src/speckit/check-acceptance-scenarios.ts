import type { Finding } from '../op/report.ts'
import type { ParsedDoc, Story } from './kit-types.ts'
import { docSections } from './doc-sections.ts'
import { makeFinding } from './make-finding.ts'

const acceptance = /acceptance|\bgiven\b[\s\S]*\bthen\b|验收|场景/i

/**
 * Every user story of a spec needs acceptance scenarios ("**Acceptance Scenarios**:",
 * Given/When/Then): Spec Kit's /analyze reports stories that cannot be tested.
 */
export function checkAcceptanceScenarios(spec: ParsedDoc, stories: readonly Story[]): Finding[] {
  const sections = new Map(docSections(spec).map((s) => [s.line, s]))
  const findings: Finding[] = []
  for (const story of stories) {
    const section = sections.get(story.line)
    if (!section) continue
    const start = spec.lineStarts[section.line] ?? spec.text.length
    const end = spec.lineStarts[section.endLine] ?? spec.text.length
    if (acceptance.test(spec.text.slice(start, end))) continue
    findings.push(
      makeFinding({
        rule: 'spec-kit/story-without-acceptance',
        path: spec.path,
        line: story.line,
        column: story.column,
        message: `User Story ${story.number} ("${story.title}") has no acceptance scenarios: add "**Acceptance Scenarios**:" with Given / When / Then steps`,
      }),
    )
  }
  return findings
}
