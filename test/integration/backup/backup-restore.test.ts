import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { odaConfigSchema, type OdaConfig } from '../../../src/config/schema.ts'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { runBackup } from '../../../src/deploy/ops/backup/run.ts'
import { runRestore } from '../../../src/deploy/ops/restore/run.ts'
import { backupInputSchema } from '../../../src/deploy/ops/backup/schema.ts'
import { restoreInputSchema } from '../../../src/deploy/ops/restore/schema.ts'
import { startSshd, type TestSshd } from '../../helpers/sshd.ts'

const admin = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' })
const suffix = randomBytes(4).toString('hex')
const source = `oda_bk_${suffix}`
const created = new Set<string>([source])
let dir: string
let sshd: TestSshd

async function sql(db: string, text: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: db })
  await c.connect()
  try {
    return await c.query(text)
  } finally {
    await c.end()
  }
}

async function databaseExists(name: string): Promise<boolean> {
  return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1
}

function config(
  o: {
    production?: boolean
    ssh?: boolean
    retention?: Record<string, number>
    verifyQueries?: string[]
    database?: string
  } = {},
): OdaConfig {
  return odaConfigSchema.parse({
    environments: {
      prod: {
        production: o.production ?? true,
        target: o.ssh
          ? {
              type: 'ssh',
              host: sshd.host,
              port: sshd.port,
              user: sshd.user,
              knownHosts: sshd.knownHosts,
              keySecret: 'DEPLOY_KEY',
            }
          : { type: 'local' },
        backup: {
          database: o.database ?? source,
          dir,
          retention: o.retention ?? {},
          ...(o.verifyQueries ? { verifyQueries: o.verifyQueries } : {}),
        },
      },
    },
  })
}

const ctx = (c: OdaConfig, now?: Date) =>
  createOpContext({ config: c, env: { DEPLOY_KEY: sshd.privateKey }, ...(now ? { now: () => now } : {}) })

beforeAll(async () => {
  await admin.connect()
  await admin.query(`CREATE DATABASE ${source}`)
  await sql(
    source,
    `CREATE TABLE ir_cron (id serial primary key, name text, active boolean default true);
    CREATE TABLE ir_mail_server (id serial primary key, name text, active boolean default true);
    CREATE TABLE res_partner (id serial primary key, name text);
    INSERT INTO ir_cron (name) VALUES ('Mail: send'), ('Invoices: remind');
    INSERT INTO ir_mail_server (name) VALUES ('smtp.example.com');
    INSERT INTO res_partner (name) SELECT 'partner ' || g FROM generate_series(1, 200) g;`,
  )
  sshd = await startSshd()
})
afterAll(async () => {
  for (const db of created) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`)
  await admin.end()
  await sshd.stop()
})
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oda-backups-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('backup with real pg_dump', () => {
  it('writes a compressed custom-format dump with a correct SHA-256, named by time', async () => {
    const report = await runBackup(
      ctx(config(), new Date('2026-03-04T05:06:07Z')),
      backupInputSchema.parse({ environment: 'prod' }),
    )
    expect(report.conclusion).toBe('success')
    const data = report.data as { file: string; sha256: string; bytes: number; path: string }
    expect(data.file).toBe(`${source}-20260304T050607Z.dump`)
    const bytes = readFileSync(join(dir, data.file))
    expect(bytes.subarray(0, 5).toString()).toBe('PGDMP')
    expect(data.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(data.bytes).toBe(bytes.length)
    expect(readFileSync(join(dir, `${data.file}.sha256`), 'utf8')).toBe(`${data.sha256}  ${data.file}\n`)
  })

  it('applies retention after a successful backup and never after a failed one', async () => {
    for (const day of ['01', '02', '03', '04']) writeFileSync(join(dir, `${source}-202601${day}T020000Z.dump`), 'old')
    writeFileSync(join(dir, 'unrelated.txt'), 'keep me')
    const failed = await runBackup(
      ctx(config({ database: `oda_missing_${suffix}`, retention: { daily: 1, weekly: 0, monthly: 0 } })),
      backupInputSchema.parse({ environment: 'prod' }),
    )
    expect(failed.conclusion).toBe('failure')
    expect(failed.title).toContain('pg_dump failed')
    expect(readdirSync(dir).filter((f) => f.endsWith('.dump'))).toHaveLength(4)
    const ok = await runBackup(
      ctx(config({ retention: { daily: 2, weekly: 0, monthly: 0 } }), new Date('2026-01-05T02:00:00Z')),
      backupInputSchema.parse({ environment: 'prod' }),
    )
    const data = ok.data as { retention: { kept: string[]; deleted: string[] } }
    expect(data.retention.kept).toEqual([`${source}-20260105T020000Z.dump`, `${source}-20260104T020000Z.dump`])
    expect(data.retention.deleted).toHaveLength(3)
    expect(readdirSync(dir).sort()).toEqual([
      `${source}-20260104T020000Z.dump`,
      `${source}-20260105T020000Z.dump`,
      `${source}-20260105T020000Z.dump.sha256`,
      'unrelated.txt',
    ])
  })

  it('backs up through SSH just the same', async () => {
    const report = await runBackup(ctx(config({ ssh: true })), backupInputSchema.parse({ environment: 'prod' }))
    expect(report.conclusion).toBe('success')
    expect((report.data as { target: string }).target).toBe(`ssh://${sshd.user}@127.0.0.1:${sshd.port}`)
  })
})

