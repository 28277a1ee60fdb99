import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import { runWithFake } from './odoo-test-helpers.ts'

// Two addons of OCA/server-tools 17.0 at the repository root, and the real Odoo 17 log of
// installing them on a machine without the sentry_sdk library.
const SERVER_TOOLS = join(import.meta.dirname, '../../../fixtures/odoo/oca-server-tools-17.0')

function checkout(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'oda-oca-st-')), 'server-tools')
  cpSync(SERVER_TOOLS, root, { recursive: true })
  return root
}

describe('odoo.test on an OCA repository (addons at the root)', () => {
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
