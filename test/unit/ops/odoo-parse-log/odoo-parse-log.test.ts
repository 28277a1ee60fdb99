import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { reportSchema } from '../../../../src/op/report.ts'
import { isUsageError } from '../../../../src/engine/errors.ts'
import { odooParseLogOp } from '../../../../src/ops/odoo-parse-log/index.ts'
import { isOdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import { parseOdooLogFile } from '../../../../src/odoo/log/parse-odoo-log.ts'
import { odooLogFixtures } from '../../../fixtures/odoo/fixture-logs.ts'

const junitOf = odooParseLogOp.formats!['junit']!

async function parseLog(file: string, extra: Record<string, unknown> = {}) {
  const ctx = createOpContext({ cwd: process.cwd(), config: odaConfigSchema.parse({}) })
  return reportSchema.parse(
    JSON.parse(JSON.stringify(await odooParseLogOp.run(ctx, odooParseLogOp.input.parse({ file, ...extra })))),
  )
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
      const fatal = parsed.fatal.length
      expect(junit.cases).toHaveLength(parsed.tests.length + fatal)
      expect(Number(junit.root['tests'])).toBe(parsed.tests.length + fatal)
      expect(junit.cases.filter((c) => c.kind === 'failure')).toHaveLength(
        parsed.tests.filter((t) => t.status === 'failed').length,
      )
      expect(junit.cases.filter((c) => c.kind === 'error')).toHaveLength(
        parsed.tests.filter((t) => t.status === 'error').length + fatal,
      )
      expect(junit.cases.filter((c) => c.kind === 'skipped')).toHaveLength(parsed.counted.skipped)
      expect(report.conclusion).toBe(fx.exitCode === 0 ? (parsed.counted.tests > 0 ? 'success' : 'neutral') : 'failure')
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
