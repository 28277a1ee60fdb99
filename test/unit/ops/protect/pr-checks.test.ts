import { describe, expect, it } from 'vitest'
import { PR_CHECKS } from '../../../../src/ops/protect/run.ts'
import { allOps } from '../../../../src/ops/registry.ts'

describe('the checks oda protect requires', () => {
  it('are every PR check of the registry, in its order', () => {
    expect([...PR_CHECKS]).toEqual(allOps().flatMap((op) => (op.check ? [op.check.name] : [])))
  })
})
