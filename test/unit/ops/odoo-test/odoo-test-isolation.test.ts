import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import { odooLogsDir } from '../../../fixtures/odoo/fixture-logs.ts'
import { runWithFake } from './odoo-test-helpers.ts'

/** Testcases of the JUnit artifact, as `kind classname.name`. */
function junitCases(artifactsDir: string): string[] {
  const xml = readFileSync(join(artifactsDir, 'odoo-junit.xml'), 'utf8')
  return [...xml.matchAll(/<testcase classname="([^"]+)" name="([^"]+)"[^>]*?(\/>|>\s*<(\w+))/g)].map(
    (m) => `${m[3] === '/>' ? 'passed' : m[4]} ${m[1]}.${m[2]}`,
  )
}

/** A folder of logs with their exit codes (the fake reads them from its README), for logs made up of recorded ones. */
function logsFolder(logs: Record<string, { parts: string[]; exitCode: number }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oda-logs-'))
  const rows = Object.entries(logs).map(([name, l]) => {
    writeFileSync(join(dir, name), l.parts.map((p) => readFileSync(join(odooLogsDir, p), 'utf8')).join(''))
    return `| ${name} | 17.0 | ${l.exitCode} | made up of ${l.parts.join(' + ')} |`
  })
  writeFileSync(join(dir, 'README.md'), `| log | Odoo | exit code | what |\n|---|---|---|---|\n${rows.join('\n')}\n`)
  return dir
}

