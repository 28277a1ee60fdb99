import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { Store } from '../../../../src/engine/store/store.ts'
import type { RunRecord } from '../../../../src/engine/run-record.ts'
import { openSqliteStore } from '../../../../src/engine/store/sqlite-store.ts'
import { openPgStore } from '../../../../src/engine/store/pg-store.ts'

/** The PostgreSQL the tests use; CI starts it, so these tests always run. */
export const PG_URL = process.env.ODA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Where one fresh, empty database lives; child processes open the same spec. */
export type DbSpec = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string }

/** Opens a store on `spec` (not migrated). */
export function openSpec(spec: DbSpec, now?: () => Date): Store {
  return spec.kind === 'sqlite'
    ? openSqliteStore({ file: spec.file, now })
    : openPgStore({ connectionString: spec.url, schema: spec.schema, now })
}

export interface Backend {
  name: 'sqlite' | 'postgres'
  /** A new empty database (sqlite file or pg schema), removed by `cleanup`. */
  fresh(): DbSpec
  cleanup(): Promise<void>
}

function sqliteBackend(): Backend {
  const dirs: string[] = []
  return {
    name: 'sqlite',
    fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'oda-store-'))
      dirs.push(dir)
      return { kind: 'sqlite', file: join(dir, 'oda.sqlite') }
    },
    async cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
    },
  }
}

function pgBackend(): Backend {
  const schemas: string[] = []
  return {
    name: 'postgres',
    fresh() {
      const schema = `oda_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`
      schemas.push(schema)
      return { kind: 'postgres', url: PG_URL, schema }
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      try {
        for (const s of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`)
      } finally {
        await client.end()
      }
    },
  }
}

/** Both backends; every store test file runs its suite over each (describe.each). */
export function backends(): Backend[] {
  return [sqliteBackend(), pgBackend()]
}

let seq = 0
/** A queued run with unique id; `over` replaces any field. */
export function newRun(over: Partial<RunRecord> = {}): RunRecord {
  seq += 1
  return {
    id: `run-${process.pid}-${seq}-${randomUUID().slice(0, 8)}`,
    op: 'deploy',
    input: { environment: 'staging', dryRun: false },
    actor: 'octocat',
    face: 'cli',
    state: 'queued',
    externalRef: {},
    trace: [],
    pdrs: [],
    artifacts: [],
    scope: 'acme/shop:staging',
    createdAt: new Date().toISOString(),
    ...over,
  }
}
