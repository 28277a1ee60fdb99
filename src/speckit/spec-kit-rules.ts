import type { FindingLevel } from '../op/report.ts'

/** A rule the spec kit validator applies: stable id, default level, one-line description. */
export interface SpecKitRule {
  id: string
  level: FindingLevel
  description: string
}

/**
 * Every rule of `spec-kit.validate`. IDs are stable: configs (`spec-kit.severities`),
 * baselines and docs refer to them. Add rules, never rename them.
 */
export const specKitRules = [
  { id: 'spec-kit/missing-kit', level: 'failure', description: 'A configured spec kit folder does not exist' },
  { id: 'spec-kit/missing-file', level: 'failure', description: 'A file the kit layout requires is missing' },
  {
    id: 'spec-kit/feature-dir-name',
    level: 'warning',
    description: 'A folder under specs/ is not named NNN-name or YYYYMMDD-HHMMSS-name',
  },
  {
    id: 'spec-kit/file-too-large',
    level: 'failure',
    description: 'The file is larger than spec-kit.maxFileBytes and was not read',
  },
  {
    id: 'spec-kit/binary-file',
    level: 'failure',
    description: 'The file contains NUL bytes: it is binary, not markdown',
  },
  { id: 'spec-kit/invalid-encoding', level: 'failure', description: 'The file is not valid UTF-8' },
  { id: 'spec-kit/empty-file', level: 'failure', description: 'The file is empty or only whitespace' },
  {
    id: 'spec-kit/invalid-markdown',
    level: 'failure',
    description: 'Unclosed code fence, unclosed HTML comment or invalid front matter',
  },
  { id: 'spec-kit/missing-heading', level: 'failure', description: 'A mandatory heading is missing' },
  {
    id: 'spec-kit/empty-section',
    level: 'warning',
    description: 'A heading has no content before the next heading of the same or higher level',
  },
  {
    id: 'spec-kit/template-placeholder',
    level: 'failure',
    description: 'Template text left in the document ([FEATURE NAME], [DATE], [ALL_CAPS], TXXX, SAMPLE TASKS...)',
  },
  {
    id: 'spec-kit/needs-clarification',
    level: 'failure',
    description: 'More [NEEDS CLARIFICATION] markers than spec-kit.maxClarifications allows',
  },
  {
    id: 'spec-kit/duplicate-requirement-id',
    level: 'failure',
    description: 'An FR-/SC-/NFR- requirement ID is defined twice',
  },
  {
    id: 'spec-kit/constitution-version',
    level: 'failure',
    description: 'The constitution has no semantic version line, or the version is not semver',
  },
  {
    id: 'spec-kit/iso-date',
    level: 'failure',
    description: 'A Ratified / Last Amended / Created date is not an ISO date (YYYY-MM-DD) or is out of order',
  },
  { id: 'spec-kit/no-tasks', level: 'failure', description: 'The tasks file contains no task' },
  {
    id: 'spec-kit/task-checkbox',
    level: 'failure',
    description: 'A task is not a valid GitHub task list item (- [ ] / - [x])',
  },
  { id: 'spec-kit/task-missing-id', level: 'warning', description: 'A top-level task has no ID while others do' },
  { id: 'spec-kit/duplicate-task-id', level: 'failure', description: 'Two tasks share an ID' },
  { id: 'spec-kit/task-id-order', level: 'failure', description: 'Task IDs do not increase in document order' },
  {
    id: 'spec-kit/unknown-story',
    level: 'failure',
    description: 'A [USn] marker or User Story phase names a story the spec does not declare',
  },
  { id: 'spec-kit/story-without-task', level: 'failure', description: 'A user story of the spec has no task' },
  {
    id: 'spec-kit/task-dependency',
    level: 'failure',
    description: '"depends on" names a task that does not exist or does not come earlier',
  },
  {
    id: 'spec-kit/status-marker',
    level: 'failure',
    description: 'Status markers disagree with the status legend or with the checkbox',
  },
  {
    id: 'spec-kit/summary-mismatch',
    level: 'failure',
    description: 'A stated total or progress figure disagrees with the counted tasks',
  },
] as const satisfies readonly SpecKitRule[]

/** A rule ID of the spec kit validator. */
export type SpecKitRuleId = (typeof specKitRules)[number]['id']
