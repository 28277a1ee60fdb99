import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it } from 'vitest'
import { backends, newRun } from './backends.ts'
import { openSqliteStore } from '../../../../src/engine/store/sqlite-store.ts'

describe('the sqlite store', () => {
  const sqlite = backends()[0]!
  afterAll(() => sqlite.cleanup())

  it('shares its file with another connection of the same thread (the job queue) without blocking it', async () => {
    const spec = sqlite.fresh()
    if (spec.kind !== 'sqlite') throw new Error('expected the sqlite backend first')
    const store = openSqliteStore({ file: spec.file })
    // A short busy timeout: if the store ever held a transaction open across an await, this
    // connection's write would fail with "database is locked" instead of waiting forever.
    const other = new DatabaseSync(spec.file, { timeout: 200 })
    other.exec('CREATE TABLE IF NOT EXISTS side (n INTEGER)')
    const insert = other.prepare('INSERT INTO side (n) VALUES (?)')
    const runs = Array.from({ length: 40 }, () => newRun())
    await Promise.all([
      store.migrate(),
      ...Array.from({ length: 40 }, async (_, i) => {
        await Promise.resolve()
        insert.run(i)
      }),
      (async () => {
        await store.migrate()
        await Promise.all(
          runs.map(async (r) => {
            await store.createRun(r)
            insert.run(-1)
            await store.transition(r.id, 'queued', 'running')
          }),
        )
      })(),
    ])
    expect(other.prepare('SELECT COUNT(*) AS n FROM side').get()).toEqual({ n: 80 })
    expect((await store.listRuns({ state: 'running' })).length).toBe(40)
    other.close()
    await store.close()
  })

  it('keeps several stores of one process on one file consistent', async () => {
    const spec = sqlite.fresh()
    if (spec.kind !== 'sqlite') throw new Error('expected the sqlite backend first')
    const a = openSqliteStore({ file: spec.file })
    const b = openSqliteStore({ file: spec.file })
    await Promise.all([a.migrate(), b.migrate()])
    const run = newRun()
    await a.createRun(run)
    await b.transition(run.id, 'queued', 'running')
    expect((await a.getRun(run.id))?.state).toBe('running')
    await a.close()
    await b.transition(run.id, 'running', 'succeeded')
    expect((await b.getRun(run.id))?.state).toBe('succeeded')
    await b.close()
  })
})
