import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { specKitValidateOp } from '../../../src/ops/spec-kit-validate/index.ts'
import { makeRepo } from '../ops/spec-kit-validate/make-repo.ts'

const constitution =
  '# Shop Constitution\n\n## Core Principles\n\nTests first.\n\n**Version**: 1.0.0 | **Ratified**: 2026-01-05 | **Last Amended**: 2026-01-05\n'
const spec = (extra = '') =>
  [
    '# Feature Specification: Order export',
    '',
    '## User Scenarios & Testing *(mandatory)*',
    '',
    '### User Story 1 - Nightly export (Priority: P1)',
    '',
    "The accountant gets yesterday's orders every morning.",
    '',
    '**Acceptance Scenarios**:',
    '',
    '1. **Given** confirmed orders, **When** the night passes, **Then** a CSV is on the SFTP server',
    '',
    '### User Story 2 - Re-export (Priority: P2)',
    '',
    'An administrator re-exports a past day. TBD which days are allowed.',
    '',
    '## Requirements *(mandatory)*',
    '',
    '- **FR-001**: System MUST export confirmed orders once a day.',
    '- **FR-002**: System MUST let administrators re-export a past day.',
    `- **FR-003**: System MUST keep each file for 90 days.${extra}`,
    '',
    '## Success Criteria *(mandatory)*',
    '',
    '- **SC-001**: The file is there by 06:00 on 99% of days.',
    '',
  ].join('\n')
const tasks = [
  '# Tasks: Order export',
  '',
  '## Phase 1: User Story 1 - Nightly export (Priority: P1)',
  '',
  '- [x] T001 [US1] Export model (FR-001)',
  '- [ ] T002 [US1] Cron and SFTP upload (FR-001, SC-001)',
  '',
  '## Phase 2: User Story 2 - Re-export (Priority: P2)',
  '',
  '- [ ] T003 [US2] Re-export wizard (FR-002, FR-009)',
  '',
].join('\n')

const run = (files: Record<string, string>) =>
  specKitValidateOp.run(createOpContext({ cwd: makeRepo(files) }), specKitValidateOp.input.parse({}))

describe("the checks Spec Kit's /analyze asks for", () => {
  it('reports uncovered requirements, unknown cited IDs, TODO markers, stories without scenarios, open checklists and clarifications after planning', async () => {
    const r = await run({
      '.specify/memory/constitution.md': constitution,
      'specs/001-order-export/spec.md': spec(' [NEEDS CLARIFICATION: which SFTP server?]'),
      'specs/001-order-export/plan.md':
        '# Implementation Plan\n\n## Summary\n\nExport.\n\n## Technical Context\n\nOdoo 18.\n',
      'specs/001-order-export/tasks.md': tasks,
      'specs/001-order-export/checklists/requirements.md':
        '# Specification Quality Checklist\n\n- [x] CHK001 No implementation details\n- [ ] CHK002 Requirements are testable\n- [ ] CHK003 Success criteria are measurable\n',
    })
    expect(r.findings.map((f) => `${f.path}:${f.line} ${f.level} ${f.ruleId}`)).toEqual([
      'specs/001-order-export/checklists/requirements.md:4 warning spec-kit/checklist-incomplete',
      'specs/001-order-export/spec.md:13 warning spec-kit/story-without-acceptance',
      'specs/001-order-export/spec.md:15 warning spec-kit/todo-marker',
      'specs/001-order-export/spec.md:21 warning spec-kit/clarification-after-plan',
      'specs/001-order-export/spec.md:21 warning spec-kit/requirement-coverage',
      'specs/001-order-export/tasks.md:10 failure spec-kit/unknown-requirement',
    ])
    const messages = r.findings.map((f) => f.message)
    expect(messages[0]).toBe(
      '2 of 3 checklist items are not checked (lines 4, 5): /speckit.implement stops until the checklist is complete',
    )
    expect(messages[4]).toContain('FR-003 has no task')
    expect(messages[3]).toContain('1 [NEEDS CLARIFICATION] marker is still in the spec')
    expect(messages[5]).toBe('T003 cites FR-009, which specs/001-order-export/spec.md does not define')
  })

  it('does not check coverage when no task cites a requirement', async () => {
    const r = await run({
      '.specify/memory/constitution.md': constitution,
      'specs/001-order-export/spec.md': spec(),
      'specs/001-order-export/tasks.md': tasks.replace(/ \((?:FR|SC)-[^)]*\)/g, ''),
    })
    expect(r.findings.filter((f) => /coverage|requirement/.test(f.ruleId))).toEqual([])
  })
})
