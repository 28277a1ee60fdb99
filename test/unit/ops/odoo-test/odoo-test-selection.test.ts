import { describe, expect, it } from 'vitest'
import { runWithFake } from './odoo-test-helpers.ts'

describe('odoo.test module selection', () => {
  it('affected: only the addon a changed file lies in', async () => {
    const { report, argv } = await runWithFake({
      log: 'odoo17_ci_demo_install.log',
      addons: ['ci_demo', 'ci_no_tests'],
      input: { changedFiles: ['addons/ci_demo/tests/test_demo.py', 'README.md'] },
    })
    expect(argv.at(-1)!.slice(2, 4)).toEqual(['-i', 'ci_demo'])
    expect(report.summary).toContain('changed addons `ci_demo`')
  })

  it('affected with changes outside addons: neutral, Odoo never starts', async () => {
    const { report, argv } = await runWithFake({
      log: 'odoo17_ci_demo_install.log',
      addons: ['ci_demo'],
      input: { changedFiles: ['README.md'] },
    })
    expect(report).toMatchObject({ conclusion: 'neutral', title: 'No module to test' })
    expect(argv).toEqual([])
  })

  it('all: every installable addon of the repository, with their dependencies installed first', async () => {
    const { argv } = await runWithFake({
      log: 'odoo17_ci_missing_dep.log',
      addons: ['ci_demo', 'ci_missing_dep'],
      input: { select: 'all' },
    })
    expect(argv[0]!.slice(2, 4)).toEqual(['-i', 'base,nonexistent_mod'])
    expect(argv[1]!.slice(2, 4)).toEqual(['-i', 'ci_demo,ci_missing_dep'])
  })

  it('dry run: shows selection and commands, runs nothing', async () => {
    const { report, argv } = await runWithFake({
      log: 'odoo17_ci_demo_install.log',
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'], dryRun: true, database: 'oda_ci_dry' },
    })
    expect(argv).toEqual([])
    expect(report.conclusion).toBe('neutral')
    expect(report.title).toBe('Dry run: would test 1 module')
    expect(report.summary).toContain('-d oda_ci_dry -i ci_demo --test-enable --stop-after-init')
    expect(report.summary).toContain('-d oda_ci_dry -i base --stop-after-init')
  })

  it('custom mode without a command is a clear error', async () => {
    await expect(
      runWithFake({
        log: 'odoo17_ci_demo_install.log',
        addons: ['ci_demo'],
        input: { modules: ['ci_demo'] },
        odooCi: { command: [] },
      }),
    ).rejects.toThrow(/odoo-ci.command is empty/)
  })
})

describe('odoo.test input', () => {
  it('refuses a module name that is not one (it would reach Odoo as an argument)', async () => {
    const { odooTestOp } = await import('../../../../src/ops/odoo-test/index.ts')
    const r = odooTestOp.input.safeParse({ modules: ['shop,--addons-path=/tmp'] })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('an Odoo module name (letters, digits and underscores)')
  })
})

describe('odoo.test when Odoo cannot start', () => {
  it('a missing program is a failure that names the command, not "0 tests"', async () => {
    const { report } = await runWithFake({
      log: 'odoo17_ci_demo_install.log',
      addons: ['ci_demo'],
      input: { modules: ['ci_demo'], mode: 'odoo-bin', installFirst: [] },
      odooCi: { odooBin: '/nonexistent/odoo-bin' },
    })
    expect(report.conclusion).toBe('failure')
    expect(report.title).toBe(
      'Odoo did not start: /nonexistent/odoo-bin could not be run (is it installed, on PATH, executable?)',
    )
  })
})
