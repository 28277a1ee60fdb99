import { describe, expect, it } from 'vitest'
import { selectCurrentDeployment, selectRollbackTarget } from '../../../src/deploy/select-rollback-target.ts'
import type { DeploymentRecord } from '../../../src/deploy/ports.ts'

const d = (id: number, sha: string, succeeded: boolean, rolledBackFrom?: number): DeploymentRecord => ({
  id,
  sha,
  ref: sha,
  createdAt: `2026-01-0${id}T00:00:00Z`,
  succeeded,
  rolledBackFrom,
})

describe('selectRollbackTarget', () => {
  it('picks the newest success older than the current deployment with another SHA', () => {
    const history = [d(4, 'c', false), d(3, 'b', true), d(2, 'b', true), d(1, 'a', true)]
    expect(selectRollbackTarget(history, { id: 4, sha: 'c' })?.id).toBe(3)
    expect(selectRollbackTarget(history, { id: 3, sha: 'b' })?.id).toBe(1)
  })
  it('skips failed deployments and ones that were rolled away from', () => {
    const history = [d(5, 'a', true, 4), d(4, 'c', true), d(3, 'b', false), d(2, 'a', true)]
    expect(selectRollbackTarget(history, { id: 5, sha: 'a' })).toBeUndefined()
  })
  it('returns nothing when there is no earlier good deployment', () => {
    expect(selectRollbackTarget([d(1, 'a', false)], { id: 1, sha: 'a' })).toBeUndefined()
    expect(selectRollbackTarget([], { sha: 'a' })).toBeUndefined()
  })
  it('without a current id, considers the whole history', () => {
    expect(selectRollbackTarget([d(2, 'b', true), d(1, 'a', true)], { sha: 'b' })?.id).toBe(1)
  })
  it('finds the current deployment as the newest success', () => {
    expect(selectCurrentDeployment([d(3, 'c', false), d(2, 'b', true)])?.id).toBe(2)
  })
})
