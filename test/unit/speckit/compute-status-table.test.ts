import { describe, expect, it } from 'vitest'
import { computeStatusTable } from '../../../src/speckit/compute-status-table.ts'
import { extractTasks } from '../../../src/speckit/extract-tasks.ts'
import { renderStatusTable } from '../../../src/speckit/render-status-table.ts'
import type { InspectedKit } from '../../../src/speckit/inspect-kits.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

function kit(text: string): InspectedKit {
  const t = extractTasks(parseDoc(text))
  return {
    kit: { layout: 'four-file', root: 'spec/kit', docs: [] },
    files: [],
    tasks: t.tasks,
    phases: t.phases,
    tasksPath: 'spec/kit/tasks.md',
  }
}

describe('computeStatusTable', () => {
  const text = md(
    '# T',
    '',
    '- [x] T001 loose',
    '',
    '## Legend',
    '',
    '- `[~]` in progress',
    '- `[!]` blocked',
    '',
    '## Phase 1: Setup',
    '',
    '- [x] T002 a',
    '- [~] T003 b',
    '- [!] T004 c',
    '',
    '## Phase 2: Build | ship',
    '',
    '- [ ] T005 d',
  )
  it('counts each status per phase, tasks outside phases first, with a total', () => {
    const table = computeStatusTable(kit(text))!
    expect(table.rows.map((r) => [r.phase, r.done, r.inProgress, r.todo, r.blocked, r.total, r.percent])).toEqual([
      ['', 1, 0, 0, 0, 1, 100],
      ['1', 1, 1, 0, 1, 3, 33],
      ['2', 0, 0, 1, 0, 1, 0],
    ])
    expect(table.total).toMatchObject({ done: 2, inProgress: 1, todo: 1, blocked: 1, total: 5, percent: 40 })
  })
  it('renders one markdown table per kit with escaped titles', () => {
    const out = renderStatusTable([computeStatusTable(kit(text))!])
    expect(out).toContain('| Phase | Title | Done | In progress | Todo | Blocked | Skipped | Total | % complete |')
    expect(out).toContain('| 1 | Setup | 1 | 1 | 0 | 1 | 0 | 3 | 33% |')
    expect(out).toContain('| 2 | Build \\| ship | 0 | 0 | 1 | 0 | 0 | 1 | 0% |')
    expect(out).toContain('| **Total** |  | 2 | 1 | 1 | 1 | 0 | 5 | 40% |')
  })
  it('has no table for a kit whose tasks file could not be read', () => {
    expect(computeStatusTable({ ...kit('# T'), tasks: undefined })).toBeUndefined()
    expect(renderStatusTable([])).toBe('No tasks file found.')
  })
})
