import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { manifestAffectedOp } from '../../../../src/ops/manifest-affected/index.ts'
import { runOn, shopWithOverlay } from '../manifest-verify/repo-fixtures.ts'

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  })
const names = (data: unknown): string[] => (data as { addon: string }[]).map((a) => a.addon)

describe('manifest.affected on a real git repository', () => {
  let repo = ''
  beforeAll(() => {
    repo = shopWithOverlay()
    git(repo, 'init', '-q', '-b', 'main')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'base')
    git(repo, 'checkout', '-q', '-b', 'manifest-only')
    writeFileSync(
      join(repo, 'addons/ipai_shop_base/__manifest__.py'),
      git(repo, 'show', 'HEAD:addons/ipai_shop_base/__manifest__.py').replace('17.0.1.0.0', '17.0.1.0.1'),
    )
    git(repo, 'commit', '-q', '-am', 'bump shop base')
    git(repo, 'checkout', '-q', '-b', 'oca-change', 'main')
    appendFileSync(join(repo, 'vendor/oca/queue/queue_job/security/security.xml'), '<!-- patched -->\n')
    writeFileSync(join(repo, 'README.md'), 'changed\n')
    git(repo, 'commit', '-q', '-am', 'patch queue_job')
  })

  it('counts a manifest-only change and orders dependents after what they depend on', async () => {
    const r = await runOn(manifestAffectedOp, repo, { base: 'main', head: 'manifest-only' })
    expect(r.conclusion).toBe('success')
    expect(r.data).toEqual([
      { addon: 'ipai_shop_base', path: 'addons/ipai_shop_base', repo: null, reason: 'changed', files: 1, via: [] },
      {
        addon: 'ipai_delivery_slot',
        path: 'addons/ipai_delivery_slot',
        repo: null,
        reason: 'dependent',
        files: 0,
        via: ['ipai_shop_base'],
      },
      {
        addon: 'ipai_loyalty_points',
        path: 'addons/ipai_loyalty_points',
        repo: null,
        reason: 'dependent',
        files: 0,
        via: ['ipai_shop_base'],
      },
      {
        addon: 'ipai_shop_ops',
        path: 'addons/ipai_shop_ops',
        repo: null,
        reason: 'dependent',
        files: 0,
        via: ['ipai_shop_base'],
      },
    ])
    expect(manifestAffectedOp.formats?.['list']?.(r)).toBe(
      'ipai_shop_base\nipai_delivery_slot\nipai_loyalty_points\nipai_shop_ops',
    )
  })

  it('gives the folder path of a changed addon whose manifest does not parse', async () => {
    git(repo, 'checkout', '-q', '-b', 'broken-manifest', 'main')
    // A new addon whose manifest is a list, not a dict (as in the pr-manifest-problems scenario).
    mkdirSync(join(repo, 'addons/ipai_promo_banner'))
    writeFileSync(join(repo, 'addons/ipai_promo_banner/__init__.py'), '')
    writeFileSync(
      join(repo, 'addons/ipai_promo_banner/__manifest__.py'),
      '[\n    "name", "Promo Banner",\n    "version", "17.0.1.0.0",\n]\n',
    )
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'add a broken addon')
    // The scan reads the checkout, as in CI on the PR's head.
    const r = await runOn(manifestAffectedOp, repo, { base: 'main', head: 'broken-manifest' }).finally(() =>
      git(repo, 'checkout', '-q', 'main'),
    )
    const broken = (r.data as { addon: string; path: string; reason: string }[]).find(
      (a) => a.addon === 'ipai_promo_banner',
    )
    expect(broken).toMatchObject({ path: 'addons/ipai_promo_banner', reason: 'changed' })
    expect((r.data as { path: string }[]).every((a) => a.path !== '')).toBe(true)
  })

  it('follows a change in a vendored OCA addon to the checked addons only', async () => {
    const r = await runOn(manifestAffectedOp, repo, { base: 'main', head: 'oca-change' })
    // queue_job_cron and queue_job_cron_jobrunner depend on queue_job too, but are not listed, so CI skips them.
    expect(names(r.data)).toEqual(['queue_job', 'ipai_delivery_slot', 'ipai_shop_ops'])
    expect(r.title).toBe('manifest affected: 3 addons (1 changed, 2 dependents)')
  })

  it('compares with the working tree when head is empty', async () => {
    git(repo, 'checkout', '-q', 'main')
    appendFileSync(join(repo, 'addons/ipai_shop_ops/data/ir_cron_data.xml'), '<!-- wip -->\n')
    const r = await runOn(manifestAffectedOp, repo, { base: 'main', head: '' })
    git(repo, 'checkout', '-q', '--', '.')
    expect(names(r.data)).toEqual(['ipai_shop_ops'])
  })

  it('refuses an unknown ref as bad input, naming the option', async () => {
    await expect(runOn(manifestAffectedOp, repo, { base: 'no-such-branch' })).rejects.toMatchObject({
      usage: true,
      message: expect.stringMatching(/^--base "no-such-branch" names no commit in /),
    })
    await expect(runOn(manifestAffectedOp, repo, { base: 'main', head: 'no-such-tag' })).rejects.toMatchObject({
      message: expect.stringMatching(/^--head "no-such-tag" names no commit/),
    })
  })
})

describe('manifest.affected when the catalog changes', () => {
  it('counts a module newly listed in the catalog as changed', async () => {
    const repo = shopWithOverlay()
    git(repo, 'init', '-q', '-b', 'main')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'base')
    const catalog = join(repo, 'config/addons_manifest.oca_ipai.json')
    writeFileSync(
      catalog,
      git(repo, 'show', 'HEAD:config/addons_manifest.oca_ipai.json').replace(
        '"modules": ["queue_job"]',
        '"modules": ["queue_job", "queue_job_cron"]',
      ),
    )
    git(repo, 'commit', '-q', '-am', 'list queue_job_cron')
    const r = await runOn(manifestAffectedOp, repo, { base: 'HEAD~1' })
    expect(r.data).toEqual([
      {
        addon: 'queue_job_cron',
        path: 'vendor/oca/queue/queue_job_cron',
        repo: 'OCA/queue',
        reason: 'listed',
        files: 0,
        via: [],
      },
    ])
  })
})
