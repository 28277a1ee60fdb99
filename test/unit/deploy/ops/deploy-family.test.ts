import { describe, expect, it } from 'vitest'
import { deployOps } from '../../../../src/ops/families/deploy.ts'
import { findOp } from '../../../../src/ops/registry.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { runHealth } from '../../../../src/ops/health/run.ts'
import { runBackup } from '../../../../src/ops/backup/run.ts'
import { runRestore } from '../../../../src/ops/restore/run.ts'
import { restoreInputSchema } from '../../../../src/ops/restore/schema.ts'
import { backupInputSchema } from '../../../../src/ops/backup/schema.ts'

describe('deploy family', () => {
  it('registers deploy, rollback, health, backup and restore, each with a described input', () => {
    expect(deployOps.map((o) => o.name)).toEqual(['deploy', 'rollback', 'health', 'backup', 'restore'])
    for (const name of ['deploy', 'rollback', 'health', 'backup', 'restore']) {
      const op = findOp(name)!
      expect(op.positional?.[0]).toBe('environment')
      const shape = (op.input as unknown as { shape: Record<string, { description?: string }> }).shape
      for (const [key, field] of Object.entries(shape)) expect(field.description, `${name}.${key}`).toBeTruthy()
    }
    expect(deployOps.filter((o) => o.sideEffects).map((o) => o.name)).toEqual(['deploy', 'rollback', 'backup', 'restore'])
  })

  it('health names an unknown environment and lists the known ones', async () => {
    const ctx = createOpContext({ config: odaConfigSchema.parse({ environments: { staging: {} } }) })
    const report = await runHealth(ctx, { environment: 'prod', wait: false, probes: true })
    expect(report.conclusion).toBe('failure')
    expect(report.title).toBe('environment "prod" is not in .github/oda.yml (environments: staging)')
  })

  it('health reports an SSH target without a key as a clear failure', async () => {
    const config = odaConfigSchema.parse({ environments: { staging: { target: { type: 'ssh', knownHosts: 'x ssh-ed25519 AAAA' }, health: { checks: [{ name: 'c', type: 'command', run: 'true' }] } } } })
    const report = await runHealth(createOpContext({ config }), { environment: 'staging', wait: false, probes: true })
    expect(report.title).toBe('environments.staging.target.keySecret: the secret ODA_SSH_KEY is not set; pass the SSH private key in that environment variable')
  })

  it('refuses an SSH target with no known host key before connecting', async () => {
    const config = odaConfigSchema.parse({ environments: { staging: { target: { type: 'ssh' }, health: { checks: [{ name: 'c', type: 'command', run: 'true' }] } } } })
    const report = await runHealth(createOpContext({ config, env: { ODA_SSH_KEY: 'k'.repeat(40) } }), { environment: 'staging', wait: false, probes: true })
    expect(report.title).toContain('environments.staging.target.knownHosts: no known host key')
  })

  it('backup and restore say so when the environment has no database configured', async () => {
    const ctx = createOpContext({ config: odaConfigSchema.parse({ environments: { staging: {} } }) })
    expect((await runBackup(ctx, backupInputSchema.parse({ environment: 'staging' }))).title).toContain('environments.staging.backup.database is empty')
    expect((await runRestore(ctx, restoreInputSchema.parse({ environment: 'staging', verify: true }))).title).toContain('environments.staging.backup.database is empty')
  })

  it('restore needs a target database unless --verify, and validates names at the schema', async () => {
    const ctx = createOpContext({ config: odaConfigSchema.parse({ environments: { staging: { backup: { database: 'odoo' } } } }) })
    expect((await runRestore(ctx, restoreInputSchema.parse({ environment: 'staging' }))).title).toContain('restore needs --target-database')
    expect(restoreInputSchema.safeParse({ environment: 'staging', targetDatabase: 'x; DROP DATABASE odoo' }).success).toBe(false)
    expect(restoreInputSchema.safeParse({ environment: 'staging', backup: '../../etc/passwd' }).success).toBe(false)
  })
})
