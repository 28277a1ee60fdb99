import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { odooLogFixtures } from '../../fixtures/odoo/fixture-logs.ts'
import { runDist } from '../../helpers/run-dist.ts'

describe('oda odoo parse-log (dist/cli.js)', () => {
  const fx = odooLogFixtures().find((f) => f.name === 'odoo18_ci_demo_install.log')!

  it('--format junit prints the JUnit report the run wrote to its artifacts, and exits 1 on failing tests', () => {
    const data = mkdtempSync(join(tmpdir(), 'oda-parse-cli-'))
    const cwd = mkdtempSync(join(tmpdir(), 'oda-parse-cwd-'))
    const r = runDist(['odoo', 'parse-log', fx.path, '--format', 'junit'], { cwd, env: { ODA_DATA_DIR: data } })
    expect(r.code, r.stderr).toBe(1)
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="odoo" tests="10"')).toBe(true)
    const runs = readdirSync(join(data, 'runs'))
    expect(runs).toHaveLength(1)
    const artifact = readFileSync(join(data, 'runs', runs[0]!, 'artifacts', 'odoo-junit.xml'), 'utf8')
    expect(r.stdout).toBe(artifact)
  })

  it('--format json keeps the totals and failing tests in the record and names the artifacts', () => {
    const data = mkdtempSync(join(tmpdir(), 'oda-parse-cli-'))
    const cwd = mkdtempSync(join(tmpdir(), 'oda-parse-cwd-'))
    const r = runDist(['odoo', 'parse-log', fx.path, '--format', 'json'], { cwd, env: { ODA_DATA_DIR: data } })
    const out = JSON.parse(r.stdout) as {
      title: string
      artifacts: { name: string }[]
      data: { tests: { status: string; logged?: unknown[] }[]; counted: { tests: number } }
    }
    expect(out.title).toBe('3 failed, 2 errors of 9 tests')
    expect(out.artifacts.map((a) => a.name)).toEqual(['odoo-tests.jsonl', 'odoo-junit.xml'])
    // Only what needs attention: failures, errors, and passing tests that logged an error.
    expect(out.data.tests.filter((t) => t.status === 'skipped' || (t.status === 'passed' && !t.logged))).toEqual([])
    expect(out.data.tests.length).toBeGreaterThan(0)
  })
})
