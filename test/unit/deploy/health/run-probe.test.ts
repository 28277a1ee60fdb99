import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import { runProbe } from '../../../../src/deploy/health/run-probe.ts'
import { probeSchema } from '../../../../src/config/sections/environments.ts'
import { createLocalExecutor } from '../../../../src/deploy/targets/local-executor.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { freePort } from '../../../helpers/sshd.ts'

let server: Server
let port: number
beforeAll(async () => {
  port = await freePort()
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"queue":{"pending":250,"failed":0}}')
  })
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

const target = createLocalExecutor({ exec: createOpContext().exec, cwd: process.cwd() })
const probe = (p: Record<string, unknown>) => probeSchema.parse(p)

describe('runProbe', () => {
  it('reads a queue backlog from an HTTP JSON path and warns above the threshold', async () => {
    expect(
      await runProbe(
        probe({
          name: 'q',
          type: 'http-json',
          url: `http://127.0.0.1:${port}/`,
          jsonPath: 'queue.pending',
          warnAbove: 100,
        }),
        undefined,
      ),
    ).toMatchObject({ status: 'warn', value: 250, message: 'queue.pending=250 (above 100)' })
    expect(
      await runProbe(
        probe({ name: 'q', type: 'http-json', url: `http://127.0.0.1:${port}/`, jsonPath: 'queue.failed' }),
        undefined,
      ),
    ).toMatchObject({ status: 'ok', value: 0 })
    expect(
      await runProbe(
        probe({ name: 'q', type: 'http-json', url: `http://127.0.0.1:${port}/`, jsonPath: 'queue.none' }),
        undefined,
      ),
    ).toMatchObject({ status: 'fail', value: null })
  })

  it('measures disk usage with df on the target', async () => {
    const r = await runProbe(probe({ name: 'disk', type: 'disk', path: '/', warnAbove: 100 }), target)
    expect(r.status).toBe('ok')
    expect(r.value).toMatchObject({ path: '/', usedPercent: expect.any(Number), availableMb: expect.any(Number) })
    expect((await runProbe(probe({ name: 'disk', type: 'disk', path: '/no/such/path' }), target)).status).toBe('fail')
  })

  it('keeps command output structured when it is JSON or JSON lines (docker compose ps)', async () => {
    const lines = await runProbe(
      probe({
        name: 'containers',
        type: 'command',
        run: `printf '%s\\n' '{"Service":"odoo","State":"running"}' '{"Service":"db","State":"running"}'`,
      }),
      target,
    )
    expect(lines).toMatchObject({
      status: 'ok',
      value: [
        { Service: 'odoo', State: 'running' },
        { Service: 'db', State: 'running' },
      ],
    })
    expect(await runProbe(probe({ name: 'x', type: 'command', run: 'echo plain text; exit 2' }), target)).toMatchObject(
      { status: 'fail', value: 'plain text', message: 'exit 2' },
    )
  })

  it('fails a target probe when there is no target', async () => {
    expect((await runProbe(probe({ name: 'disk', type: 'disk' }), undefined)).message).toBe(
      'no target to run the probe on',
    )
  })
})
