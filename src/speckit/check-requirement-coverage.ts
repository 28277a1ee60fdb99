import type { Finding } from '../op/report.ts'
import type { ParsedDoc, Task } from './kit-types.ts'
import type { Requirement } from './extract-requirements.ts'
import { makeFinding } from './make-finding.ts'

/**
 * Requirement-to-task coverage, as Spec Kit's /analyze asks: once tasks cite requirement
 * IDs (`FR-001`, `SC-002`), every functional requirement of the spec needs a task citing it,
 * and every cited ID must be defined in the spec. Kits whose tasks cite no ID are not checked.
 */
export function checkRequirementCoverage(a: {
  spec: ParsedDoc
  requirements: readonly Requirement[]
  tasksDoc: ParsedDoc
  tasks: readonly Task[]
}): Finding[] {
  const citing = a.tasks.filter((t) => t.cites.length > 0)
  if (citing.length === 0) return []
  const findings: Finding[] = []
  const defined = new Set(a.requirements.map((r) => r.id))
  const cited = new Set<string>()
  for (const t of citing) {
    for (const id of t.cites) {
      cited.add(id)
      if (!defined.has(id))
        findings.push(
          makeFinding({
            rule: 'spec-kit/unknown-requirement',
            path: a.tasksDoc.path,
            line: t.line,
            column: t.column,
            message: `${t.id || 'task'} cites ${id}, which ${a.spec.path} does not define`,
            properties: { id },
          }),
        )
    }
  }
  // success criteria are often met by the whole feature rather than one task: only FR- must be covered
  const seen = new Set<string>()
  for (const r of a.requirements) {
    if (!r.id.startsWith('FR-') || cited.has(r.id) || seen.has(r.id)) continue
    seen.add(r.id)
    findings.push(
      makeFinding({
        rule: 'spec-kit/requirement-coverage',
        path: a.spec.path,
        line: r.line,
        column: r.column,
        message: `${r.id} has no task: tasks in ${a.tasksDoc.path} cite requirement IDs, but none cites ${r.id}`,
        properties: { id: r.id },
      }),
    )
  }
  return findings
}
