import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../../../src/config/schema.ts'

describe('environments config', () => {
  it('fills every default for a minimal environment', () => {
    const env = odaConfigSchema.parse({ environments: { staging: {} } }).environments.staging!
    expect(env.target).toMatchObject({ type: 'local', port: 22, keySecret: 'ODA_SSH_KEY' })
    expect(env.rollback.auto).toBe(true)
    expect(env.backup.retention).toEqual({ daily: 7, weekly: 4, monthly: 3, days: 0 })
    expect(env.health).toMatchObject({ checks: [], deadlineS: 60 })
  })
  it.each([
    [{ staging: { target: { type: 'ssh', host: '-oProxyCommand=x' } } }, 'host'],
    [{ staging: { secrets: ['NOT A NAME'] } }, 'secrets'],
    [{ staging: { target: { keySecret: 'a$b' } } }, 'keySecret'],
    [{ staging: { backup: { database: 'x; drop' } } }, 'database'],
    [{ '../prod': {} }, 'environment names'],
    [{ staging: { health: { checks: [{ name: 'x', type: 'smtp' }] } } }, 'type'],
    [{ staging: { stepz: [] } }, 'stepz'],
  ])('rejects %j naming the field', (environments, field) => {
    const r = odaConfigSchema.safeParse({ environments })
    expect(r.success).toBe(false)
    expect(JSON.stringify(r.error?.issues)).toContain(field)
  })
})
