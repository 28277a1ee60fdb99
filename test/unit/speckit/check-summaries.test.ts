import { describe, expect, it } from 'vitest'
import { checkSummaries } from '../../../src/speckit/check-summaries.ts'
import { extractTasks } from '../../../src/speckit/extract-tasks.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

const taskLines = [
  '## Phase 1: Setup',
  '',
  '- [x] T001 a',
  '- [x] T002 b',
  '- [ ] T003 c',
  '- [ ] T004 d',
  '',
  '## Phase 2: Build',
  '',
  '- [x] T005 e',
  '- [ ] T006 f',
  '',
]

function check(extra: string[], where: 'tasks' | 'plan' = 'tasks') {
  const tasksDoc = parseDoc(md('# Tasks', '', ...taskLines, ...(where === 'tasks' ? extra : [])), 'tasks')
  const t = extractTasks(tasksDoc)
  const doc = where === 'tasks' ? tasksDoc : parseDoc(md('# Plan', '', ...extra), 'plan')
  return checkSummaries({ doc, tasksDoc, tasks: t.tasks, phases: t.phases })
}

describe('checkSummaries', () => {
  it('accepts figures that match the counted tasks, rounded either way', () => {
    expect(
      check([
        '## Progress',
        '',
        '- **Total Tasks**: 6',
        '- Phase 1: 50% (2/4 complete)',
        '- Phase 2: 1/2 done',
        '- Progress: 50% (3/6)',
        '- Completed: 3/6',
        '- 3 of 6 tasks done',
      ]),
    ).toEqual([])
    expect(
      check([
        '## Summary',
        '',
        'Overall progress: 50%',
        'Phase 2: 50% complete',
        '**Overall**: 50% Complete (3/6 tasks)',
      ]),
    ).toEqual([])
  })
  it('reports a wrong total with both numbers', () => {
    const f = check(['## Summary', '', 'Total Tasks: 32'])
    expect(f).toMatchObject([
      {
        ruleId: 'spec-kit/summary-mismatch',
        line: 17,
        column: 1,
        properties: { stated: { total: 32 }, counted: { total: 6 } },
      },
    ])
    expect(f[0]!.message).toBe('states 32 tasks, but spec/kit/tasks.md counts 6 tasks: update the figure')
  })
  it('reports wrong phase progress with both fractions', () => {
    const f = check(['## Progress', '', '- Phase 1: 50% (3/4 complete)'])
    expect(f[0]!.message).toBe(
      'states 3/4 done (50%), but phase 1 of spec/kit/tasks.md counts 2/4 done (50%): update the figure',
    )
  })
  it('reads the common ways people write progress', () => {
    expect(check(['## Status', '', '**Overall**: 22% Complete (2/9 tasks)'])[0]!.message).toBe(
      'states 2/9 done (22%), but spec/kit/tasks.md counts 3/6 done (50%): update the figure',
    )
    const own = (heading: string) => {
      const doc = parseDoc(
        md('# T', '', heading, '', '- [x] T001 a', '- [x] T002 b', '- [ ] T003 c', '- [ ] T004 d'),
        'tasks',
      )
      const t = extractTasks(doc)
      return checkSummaries({ doc, tasksDoc: doc, tasks: t.tasks, phases: t.phases })
    }
    expect(own('## Phase 1 - Setup (2/4 complete)')).toEqual([])
    expect(own('## PHASE 1: SETUP ✅ PARTIAL (3/4 COMPLETE)')).toMatchObject([{ line: 3 }])
  })
  it('reports a percentage that disagrees with its own fraction', () => {
    expect(check(['- Phase 1: 75% (2/4 complete)'])).toHaveLength(1)
  })
  it('reads a progress line inside a phase section as that phase', () => {
    const tasksDoc = parseDoc(
      md(
        '# T',
        '',
        '## Phase 1: A',
        '',
        '**Progress**: 100% (1/1)',
        '',
        '- [x] T001 a',
        '',
        '## Phase 2: B',
        '',
        '- [ ] T002 b',
      ),
      'tasks',
    )
    const t = extractTasks(tasksDoc)
    expect(checkSummaries({ doc: tasksDoc, tasksDoc, tasks: t.tasks, phases: t.phases })).toEqual([])
  })
  it('reports progress stated for a phase the tasks file lacks', () => {
    expect(check(['Phase 7: 10% (1/10 complete)'])[0]!.message).toBe(
      'states progress for phase 7, but spec/kit/tasks.md has no phase 7',
    )
  })
  it('checks figures written in another document of the kit against tasks.md', () => {
    const f = check(['## Scope', '', 'The plan has 7 tasks in total.'], 'plan')
    expect(f).toMatchObject([
      { path: 'spec/kit/plan.md', line: 5, properties: { stated: { total: 7 }, counted: { total: 6 } } },
    ])
  })
  it('ignores estimates', () => {
    expect(
      check(
        ['## Estimate', '', '**Total Tasks**: 40-45 numbered tasks', 'Total tasks: ~40', 'Total tasks: 40+'],
        'plan',
      ),
    ).toEqual([])
  })
  it('ignores figures in code blocks and ordinary prose numbers', () => {
    expect(check(['```', 'Total Tasks: 99', '```', '', 'We ship 2 addons in phase two.'])).toEqual([])
  })
})
