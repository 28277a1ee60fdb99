import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../src/config/schema.ts'
import { createOpContext } from '../../src/engine/create-context.ts'
import type { Report } from '../../src/op/report.ts'
import { odooTestOp } from '../../src/ops/odoo-test/index.ts'
import { fakeOdoo, makeOdooRepo, odooAddonsDir } from '../fixtures/odoo/make-odoo-repo.ts'
import { odooLogsDir } from '../fixtures/odoo/fixture-logs.ts'

// Real Odoo runs only where ODOO_BIN points at an Odoo 17 or 18 `odoo-bin` (see docs/odoo-real.md);
// elsewhere this file holds only the replay test, and says so once, without a skipped test.
const odooBin = process.env['ODOO_BIN']
// The series of that Odoo, from its release.py: the demo manifests are rewritten to it.
const series = odooBin ? seriesOf(dirname(odooBin)) : '17.0'
const python = process.env['ODOO_PYTHON'] ?? '/usr/bin/python3'
const dbHost = process.env['ODOO_DB_HOST'] ?? '127.0.0.1'
// Odoo refuses to run as the `postgres` role; the default is the OS user, as for psql.
const dbUser = process.env['ODOO_DB_USER'] ?? userInfo().username
if (!odooBin)
  console.info('odoo-real: ODOO_BIN is not set, so only the recorded-log replay runs (see docs/odoo-real.md)')

function seriesOf(home: string): string {
  const release = readFileSync(join(home, 'odoo', 'release.py'), 'utf8')
  const m = /^version_info = \((\d+), (\d+)/m.exec(release)
  if (!m) throw new Error(`no version_info in ${home}/odoo/release.py`)
  return `${m[1]}.${m[2]}`
}

/** Runs odoo.test on a fresh checkout holding `addons`, with `command` as the Odoo program. */
async function runOdooTest(run: {
  addons: string[]
  command: string[]
  args?: (root: string) => string[]
}): Promise<{ report: Report; artifactsDir: string }> {
  const root = makeOdooRepo(run.addons, series)
  const config = odaConfigSchema.parse({
    'odoo-ci': {
      mode: 'custom',
      command: run.command,
      args: run.args?.(root) ?? [],
      // The addons are used in place: map their real path into the repository.
      pathMap: { [join(root, 'addons')]: 'addons', '/mnt/extra-addons': 'addons' },
      dropDatabase: ['dropdb', '-h', dbHost, '-U', dbUser, '--if-exists', '{database}'],
      timeoutMinutes: 20,
    },
  })
  const artifactsDir = mkdtempSync(join(tmpdir(), 'oda-odoo-real-'))
  const ctx = createOpContext({ cwd: root, config, artifactsDir })
  return { report: await odooTestOp.run(ctx, odooTestOp.input.parse({ modules: run.addons })), artifactsDir }
}

/** What the recorded Odoo 17 run of ci_demo says about itself; the real run must say the same. */
function recordedDemoSummary(): string {
  const text = readFileSync(join(odooLogsDir, `odoo${series.split('.')[0]}_ci_demo_install.log`), 'utf8')
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
  it(`replays the recorded Odoo ${series} run of ci_demo through the op (always runs)`, async () => {
    const { report } = await runOdooTest({
      addons: ['ci_demo'],
      command: [
        process.execPath,
        fakeOdoo,
        '--replay',
        join(odooLogsDir, `odoo${series.split('.')[0]}_ci_demo_install.log`),
      ],
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
    // No --data-dir: oda gives each run its own, and removes it.
    const args = (root: string): string[] => [
      `--addons-path=${addonsPath(root)}`,
      `--db_host=${dbHost}`,
      `--db_user=${dbUser}`,
    ]

    it(
      `runs real Odoo ${series} on ci_demo and reports what the recorded run reported`,
      { timeout: 20 * 60_000 },
      async () => {
        const { report } = await runOdooTest({ addons: ['ci_demo'], command: [python, odooBin], args })
        expect(report.conclusion).toBe('failure')
        expect(report.title).toBe(recordedDemoSummary())
        expect(failureLocations(report)).toEqual([
          'addons/ci_demo/tests/test_demo.py:14',
          'addons/ci_demo/tests/test_demo.py:17',
          'addons/ci_demo/tests/test_demo.py:32',
          'addons/ci_demo/tests/test_post.py:10',
          'addons/ci_demo/tests/test_setup_error.py:8',
        ])
        expect(report.artifacts.map((a) => a.name)).toEqual(['odoo-test.log', 'odoo-junit.xml', 'odoo-tests.jsonl'])
      },
    )

    it(
      `runs real Odoo ${series} on an addon that imports a missing library and names the library and the import line`,
      { timeout: 20 * 60_000 },
      async () => {
        const { report } = await runOdooTest({ addons: ['ci_import_error'], command: [python, odooBin], args })
        expect(report.conclusion).toBe('failure')
        expect(report.findings.find((f) => f.ruleId === 'odoo-ci/missing-python-dependency')).toMatchObject({
          path: 'addons/ci_import_error/__init__.py',
          line: 1,
          properties: expect.objectContaining({ dependency: 'nonexistent_python_lib' }),
        })
      },
    )

    it(
      `runs real Odoo ${series} on an addon whose tests all skip: neutral, with the reason`,
      { timeout: 20 * 60_000 },
      async () => {
        const { report } = await runOdooTest({ addons: ['ci_all_skipped'], command: [python, odooBin], args })
        expect(report).toMatchObject({
          conclusion: 'neutral',
          title: 'All 2 tests were skipped: oda_optional_lib module is not installed',
        })
        expect(report.findings.map((f) => f.ruleId)).toEqual(['odoo-ci/all-tests-skipped'])
      },
    )

    it(
      `runs real Odoo ${series} on an addon with a missing Python library next to a passing one: names both, tests the other`,
      { timeout: 30 * 60_000 },
      async () => {
        const { report, artifactsDir } = await runOdooTest({
          addons: ['ci_python_dep', 'ci_passing'],
          command: [python, odooBin],
          args,
        })
        expect(report).toMatchObject({
          conclusion: 'failure',
          title:
            'Odoo could not load the modules: missing Python library oda_missing_python_lib in ci_python_dep; the other modules: 2 tests passed',
        })
        const manifest = readFileSync(join(odooAddonsDir, 'ci_python_dep', '__manifest__.py'), 'utf8').split('\n')
        expect(report.findings.find((f) => f.ruleId === 'odoo-ci/missing-python-dependency')).toMatchObject({
          path: 'addons/ci_python_dep/__manifest__.py',
          line: manifest.findIndex((l) => l.includes('"oda_missing_python_lib"')) + 1,
        })
        const junit = readFileSync(join(artifactsDir, 'odoo-junit.xml'), 'utf8')
        expect(junit).toContain(
          '<testsuite name="odoo.addons.ci_passing" tests="2" failures="0" errors="0" skipped="0"',
        )
      },
    )
  }
})
