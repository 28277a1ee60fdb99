import { readFileSync } from 'node:fs'
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

describe('odoo.test verdicts on recorded real runs', () => {
  it('every test skipped is neutral by default, with the reasons in the title, the summary and a finding', async () => {
    const { report, artifactsDir } = await runWithFake({
      log: 'odoo17_ci_all_skipped.log',
      addons: ['ci_all_skipped'],
      input: { modules: ['ci_all_skipped'] },
    })
    expect(report).toMatchObject({
      conclusion: 'neutral',
      title: 'All 2 tests were skipped: oda_optional_lib module is not installed',
    })
    expect(report.summary).toContain('### Skipped (2)')
    expect(report.summary).toContain(
      '| 2 | oda_optional_lib module is not installed | `ci_all_skipped` | `TestOptional.test_export`, `TestOptional.test_import` |',
    )
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'odoo-ci/all-tests-skipped',
        level: 'warning',
        path: 'addons/ci_all_skipped/__manifest__.py',
        message: 'module ci_all_skipped: all 2 tests were skipped (oda_optional_lib module is not installed)',
      }),
    ])
    expect((report.data as OdooCiData).counted).toMatchObject({ tests: 2, skipped: 2, passed: 0 })
    expect(junitCases(artifactsDir).map((c) => c.split(' ')[0])).toEqual(['skipped', 'skipped'])
  })

  it('the all-skipped verdict follows odoo-ci.policy.allSkipped', async () => {
    for (const allSkipped of ['failure', 'success'] as const) {
      const { report } = await runWithFake({
        log: 'odoo18_ci_all_skipped.log',
        addons: ['ci_all_skipped'],
        input: { modules: ['ci_all_skipped'] },
        odooCi: { policy: { allSkipped } },
      })
      expect(report.conclusion).toBe(allSkipped)
    }
  })

  it('counts passed tests apart from skipped ones, with plurals right', async () => {
    const { report } = await runWithFake({
      log: 'odoo17_ci_passing.log',
      addons: ['ci_passing'],
      input: { modules: ['ci_passing'] },
    })
    expect(report).toMatchObject({ conclusion: 'success', title: '2 tests passed' })
    const demo = await runWithFake({
      log: 'odoo17_ci_demo_install.log',
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'] },
    })
    expect((demo.report.data as OdooCiData).counted).toMatchObject({ tests: 9, passed: 4, skipped: 1 })
    // Odoo's own `3 failed, 2 error(s) of 9 tests` line, said in English in the summary
    expect(demo.report.summary).toContain('Odoo: 3 failed, 2 errors of 9 tests.')
    expect(report.summary).toContain('Odoo: 0 failed, 0 errors of 2 tests.')
  })

  it("a bad view field is annotated on the view with Odoo's decisive message", async () => {
    const { report } = await runWithFake({
      log: 'odoo18_ci_bad_field.log',
      addons: ['ci_bad_field'],
      input: { modules: ['ci_bad_field'] },
    })
    const text = readFileSync(join(odooLogsDir, 'odoo18_ci_bad_field.log'), 'utf8')
    const line = Number(/partner_views\.xml:(\d+)/.exec(text)![1])
    expect(report.title).toBe('Odoo could not load the modules: XML data error in ci_bad_field')
    expect(report.findings.find((f) => f.ruleId === 'odoo-ci/xml-parse-error')).toMatchObject({
      path: 'addons/ci_bad_field/views/partner_views.xml',
      line,
      message: `XML error in /mnt/extra-addons/ci_bad_field/views/partner_views.xml:${line}: Field "ci_no_such_field" does not exist in model "res.partner"`,
    })
  })

  for (const [log, passed] of [
    ['odoo17_http_port_busy.log', '2 tests passed'],
    ['odoo18_http_port_busy.log', 'no test ran'],
  ] as const) {
    it(`${log}: an HTTP port Odoo cannot bind fails the run clearly, even when the tests passed`, async () => {
      const { report, argv } = await runWithFake({ log, addons: ['ci_passing'], input: { modules: ['ci_passing'] } })
      const port = /^--http-port=(\d+)$/.exec(argv.at(-1)!.find((a) => a.startsWith('--http-port='))!)![1]
      expect(report).toMatchObject({
        conclusion: 'failure',
        title: `Odoo could not listen for HTTP on port ${port} (address already in use), so HTTP and browser tests could not run; ${passed}`,
      })
      expect(report.findings.map((f) => f.ruleId)).toContain('odoo-ci/http-unavailable')
      expect(report.summary).toContain('`OSError: [Errno 98] Address already in use`')
    })
  }
})
