import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { odooFindings } from '../../../../src/odoo/ci/odoo-findings.ts'
import { concludeOdooRun } from '../../../../src/odoo/ci/conclude-odoo-run.ts'
import { ciDataOf } from './ci-data-of.ts'
import { odooLogsDir } from '../../../fixtures/odoo/fixture-logs.ts'

const rec = (level: string, logger: string, msg: string) => `2026-11-21 14:37:12,999 1 ${level} db ${logger}: ${msg} `
const passingLog = [
  rec('INFO', 'odoo.modules.loading', 'Loading module shop (2/3)'),
  rec('WARNING', 'odoo.fields', 'Field shop.order.x: unknown parameter'),
  rec('ERROR', 'odoo.sql_db', 'bad query: select 1/0'),
  rec('INFO', 'odoo.addons.shop.tests.test_a', 'Starting TestA.test_ok ...'),
  rec('ERROR', 'odoo.addons.shop.tests.test_a', 'logged inside <b>"a test"</b> & more'),
  rec('INFO', 'odoo.modules.loading', 'Module shop loaded in 0.10s (incl. 0.01s test), 3 queries'),
  rec('INFO', 'odoo.tests.result', "0 failed, 0 error(s) of 1 tests when loading database 'db'"),
].join('\n')

function evaluate(policy: Record<string, unknown>) {
  const cfg = odaConfigSchema.parse({ 'odoo-ci': { policy } })['odoo-ci']
  const { data } = ciDataOf(passingLog, { selected: ['shop'], installFirst: [], exitCode: 0 }, { pathMap: cfg.pathMap })
  const findings = odooFindings(data, cfg.policy, { addonDirs: new Map([['shop', 'addons/shop']]) })
  return { data, findings, ...concludeOdooRun(data, findings, cfg.policy) }
}

describe('policy on records logged outside tests', () => {
  it('by default an ERROR fails the check and a WARNING is reported, both on the module manifest', () => {
    const r = evaluate({})
    expect(r.conclusion).toBe('failure')
    expect(r.title).toBe('1 test passed, but 1 problem was logged outside tests')
    expect(
      r.findings.filter((f) => f.ruleId.startsWith('odoo-ci/logged')).map((f) => [f.ruleId, f.level, f.path]),
    ).toEqual([
      ['odoo-ci/logged-warning', 'warning', 'addons/shop/__manifest__.py'],
      ['odoo-ci/logged-error', 'failure', 'addons/shop/__manifest__.py'],
    ])
  })
  it('ignore regexes (logger: message) silence matching records, like checklog-odoo', () => {
    const r = evaluate({ ignore: ['^odoo\\.sql_db: bad query'] })
    expect(r.conclusion).toBe('success')
  })
  it('warnings can fail the check, errors can be only reported or ignored', () => {
    expect(
      evaluate({ loggedWarnings: 'fail', loggedErrors: 'ignore' })
        .findings.filter((f) => f.level === 'failure')
        .map((f) => f.ruleId),
    ).toEqual(['odoo-ci/logged-warning'])
    expect(evaluate({ loggedErrors: 'report' }).conclusion).toBe('success')
  })
  it("what Odoo 18 logs while loading its own modules is a notice naming the module, not the change's warning", () => {
    const cfg = odaConfigSchema.parse({})['odoo-ci']
    const text = readFileSync(join(odooLogsDir, 'odoo18_ci_demo_install.log'), 'utf8')
    const { data } = ciDataOf(text, { selected: ['ci_demo'], installFirst: [], exitCode: 1 }, { pathMap: cfg.pathMap })
    const logged = odooFindings(data, cfg.policy, { addonDirs: new Map([['ci_demo', 'addons/ci_demo']]) }).filter(
      (f) => f.ruleId === 'odoo-ci/logged-warning',
    )
    // docutils' complaints about the RST descriptions of base, web, base_import and web_editor
    expect(logged.map((f) => [f.level, f.properties?.['module']])).toEqual([
      ['notice', 'base'],
      ['notice', 'web'],
      ['notice', 'base_import'],
      ['notice', 'web_editor'],
    ])
    expect(logged[0]!.message).toMatch(
      /^odoo\.addons\.base\.models\.ir_module \(loading base, not in this repository\): docutils/,
    )
    // a policy that fails on warnings still fails on them
    const strict = odaConfigSchema.parse({ 'odoo-ci': { policy: { loggedWarnings: 'fail' } } })['odoo-ci']
    const failing = odooFindings(data, strict.policy, { addonDirs: new Map() }).filter(
      (f) => f.ruleId === 'odoo-ci/logged-warning',
    )
    expect(failing.map((f) => f.level)).toEqual(['failure', 'failure', 'failure', 'failure'])
  })
  it('an ERROR logged inside a passing test is a warning on the test file', () => {
    const f = evaluate({ loggedErrors: 'report' }).findings.find((x) => x.ruleId === 'odoo-ci/error-logged-in-test')!
    expect(f).toMatchObject({ level: 'warning', path: 'shop/tests/test_a.py', title: 'ERROR logged in TestA.test_ok' })
  })
})

describe('the JUnit report', () => {
  it('escapes markup in messages and strips characters XML forbids', () => {
    const { junit: xml } = ciDataOf(
      [
        rec('INFO', 'odoo.addons.shop.tests.test_a', 'Starting TestA.test_x ...'),
        `${rec('ERROR', 'odoo.addons.shop.tests.test_a', 'FAIL: TestA.test_x')}\nTraceback (most recent call last):\n  File "/mnt/extra-addons/shop/tests/test_a.py", line 3, in test_x\nAssertionError: <a> & "b" \u0001`,
      ].join('\n'),
      { selected: ['shop'], installFirst: [] },
      { pathMap: { '/mnt/extra-addons': 'addons' } },
    )
    expect(xml).toContain('message="AssertionError: &lt;a&gt; &amp; &quot;b&quot; "')
    expect(xml).not.toContain('\u0001')
    expect(xml).toContain('file="addons/shop/tests/test_a.py" line="3"')
  })
})

describe('findings of a very noisy run', () => {
  it('stop at 300, failures first, with a notice saying how many were left out', () => {
    const lines: string[] = [rec('ERROR', 'odoo.sql_db', 'outside any test')]
    for (let i = 0; i < 60; i++) {
      lines.push(rec('INFO', 'odoo.addons.shop.tests.test_a', `Starting TestA.test_${i} ...`))
      for (let j = 0; j < 10; j++) lines.push(rec('ERROR', 'odoo.addons.shop.models.order', `logged ${i}.${j}`))
    }
    const cfg = odaConfigSchema.parse({})['odoo-ci']
    const { data } = ciDataOf(lines.join('\n'), { selected: ['shop'], installFirst: [], exitCode: 0 }, { pathMap: {} })
    const findings = odooFindings(data, cfg.policy, { addonDirs: new Map() })
    expect(findings).toHaveLength(300)
    expect(findings[0]).toMatchObject({ ruleId: 'odoo-ci/logged-error', level: 'failure' })
    expect(findings.at(-1)).toMatchObject({
      ruleId: 'odoo-ci/findings-capped',
      level: 'notice',
      message: '302 further findings were left out; the summary, the JUnit report and the raw log have everything',
    })
  })
})
