import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir, homedir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { DatabaseSync } from 'node:sqlite'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, openStore, SQLITE_FILE } from '../../../../src/engine/store/open-store.ts'
import { StoreOpenError } from '../../../../src/engine/store/store-open-error.ts'
import { StoreInputError } from '../../../../src/engine/store/store-input-error.ts'
import { openPgStore } from '../../../../src/engine/store/pg-store.ts'
import { newRun, PG_URL } from './backends.ts'

describe('defaultDataDir', () => {
  it('prefers ODA_DATA_DIR, then an absolute XDG_DATA_HOME, then ~/.local/share', () => {
    expect(defaultDataDir({ ODA_DATA_DIR: '/srv/oda', XDG_DATA_HOME: '/x' })).toBe('/srv/oda')
    expect(defaultDataDir({ XDG_DATA_HOME: '/home/a/.data', HOME: '/home/a' })).toBe('/home/a/.data/oda')
    expect(defaultDataDir({ XDG_DATA_HOME: 'relative/path', HOME: '/home/a' })).toBe('/home/a/.local/share/oda')
    expect(defaultDataDir({ ODA_DATA_DIR: '', HOME: '/home/b' })).toBe('/home/b/.local/share/oda')
    expect(defaultDataDir({})).toBe(join(homedir(), '.local', 'share', 'oda'))
  })
})

describe('openStore', () => {
  it('opens a migrated sqlite file in WAL mode inside the data dir, creating the folder', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'oda-open-')), 'nested', 'data')
    const store = await openStore({ dataDir })
    expect(store.kind).toBe('sqlite')
    const run = newRun()
    await store.createRun(run)
    await store.close()
    expect(statSync(dataDir).mode & 0o777).toBe(0o700)
    const db = new DatabaseSync(join(dataDir, SQLITE_FILE), { readOnly: true })
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
    expect(db.prepare('SELECT id FROM oda_runs').all()).toEqual([{ id: run.id }])
    db.close()
  })

  it('uses PostgreSQL when a URL is given, even with a data dir', async () => {
    const schema = `oda_open_${randomUUID().replaceAll('-', '').slice(0, 12)}`
    const dataDir = mkdtempSync(join(tmpdir(), 'oda-open-'))
    const store = await openStore({ databaseUrl: PG_URL, dataDir, schema })
    try {
      expect(store.kind).toBe('postgres')
      const run = newRun()
      await store.createRun(run)
      expect(await store.getRun(run.id)).toEqual(run)
    } finally {
      await store.close()
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      const tables = await client.query(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      )
      await client.query(`DROP SCHEMA ${schema} CASCADE`)
      await client.end()
      expect(tables.rows.map((r) => r.table_name)).toEqual(['oda_api_keys', 'oda_locks', 'oda_migrations', 'oda_runs'])
    }
  })

  it('names the location, without the password, when PostgreSQL does not answer', async () => {
    const error = await openStore({ databaseUrl: 'postgres://oda:hunter2hunter2@127.0.0.1:1/oda' }).catch(
      (e: unknown) => e,
    ) // oda:allow fake credential for this test
    expect(error).toBeInstanceOf(StoreOpenError)
    expect(String(error)).toMatch(
      /cannot open the store at postgres:\/\/oda:\*\*\*@127\.0\.0\.1:1\/oda: .*ECONNREFUSED/,
    )
    expect(String(error)).not.toContain('hunter2hunter2')
  })

  it('says what is wrong when the data dir cannot be used or nothing was given', async () => {
    await expect(openStore({ dataDir: '/dev/null/oda' })).rejects.toThrow(
      /cannot open the store at \/dev\/null\/oda\/oda.sqlite/,
    )
    await expect(openStore({})).rejects.toThrow(/neither databaseUrl nor dataDir was given/)
  })

  it('rejects a schema name that is not a plain identifier', () => {
    expect(() => openPgStore({ connectionString: PG_URL, schema: 'x; DROP TABLE y' })).toThrow(StoreInputError)
  })
})
