import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { describe, expect, it } from 'vitest'
import { isOdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import { odooLogsDir } from '../../../fixtures/odoo/fixture-logs.ts'
import { pg, runWithFake } from './odoo-test-helpers.ts'

describe('odoo.test with a fake odoo command replaying recorded logs', () => {
  it('a failing addon: failure with the totals of the summary line and annotations on the failing frames', async () => {
    const { report, argv, artifactsDir } = await runWithFake({
      log: 'odoo17_ci_demo_install.log',
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'] },
      fakeArgs: ['--color'],
    })
    expect(report.conclusion).toBe('failure')
    expect(report.title).toBe('3 failed, 2 errors of 9 tests')
    const text = readFileSync(join(odooLogsDir, 'odoo17_ci_demo_install.log'), 'utf8')
    // Every `File ".../ci_demo/tests/x.py", line N` right before an exception line is an annotation at addons/ci_demo/tests/x.py:N.
    const frames = [...text.matchAll(/File "\/mnt\/extra-addons\/(ci_demo\/tests\/[^"]+)", line (\d+)/g)].map(
      (m) => `addons/${m[1]}:${m[2]}`,
    )
    const failures = report.findings.filter((f) => f.level === 'failure').map((f) => `${f.path}:${f.line}`)
    expect(new Set(failures)).toEqual(new Set(frames))
    expect(report.findings.find((f) => f.title === 'FAIL: TestDemo.test_fail')?.message).toContain(
      'AssertionError: 2 != 3 : arithmetic is broken',
    )
    expect(report.summary).toContain('| `ci_demo` | 9 | 4 | 3 | 2 | 1 |')
    // The command: dependencies first without tests, then the module with tests.
    expect(argv).toHaveLength(2)
    expect(argv[0]!.slice(0, 4)).toEqual(['-d', argv[1]![1], '-i', 'base'])
    expect(argv[0]).not.toContain('--test-enable')
    expect(argv[1]!.slice(2, 5)).toEqual(['-i', 'ci_demo', '--test-enable'])
    expect(argv[1]).toContain('--stop-after-init')
    // Raw log artifact: everything Odoo printed, colours stripped.
    const kept = readFileSync(join(artifactsDir, 'odoo-test.log'), 'utf8')
    expect(kept).not.toContain('\x1b[')
    expect(kept).toContain(text.split('\n').find((l) => l.includes('when loading database')))
    expect(report.artifacts.map((a) => a.name)).toEqual(['odoo-test.log', 'odoo-junit.xml', 'odoo-tests.jsonl'])
    expect(report.artifacts.every((a) => a.sha256?.length === 64 && (a.bytes ?? 0) > 0)).toBe(true)
    expect(isOdooCiData(report.data)).toBe(true)
  })

  it('a passing OCA run (47 tests) is a success', async () => {
    const { report } = await runWithFake({
      log: 'odoo17_oca_queue_job.log',
      addons: [],
      input: { modules: ['queue_job', 'queue_job_cron'] },
    })
    expect(report).toMatchObject({ conclusion: 'success', title: '47 tests passed' })
    expect(report.findings).toEqual([])
  })

  it.each([
    [
      'odoo17_ci_missing_dep.log',
      'ci_missing_dep',
      'odoo-ci/missing-dependency',
      'addons/ci_missing_dep/__manifest__.py',
      'missing dependency nonexistent_mod',
    ],
    [
      'odoo17_ci_import_error.log',
      'ci_import_error',
      'odoo-ci/missing-python-dependency',
      'addons/ci_import_error/__init__.py',
      'missing Python library nonexistent_python_lib',
    ],
    [
      'odoo17_ci_bad_xml.log',
      'ci_bad_xml',
      'odoo-ci/xml-parse-error',
      'addons/ci_bad_xml/views/bad.xml',
      'XML data error',
    ],
  ])('a registry failure (%s) is a failure naming its cause and file', async (log, addon, ruleId, path, cause) => {
    const { report } = await runWithFake({ log, addons: [addon], input: { modules: [addon] } })
    expect(report.conclusion).toBe('failure')
    expect(report.title).toBe(`Odoo could not load the modules: ${cause} in ${addon}`)
    const f = report.findings.find((x) => x.ruleId === ruleId)!
    expect(f.path).toBe(path)
    const text = readFileSync(join(odooLogsDir, log), 'utf8')
    if (ruleId === 'odoo-ci/xml-parse-error') expect(f.line).toBe(Number(/bad\.xml:(\d+)/.exec(text)![1]))
    if (ruleId === 'odoo-ci/missing-python-dependency')
      expect(f.line).toBe(Number(/ci_import_error\/__init__\.py", line (\d+)/.exec(text)![1]))
    if (ruleId === 'odoo-ci/missing-dependency') {
      const manifest = readFileSync(join('test/fixtures/odoo/addons', addon, '__manifest__.py'), 'utf8').split('\n')
      expect(manifest[f.line - 1]).toContain('nonexistent_mod')
    }
    expect(report.findings.some((x) => x.ruleId === 'odoo-ci/no-tests-ran')).toBe(false)
  })

  it('0 tests: neutral by default, a finding for the silent module, failure when the policy says so', async () => {
    const neutral = await runWithFake({
      log: 'odoo17_ci_no_tests.log',
      addons: ['ci_no_tests'],
      input: { modules: ['ci_no_tests'] },
    })
    expect(neutral.report).toMatchObject({ conclusion: 'neutral', title: 'No test ran (0 tests)' })
    expect(neutral.report.findings.map((f) => f.message)).toContain(
      'module ci_no_tests was selected but no test of it ran',
    )
    const strict = await runWithFake({
      log: 'odoo17_ci_no_tests.log',
      addons: ['ci_no_tests'],
      input: { modules: ['ci_no_tests'] },
      odooCi: { policy: { zeroTests: 'failure' } },
    })
    expect(strict.report.conclusion).toBe('failure')
  })

  it('an exit without any record shows the last lines Odoo printed', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'oda-abort-')), 'abort.log')
    writeFileSync(
      log,
      "Running as user 'root' is a security risk.\nUsing the database user 'postgres' is a security risk, aborting.\n",
    )
    const { report } = await runWithFake({
      log,
      addons: [],
      input: { modules: ['queue_job'] },
      fakeArgs: ['--exit', '1'],
    })
    expect(report).toMatchObject({ conclusion: 'failure', title: 'Odoo exited with code 1 (0 tests ran, none failed)' })
    expect(report.summary).toContain(
      "### Odoo stopped without a record saying why\n\nLast lines of its output:\n\n```\nRunning as user 'root' is a security risk.\nUsing the database user 'postgres' is a security risk, aborting.\n```",
    )
  })

  it('drops the per-run database after the run, even when the tests failed', async () => {
    const database = `oda_ci_droptest_${process.pid}`
    await execa('createdb', [...pg, database])
    const { report } = await runWithFake({
      log: 'odoo17_ci_demo_install.log',
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'], database },
    })
    expect(report.conclusion).toBe('failure')
    const { stdout } = await execa('psql', [
      ...pg,
      '-d',
      'postgres',
      '-Atc',
      `select count(*) from pg_database where datname = '${database}'`,
    ])
    expect(stdout.trim()).toBe('0')
  })

  it('keeps the database with keepDatabase', async () => {
    const database = `oda_ci_keeptest_${process.pid}`
    await execa('createdb', [...pg, database])
    try {
      await runWithFake({
        log: 'odoo17_ci_no_tests.log',
        addons: ['ci_no_tests'],
        input: { modules: ['ci_no_tests'], database, keepDatabase: true },
      })
      const { stdout } = await execa('psql', [
        ...pg,
        '-d',
        'postgres',
        '-Atc',
        `select count(*) from pg_database where datname = '${database}'`,
      ])
      expect(stdout.trim()).toBe('1')
    } finally {
      await execa('dropdb', [...pg, '--if-exists', database])
    }
  })

  it('a database that cannot be dropped is a warning, not a crash', async () => {
    const { report } = await runWithFake({
      log: 'odoo17_oca_queue_job.log',
      addons: [],
      input: { modules: ['queue_job'] },
      odooCi: { dropDatabase: ['dropdb', ...pg, 'oda_ci_never_existed_xyz'] },
    })
    expect(report.conclusion).toBe('success')
    expect(report.findings.map((f) => f.ruleId)).toEqual(['odoo-ci/database-not-dropped'])
  })
})
