import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { odooTestOp } from '../../../../src/ops/odoo-test/index.ts'
import { fakeOdoo } from '../../../fixtures/odoo/make-odoo-repo.ts'

const examples = join(import.meta.dirname, '../../../../examples')
const scenario = join(examples, 'odoo-shop-scenarios', 'pr-odoo-ci-failure')
const log = join(import.meta.dirname, '../../../fixtures/odoo/scenario-logs/pr-odoo-ci-failure.log')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? filesUnder(p) : [p]
  })
}

describe('scenario pr-odoo-ci-failure on examples/odoo-shop', () => {
  it('tests the changed addon and its dependent, and annotates the failing assertion', async () => {
    // The PR head: the shop with the scenario's files copied over it.
    const head = mkdtempSync(join(tmpdir(), 'oda-shop-head-'))
    cpSync(join(examples, 'odoo-shop'), head, { recursive: true })
    cpSync(scenario, head, { recursive: true })
    const changedFiles = filesUnder(scenario).map((f) => relative(scenario, f))
    const argvLog = join(head, '.argv.jsonl')
    const config = odaConfigSchema.parse({
      'odoo-ci': {
        mode: 'custom',
        command: [process.execPath, fakeOdoo, '--replay', log, '--argv-log', argvLog],
        dropDatabase: [],
      },
    })
    const ctx = createOpContext({ cwd: head, config })
    const report = await odooTestOp.run(ctx, odooTestOp.input.parse({ changedFiles }))

    expect(report.conclusion).toBe('failure')
    expect(report.title).toBe('1 failed, 0 errors of 2 tests')
    const failing = report.findings.filter((f) => f.level === 'failure')
    expect(failing).toHaveLength(1)
    expect(failing[0]).toMatchObject({
      path: 'addons/ipai_delivery_slot/tests/test_delivery_slot.py',
      line: 9,
      title: 'FAIL: TestDeliverySlot.test_slot_is_full_at_capacity',
    })
    // Line 9 of the test file is the assertion the scenario's change breaks.
    expect(readFileSync(join(head, failing[0]!.path), 'utf8').split('\n')[8]).toContain('self.assertTrue(slot.is_full)')
    const argv: string[][] = readFileSync(argvLog, 'utf8')
      .trim()
      .split('\n')
      .map((l): string[] => JSON.parse(l))
    expect(argv.at(-1)!.slice(2, 5)).toEqual(['-i', 'ipai_delivery_slot,ipai_shop_ops', '--test-enable'])
    expect(argv[0]![3]!.split(',')).toEqual(
      expect.arrayContaining(['ipai_shop_base', 'ipai_loyalty_points', 'queue_job', 'website_sale']),
    )
    expect(report.summary).toContain('changed addons `ipai_delivery_slot` and their dependents `ipai_shop_ops`')
  })
})

describe('selection through the addons graph of examples/odoo-shop', () => {
  it('a change in a vendored OCA addon tests it and the checked addons that depend on it (as oda manifest affected says)', async () => {
    const argvLog = join(mkdtempSync(join(tmpdir(), 'oda-argv-')), 'argv.jsonl')
    const config = odaConfigSchema.parse({
      'odoo-ci': {
        mode: 'custom',
        command: [process.execPath, fakeOdoo, '--replay', log, '--argv-log', argvLog],
        dropDatabase: [],
      },
    })
    const ctx = createOpContext({ cwd: join(examples, 'odoo-shop'), config })
    const report = await odooTestOp.run(
      ctx,
      odooTestOp.input.parse({ changedFiles: ['vendor/oca/queue/queue_job/models/queue_job.py'], dryRun: true }),
    )
    // queue_job_cron(_jobrunner) depend on queue_job too, but the shop neither owns nor lists them.
    expect(report.title).toBe('Dry run: would test 3 modules')
    expect(report.summary).toContain(
      'changed addons `queue_job` and their dependents `ipai_delivery_slot`, `ipai_shop_ops`',
    )
  })
})
