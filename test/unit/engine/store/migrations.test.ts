import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { backends, openSpec, PG_URL } from './backends.ts'
import type { DbSpec } from './backends.ts'
import { migrations, MIGRATIONS_TABLE } from '../../../../src/engine/store/migrations.ts'

/** Reads rows straight from the database, past the store, to see what migrate really did. */
async function rawQuery(spec: DbSpec, sql: string): Promise<Record<string, unknown>[]> {
  if (spec.kind === 'sqlite') {
    const db = new DatabaseSync(spec.file, { readOnly: true })
    try {
      return db
        .prepare(sql)
        .all()
        .map((r) => ({ ...r }))
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${spec.schema}` })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe('the migration list', () => {
  it('has unique, ordered ids and uses only the shared SQL subset', () => {
    const ids = migrations.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    for (const m of migrations) {
      // Types both engines store identically, and no engine-specific syntax or functions.
      expect(m.sql).not.toMatch(
        /\b(SERIAL|JSONB|TIMESTAMPTZ|TIMESTAMP|AUTOINCREMENT|BOOLEAN|NOW\(\)|datetime\(|strftime\(|gen_random_uuid|DEFAULT CURRENT_)/i,
      )
      const types = [...m.sql.matchAll(/^ {2}\w+ (\w+)/gm)].map((x) => x[1])
      expect(types.length).toBeGreaterThan(0)
      for (const t of types) expect(['TEXT', 'BIGINT']).toContain(t)
    }
  })
})

describe.each(backends())('migrate on $name', (backend) => {
  afterAll(() => backend.cleanup())

  it('creates the tables once, records each migration, and is idempotent', async () => {
    const spec = backend.fresh()
    const store = openSpec(spec)
    await store.migrate()
    await store.migrate()
    const rows = await rawQuery(spec, `SELECT id, applied_at FROM ${MIGRATIONS_TABLE} ORDER BY id`)
    expect(rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id))
    expect(Number(rows[0]?.applied_at)).toBeGreaterThan(Date.parse('2026-01-01'))
    expect(await rawQuery(spec, 'SELECT COUNT(*) AS n FROM oda_runs')).toEqual([
      { n: backend.name === 'postgres' ? '0' : 0 },
    ])
    await store.close()
  })

  it('lets eight stores migrate the same empty database at once', async () => {
    const spec = backend.fresh()
    const stores = Array.from({ length: 8 }, () => openSpec(spec))
    await Promise.all(stores.map((s) => s.migrate()))
    expect(await rawQuery(spec, `SELECT id FROM ${MIGRATIONS_TABLE}`)).toHaveLength(migrations.length)
    await Promise.all(stores.map((s) => s.close()))
  })

  it('leaves alone migrations a newer release applied', async () => {
    const spec = backend.fresh()
    const store = openSpec(spec)
    await store.migrate()
    await store.close()
    if (spec.kind === 'sqlite') {
      const db = new DatabaseSync(spec.file)
      db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (id, applied_at) VALUES (?, ?)`).run('9999_from_the_future', 1)
      db.close()
    } else {
      const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${spec.schema}` })
      await client.connect()
      await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (id, applied_at) VALUES ($1, $2)`, [
        '9999_from_the_future',
        1,
      ])
      await client.end()
    }
    const again = openSpec(spec)
    await again.migrate()
    expect(await again.listRuns()).toEqual([])
    await again.close()
  })
})
