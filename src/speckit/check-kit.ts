import type { Finding } from '../op/report.ts'
import type { DocRole, ParsedDoc, Task } from './kit-types.ts'
import { checkAcceptanceScenarios } from './check-acceptance-scenarios.ts'
import { checkChecklistItems } from './check-checklist-items.ts'
import { checkRequirementCoverage } from './check-requirement-coverage.ts'
import { checkStories } from './check-stories.ts'
import { checkSummaries } from './check-summaries.ts'
import { checkTasks } from './check-tasks.ts'
import type { PhaseSection } from './extract-phases.ts'
import { extractRequirements } from './extract-requirements.ts'
import { extractStories } from './extract-stories.ts'
import { extractTasks } from './extract-tasks.ts'
import { makeFinding } from './make-finding.ts'
import { visibleLines } from './visible-lines.ts'

/** What the checks across one kit's documents found, and the tasks counted. */
export interface KitCheck {
  tasks: Task[] | undefined
  phases: PhaseSection[]
  findings: Finding[]
}

/**
 * The checks that need several documents of a kit: tasks against the spec's stories and
 * requirements, stated totals against counted tasks, stories without acceptance scenarios,
 * clarifications left once a plan exists, and the feature's checklists.
 */
export function checkKit(docs: ReadonlyMap<DocRole, ParsedDoc>, checklists: readonly ParsedDoc[]): KitCheck {
  const findings: Finding[] = []
  const out: KitCheck = { tasks: undefined, phases: [], findings }
  const spec = docs.get('spec') ?? docs.get('prd')
  const stories = spec ? extractStories(spec) : []
  const specDoc = docs.get('spec')
  if (specDoc) {
    findings.push(...checkAcceptanceScenarios(specDoc, stories))
    if (docs.has('plan')) findings.push(...clarificationsAfterPlan(specDoc))
  }
  for (const c of checklists) findings.push(...checkChecklistItems(c))
  const tasksDoc = docs.get('tasks')
  if (!tasksDoc) return out
  const extracted = extractTasks(tasksDoc)
  out.tasks = extracted.tasks
  out.phases = extracted.phases
  findings.push(...extracted.findings, ...checkTasks(tasksDoc, extracted.tasks))
  if (spec) {
    findings.push(
      ...checkStories({ spec, stories, tasksDoc, tasks: extracted.tasks, phases: extracted.phases }),
      ...checkRequirementCoverage({ spec, requirements: extractRequirements(spec), tasksDoc, tasks: extracted.tasks }),
    )
  }
  for (const [role, doc] of docs) {
    if (role !== 'constitution')
      findings.push(...checkSummaries({ doc, tasksDoc, tasks: extracted.tasks, phases: extracted.phases }))
  }
  return out
}

function clarificationsAfterPlan(spec: ParsedDoc): Finding[] {
  const marks: number[] = []
  for (const { line, text } of visibleLines(spec)) if (/\[NEEDS CLARIFICATION\b/.test(text)) marks.push(line)
  if (marks.length === 0) return []
  return [
    makeFinding({
      rule: 'spec-kit/clarification-after-plan',
      path: spec.path,
      line: marks[0],
      message: `${marks.length} [NEEDS CLARIFICATION] marker${marks.length === 1 ? ' is' : 's are'} still in the spec although the feature has a plan (line${marks.length === 1 ? '' : 's'} ${marks.slice(0, 10).join(', ')}): answer them (/speckit.clarify) and update the plan`,
      properties: { count: marks.length },
    }),
  ]
}
