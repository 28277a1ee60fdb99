import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { reportSchema } from '../../../../src/op/report.ts'
import { isUsageError } from '../../../../src/engine/errors.ts'
import { odooStackCheckOp } from '../../../../src/ops/odoo-stack-check/index.ts'

const fakeStack = join(import.meta.dirname, '../../../fixtures/odoo/bin/fake-stack.mjs')

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address()
      const port = typeof address === 'object' && address ? address.port : 0
      s.close(() => resolve(port))
    })
  })
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function check(stack: {
  services: string[]
  health: Record<string, unknown>[]
  smoke?: Record<string, unknown>[]
  up?: string[]
  down?: (state: string) => string[]
  input?: Record<string, unknown>
  signal?: AbortSignal
  onState?: (dir: string) => void
}) {
  const state = mkdtempSync(join(tmpdir(), 'oda-stack-'))
  const config = odaConfigSchema.parse({
    'odoo-ci': {
      stack: {
        up: stack.up ?? [process.execPath, fakeStack, 'up', state, ...stack.services],
        down: stack.down?.(state) ?? [process.execPath, fakeStack, 'down', state],
        health: stack.health,
        smoke: stack.smoke ?? [],
      },
    },
  })
  stack.onState?.(state)
  const ctx = createOpContext({ cwd: state, config, signal: stack.signal })
  const report = reportSchema.parse(await odooStackCheckOp.run(ctx, odooStackCheckOp.input.parse(stack.input ?? {})))
  const pids = existsSync(join(state, 'pids'))
    ? readFileSync(join(state, 'pids'), 'utf8').trim().split('\n').map(Number)
    : []
  return { report, state, pids, downCalled: existsSync(join(state, 'down-called')) }
}

