import { describe, expect, it } from 'vitest'
import { compareTaskIds, taskIdAtStart, taskIdKey, taskIdOrder } from '../../../src/speckit/task-id.ts'

describe('task IDs', () => {
  it('reads every ID style at the start of a task', () => {
    expect(['T001 x', 'T018a [P] x', 'T1.2: x', 'Task 1.3 - x', 'T7'].map((t) => taskIdAtStart.exec(t)?.[0])).toEqual([
      'T001',
      'T018a',
      'T1.2',
      'Task 1.3',
      'T7',
    ])
    expect(['Tidy up', 'T001_x', 'TXXX', 'Tasks 1'].map((t) => taskIdAtStart.exec(t))).toEqual([null, null, null, null])
  })
  it('orders by numbers, with a letter suffix between its number and the next', () => {
    const ids = ['1', '2', '18', '18a', '18b', '19', '1.2', '1.10'].map(taskIdOrder)
    expect(ids).toEqual([[1], [2], [18], [18, 1], [18, 2], [19], [1, 2], [1, 10]])
    expect(compareTaskIds([18], [18, 1])).toBeLessThan(0)
    expect(compareTaskIds([18, 2], [19])).toBeLessThan(0)
    expect(compareTaskIds([1, 10], [1, 2])).toBeGreaterThan(0)
    expect(compareTaskIds([3], [3])).toBe(0)
  })
  it('gives T001, T1 and Task 1 one key', () => {
    expect(new Set(['001', '1'].map((d) => taskIdKey(taskIdOrder(d))))).toEqual(new Set(['1']))
  })
})
