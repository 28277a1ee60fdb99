import { describe, expect, it } from 'vitest'
import { extractTasks } from '../../../src/speckit/extract-tasks.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

const legend = [
  '## Status legend',
  '',
  '- `[x]` done',
  '- `[~]` in progress',
  '- `[ ]` todo',
  '- `[!]` blocked',
  '- 🔄 in progress',
  '',
]

describe('extractTasks', () => {
  it('reads GitHub task list items with IDs, markers, phase and status', () => {
    const doc = parseDoc(
      md(
        '# Tasks',
        '',
        '## Phase 1: Setup',
        '',
        '- [x] T001 Create layout',
        '- [ ] T002 [P] [US1] Add model (depends on T001)',
        '',
        '## Phase 2: Story',
        '',
        '- [X] T1.2 Seed style',
        '* [ ] Task 1.3 Word style',
      ),
    )
    const r = extractTasks(doc)
    expect(r.findings).toEqual([])
    expect(r.tasks.map((t) => [t.id, t.order, t.status, t.phase, t.line])).toEqual([
      ['T001', [1], 'done', '1', 5],
      ['T002', [2], 'todo', '1', 6],
      ['T1.2', [1, 2], 'done', '2', 10],
      ['Task 1.3', [1, 3], 'todo', '2', 11],
    ])
    expect(r.tasks[1]).toMatchObject({ parallel: true, stories: [1], dependsOn: [{ id: 'T001', line: 6, column: 44 }] })
    expect(r.phases.map((p) => [p.key, p.title])).toEqual([
      ['1', 'Setup'],
      ['2', 'Story'],
    ])
  })
  it('takes statuses from the legend: [~] in progress, [!] blocked, emoji markers', () => {
    const doc = parseDoc(
      md('# T', '', ...legend, '## Phase 1: A', '', '- [~] T001 a', '- [!] T002 b', '- [ ] T003 c 🔄', '- [x] T004 d'),
    )
    const r = extractTasks(doc)
    expect(r.findings).toEqual([])
    expect(r.tasks.map((t) => t.status)).toEqual(['in_progress', 'blocked', 'in_progress', 'done'])
    expect(r.legend?.entries.map((e) => [e.marker, e.status])).toEqual([
      ['[x]', 'done'],
      ['[~]', 'in_progress'],
      ['[ ]', 'todo'],
      ['[!]', 'blocked'],
      ['🔄', 'in_progress'],
    ])
  })
  it('reads a legend written on one line', () => {
    const doc = parseDoc(
      md(
        '# T',
        '',
        '## Legend',
        '',
        '✅ done · 🔄 in progress · ⛔ blocked',
        '',
        '## Phase 1: A',
        '',
        '- [ ] T001 a ⛔',
      ),
    )
    expect(extractTasks(doc).tasks[0]!.status).toBe('blocked')
  })
  it('reports checkboxes GitHub does not render as tasks', () => {
    const doc = parseDoc(
      md(
        '# T',
        '',
        '## Phase 1: A',
        '',
        '- [] T001 empty',
        '- [ ]T002 no space',
        '- [~] T003 no legend',
        '- T004 no box',
        '',
        '[ ] T005 outside a list',
      ),
    )
    const r = extractTasks(doc)
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['spec-kit/task-checkbox', 5],
      ['spec-kit/task-checkbox', 6],
      ['spec-kit/task-checkbox', 7],
      ['spec-kit/task-checkbox', 8],
      ['spec-kit/task-checkbox', 10],
    ])
    expect(r.findings[2]!.message).toContain('"[~]"')
    expect(r.tasks.map((t) => t.id)).toEqual(['T001', 'T002', 'T003', 'T004', 'T005'])
  })
  it('reports a checked task whose marker says otherwise, and markers missing from the legend', () => {
    const doc = parseDoc(md('# T', '', ...legend, '## Phase 1: A', '', '- [x] T001 a 🔄', '- [ ] T002 b ⏳'))
    const r = extractTasks(doc)
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['spec-kit/status-marker', 13],
      ['spec-kit/status-marker', 14],
    ])
    expect(r.findings[1]!.message).toContain('⏳')
  })
  it('reports a legend entry with an unknown status and a marker with two meanings', () => {
    const doc = parseDoc(
      md(
        '# T',
        '',
        '## Status legend',
        '',
        '- `[?]` maybe',
        '- ✅ done',
        '- ✅ blocked',
        '',
        'Tasks use these markers.',
      ),
    )
    expect(extractTasks(doc).findings.map((f) => f.line)).toEqual([5, 7])
  })
  it('treats nested checkboxes without ID as sub-steps and ignores bullets in prose sections', () => {
    const doc = parseDoc(
      md(
        '# T',
        '',
        '## Phase 1: A',
        '',
        '- [ ] T001 parent',
        '  - [x] sub-step',
        '  - [ ] T002 nested task',
        '',
        '## Dependencies',
        '',
        '- T001 before T002',
      ),
    )
    const r = extractTasks(doc)
    expect(r.tasks.map((t) => t.id)).toEqual(['T001', 'T002'])
    expect(r.findings).toEqual([])
  })
  it('reads dependencies from sub-bullets, several per phrase', () => {
    const doc = parseDoc(
      md('# T', '', '- [ ] T001 a', '- [ ] T002 b', '- [ ] T003 c', '  - **Depends on**: T001, T002 and Task 2'),
    )
    expect(extractTasks(doc).tasks[2]!.dependsOn.map((d) => [d.id, d.line])).toEqual([
      ['T001', 6],
      ['T002', 6],
      ['Task 2', 6],
    ])
  })
})
