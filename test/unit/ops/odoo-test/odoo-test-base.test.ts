import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { describe, expect, it } from 'vitest'
import { isUsageError } from '../../../../src/engine/errors.ts'
import type { OdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import { makeOdooRepo } from '../../../fixtures/odoo/make-odoo-repo.ts'
import { runWithFake } from './odoo-test-helpers.ts'

const git = (cwd: string, ...args: string[]) =>
  execa('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
  })

/**
 * A clone (so `origin/main` exists, as after actions/checkout with fetch-depth 0) on a branch
 * that changed `ci_passing` in a commit and `ci_all_skipped` in the working tree.
 */
async function prRepo(): Promise<{ root: string; baseSha: string }> {
  const origin = makeOdooRepo(['ci_passing', 'ci_all_skipped', 'ci_no_tests'])
  await git(origin, 'init', '-q')
  await git(origin, 'add', '.')
  await git(origin, 'commit', '-qm', 'addons')
  const root = join(mkdtempSync(join(tmpdir(), 'oda-pr-')), 'repo')
  await execa('git', ['clone', '-q', origin, root])
  await git(root, 'checkout', '-qb', 'feature')
  appendFileSync(join(root, 'addons/ci_passing/tests/test_passing.py'), '\n# changed\n')
  await git(root, 'commit', '-qam', 'change ci_passing')
  appendFileSync(join(root, 'addons/ci_all_skipped/__init__.py'), '# edited, not committed\n')
  const baseSha = (await git(root, 'rev-parse', 'origin/main')).stdout.trim()
  return { root, baseSha }
}

const run = (root: string, extra: Parameters<typeof runWithFake>[0]['input'] = {}, more = {}) =>
  runWithFake({
    root,
    log: 'odoo17_ci_passing.log',
    addons: [],
    input: { select: 'affected', dryRun: true, ...extra },
    ...more,
  })

describe('odoo.test --base: affected selection without --changed-files', () => {
  it('selects the addons changed since the merge base, committed or not', async () => {
    const { root } = await prRepo()
    const { report } = await run(root, { base: 'origin/main' })
    const data = report.data as OdooCiData
    expect(data.selected).toEqual(['ci_all_skipped', 'ci_passing'])
    expect(report.summary).toContain('(from --base origin/main)')
  })

  it('a base git cannot find is a usage error saying how to fix it', async () => {
    const { root } = await prRepo()
    const error = await run(root, { base: 'origin/nope' }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(isUsageError(error)).toBe(true)
    expect((error as Error).message).toContain('--base origin/nope: git found no common history with HEAD')
    expect((error as Error).message).toContain('fetch-depth: 0')
  })

  it('in Actions, the pull request base comes from the event (base sha) or GITHUB_BASE_REF', async () => {
    const { root, baseSha } = await prRepo()
    const event = join(mkdtempSync(join(tmpdir(), 'oda-event-')), 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: baseSha, ref: 'main' } } }))
    const fromEvent = await run(
      root,
      {},
      { face: 'action', env: { GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'main' } },
    )
    expect((fromEvent.report.data as OdooCiData).selected).toEqual(['ci_all_skipped', 'ci_passing'])
    expect(fromEvent.report.summary).toContain(`the pull request base ${baseSha}`)
    const fromRef = await run(root, {}, { face: 'action', env: { GITHUB_BASE_REF: 'main' } })
    expect(fromRef.report.summary).toContain('the pull request base origin/main')
  })

  it('in Actions, a base the checkout lacks falls back to every addon and says why', async () => {
    const { root } = await prRepo()
    const { report } = await run(root, {}, { face: 'action', env: { GITHUB_BASE_REF: 'release' } })
    expect((report.data as OdooCiData).selected).toEqual(['ci_all_skipped', 'ci_no_tests', 'ci_passing'])
    expect(report.summary).toContain('the pull request base (origin/release) is not in the checkout')
  })

  it('the CLI without --base or --changed-files still tests every addon', async () => {
    const { root } = await prRepo()
    const { report } = await run(root, {}, { env: { GITHUB_BASE_REF: 'main' } })
    expect((report.data as OdooCiData).selected).toEqual(['ci_all_skipped', 'ci_no_tests', 'ci_passing'])
  })
})
