import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import { runWithFake } from './odoo-test-helpers.ts'

// Two addons of OCA/server-tools 17.0 at the repository root, and the real Odoo 17 log of
// installing them on a machine without the sentry_sdk library.
const SERVER_TOOLS = join(import.meta.dirname, '../../../fixtures/odoo/oca-server-tools-17.0')
// Two addons of OCA/web 18.0, and the real Odoo 18 run of their tests.
const WEB = join(import.meta.dirname, '../../../fixtures/odoo/oca-web-18.0')

function checkout(from = SERVER_TOOLS): string {
  const root = join(mkdtempSync(join(tmpdir(), 'oda-oca-')), 'repo')
  cpSync(from, root, { recursive: true })
  return root
}

describe('odoo.test on an OCA repository (addons at the root)', () => {
  it('OCA/web 18.0 on real Odoo 18: every addon of the root tested, its dependencies installed first, all passing', async () => {
    const { report, argv, artifactsDir } = await runWithFake({
      root: checkout(WEB),
      log: 'odoo18_oca_web_notify.log',
      addons: [],
      input: { select: 'all' },
      odooCi: { addonsDirs: ['.'], pathMap: { '/mnt/oca-addons': '.' } },
    })
    expect(report).toMatchObject({ conclusion: 'success', title: '9 tests passed', findings: [] })
    const data = report.data as OdooCiData
    expect(data).toMatchObject({ selected: ['web_environment_ribbon', 'web_notify'], odooVersion: '18.0+e-20241005' })
    expect(data.installFirst).toEqual(['base', 'bus', 'mail', 'web'])
    expect(data.modules.map((m) => [m.module, m.tests, m.passed])).toEqual([
      ['web_environment_ribbon', 1, 1],
      ['web_notify', 8, 8],
    ])
    expect(argv.map((a) => a[a.indexOf('-i') + 1])).toEqual(['base,bus,mail,web', 'web_environment_ribbon,web_notify'])
    expect(report.summary).toContain('Odoo: 0 failed, 0 errors of 9 tests.')
    const junit = readFileSync(join(artifactsDir, 'odoo-junit.xml'), 'utf8')
    expect(junit.match(/<testcase /g)).toHaveLength(9)
  })

  it('a bad field in a demo view that Odoo 18 skips with a warning fails on the view, with the decisive message', async () => {
    const { report } = await runWithFake({
      root: checkout(WEB),
      log: 'odoo18_oca_web_notify_bad_demo_view.log',
      addons: [],
      input: { modules: ['web_notify'] },
      odooCi: { addonsDirs: ['.'], pathMap: { '/mnt/oca-addons': '.' } },
    })
    expect(report).toMatchObject({
      conclusion: 'failure',
      title: '8 tests passed, but 1 problem was logged outside tests',
    })
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'odoo-ci/xml-parse-error',
        level: 'failure',
        path: 'web_notify/views/res_users_demo.xml',
        line: 5,
        message:
          'Module web_notify demo data failed to install, installed without demo data: XML error in /mnt/oca-addons/web_notify/views/res_users_demo.xml:5: Field "oda_no_such_field" does not exist in model "res.users"',
      }),
    ])
  })

  it("a missing library is named with its addon on the manifest's external_dependencies line", async () => {
    const root = checkout()
    const { report } = await runWithFake({
      root,
      log: 'odoo17_oca_sentry_missing_python_lib.log',
      addons: [],
      input: { select: 'all' },
      odooCi: { addonsDirs: ['.'], isolateFailures: false },
    })
    expect(report).toMatchObject({
      conclusion: 'failure',
      title: 'Odoo could not load the modules: missing Python library sentry_sdk<=1.9.0 in sentry',
    })
    expect((report.data as OdooCiData).selected).toEqual(['base_exception', 'sentry'])
    const manifest = readFileSync(join(root, 'sentry', '__manifest__.py'), 'utf8').split('\n')
    const missing = report.findings.filter((f) => f.ruleId === 'odoo-ci/missing-python-dependency')
    expect(missing).toEqual([
      expect.objectContaining({
        path: 'sentry/__manifest__.py',
        line: manifest.findIndex((l) => l.includes('"sentry_sdk<=1.9.0"')) + 1,
        message:
          "sentry needs the Python library 'sentry_sdk<=1.9.0' (manifest external_dependencies), which is not installed",
        properties: expect.objectContaining({ dependency: 'sentry_sdk<=1.9.0' }),
      }),
    ])
    // Nothing points at the log's first line, which GitHub cannot place on the pull request.
    expect(report.findings.filter((f) => f.path.endsWith('.log'))).toEqual([])
  })
})
