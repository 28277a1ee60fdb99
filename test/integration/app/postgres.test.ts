import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type AppHost } from '../../../app/server.ts'
import { createLogger } from '../../../src/log/create-logger.ts'
import { Redactor } from '../../../src/log/redactor.ts'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, okOp, todoOp } from './harness.ts'

const PG_URL = process.env['ODA_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

describe('the App on PostgreSQL (DATABASE_URL)', () => {
  it('queues, runs and reports with two replicas sharing one database, each job once', async () => {
    const schema = `oda_app_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: PG_URL })
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
    cleanups.push(async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`)
      await admin.end()
    })
    const databaseUrl = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`
    const gitDir = makeGitRepo({
      main: { 'a.txt': 'a\n' },
      f1: { 'a.txt': 'TODO 1\n' },
      f2: { 'a.txt': 'TODO 2\n' },
      f3: { 'a.txt': 'FIXME 3\n' },
    })
    cleanups.push(() => rmSync(gitDir, { recursive: true, force: true }))
    const sim: Simulator = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    cleanups.push(() => sim.close())
    const replicas: AppHost[] = []
    for (let i = 0; i < 2; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'oda-app-pg-'))
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
      const app = await startApp({
        env: {
          APP_ID: String(sim.app.id),
          PRIVATE_KEY: sim.app.privateKey,
          WEBHOOK_SECRET: sim.app.webhookSecret,
          GITHUB_API_URL: sim.url,
          ODA_DATA_DIR: dataDir,
          DATABASE_URL: databaseUrl,
        },
        port: 0,
        host: '127.0.0.1',
        log: createLogger({ redactor: new Redactor(), level: 'silent' }),
        throttle: false,
        ops: () => [todoOp, okOp],
        worker: { pollMs: 50 },
      })
      cleanups.push(() => app.close())
      replicas.push(app)
    }
    expect(replicas.map((r) => r.queue.kind)).toEqual(['postgres', 'postgres'])
    // Deliveries alternate between the replicas, as behind a load balancer; one is delivered twice.
    const heads = ['f1', 'f2', 'f3']
    const pulls = []
    for (const [i, head] of heads.entries()) {
      sim.webhooks.configure({ url: replicas[i % 2]!.webhookUrl, secret: sim.app.webhookSecret })
      pulls.push((await sim.openPullRequest({ owner: 'acme', repo: 'shop', head })).pull)
    }
    const first = sim.webhooks.deliveries[0]!
    await sim.webhooks.send({ event: first.event, payload: first.payload, id: first.id, url: replicas[1]!.webhookUrl })
    await Promise.all(replicas.map((r) => r.idle()))
    for (const pull of pulls)
      expect([...checkRunsFor(sim, pull.headSha).keys()].sort()).toEqual(['oda / ok', 'oda / todo'])
    expect(sim.state.checkRuns.size).toBe(6)
    expect(await replicas[0]!.queue.counts()).toEqual({ queued: 0, running: 0, done: 3, failed: 0 })
    const runs = await replicas[1]!.store.listRuns({})
    expect(runs.filter((r) => r.face === 'app')).toHaveLength(6)
    expectValidRequests(sim)
  }, 60_000)
})