describe('odoo.stack-check against a local process stack', () => {
  it('waits for a slow service, checks status and body, runs smoke commands, tears down', async () => {
    const [odoo, n8n] = [await freePort(), await freePort()]
    // Odoo answers 503 to its first three requests, however long they take to arrive.
    const { report, downCalled, pids } = await check({
      services: [`${odoo}:200:3:{"status": "pass"}`, `${n8n}:200:0:ok`],
      health: [
        {
          name: 'odoo',
          url: `http://127.0.0.1:${odoo}/web/health`,
          bodyMatch: '"status": "pass"',
          retries: 40,
          intervalS: 0.1,
        },
        { name: 'n8n', url: `http://127.0.0.1:${n8n}/healthz`, bodyMatch: '^ok$', retries: 40, intervalS: 0.1 },
      ],
      smoke: [
        {
          name: 'fetch home',
          command: [process.execPath, '-e', `fetch('http://127.0.0.1:${odoo}/').then(r => process.exit(r.ok ? 0 : 1))`],
        },
        { name: 'expected exit 3', command: [process.execPath, '-e', 'process.exit(3)'], expectExit: 3 },
      ],
    })
    expect(report.conclusion).toBe('success')
    expect(report.title).toBe('Stack healthy: 2 endpoints, 2 smoke commands passed')
    expect(report.summary).toMatch(/\| odoo \(http:\/\/127\.0\.0\.1:\d+\/web\/health\) \| yes \| 4 \|/)
    expect(report.summary).toMatch(/\| n8n \(http:\/\/127\.0\.0\.1:\d+\/healthz\) \| yes \| 1 \|/)
    expect(downCalled).toBe(true)
    // A generous bound: it only waits while a process is still alive, so a loaded machine passes too.
    for (const pid of pids) for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100))
    expect(pids.some(alive)).toBe(false)
  })

  it('an endpoint with the wrong status or body fails with what it answered; smoke is skipped; still torn down', async () => {
    const [a, b] = [await freePort(), await freePort()]
    const { report, downCalled } = await check({
      services: [`${a}:500:0:boom`, `${b}:200:0:maintenance`],
      health: [
        { name: 'odoo', url: `http://127.0.0.1:${a}/web/health`, retries: 2, intervalS: 0.05 },
        { name: 'website', url: `http://127.0.0.1:${b}/`, bodyMatch: 'Welcome', retries: 2, intervalS: 0.05 },
      ],
      smoke: [{ name: 'never', command: [process.execPath, '-e', 'process.exit(0)'] }],
    })
    expect(report).toMatchObject({ conclusion: 'failure', title: 'Stack check failed: 2 problems' })
    expect(report.findings.map((f) => f.message)).toEqual([
      `http://127.0.0.1:${a}/web/health: HTTP 500, expected 200 (after 3 attempts)`,
      `http://127.0.0.1:${b}/: body does not match /Welcome/: maintenance (after 3 attempts)`,
    ])
    expect(report.summary).toContain('| never | **no** | skipped: the stack is not healthy |')
    expect(downCalled).toBe(true)
  })

  it('a connection refused is reported as such', async () => {
    const port = await freePort()
    const { report } = await check({
      services: [],
      health: [{ name: 'odoo', url: `http://127.0.0.1:${port}/`, retries: 1, intervalS: 0.05 }],
    })
    expect(report.findings[0]!.message).toMatch(/fetch failed: connect ECONNREFUSED/)
  })

  it('a failing smoke command fails the check with its exit code and output', async () => {
    const port = await freePort()
    const { report } = await check({
      services: [`${port}:200:0:ok`],
      health: [{ name: 'odoo', url: `http://127.0.0.1:${port}/`, retries: 20, intervalS: 0.1 }],
      smoke: [
        { name: 'migrations', command: [process.execPath, '-e', 'console.error("table missing"); process.exit(4)'] },
      ],
    })
    expect(report).toMatchObject({ conclusion: 'failure', title: 'Stack check failed: 1 problem' })
    expect(report.findings[0]).toMatchObject({
      ruleId: 'odoo-stack/smoke-failed',
      title: 'Smoke command migrations failed',
    })
    expect(report.findings[0]!.message).toContain('exited with 4, expected exit 0\ntable missing')
  })

  it('an up command that fails still runs down', async () => {
    const { report, downCalled } = await check({
      services: [],
      up: [process.execPath, '-e', 'process.exit(1)'],
      health: [{ name: 'odoo', url: 'http://127.0.0.1:1/' }],
    })
    expect(report).toMatchObject({ conclusion: 'failure', title: 'Stack did not start' })
    expect(downCalled).toBe(true)
  })

  it('a cancelled check still tears the stack down', async () => {
    const port = await freePort()
    const controller = new AbortController()
    let watcher: ReturnType<typeof setInterval> | undefined
    // Cancel while waiting for an endpoint that never gets healthy, once the stack is up.
    const { report, downCalled } = await check({
      services: [`${port}:503:0:down`],
      health: [{ name: 'odoo', url: `http://127.0.0.1:${port}/`, retries: 1000, intervalS: 0.05 }],
      signal: controller.signal,
      onState: (dir) => {
        watcher = setInterval(() => {
          if (existsSync(join(dir, 'pids'))) {
            clearInterval(watcher)
            controller.abort(new Error('cancelled'))
          }
        }, 50)
      },
    })
    clearInterval(watcher)
    expect(report.conclusion).toBe('failure')
    expect(downCalled).toBe(true)
  })

  it('a missing docker is reported as a command that could not be run', async () => {
    const { report } = await check({ services: [], up: ['/nonexistent/docker', 'compose', 'up', '-d'], health: [] })
    expect(report.findings[0]!.message).toBe(
      '`/nonexistent/docker compose up -d` could not be run (is it installed, on PATH, executable?)',
    )
  })

  it('a missing --dir folder is a usage error naming it, before any stack command runs', async () => {
    const state = mkdtempSync(join(tmpdir(), 'oda-stack-'))
    const marker = join(state, 'up-ran')
    const config = odaConfigSchema.parse({
      'odoo-ci': {
        stack: {
          up: [process.execPath, '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`],
          down: [process.execPath, '-e', ''],
        },
      },
    })
    const ctx = createOpContext({ cwd: state, config })
    for (const [dir, expected] of [
      ['/nonexistent', '--dir /nonexistent: folder not found'],
      [fakeStack, `--dir ${fakeStack} is not a folder`],
    ] as const) {
      const error = await odooStackCheckOp.run(ctx, odooStackCheckOp.input.parse({ dir })).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(isUsageError(error)).toBe(true)
      expect((error as Error).message).toContain(expected)
    }
    expect(existsSync(marker)).toBe(false)
  })

  it('a failed teardown is not reported as torn down', async () => {
    const port = await freePort()
    const { report, downCalled } = await check({
      services: [`${port}:200:0:ok`],
      health: [{ name: 'odoo', url: `http://127.0.0.1:${port}/` }],
      down: (state) => [
        'sh',
        '-c',
        '"$1" "$2" down "$3"; echo "compose down failed" >&2; exit 5',
        'sh',
        process.execPath,
        fakeStack,
        state,
      ],
    })
    expect(report.summary).not.toContain('The stack was torn down.')
    expect(report.summary).toContain('Tearing the stack down FAILED')
    expect(report.findings.map((f) => f.ruleId)).toContain('odoo-stack/down-failed')
    expect((report.data as { tornDown: boolean }).tornDown).toBe(false)
    expect(downCalled).toBe(true)
  })

  it('dry run lists the plan and starts nothing', async () => {
    const { report, pids, downCalled } = await check({
      services: ['1:200:0:x'],
      health: [{ name: 'odoo', url: 'http://127.0.0.1:1/web/health', bodyMatch: 'pass' }],
      input: { dryRun: true },
    })
    expect(report.conclusion).toBe('neutral')
    expect(report.summary).toContain('health odoo: GET http://127.0.0.1:1/web/health -> 200 /pass/')
    expect(pids).toEqual([])
    expect(downCalled).toBe(false)
  })
})
