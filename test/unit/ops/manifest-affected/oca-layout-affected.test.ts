import { execFileSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { manifestAffectedOp } from '../../../../src/ops/manifest-affected/index.ts'
import { runOn } from '../manifest-verify/repo-fixtures.ts'

const OCA = join(import.meta.dirname, '../../../fixtures/manifest/oca-layout')
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  })
const names = (data: unknown): string[] => (data as { addon: string }[]).map((a) => a.addon)

/** The 16.0 OCA fixture as a git repository on branch 16.0, plus a branch per change. */
let repo = ''
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'oda-oca-affected-'))
  cpSync(join(OCA, 'oca-16.0'), repo, { recursive: true, verbatimSymlinks: true })
  git(repo, 'init', '-q', '-b', '16.0')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', 'base')
  const branch = (name: string, change: () => void): void => {
    git(repo, 'checkout', '-q', '-b', name, '16.0')
    change()
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', name)
    git(repo, 'checkout', '-q', '16.0')
  }
  branch('touch-three', () => {
    for (const a of ['api_base', 'api_datamodel', 'api_graphql'])
      appendFileSync(join(repo, a, 'models', `${a}.py`), '# x\n')
  })
  branch('new-addon', () => {
    mkdirSync(join(repo, 'api_new'))
    writeFileSync(join(repo, 'api_new', '__init__.py'), '')
    writeFileSync(
      join(repo, 'api_new', '__manifest__.py'),
      '{"name": "New", "version": "16.0.1.0.0", "license": "LGPL-3", "author": "Me", "depends": ["api_datamodel"]}\n',
    )
  })
  branch('lost-manifest', () => {
    rmSync(join(repo, 'api_base', '__manifest__.py'))
    mkdirSync(join(repo, 'api_orphan', 'models'), { recursive: true })
    writeFileSync(join(repo, 'api_orphan', '__init__.py'), 'from . import models\n')
    writeFileSync(join(repo, 'api_orphan', 'models', '__init__.py'), '')
  })
})

describe('manifest.affected on an OCA repository with no configuration', () => {
  it('finds the addons at the root and leaves out the one that is not installable', async () => {
    const r = await runOn(manifestAffectedOp, repo, { base: '16.0', head: 'touch-three' })
    expect(r.conclusion).toBe('success')
    expect(names(r.data)).toEqual(['api_base', 'api_datamodel', 'api_auth_key'])
    expect(r.title).toBe('manifest affected: 3 addons (2 changed, 1 dependent)')
    expect(r.summary).toContain('Left out, not installable: `api_graphql`.')
  })

  it('reads the tree of --head, not the checked-out working tree', async () => {
    git(repo, 'checkout', '-q', '16.0')
    // A local edit that is in no commit must not change the answer for new-addon.
    appendFileSync(join(repo, 'api_base', '__manifest__.py'), '\n')
    const r = await runOn(manifestAffectedOp, repo, { base: '16.0', head: 'new-addon' })
    git(repo, 'checkout', '-q', '--', '.')
    expect(r.data).toEqual([{ addon: 'api_new', path: 'api_new', repo: null, reason: 'changed', files: 2, via: [] }])
    expect(r.summary).toContain('addons read from the tree of `new-addon`')
  })

  it('tests the dependents of a removed addon, and never passes a change no addon covers', async () => {
    const r = await runOn(manifestAffectedOp, repo, { base: '16.0', head: 'lost-manifest' })
    expect(r.conclusion).toBe('failure')
    // api_base lost its manifest: gone for Odoo, so whoever depends on it must be tested
    expect(r.summary).toContain('Removed: `api_base`.')
    expect(r.data).toEqual([
      { addon: 'api_auth_key', path: 'api_auth_key', repo: null, reason: 'dependent', files: 0, via: ['api_base'] },
    ])
    expect(r.findings.map((f) => `${f.level} ${f.path}:${f.line} ${f.ruleId}`)).toEqual([
      'failure api_orphan/__init__.py:1 manifest/change-outside-addon',
      'failure api_orphan/models/__init__.py:1 manifest/change-outside-addon',
    ])
    expect(r.findings[0]?.message).toBe(
      'api_orphan/__init__.py changed, and api_orphan looks like an addon (it has __init__.py and models/), but no addons path holds it, so no addon is tested for this change: add its parent folder to manifest.addonsPaths, or give it a __manifest__.py',
    )
    expect(r.title).toBe('manifest affected: 1 addon (0 changed, 1 dependent); 2 changes outside any addon')
  })

  it('refuses a ref that git would read as an option', async () => {
    await expect(runOn(manifestAffectedOp, repo, { base: '--output=/tmp/x' })).rejects.toThrow(/expected a git ref/)
  })
})
