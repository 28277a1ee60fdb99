import type { Finding } from '../op/report.ts'
import type { ParsedDoc, Story, Task } from './kit-types.ts'
import type { PhaseSection } from './extract-phases.ts'
import { makeFinding } from './make-finding.ts'

/**
 * Cross-checks stories and tasks: every `[USn]` marker and `User Story n` phase must
 * name a story of the spec, and every story needs at least one task (marked `[USn]`
 * or inside that story's phase).
 */
export function checkStories(a: {
  spec: ParsedDoc
  stories: readonly Story[]
  tasksDoc: ParsedDoc
  tasks: readonly Task[]
  phases: readonly PhaseSection[]
}): Finding[] {
  const findings: Finding[] = []
  const known = new Set(a.stories.map((s) => s.number))
  const phaseStory = new Map(a.phases.filter((p) => p.story !== undefined).map((p) => [p.key, p.story!]))
  const declared =
    a.stories.length === 0
      ? `${a.spec.path} declares no user story`
      : `${a.spec.path} declares ${a.stories.map((s) => `US${s.number}`).join(', ')}`
  for (const p of a.phases) {
    if (p.story !== undefined && !known.has(p.story) && a.stories.length > 0) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/unknown-story',
          path: a.tasksDoc.path,
          line: p.line,
          message: `phase ${p.key} is for User Story ${p.story}, but ${declared}`,
        }),
      )
    }
  }
  if (a.stories.length === 0) {
    // one finding, not one per task: the spec's stories are missing or not written as story headings
    const first = a.tasks.find((t) => t.stories.length > 0)
    if (first)
      findings.push(
        makeFinding({
          rule: 'spec-kit/unknown-story',
          path: a.tasksDoc.path,
          line: first.line,
          column: first.column,
          message: `${first.id || 'task'} is marked [US${first.stories[0]}], but ${declared}: write each story as a heading "### User Story N - Title"`,
        }),
      )
    return findings
  }
  for (const t of a.tasks) {
    for (const n of t.stories) {
      if (!known.has(n))
        findings.push(
          makeFinding({
            rule: 'spec-kit/unknown-story',
            path: a.tasksDoc.path,
            line: t.line,
            column: t.column,
            message: `${t.id || 'task'} is marked [US${n}], but ${declared}`,
          }),
        )
    }
  }
  if (a.tasks.length === 0) return findings
  const covered = new Set<number>()
  for (const t of a.tasks) {
    for (const n of t.stories) covered.add(n)
    const n = phaseStory.get(t.phase)
    if (n !== undefined) covered.add(n)
  }
  for (const s of a.stories) {
    if (!covered.has(s.number))
      findings.push(
        makeFinding({
          rule: 'spec-kit/story-without-task',
          path: a.spec.path,
          line: s.line,
          column: s.column,
          message: `User Story ${s.number} ("${s.title}") has no task in ${a.tasksDoc.path}: add tasks marked [US${s.number}]`,
        }),
      )
  }
  return findings
}
