import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { manifestVerifyOp } from '../../../../src/ops/manifest-verify/index.ts'
import { addon, brief, makeRepo, runOn } from './repo-fixtures.ts'

// Small repositories shaped like real OCA ones (addons at the root, setup/ shims, requirements,
// .copier-answers.yml), for the three series; none has any oda configuration.
const OCA = join(import.meta.dirname, '../../../fixtures/manifest/oca-layout')

describe('manifest.verify on OCA repositories with no configuration', () => {
  it('16.0: finds the addons at the root, takes the series from their versions, knows declared requirements', async () => {
    const r = await runOn(manifestVerifyOp, join(OCA, 'oca-16.0'))
    expect(r.conclusion).toBe('success')
    expect(brief(r)).toEqual([
      // auth_api_key comes from another repository, and nothing says which: worth a look, not a failure
      'warning api_auth_key/__manifest__.py:12:29 manifest/depends-unresolved',
      // not installable, still at 15.0: it waits for its migration
      'notice api_graphql/__manifest__.py:8:16 manifest/not-migrated',
    ])
    expect(r.data).toMatchObject({
      series: '16.0',
      seriesFrom: 'manifests',
      addonsPaths: ['.'],
      addonsPathsFrom: 'detected',
      checked: ['api_auth_key', 'api_base', 'api_datamodel', 'api_graphql'],
      // component is installed by test-requirements.txt; api_datamodel has no "depends" (Odoo's default: none)
      external: [
        { name: 'auth_api_key', usedBy: ['api_auth_key'] },
        { name: 'component', usedBy: ['api_base'], declaredIn: 'test-requirements.txt:2' },
      ],
    })
    expect(r.summary).toContain(
      'Checked 4 addons (1 not installable) against Odoo 16.0 (series from the manifests: 3 of 3 installable addons are 16.0.x.y.z).',
    )
    expect(r.summary).toContain('- addons paths (detected): `.`')
    expect(r.findings[0]?.message).toBe(
      'module api_auth_key depends on auth_api_key, which is not in this repository nor an Odoo 16.0 core addon, and nothing says where it comes from: add odoo-addon-auth_api_key to test-requirements.txt (or its repository to oca_dependencies.txt), or check the name',
    )
  })

  it('17.0 in migration: addons not installable yet are not held to dependency rules', async () => {
    const r = await runOn(manifestVerifyOp, join(OCA, 'oca-17.0'))
    expect(r.conclusion).toBe('success')
    expect(brief(r)).toEqual([
      'notice api_auth_key/__manifest__.py:8:16 manifest/not-migrated',
      'notice api_base/__manifest__.py:9:16 manifest/not-migrated',
      // endpoint_route_handler: oca_dependencies.txt names the repository it comes from
      'notice api_fastapi/__manifest__.py:13:17 manifest/depends-unresolved',
    ])
    expect(r.findings[2]?.message).toContain('expected from the repository oca_dependencies.txt names (web-api)')
    expect(r.data).toMatchObject({ series: '17.0', seriesFrom: 'manifests' })
  })

  it('18.0: a young branch with whool pyproject files passes clean', async () => {
    const r = await runOn(manifestVerifyOp, join(OCA, 'oca-18.0'))
    expect(r.findings).toEqual([])
    expect(r.title).toBe('manifest: 2 addons (series 18.0) verified')
    expect(r.data).toMatchObject({
      series: '18.0',
      external: [{ name: 'web_toast_sound', usedBy: ['web_toast'], declaredIn: 'test-requirements.txt:1' }],
    })
  })

  it('18.0 before any migration: neutral, series from the OCA template answers', async () => {
    const r = await runOn(manifestVerifyOp, join(OCA, 'oca-18.0-empty'))
    expect(r.conclusion).toBe('neutral')
    expect(r.data).toMatchObject({ series: '18.0', seriesFrom: 'template', checked: [] })
  })

  it('keeps a configured severity and a catalog as the stricter contract', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-oca-'))
    cpSync(join(OCA, 'oca-16.0'), dir, { recursive: true, verbatimSymlinks: true })
    writeFileSync(
      join(dir, '.github', 'oda.yml'),
      'manifest:\n  severities:\n    manifest/depends-unresolved: failure\n',
    )
    const strict = await runOn(manifestVerifyOp, dir)
    expect(strict.conclusion).toBe('failure')
    expect(brief(strict)).toContain('failure api_auth_key/__manifest__.py:12:29 manifest/depends-unresolved')
    const withCatalog = makeRepo({
      ...addon(
        'ipai_a',
        '{"name": "A", "version": "16.0.1.0.0", "license": "AGPL-3", "author": "Me", "depends": ["auth_api_key"]}\n',
      ),
      'config/addons_manifest.oca_ipai.json': '{"series": "16.0", "repos": []}\n',
    })
    expect(brief(await runOn(manifestVerifyOp, withCatalog))).toEqual([
      'failure addons/ipai_a/__manifest__.py:1:89 manifest/depends-unresolved',
    ])
  })
})

describe('manifest.verify series when the versions do not tell', () => {
  const versionless = {
    ...addon(
      'my_addon',
      '{"name": "Mine", "version": "1.0", "license": "LGPL-3", "author": "Me", "depends": ["mail"]}\n',
    ),
  }

  it('takes it from the branch name of the checkout', async () => {
    const dir = makeRepo(versionless)
    execFileSync('git', ['init', '-q', '-b', '16.0-mig-my_addon', dir])
    const r = await runOn(manifestVerifyOp, dir)
    expect(r.data).toMatchObject({ series: '16.0', seriesFrom: 'branch' })
    expect(r.summary).toContain('(series from the branch: the checkout is on 16.0-mig-my_addon)')
    // "1.0" is read by Odoo as 16.0.1.0: a warning that names the series found
    expect(r.findings.map((f) => f.message)).toEqual([
      'module my_addon (addons/my_addon): version 1.0 has no series prefix; Odoo reads it as 16.0.1.0: write "16.0.1.0.0" (x.y.z after the series)',
    ])
  })

  it('says when it had to assume one', async () => {
    const r = await runOn(manifestVerifyOp, makeRepo(versionless), { branch: 'main' })
    expect(r.data).toMatchObject({ series: '17.0', seriesFrom: 'default' })
    expect(r.summary).toContain('(assumed: none found in the addons')
  })
})
