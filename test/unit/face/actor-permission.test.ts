import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { odaConfigSchema } from '../../../src/config/schema.ts'
import { actorPermission, type PermissionNeed } from '../../../src/face/actor-permission.ts'
import { defineOp, type Permission } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'

const op = (name: string, permission?: Permission) =>
  defineOp({
    name,
    summary: name,
    input: z.object({}),
    ...(permission ? { guard: { permission } } : {}),
    run: async () => makeReport({ conclusion: 'success', title: 'ok' }),
  })

describe('actorPermission', () => {
  const config = odaConfigSchema.parse({})

  it('answers read without asking GitHub when no op needs more', async () => {
    const asked: PermissionNeed[] = []
    const got = await actorPermission({
      ops: [op('a.check'), op('b.check', 'read')],
      config,
      ask: async (need) => (asked.push(need), 'admin'),
    })
    expect(got).toBe('read')
    expect(asked).toEqual([])
  })

  it('asks once, naming the most demanding op, and counts a non-collaborator as read', async () => {
    const asked: PermissionNeed[] = []
    const ops = [op('a.write', 'write'), op('b.admin', 'admin'), op('c.maintain', 'maintain')]
    expect(await actorPermission({ ops, config, ask: async (need) => (asked.push(need), 'none') })).toBe('read')
    expect(asked.map((n) => [n.op.name, n.permission])).toEqual([['b.admin', 'admin']])
    expect(await actorPermission({ ops, config, ask: async () => 'maintain' })).toBe('maintain')
  })

  it('follows policy.permissions over the op default', async () => {
    const strict = odaConfigSchema.parse({ policy: { permissions: { 'a.check': 'maintain' } } })
    const asked: PermissionNeed[] = []
    await actorPermission({ ops: [op('a.check')], config: strict, ask: async (need) => (asked.push(need), 'write') })
    expect(asked[0]).toMatchObject({ permission: 'maintain', source: '.github/oda.yml policy.permissions.a.check' })
  })
})
