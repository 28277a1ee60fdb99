import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startApp } from '../../app/server.ts'
import { defineOp } from '../../src/op/define-op.ts'
import { makeReport } from '../../src/op/report.ts'
import { createLogger } from '../../src/log/create-logger.ts'
import { Redactor } from '../../src/log/redactor.ts'
import { startSimulator, type Simulator } from '../../src/sim/start-simulator.ts'
import { expectValidRequests, makeGitRepo, okOp } from '../integration/app/harness.ts'

const PG_URL = process.env['ODA_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'
const WORKER = new URL('./fixtures/lease-worker.ts', import.meta.url).pathname
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

/** How many check runs of each name the simulator holds for `sha`. */
function checkRunCounts(sim: Simulator, sha: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const run of sim.state.checkRuns.values()) if (run.headSha === sha) out[run.name] = (out[run.name] ?? 0) + 1
  return out
}

async function waitFor(what: string, ok: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

function appEnv(sim: Simulator, dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    APP_ID: String(sim.app.id),
    PRIVATE_KEY: sim.app.privateKey,
    WEBHOOK_SECRET: sim.app.webhookSecret,
    GITHUB_API_URL: sim.url,
    ODA_DATA_DIR: dataDir,
    ...extra,
  }
}

describe('a job whose lease was lost writes nothing more', () => {
  it('node:sqlite, one process: a check that blocks the event loop past its lease is reported once', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'b\n' } })
    cleanups.push(() => rmSync(gitDir, { recursive: true, force: true }))
    const sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    cleanups.push(() => sim.close())
    const dataDir = mkdtempSync(join(tmpdir(), 'oda-lease-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const leaseMs = 600
    let calls = 0
    const signals: AbortSignal[] = []
    // A synchronous stretch of work (as a scan on a hostile file once was): nothing else in
    // the process runs meanwhile, heartbeats included, so the lease runs out under it.
    const stallOp = defineOp({
      name: 'test.stall',
      summary: 'Blocks the event loop the first time',
      input: z.object({ dir: z.string().describe('Repository root') }),
      check: { name: 'stall', input: ({ dir }) => ({ dir }) },
      run: async (ctx) => {
        signals.push(ctx.signal)
        if (++calls === 1) {
          const until = Date.now() + leaseMs * 3
          while (Date.now() < until) {
            /* busy */
          }
        }
        return makeReport({ conclusion: 'success', title: `attempt ${calls}` })
      },
    })
    const app = await startApp({
      env: appEnv(sim, dataDir),
      port: 0,
      host: '127.0.0.1',
      log: createLogger({ redactor: new Redactor(), level: process.env['ODA_TEST_LOG'] ?? 'silent' }),
      throttle: false,
      ops: () => [stallOp, okOp],
      worker: { pollMs: 20, leaseMs, backoffMs: () => 50, graceMs: 60_000 },
    })
    cleanups.push(() => app.close())
    sim.webhooks.configure({ url: app.webhookUrl, secret: sim.app.webhookSecret })
    const { pull } = await sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await app.idle()
    expect(checkRunCounts(sim, pull.headSha)).toEqual({ 'oda / stall': 1, 'oda / ok': 1 })
    // The stalled attempt learnt it lost its lease: its op got the abort signal.
    expect(signals[0]?.aborted).toBe(true)
    expectValidRequests(sim)
  })

  it('PostgreSQL, two worker processes: a worker paused past its lease is fenced off when it resumes', async () => {
    const schema = `oda_lease_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: PG_URL })
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
    cleanups.push(async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`)
      await admin.end()
    })
    const databaseUrl = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'b\n' } })
    cleanups.push(() => rmSync(gitDir, { recursive: true, force: true }))
    const sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    cleanups.push(() => sim.close())
    const markers = mkdtempSync(join(tmpdir(), 'oda-lease-markers-'))
    cleanups.push(() => rmSync(markers, { recursive: true, force: true }))

    const webDir = mkdtempSync(join(tmpdir(), 'oda-lease-web-'))
    cleanups.push(() => rmSync(webDir, { recursive: true, force: true }))
    const web = await startApp({
      env: appEnv(sim, webDir, { DATABASE_URL: databaseUrl }),
      role: 'web',
      port: 0,
      host: '127.0.0.1',
      log: createLogger({ redactor: new Redactor(), level: 'silent' }),
      throttle: false,
    })
    cleanups.push(() => web.close())
    sim.webhooks.configure({ url: web.webhookUrl, secret: sim.app.webhookSecret })

    const startWorkerProcess = async (): Promise<ChildProcess> => {
      const dataDir = mkdtempSync(join(tmpdir(), 'oda-lease-worker-'))
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
      const child = spawn(process.execPath, [WORKER], {
        env: {
          ...process.env,
          ...appEnv(sim, dataDir, { DATABASE_URL: databaseUrl }),
          LEASE_MARKERS: markers,
          LEASE_MS: '1000',
          LEASE_WORK_MS: '1500',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      cleanups.push(async () => {
        if (child.exitCode !== null || child.signalCode !== null) return
        child.kill('SIGCONT')
        child.kill('SIGKILL')
        await new Promise((r) => child.once('exit', r))
      })
      await new Promise<void>((resolve, reject) => {
        child.stdout?.on('data', (d: Buffer) => {
          if (process.env['ODA_TEST_LOG']) process.stderr.write(d)
          if (d.toString().includes('ready')) resolve()
        })
        child.once('exit', (code) => reject(new Error(`worker exited early with ${code}`)))
      })
      return child
    }
    const stop = async (child: ChildProcess): Promise<void> => {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    }
    const marker = (what: string, child: ChildProcess): boolean => existsSync(join(markers, `${what}-${child.pid}`))

    const a = await startWorkerProcess()
    const { pull } = await sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await waitFor('worker A to start the check', () => marker('started', a))
    a.kill('SIGSTOP') // A freezes mid-check, heartbeats included

    const b = await startWorkerProcess()
    await waitFor('worker B to finish the job A lost', async () => (await web.queue.counts()).done === 1)
    expect(marker('started', b)).toBe(true)

    a.kill('SIGCONT')
    await waitFor('worker A to come back to its check', () => marker('ended', a) || marker('aborted', a))
    await stop(a)
    await stop(b)

    expect(checkRunCounts(sim, pull.headSha)).toEqual({ 'oda / slow': 1 })
    const [run] = [...sim.state.checkRuns.values()]
    expect(run?.output?.title).toBe(`done by ${b.pid}`)
    // A learnt on resuming that the job was no longer its own, and its op was told to stop.
    expect(marker('aborted', a)).toBe(true)
    expect(await web.queue.counts()).toEqual({ queued: 0, running: 0, done: 1, failed: 0 })
    expectValidRequests(sim)
  }, 120_000)
})
