import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { reportSchema } from '../../../../src/op/report.ts'
import type { Report } from '../../../../src/op/report.ts'
import { isUsageError } from '../../../../src/engine/errors.ts'
import { odooParseLogOp } from '../../../../src/ops/odoo-parse-log/index.ts'
import { isOdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import type { OdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import { Redactor } from '../../../../src/log/redactor.ts'
import { parseOdooLogFile } from '../../../../src/odoo/log/parse-odoo-log.ts'
import { odooLogFixtures } from '../../../fixtures/odoo/fixture-logs.ts'

/** The JUnit the `junit` format prints: the artifact the run streamed to disk. */
function junitOf(report: Report): string {
  const out = odooParseLogOp.fileFormats!['junit']!(report)
  return typeof out === 'string' ? out : readFileSync(out.file, 'utf8')
}

async function parseLog(file: string, extra: Record<string, unknown> = {}) {
  const ctx = createOpContext({
    cwd: process.cwd(),
    config: odaConfigSchema.parse({}),
    artifactsDir: mkdtempSync(join(tmpdir(), 'oda-parse-log-')),
  })
  return reportSchema.parse(
    JSON.parse(JSON.stringify(await odooParseLogOp.run(ctx, odooParseLogOp.input.parse({ file, ...extra })))),
  )
}

/** The conclusion a recorded run deserves, from what its README row and its text say. */
function expectedConclusion(text: string, exitCode: number, tests: number, skipped: number): string {
  if (exitCode !== 0 || text.includes('Address already in use')) return 'failure'
  return tests > 0 && skipped < tests ? 'success' : 'neutral'
}

/** Reads JUnit XML as a consumer would (Python's ElementTree), returning counts per element. */
async function readJunit(xml: string): Promise<{
  root: Record<string, string>
  cases: { classname: string; name: string; file?: string; line?: string; kind: string }[]
}> {
  const dir = mkdtempSync(join(tmpdir(), 'oda-junit-'))
  const path = join(dir, 'junit.xml')
  writeFileSync(path, xml)
  const script = [
    'import json, sys, xml.etree.ElementTree as ET',
    'root = ET.parse(sys.argv[1]).getroot()',
    'cases = []',
    'for c in root.iter("testcase"):',
    '    kind = next((ch.tag for ch in c if ch.tag in ("failure", "error", "skipped")), "passed")',
    '    cases.append({"classname": c.get("classname"), "name": c.get("name"), "file": c.get("file"), "line": c.get("line"), "kind": kind})',
    'print(json.dumps({"root": dict(root.attrib), "cases": cases}))',
  ].join('\n')
  const { stdout } = await execa('python3', ['-c', script, path])
  return JSON.parse(stdout)
}

describe('odoo.parse-log', () => {
  for (const fx of odooLogFixtures()) {
    it(`${fx.name}: JUnit that an XML reader accepts, with one testcase per test and the log's totals`, async () => {
      const report = await parseLog(fx.path, { exitCode: fx.exitCode })
      const parsed = await parseOdooLogFile(fx.path)
      const junit = await readJunit(junitOf(report))
      // Fatal causes and an HTTP server that could not start are erroring testcases of their own.
      const fatal = parsed.fatal.length + (parsed.httpError ? 1 : 0)
      expect(junit.cases).toHaveLength(parsed.tests.length + fatal)
      expect(Number(junit.root['tests'])).toBe(parsed.tests.length + fatal)
      expect(junit.cases.filter((c) => c.kind === 'failure')).toHaveLength(
        parsed.tests.filter((t) => t.status === 'failed').length,
      )
      expect(junit.cases.filter((c) => c.kind === 'error')).toHaveLength(
        parsed.tests.filter((t) => t.status === 'error').length + fatal,
      )
      expect(junit.cases.filter((c) => c.kind === 'skipped')).toHaveLength(parsed.counted.skipped)
      expect(report.conclusion).toBe(
        expectedConclusion(readFileSync(fx.path, 'utf8'), fx.exitCode, parsed.counted.tests, parsed.counted.skipped),
      )
    })
  }

  it('maps test files into the repository with the configured path map', async () => {
    const fx = odooLogFixtures().find((f) => f.name === 'odoo18_ci_demo_install.log')!
    const report = await parseLog(fx.path)
    const junit = await readJunit(junitOf(report))
    const fail = junit.cases.find((c) => c.name === 'test_fail')!
    expect(fail).toMatchObject({
      classname: 'odoo.addons.ci_demo.tests.test_demo.TestDemo',
      file: 'addons/ci_demo/tests/test_demo.py',
      line: '14',
      kind: 'failure',
    })
    expect(junit.cases.find((c) => c.name === 'setUpClass')).toMatchObject({
      classname: 'odoo.addons.ci_demo.tests.test_setup_error.TestSetupError',
      kind: 'error',
    })
  })

  it('reports selected modules that ran no test', async () => {
    const fx = odooLogFixtures().find((f) => f.name === 'odoo17_oca_queue_job.log')!
    const report = await parseLog(fx.path, { modules: ['queue_job', 'queue_job_cron', 'queue_job_batch'] })
    expect(report.findings.map((f) => f.message)).toEqual(['module queue_job_batch was selected but no test of it ran'])
    expect(report.summary).toContain('### Selected modules that ran no test')
  })

  it('a missing file is a clear error naming it', async () => {
    await expect(parseLog('no/such.log')).rejects.toThrow(/log file no\/such\.log not found/)
  })

  it('a folder is a usage error saying it is a folder, and a missing file stays "not found"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-log-dir-'))
    const folder = await parseLog(dir).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(isUsageError(folder)).toBe(true)
    expect((folder as Error).message).toContain(`${dir} is a folder, not a log file`)
    const missing = await parseLog(join(dir, 'none.log')).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(isUsageError(missing)).toBe(true)
    expect((missing as Error).message).toContain('not found')
  })

  it('reads a named pipe (as /dev/stdin or <(...) give) like a file', async () => {
    const fx = odooLogFixtures()[0]!
    const fromFile = await parseLog(fx.path)
    const fifo = join(mkdtempSync(join(tmpdir(), 'oda-log-fifo-')), 'odoo.log')
    await execa('mkfifo', [fifo])
    const writer = execa('sh', ['-c', 'cat -- "$1" > "$2"', 'sh', fx.path, fifo])
    const fromPipe = await parseLog(fifo)
    await writer
    expect(fromPipe.title).toBe(fromFile.title)
    expect(fromPipe.findings).toEqual(fromFile.findings)
  })

  it('the data is the shared OdooCiData shape', async () => {
    const report = await parseLog(odooLogFixtures()[0]!.path)
    expect(isOdooCiData(report.data)).toBe(true)
  })
})

