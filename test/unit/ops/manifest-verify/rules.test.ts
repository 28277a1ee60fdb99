import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { manifestVerifyOp } from '../../../../src/ops/manifest-verify/index.ts'
import { addon, brief, makeRepo, runOn } from './repo-fixtures.ts'

const m = (fields: string): string =>
  `{\n    "name": "X",\n    "version": "17.0.1.0.0",\n    "license": "LGPL-3",\n    "author": "Me",\n${fields}}\n`

describe('manifest.verify rules', () => {
  it('checks the branch of a repo that is a real git checkout', async () => {
    const dir = makeRepo({
      'config/addons_manifest.oca_ipai.json':
        '{\n  "series": "17.0",\n  "repos": [\n    {"name": "OCA/web", "url": "https://github.com/OCA/web.git", "branch": "17.0", "path": "oca/web", "modules": []}\n  ]\n}\n',
    })
    mkdirSync(join(dir, 'oca/web'), { recursive: true })
    execFileSync('git', ['init', '-q', '-b', '16.0', join(dir, 'oca/web')])
    execFileSync('git', [
      '-C',
      join(dir, 'oca/web'),
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'x',
    ])
    const r = await runOn(manifestVerifyOp, dir)
    expect(brief(r)).toEqual(['failure config/addons_manifest.oca_ipai.json:4:5 manifest/repo-branch'])
    expect(r.findings[0]?.message).toBe(
      'repo OCA/web at oca/web is checked out at 16.0, but config/addons_manifest.oca_ipai.json expects branch 17.0',
    )
  })

  it('takes core addons from an Odoo source tree when manifest.odooSourcePath is set', async () => {
    const files = {
      ...addon('ipai_a', m('    "depends": ["base", "my_core_addon", "website_sale"],\n')),
      'odoo/addons/my_core_addon/__manifest__.py': '{"name": "core"}',
      'odoo/odoo/addons/base/__manifest__.py': '{"name": "base"}',
    }
    // No catalog: an unknown dependency is expected from another repository (a warning), and the Odoo
    // tree in odoo/ is not taken for the repository's own addons.
    const shipped = await runOn(manifestVerifyOp, makeRepo(files))
    expect(brief(shipped)).toEqual(['warning addons/ipai_a/__manifest__.py:6:25 manifest/depends-unresolved'])
    const exact = await runOn(
      manifestVerifyOp,
      makeRepo({ ...files, '.github/oda.yml': 'manifest:\n  odooSourcePath: odoo\n' }),
    )
    // With the real tree, website_sale (absent from this tiny tree) is the unresolved one.
    expect(brief(exact)).toEqual(['warning addons/ipai_a/__manifest__.py:6:42 manifest/depends-unresolved'])
    expect(exact.data).toMatchObject({ coreAddons: 'source' })
    const wrong = await runOn(
      manifestVerifyOp,
      makeRepo({ ...files, '.github/oda.yml': 'manifest:\n  odooSourcePath: nowhere\n' }),
    )
    expect(brief(wrong)).toContain('warning .github/oda.yml:1:- manifest/odoo-source')
  })

  it('treats an unknown l10n_ dependency as a warning that asks for the Odoo tree', async () => {
    const r = await runOn(manifestVerifyOp, makeRepo(addon('ipai_a', m('    "depends": ["l10n_ph"],\n'))))
    expect(brief(r)).toEqual(['warning addons/ipai_a/__manifest__.py:6:17 manifest/depends-unresolved'])
    expect(r.conclusion).toBe('success')
  })

  it('applies configured severities and lets failOn decide the conclusion', async () => {
    const files = addon('ipai_a', m('    "depends": ["base"],\n    "development_status": "Stable",\n'))
    const base = await runOn(manifestVerifyOp, makeRepo(files))
    expect(brief(base)).toEqual(['warning addons/ipai_a/__manifest__.py:7:27 manifest/development-status-value'])
    expect(base.conclusion).toBe('success')
    expect((await runOn(manifestVerifyOp, makeRepo(files), { failOn: 'warning' })).conclusion).toBe('failure')
    const raised = await runOn(
      manifestVerifyOp,
      makeRepo({
        ...files,
        '.github/oda.yml': 'manifest:\n  severities:\n    manifest/development-status-value: failure\n',
      }),
    )
    expect(brief(raised)).toEqual(['failure addons/ipai_a/__manifest__.py:7:27 manifest/development-status-value'])
    const off = await runOn(
      manifestVerifyOp,
      makeRepo({
        ...files,
        '.github/oda.yml': "manifest:\n  severities:\n    manifest/development-status-value: 'off'\n",
      }),
    )
    expect(off.findings).toEqual([])
  })

  it('takes the series from the input over the catalog', async () => {
    const files = addon('ipai_a', m('    "depends": ["base"],\n'))
    expect((await runOn(manifestVerifyOp, makeRepo(files))).findings).toEqual([])
    expect(brief(await runOn(manifestVerifyOp, makeRepo(files), { series: '18.0' }))).toEqual([
      'failure addons/ipai_a/__manifest__.py:3:16 manifest/version-series',
    ])
  })

  it('checks types of the known keys and external_dependencies item shapes', async () => {
    const r = await runOn(
      manifestVerifyOp,
      makeRepo(
        addon(
          'ipai_a',
          m('    "depends": "base",\n    "data": [1],\n    "external_dependencies": {"python": [""], "bin": "git"},\n'),
        ),
      ),
    )
    expect(brief(r)).toEqual([
      'failure addons/ipai_a/__manifest__.py:6:16 manifest/key-type',
      'failure addons/ipai_a/__manifest__.py:7:14 manifest/key-type',
      'failure addons/ipai_a/__manifest__.py:8:42 manifest/external-dependencies-shape',
      'failure addons/ipai_a/__manifest__.py:8:54 manifest/external-dependencies-shape',
    ])
  })

  it('reports a custom addon without __init__.py and a duplicated module across repos', async () => {
    const r = await runOn(
      manifestVerifyOp,
      makeRepo({ 'addons/ipai_a/__manifest__.py': m('    "depends": ["base"],\n') }),
    )
    expect(brief(r)).toEqual(['failure addons/ipai_a/__manifest__.py:1:- manifest/module-not-addon'])
  })
})

describe('manifest.verify as a PR check', () => {
  it('is the oda / manifest check and passes the checkout folder as dir', () => {
    expect(manifestVerifyOp.check?.name).toBe('manifest')
    expect(manifestVerifyOp.check?.input({ dir: '/tmp/checkout', changedFiles: ['a'] })).toEqual({
      dir: '/tmp/checkout',
    })
  })

  it('is neutral on a repository without any Odoo layout', async () => {
    const r = await runOn(manifestVerifyOp, makeRepo({ 'README.md': '# not odoo\n' }))
    expect(r.conclusion).toBe('neutral')
    expect(r.title).toBe('manifest: no Odoo addons found')
  })
})
