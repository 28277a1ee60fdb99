import { describe, expect, it } from 'vitest'
import { checkTasks } from '../../../src/speckit/check-tasks.ts'
import { extractTasks } from '../../../src/speckit/extract-tasks.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

const run = (...lines: string[]) => {
  const doc = parseDoc(md('# Tasks', '', ...lines))
  return checkTasks(doc, extractTasks(doc).tasks)
}
const rules = (...lines: string[]) => run(...lines).map((f) => [f.ruleId, f.line])

describe('checkTasks', () => {
  it('accepts unique increasing IDs in every style, with earlier dependencies', () => {
    expect(run('- [x] T001 a', '- [ ] T002 b (depends on T001)', '- [ ] T010 c')).toEqual([])
    expect(run('- [ ] T1.1 a', '- [ ] T1.2 b', '- [ ] T1.10 c', '- [ ] T2 d (depends on T1.10)')).toEqual([])
    expect(run('- [ ] Task 1.1 a', '- [ ] Task 1.2 b (blocked by Task 1.1)')).toEqual([])
  })
  it('reports a file without tasks', () => {
    expect(rules('Nothing planned yet.')).toEqual([['spec-kit/no-tasks', 1]])
  })
  it('reports a duplicate ID, including the same number spelled differently', () => {
    expect(rules('- [ ] T001 a', '- [ ] T002 b', '- [ ] T002 c')).toEqual([['spec-kit/duplicate-task-id', 5]])
    expect(rules('- [ ] T001 a', '- [ ] T1 b')).toEqual([['spec-kit/duplicate-task-id', 4]])
  })
  it('reports an ID lower than the one before it, once', () => {
    const f = run('- [ ] T001 a', '- [ ] T002 b', '- [ ] T007 c', '- [ ] T003 d', '- [ ] T004 e')
    expect(f).toMatchObject([
      { ruleId: 'spec-kit/task-id-order', line: 6, properties: { id: 'T003', previous: 'T007' } },
    ])
    expect(rules('- [ ] T1.2 a', '- [ ] T1.1 b')).toEqual([['spec-kit/task-id-order', 4]])
  })
  it('reports a task without ID when others have one, but not TXXX', () => {
    expect(rules('- [ ] T001 a', '- [ ] tidy up', '- [ ] TXXX cleanup')).toEqual([['spec-kit/task-missing-id', 4]])
    expect(run('- [ ] a', '- [ ] b')).toEqual([])
  })
  it('reports dependencies on unknown, later and self tasks', () => {
    expect(
      rules('- [ ] T001 a (depends on T009)', '- [ ] T002 b (depends on T003)', '- [ ] T003 c (depends on T003)'),
    ).toEqual([
      ['spec-kit/task-dependency', 3],
      ['spec-kit/task-dependency', 4],
      ['spec-kit/task-dependency', 5],
    ])
    const f = run('- [ ] T001 a (depends on T002)', '- [ ] T002 b')
    expect(f[0]!.message).toBe(
      'T001 depends on T002, which comes later (line 4): move T002 before T001 or drop the dependency',
    )
    expect(f[0]!.column).toBe(26)
  })
  it('checks "X blocks Y" statements of a Dependencies section', () => {
    const tasks = ['## Phase 3.1: Setup', '', '- [ ] T001 a', '- [ ] T002 b', '- [ ] T003 c', '', '## Dependencies', '']
    expect(run(...tasks, '- T001 blocks T002, T003')).toEqual([])
    expect(rules(...tasks, '- T002 blocks T001', '- T003 blocks T009')).toEqual([
      ['spec-kit/task-dependency', 11],
      ['spec-kit/task-dependency', 12],
    ])
    expect(run(...tasks, '- T002 blocks T001')[0]!.message).toBe(
      'T002 blocks T001, but T001 (line 5) comes before T002 (line 6)',
    )
  })
  it('does not count a validation checklist as tasks', () => {
    expect(
      run(
        '- [ ] T001 a',
        '',
        '## Validation Checklist',
        '',
        '- [ ] All contracts have tests',
        '- [x] Every task names a file',
      ),
    ).toEqual([])
  })
})