/** A log of `n` failing tests in one module, each with a traceback, run at install and again post install. */
function manyFailures(n: number, secret = ''): string {
  const rec = (level: string, logger: string, msg: string) => `2026-11-21 14:37:12,999 1 ${level} db ${logger}: ${msg} `
  const out: string[] = []
  for (const phase of ['at_install', 'post_install']) {
    if (phase === 'post_install') out.push(rec('INFO', 'odoo.service.server', 'Starting post tests'))
    for (let i = 0; i < n; i++) {
      const logger = i % 2 ? 'odoo.addons.shop.tests.test_a' : 'odoo.addons.cart.tests.test_b'
      out.push(rec('INFO', logger, `Starting Test${phase}.test_${i} ...`))
      out.push(
        `${rec('ERROR', logger, `FAIL: Test${phase}.test_${i}`)}\nTraceback (most recent call last):\n  File "/mnt/extra-addons/shop/tests/test_a.py", line ${i + 1}, in test_${i}\nAssertionError: ${i} != 0 ${secret}`,
      )
    }
  }
  out.push(rec('INFO', 'odoo.tests.result', `${2 * n} failed, 0 error(s) of ${2 * n} tests when loading database 'db'`))
  return out.join('\n') + '\n'
}

describe('odoo.parse-log on big logs', () => {
  it('keeps the record bounded: capped tests and findings in the report, every test in the artifacts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-big-log-'))
    const file = join(dir, 'big.log')
    writeFileSync(file, manyFailures(3000))
    const report = await parseLog(file)
    const data = report.data as OdooCiData
    expect(report.title).toBe('6000 failed, 0 errors of 6000 tests')
    expect(data.tests).toHaveLength(100)
    expect(data.testsOmitted).toBe(5900)
    expect(report.findings.filter((f) => f.ruleId === 'odoo-ci/test-failed')).toHaveLength(100)
    expect(report.summary).toContain('### Failures (6000)')
    expect(report.summary).toContain('… and 5970 more failing tests (see the JUnit report and the raw log).')
    expect(JSON.stringify(report).length).toBeLessThan(1_000_000)
    const junit = await readJunit(junitOf(report))
    expect(junit.cases).toHaveLength(6000)
    expect(junit.root).toMatchObject({ tests: '6000', failures: '6000', errors: '0' })
    const tests = report.artifacts.find((a) => a.name === 'odoo-tests.jsonl')!
    expect(readFileSync(tests.path, 'utf8').trim().split('\n')).toHaveLength(6000)
  })

  it('one suite per module although its tests come in two phases, totals before the testcases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-phases-'))
    const file = join(dir, 'phases.log')
    writeFileSync(file, manyFailures(3))
    const xml = junitOf(await parseLog(file))
    expect([...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      'odoo.addons.cart:4',
      'odoo.addons.shop:2',
    ])
    const cases = (await readJunit(xml)).cases
    expect(cases.filter((c) => c.classname.endsWith('at_install')).map((c) => c.name)).toEqual([
      'test_0',
      'test_2',
      'test_1',
    ])
    expect(cases.map((c) => c.classname.split('.')[2])).toEqual(['cart', 'cart', 'cart', 'cart', 'shop', 'shop'])
  })

  it('masks configured secrets in the artifacts as in the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-secret-log-'))
    const file = join(dir, 'secret.log')
    const secret = 'hunter2-very-secret-value'
    writeFileSync(file, manyFailures(2, secret))
    const ctx = createOpContext({
      cwd: process.cwd(),
      config: odaConfigSchema.parse({}),
      artifactsDir: join(dir, 'artifacts'),
      redactor: new Redactor({ values: [secret] }),
    })
    const report = await odooParseLogOp.run(ctx, odooParseLogOp.input.parse({ file }))
    for (const a of report.artifacts) expect(readFileSync(a.path, 'utf8')).not.toContain(secret)
    expect(readFileSync(report.artifacts[0]!.path, 'utf8')).toContain('***')
  })

  it('shows why tests were skipped in the summary', async () => {
    const fx = odooLogFixtures().find((f) => f.name === 'odoo17_oca_web_timeline_no_chrome.log')!
    const report = await parseLog(fx.path, { modules: ['web_timeline'] })
    expect(report).toMatchObject({
      conclusion: 'neutral',
      title: 'All 2 tests were skipped: Chrome executable not found',
    })
    expect(report.summary).toContain(
      '| 2 | Chrome executable not found | `web_timeline` | `TestWebTimeline.test_timeline_arch`, `TestWebTimeline.test_timeline_view` |',
    )
    expect(report.findings.map((f) => f.message)).toEqual([
      'module web_timeline: all 2 tests were skipped (Chrome executable not found)',
    ])
  })
})