describe('odoo.test when Odoo cannot load some of the selected modules', () => {
  it('a missing Python library: names it and the addon, then tests the other modules without it', async () => {
    const { report, argv, artifactsDir } = await runWithFake({
      log: 'odoo17_ci_python_dep.log',
      addons: ['ci_python_dep', 'ci_passing'],
      input: { modules: ['ci_python_dep', 'ci_passing'] },
      replayFor: { ci_passing: 'odoo17_ci_passing.log' },
    })
    expect(report.conclusion).toBe('failure')
    expect(report.title).toBe(
      'Odoo could not load the modules: missing Python library oda_missing_python_lib in ci_python_dep; the other modules: 2 tests passed',
    )
    const manifest = readFileSync(join('test/fixtures/odoo/addons/ci_python_dep/__manifest__.py'), 'utf8').split('\n')
    const finding = report.findings.find((f) => f.ruleId === 'odoo-ci/missing-python-dependency')!
    expect(finding).toMatchObject({
      path: 'addons/ci_python_dep/__manifest__.py',
      line: manifest.findIndex((l) => l.includes('"oda_missing_python_lib"')) + 1,
      message:
        "ci_python_dep needs the Python library 'oda_missing_python_lib' (manifest external_dependencies), which is not installed",
    })
    // Odoo's DistributionNotFound warning before it refuses the module is that same cause, not a
    // second finding on the log (where GitHub cannot place it)
    expect(report.findings.filter((f) => f.path.endsWith('.log')).map((f) => f.message)).toEqual([])
    // Two test runs: the whole selection, then what was left, each in its own database.
    const testRuns = argv.filter((a) => a.includes('--test-enable'))
    expect(testRuns.map((a) => a[a.indexOf('-i') + 1])).toEqual(['ci_passing,ci_python_dep', 'ci_passing'])
    expect(testRuns[1]![1]).toBe(`${testRuns[0]![1]}_g2`)
    const data = report.data as OdooCiData
    expect(data.blocked.map((b) => b.module)).toEqual(['ci_python_dep'])
    expect(data.groups?.map((g) => g.modules.join(','))).toEqual(['ci_passing,ci_python_dep', 'ci_passing'])
    expect(data.counted).toMatchObject({ tests: 2, passed: 2 })
    expect(report.summary).toContain('### Not tested: Odoo could not load them')
    expect(junitCases(artifactsDir)).toEqual([
      'passed odoo.addons.ci_passing.tests.test_passing.TestPassing.test_company',
      'passed odoo.addons.ci_passing.tests.test_passing.TestPassing.test_partner',
      'error odoo.registry.load ci_python_dep',
    ])
  })

  it('tests a run already gave for the modules tried again are not counted twice', async () => {
    // Odoo tested ci_passing, then failed on ci_bad_field's view: ci_passing runs again, alone.
    const dir = logsFolder({
      'both.log': { parts: ['odoo17_ci_passing.log', 'odoo17_ci_bad_field.log'], exitCode: 255 },
      'passing.log': { parts: ['odoo17_ci_passing.log'], exitCode: 0 },
    })
    const { report, artifactsDir } = await runWithFake({
      log: join(dir, 'both.log'),
      addons: ['ci_bad_field', 'ci_passing'],
      input: { modules: ['ci_bad_field', 'ci_passing'] },
      replayFor: { ci_passing: 'passing.log' },
    })
    expect((report.data as OdooCiData).counted).toMatchObject({ tests: 2, passed: 2 })
    expect(junitCases(artifactsDir).filter((c) => c.includes('ci_passing'))).toHaveLength(2)
    const tests = readFileSync(join(artifactsDir, 'odoo-tests.jsonl'), 'utf8').trim().split('\n')
    expect(tests).toHaveLength(2)
    expect(report.title).toBe(
      'Odoo could not load the modules: XML data error in ci_bad_field; the other modules: 2 tests passed',
    )
  })

  it('without a culprit in the log, halves the selection until each failing module stands alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-abort-'))
    const log = join(dir, 'abort.log')
    writeFileSync(log, "Running as user 'root' is a security risk.\nSegmentation fault\n")
    const { report, argv } = await runWithFake({
      log,
      addons: ['ci_passing', 'ci_no_tests'],
      input: { modules: ['ci_passing', 'ci_no_tests'] },
      fakeArgs: ['--exit', '255'],
    })
    const testRuns = argv.filter((a) => a.includes('--test-enable')).map((a) => a[a.indexOf('-i') + 1])
    expect(testRuns).toEqual(['ci_no_tests,ci_passing', 'ci_no_tests', 'ci_passing'])
    const data = report.data as OdooCiData
    expect(data.blocked.map((b) => `${b.module}: ${b.reason}`)).toEqual([
      'ci_no_tests: Odoo stopped while loading it (see the raw log)',
      'ci_passing: Odoo stopped while loading it (see the raw log)',
    ])
    expect(report.conclusion).toBe('failure')
  })

  it('stops at odoo-ci.maxRuns and says which modules were not tested', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-abort-'))
    const log = join(dir, 'abort.log')
    writeFileSync(log, 'Segmentation fault\n')
    const { report, argv } = await runWithFake({
      log,
      addons: ['ci_passing', 'ci_no_tests'],
      input: { modules: ['ci_passing', 'ci_no_tests'] },
      fakeArgs: ['--exit', '255'],
      odooCi: { maxRuns: 2 },
    })
    expect(argv.filter((a) => a.includes('--test-enable'))).toHaveLength(2)
    expect((report.data as OdooCiData).blocked.at(-1)).toEqual({
      module: 'ci_passing',
      cause: 'ci_passing',
      why: 'run_limit',
      reason: 'odoo-ci.maxRuns (2) Odoo runs were used up isolating modules Odoo could not load',
    })
    expect(report.findings.filter((f) => f.ruleId === 'odoo-ci/not-tested').map((f) => [f.level, f.message])).toEqual([
      ['failure', 'module ci_no_tests was not tested: Odoo stopped while loading it (see the raw log)'],
      [
        'warning',
        'module ci_passing was not tested: odoo-ci.maxRuns (2) Odoo runs were used up isolating modules Odoo could not load',
      ],
    ])
  })

  it('with isolateFailures off, one run reports the failure and nothing is retried', async () => {
    const { report, argv } = await runWithFake({
      log: 'odoo17_ci_python_dep.log',
      addons: ['ci_python_dep', 'ci_passing'],
      input: { modules: ['ci_python_dep', 'ci_passing'] },
      replayFor: { ci_passing: 'odoo17_ci_passing.log' },
      odooCi: { isolateFailures: false },
    })
    expect(argv.filter((a) => a.includes('--test-enable'))).toHaveLength(1)
    expect(report.title).toBe(
      'Odoo could not load the modules: missing Python library oda_missing_python_lib in ci_python_dep',
    )
    expect((report.data as OdooCiData).blocked).toEqual([])
  })
})
