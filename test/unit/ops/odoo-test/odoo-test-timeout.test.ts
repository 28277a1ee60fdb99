import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isOdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import { isUsageError } from '../../../../src/engine/errors.ts'
import { odooLogsDir } from '../../../fixtures/odoo/fixture-logs.ts'
import { runWithFake } from './odoo-test-helpers.ts'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function waitUntilDead(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100))
  return !alive(pid)
}

describe('odoo.test timeout', () => {
  const log = 'odoo17_ci_demo_install.log'
  const lines = readFileSync(join(odooLogsDir, log), 'utf8').split('\n')
  // Hang right after `Starting TestDemo.test_pass`, with two failures already logged.
  const hangAfter = lines.findIndex((l) => l.includes('Starting TestDemo.test_pass')) + 1

  it('kills the whole process group, keeps the partial log, and reports timed_out with what ran', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'oda-fake-')), 'child.pid')
    const { report, artifactsDir } = await runWithFake({
      log,
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'], timeout: '2s', installFirst: [] },
      fakeArgs: ['--hang-after', String(hangAfter), '--child-pid-file', pidFile],
    })
    expect(report.conclusion).toBe('timed_out')
    expect(report.title).toMatch(/^Odoo tests timed out after 0\.03 min \(4 tests ran, 1 failed, 1 error\)$/)
    const kept = readFileSync(join(artifactsDir, 'odoo-test.log'), 'utf8')
    expect(kept).toContain('Starting TestDemo.test_pass ...')
    expect(kept).not.toContain('Starting TestDemo.test_skip')
    // Every test that ran is in the test list artifact; the record keeps the notable ones.
    const ran = readFileSync(join(artifactsDir, 'odoo-tests.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { method: string; status: string })
    expect(ran.map((t) => `${t.method}:${t.status}`)).toEqual([
      'test_error:error',
      'test_fail:failed',
      'test_logged_error:passed',
      'test_pass:passed',
    ])
    expect(isOdooCiData(report.data) && report.data.tests.map((t) => t.method)).toEqual([
      'test_error',
      'test_fail',
      'test_logged_error',
    ])
    // The grandchild `sleep` the fake command started died with the group.
    const child = Number(readFileSync(pidFile, 'utf8'))
    expect(await waitUntilDead(child)).toBe(true)
    expect(readFileSync(join(artifactsDir, 'odoo-junit.xml'), 'utf8')).toContain('type="timed_out"')
  })

  it('reads the TIMEOUT environment variable when the input gives none', async () => {
    const { report } = await runWithFake({
      log,
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'] },
      env: { TIMEOUT: '1s' },
      fakeArgs: ['--hang-after', '5'],
    })
    expect(report.conclusion).toBe('timed_out')
    expect(report.title).toContain('after 0.02 min')
  })

  it('rejects an unreadable TIMEOUT with a message saying what is expected', async () => {
    await expect(
      runWithFake({ log, addons: ['ci_demo'], input: { modules: ['ci_demo'] }, env: { TIMEOUT: 'soon' } }),
    ).rejects.toThrow(/^the TIMEOUT environment variable "soon" is not a duration: expected seconds/)
  })

  it('names --timeout, not TIMEOUT, when the bad value came from the option', async () => {
    const error = await runWithFake({
      log,
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'], timeout: '45x' },
      env: { TIMEOUT: '30m' },
    }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(isUsageError(error)).toBe(true)
    expect((error as Error).message).toMatch(/^--timeout "45x" is not a duration: expected seconds/)
  })
})

describe('odoo.test stopped early', () => {
  const log = 'odoo17_ci_demo_install.log'

  it('a failed dependency install stops before the tests and says so', async () => {
    const { report, argv } = await runWithFake({
      log,
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'] },
      fakeArgs: ['--deps-exit', '255'],
    })
    expect(argv).toHaveLength(1)
    expect(argv[0]).not.toContain('--test-enable')
    expect(report).toMatchObject({ conclusion: 'failure', title: 'Odoo could not load the modules (exit code 255)' })
    expect(report.summary).toContain('### Odoo stopped without a record saying why')
  })

  it('cancelling the run kills Odoo and concludes cancelled with the tests that ran', async () => {
    const controller = new AbortController()
    const lines = readFileSync(join(odooLogsDir, log), 'utf8').split('\n')
    const hangAfter = lines.findIndex((l) => l.includes('Starting TestDemo.test_fail')) + 1
    // The fake writes its child's pid once it has printed everything up to the hang: cancel then.
    const pidFile = join(mkdtempSync(join(tmpdir(), 'oda-fake-')), 'child.pid')
    const watcher = setInterval(() => {
      if (existsSync(pidFile)) {
        clearInterval(watcher)
        controller.abort(new Error('cancelled by the user'))
      }
    }, 50)
    const { report } = await runWithFake({
      log,
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'] },
      fakeArgs: ['--hang-after', String(hangAfter), '--child-pid-file', pidFile],
      signal: controller.signal,
    })
    clearInterval(watcher)
    expect(report.conclusion).toBe('cancelled')
    expect(report.title).toBe('Odoo tests cancelled (2 tests ran)')
    // The database is still dropped after a cancellation.
    expect(report.findings.map((f) => f.ruleId)).not.toContain('odoo-ci/database-not-dropped')
  })
})
