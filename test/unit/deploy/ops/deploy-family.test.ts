import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isUsageError } from '../../../../src/engine/errors.ts'
import { deployFamily } from '../../../../src/deploy/family.ts'
import { findOp } from '../../../../src/ops/registry.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { runHealth } from '../../../../src/deploy/ops/health/run.ts'
import { runBackup } from '../../../../src/deploy/ops/backup/run.ts'
import { runRestore } from '../../../../src/deploy/ops/restore/run.ts'
import { restoreInputSchema } from '../../../../src/deploy/ops/restore/schema.ts'
import { backupInputSchema } from '../../../../src/deploy/ops/backup/schema.ts'

describe('deploy family', () => {
  it('registers deploy, rollback, health, backup and restore, each with a described input', () => {
    expect(deployFamily.ops.map((op) => op.name)).toEqual(['deploy', 'rollback', 'health', 'backup', 'restore'])
    for (const name of ['deploy', 'rollback', 'health', 'backup', 'restore']) {
      const op = findOp(name)!
      expect(op.positional?.[0]).toBe('environment')
      const shape = (op.input as unknown as { shape: Record<string, { description?: string }> }).shape
      for (const [key, field] of Object.entries(shape)) expect(field.description, `${name}.${key}`).toBeTruthy()
    }
    expect(deployFamily.ops.filter((op) => op.sideEffects).map((op) => op.name)).toEqual([
      'deploy',
      'rollback',
      'backup',
      'restore',
    ])
  })

  it('every deploy-family op answers an unknown environment with a usage error listing the configured ones', async () => {
    const ctx = createOpContext({ config: odaConfigSchema.parse({ environments: { staging: {}, prod: {} } }) })
    for (const name of ['deploy', 'health', 'rollback', 'backup', 'restore']) {
      const op = findOp(name)!
      const error = await op.run(ctx, op.input.parse({ environment: 'nope' }) as never).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(isUsageError(error), name).toBe(true)
      expect((error as Error).message, name).toBe(
        'environment "nope" is not configured in .github/oda.yml; configured: staging, prod',
      )
    }
    const typo = await runHealth(ctx, { environment: 'stagign', wait: false, probes: true }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect((typo as Error).message).toBe(
      'environment "stagign" is not configured in .github/oda.yml; configured: staging, prod; did you mean "staging"?',
    )
  })

  it('health reports an SSH target without a key as a clear failure', async () => {
    const config = odaConfigSchema.parse({
      environments: {
        staging: {
          target: { type: 'ssh', knownHosts: 'x ssh-ed25519 AAAA' },
          health: { checks: [{ name: 'c', type: 'command', run: 'true' }] },
        },
      },
    })
    const report = await runHealth(createOpContext({ config }), { environment: 'staging', wait: false, probes: true })
    expect(report.title).toBe(
      'environments.staging.target.keySecret: the secret ODA_SSH_KEY is not set; pass the SSH private key in that environment variable',
    )
  })

  it('refuses an SSH target with no known host key before connecting', async () => {
    const config = odaConfigSchema.parse({
      environments: {
        staging: { target: { type: 'ssh' }, health: { checks: [{ name: 'c', type: 'command', run: 'true' }] } },
      },
    })
    const report = await runHealth(createOpContext({ config, env: { ODA_SSH_KEY: 'k'.repeat(40) } }), {
      environment: 'staging',
      wait: false,
      probes: true,
    })
    expect(report.title).toContain('environments.staging.target.knownHosts: no known host key')
  })

  it('backup and restore say so when the environment has no database configured', async () => {
    const ctx = createOpContext({ config: odaConfigSchema.parse({ environments: { staging: {} } }) })
    expect((await runBackup(ctx, backupInputSchema.parse({ environment: 'staging' }))).title).toContain(
      'environments.staging.backup.database is empty',
    )
    expect((await runRestore(ctx, restoreInputSchema.parse({ environment: 'staging', verify: true }))).title).toContain(
      'environments.staging.backup.database is empty',
    )
  })

  it('restore needs a target database unless --verify, and validates names at the schema', async () => {
    const ctx = createOpContext({
      config: odaConfigSchema.parse({ environments: { staging: { backup: { database: 'odoo' } } } }),
    })
    const missing = await runRestore(ctx, restoreInputSchema.parse({ environment: 'staging' })).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(isUsageError(missing)).toBe(true)
    expect((missing as Error).message).toContain('restore needs --target-database <name>')
    expect((missing as Error).message).toContain('--verify')
    expect(
      restoreInputSchema.safeParse({ environment: 'staging', targetDatabase: 'x; DROP DATABASE odoo' }).success,
    ).toBe(false)
    expect(restoreInputSchema.safeParse({ environment: 'staging', backup: '../../etc/passwd' }).success).toBe(false)
  })
})

describe('backup --dry-run', () => {
  it('says retention is off with --no-retention, and what it would delete without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-backup-plan-'))
    try {
      for (const name of ['odoo-20200101T020000Z.dump', 'odoo-20200102T020000Z.dump'])
        writeFileSync(join(dir, name), 'x')
      const config = odaConfigSchema.parse({
        environments: {
          staging: { backup: { database: 'odoo', dir, retention: { daily: 1, weekly: 0, monthly: 0 } } },
        },
      })
      const ctx = createOpContext({ config })
      const off = await runBackup(
        ctx,
        backupInputSchema.parse({ environment: 'staging', dryRun: true, noRetention: true }),
      )
      expect(off.summary).toContain('retention is off (--no-retention)')
      expect(off.summary).not.toContain('would delete 2')
      expect((off.data as { wouldDelete: string[] }).wouldDelete).toEqual([])
      const on = await runBackup(ctx, backupInputSchema.parse({ environment: 'staging', dryRun: true }))
      expect(on.summary).toContain('retention would delete 2 old backups')
      expect((on.data as { wouldDelete: string[] }).wouldDelete.sort()).toEqual([
        'odoo-20200101T020000Z.dump',
        'odoo-20200102T020000Z.dump',
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