describe('restore with real pg_restore', () => {
  it('restores into a named database and neutralizes crons and mail servers', async () => {
    await runBackup(ctx(config()), backupInputSchema.parse({ environment: 'prod' }))
    const target = `oda_rs_${suffix}`
    created.add(target)
    const report = await runRestore(
      ctx(config()),
      restoreInputSchema.parse({ environment: 'prod', targetDatabase: target }),
    )
    expect(report.conclusion).toBe('success')
    expect((await sql(target, 'SELECT count(*)::int AS n FROM res_partner')).rows[0].n).toBe(200)
    expect((await sql(target, 'SELECT count(*)::int AS n FROM ir_cron WHERE active')).rows[0].n).toBe(0)
    expect((await sql(target, 'SELECT count(*)::int AS n FROM ir_mail_server WHERE active')).rows[0].n).toBe(0)
    expect((await sql(source, 'SELECT count(*)::int AS n FROM ir_cron WHERE active')).rows[0].n).toBe(2)
    const again = await runRestore(
      ctx(config()),
      restoreInputSchema.parse({ environment: 'prod', targetDatabase: target }),
    )
    expect(again.title).toContain(`database ${target} already exists`)
  })

  it('refuses to restore over the production database without --i-know-this-is-production', async () => {
    await runBackup(ctx(config()), backupInputSchema.parse({ environment: 'prod' }))
    const report = await runRestore(
      ctx(config()),
      restoreInputSchema.parse({ environment: 'prod', targetDatabase: source, replace: true }),
    )
    expect(report.conclusion).toBe('failure')
    expect(report.title).toContain(`${source} is a production database`)
    expect((await sql(source, 'SELECT count(*)::int AS n FROM ir_cron WHERE active')).rows[0].n).toBe(2)
  })

  it('refuses a dump whose checksum does not match', async () => {
    const backup = await runBackup(ctx(config()), backupInputSchema.parse({ environment: 'prod' }))
    appendFileSync(join(dir, (backup.data as { file: string }).file), 'tampered')
    const target = `oda_rs2_${suffix}`
    created.add(target)
    const report = await runRestore(
      ctx(config()),
      restoreInputSchema.parse({ environment: 'prod', targetDatabase: target }),
    )
    expect(report.title).toContain('does not match its recorded SHA-256')
    expect(await databaseExists(target)).toBe(false)
  })

  it('--verify restores the newest backup into a scratch database, checks it and drops it', async () => {
    await runBackup(ctx(config(), new Date('2026-01-01T00:00:00Z')), backupInputSchema.parse({ environment: 'prod' }))
    await runBackup(ctx(config(), new Date('2026-01-02T00:00:00Z')), backupInputSchema.parse({ environment: 'prod' }))
    const c = config({ verifyQueries: ['SELECT 1', 'SELECT id FROM res_partner LIMIT 1'] })
    const report = await runRestore(
      ctx(c, new Date('2026-01-03T00:00:00Z')),
      restoreInputSchema.parse({ environment: 'prod', verify: true }),
    )
    expect(report.conclusion).toBe('success')
    const data = report.data as { file: string; targetDatabase: string; checks: { ok: boolean }[]; dropped: boolean }
    expect(data.file).toBe(`${source}-20260102T000000Z.dump`)
    expect(data.checks.map((x) => x.ok)).toEqual([true, true])
    expect(await databaseExists(data.targetDatabase)).toBe(false)
  })

  it('--verify fails when a sanity query finds nothing, and still drops the scratch copy', async () => {
    await runBackup(ctx(config()), backupInputSchema.parse({ environment: 'prod' }))
    const c = config({ verifyQueries: ['SELECT 1 FROM res_partner WHERE false', 'SELECT * FROM no_such_table'] })
    const report = await runRestore(ctx(c), restoreInputSchema.parse({ environment: 'prod', verify: true }))
    expect(report.conclusion).toBe('failure')
    const data = report.data as { targetDatabase: string; checks: { ok: boolean; error?: string }[] }
    expect(data.checks.map((x) => x.ok)).toEqual([false, false])
    expect(data.checks[1]?.error).toContain('no_such_table')
    expect(await databaseExists(data.targetDatabase)).toBe(false)
  })
})
