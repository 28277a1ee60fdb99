import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import { waitHealthy } from '../../../../src/deploy/health/wait-healthy.ts'
import { healthSchema } from '../../../../src/config/sections/environments.ts'
import { createLocalExecutor } from '../../../../src/deploy/targets/local-executor.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { freePort } from '../../../helpers/sshd.ts'

let server: Server
let port: number
let hits = 0

beforeAll(async () => {
  port = await freePort()
  server = createServer((req, res) => {
    hits++
    if (req.url === '/flaky') {
      res.writeHead(hits >= 3 ? 200 : 503, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ status: hits >= 3 ? 'pass' : 'starting' }))
    } else if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"status":"pass","db":{"ok":true}}')
    } else if (req.url === '/text') {
      res.writeHead(200)
      res.end('Odoo is running')
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

const noSleep = async (): Promise<void> => {}
const target = createLocalExecutor({ exec: createOpContext().exec, cwd: process.cwd() })

describe('waitHealthy with real checks', () => {
  it('passes http (status, body, JSON path), tcp, postgres and command checks, each with latency', async () => {
    const health = healthSchema.parse({
      checks: [
        { name: 'json', type: 'http', url: `http://127.0.0.1:${port}/health`, jsonPath: 'db.ok', jsonEquals: 'true' },
        { name: 'body', type: 'http', url: `http://127.0.0.1:${port}/text`, bodyContains: 'running' },
        { name: 'tcp', type: 'tcp', host: '127.0.0.1', port },
        { name: 'pg', type: 'postgres', host: '127.0.0.1', database: 'test' },
        { name: 'cmd', type: 'command', run: 'test -d /' },
      ],
    })
    const run = await waitHealthy({ health, deps: { target, env: {} }, sleep: noSleep })
    expect(run.ok).toBe(true)
    expect(run.results.map((r) => [r.name, r.ok, r.attempts])).toEqual([
      ['json', true, 1],
      ['body', true, 1],
      ['tcp', true, 1],
      ['pg', true, 1],
      ['cmd', true, 1],
    ])
    expect(run.results.every((r) => r.latencyMs >= 0)).toBe(true)
  })

  it('retries a failing check with backoff until it passes', async () => {
    hits = 0
    const delays: number[] = []
    const health = healthSchema.parse({
      checks: [
        { name: 'flaky', type: 'http', url: `http://127.0.0.1:${port}/flaky`, jsonPath: 'status', jsonEquals: 'pass' },
      ],
      deadlineS: 60,
      intervalS: 1,
      maxIntervalS: 3,
    })
    const run = await waitHealthy({
      health,
      deps: { target, env: {} },
      sleep: async (ms) => {
        delays.push(ms)
      },
    })
    expect(run.ok).toBe(true)
    expect(run.results[0]?.attempts).toBe(3)
    expect(delays).toEqual([1000, 2000])
  })

  it('gives up at the deadline and says what it saw for every failing kind', async () => {
    const health = healthSchema.parse({
      checks: [
        { name: 'status', type: 'http', url: `http://127.0.0.1:${port}/missing` },
        { name: 'json', type: 'http', url: `http://127.0.0.1:${port}/text`, jsonPath: 'status' },
        { name: 'closed', type: 'tcp', host: '127.0.0.1', port: 1 },
        { name: 'pg', type: 'postgres', host: '127.0.0.1', database: 'no_such_db_oda' },
        { name: 'cmd', type: 'command', run: 'echo broken; exit 3' },
      ],
      deadlineS: 0,
    })
    const run = await waitHealthy({ health, deps: { target, env: {} }, sleep: noSleep })
    expect(run.ok).toBe(false)
    expect(run.results.map((r) => r.message)).toEqual([
      'HTTP 404, expected 200',
      'HTTP 200, body is not JSON',
      '127.0.0.1:1: ECONNREFUSED',
      expect.stringContaining('no_such_db_oda'),
      'exit 3: broken',
    ])
  })

  it('counts no checks as healthy', async () => {
    expect((await waitHealthy({ health: healthSchema.parse({}), deps: { env: {} } })).ok).toBe(true)
  })
})
