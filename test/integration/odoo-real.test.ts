import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../src/config/schema.ts'
import { createOpContext } from '../../src/engine/create-context.ts'
import type { Report } from '../../src/op/report.ts'
import { odooTestOp } from '../../src/ops/odoo-test/index.ts'
import { fakeOdoo, makeOdooRepo } from '../fixtures/odoo/make-odoo-repo.ts'
import { odooLogsDir } from '../fixtures/odoo/fixture-logs.ts'

// Real Odoo runs only where ODOO_BIN points at an Odoo 17 `odoo-bin` (see docs/odoo-real.md);
// elsewhere this file holds only the replay test, and says so once, without a skipped test.
const odooBin = process.env['ODOO_BIN']
const python = process.env['ODOO_PYTHON'] ?? '/usr/bin/python3'
const dbHost = process.env['ODOO_DB_HOST'] ?? '127.0.0.1'
// Odoo refuses to run as the `postgres` role; the default is the OS user, as for psql.
const dbUser = process.env['ODOO_DB_USER'] ?? userInfo().username
if (!odooBin)
  console.info('odoo-real: ODOO_BIN is not set, so only the recorded-log replay runs (see docs/odoo-real.md)')

/** Runs odoo.test on a fresh checkout holding `addons`, with `command` as the Odoo program. */
async function runOdooTest(o: {
  addons: string[]
  command: string[]
  args?: (root: string) => string[]
}): Promise<Report> {
  const root = makeOdooRepo(o.addons, '17.0')
  const config = odaConfigSchema.parse({
    'odoo-ci': {
      mode: 'custom',
      command: o.command,
      args: o.args?.(root) ?? [],
      // The addons are used in place: map their real path into the repository.
      pathMap: { [join(root, 'addons')]: 'addons', '/mnt/extra-addons': 'addons' },
      dropDatabase: ['dropdb', '-h', dbHost, '-U', dbUser, '--if-exists', '{database}'],
      timeoutMinutes: 20,
    },
  })
  const ctx = createOpContext({ cwd: root, config, artifactsDir: mkdtempSync(join(tmpdir(), 'oda-odoo-real-')) })
  return odooTestOp.run(ctx, odooTestOp.input.parse({ modules: o.addons }))
}

/** What the recorded Odoo 17 run of ci_demo says about itself; the real run must say the same. */
function recordedDemoSummary(): string {
  const text = readFileSync(join(odooLogsDir, 'odoo17_ci_demo_install.log'), 'utf8')
  const [, failed, errors, tests] = /(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading/.exec(text)!
  return `${failed} failed, ${errors} errors of ${tests} tests`
}

function failureLocations(report: Report): string[] {
  return report.findings
    .filter((f) => f.ruleId.startsWith('odoo-ci/test-'))
    .map((f) => `${f.path}:${f.line}`)
    .sort()
}

describe('odoo.test end to end', () => {
  it('replays the recorded Odoo 17 run of ci_demo through the op (always runs)', async () => {
    const report = await runOdooTest({
      addons: ['ci_demo'],
      command: [process.execPath, fakeOdoo, '--replay', join(odooLogsDir, 'odoo17_ci_demo_install.log')],
    })
    expect(report.title).toBe(recordedDemoSummary())
    expect(failureLocations(report)).toEqual([
      'addons/ci_demo/tests/test_demo.py:14',
      'addons/ci_demo/tests/test_demo.py:17',
      'addons/ci_demo/tests/test_demo.py:32',
      'addons/ci_demo/tests/test_post.py:10',
      'addons/ci_demo/tests/test_setup_error.py:8',
    ])
  })

  if (odooBin) {
    const home = dirname(odooBin)
    const addonsPath = (root: string): string =>
      [join(home, 'odoo', 'addons'), join(home, 'addons'), join(root, 'addons')].filter(existsSync).join(',')
    const args = (root: string): string[] => [
      `--addons-path=${addonsPath(root)}`,
      `--db_host=${dbHost}`,
      `--db_user=${dbUser}`,
      `--data-dir=${mkdtempSync(join(tmpdir(), 'oda-odoo-data-'))}`,
    ]

    it(
      'runs real Odoo 17 on ci_demo and reports what the recorded run reported',
      { timeout: 20 * 60_000 },
      async () => {
        const report = await runOdooTest({ addons: ['ci_demo'], command: [python, odooBin], args })
        expect(report.conclusion).toBe('failure')
        expect(report.title).toBe(recordedDemoSummary())
        expect(failureLocations(report)).toEqual([
          'addons/ci_demo/tests/test_demo.py:14',
          'addons/ci_demo/tests/test_demo.py:17',
          'addons/ci_demo/tests/test_demo.py:32',
          'addons/ci_demo/tests/test_post.py:10',
          'addons/ci_demo/tests/test_setup_error.py:8',
        ])
        expect(report.artifacts.map((a) => a.name)).toEqual(['odoo-test.log', 'odoo-junit.xml'])
      },
    )

    it(
      'runs real Odoo 17 on an addon that cannot be imported and names the failing import',
      { timeout: 20 * 60_000 },
      async () => {
        const report = await runOdooTest({ addons: ['ci_import_error'], command: [python, odooBin], args })
        expect(report.conclusion).toBe('failure')
        expect(report.findings.find((f) => f.ruleId === 'odoo-ci/import-error')).toMatchObject({
          path: 'addons/ci_import_error/__init__.py',
          line: 1,
        })
      },
    )
  }
})
