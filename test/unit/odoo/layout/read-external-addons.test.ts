import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readExternalAddons } from '../../../../src/odoo/layout/read-external-addons.ts'

describe('readExternalAddons', () => {
  it('reads odoo-addon-* and odoo<NN>-addon-* requirements in every form pip accepts', () => {
    const root = mkdtempSync(join(tmpdir(), 'oda-ext-'))
    writeFileSync(
      join(root, 'requirements.txt'),
      '# generated from manifests external_dependencies\ncerberus\nodoo-addon-queue_job>=16.0.2 # pinned\n',
    )
    writeFileSync(
      join(root, 'test-requirements.txt'),
      [
        'odoo_test_helper',
        'odoo14-addon-Web-Notify[extra]==14.0.*',
        'odoo-addon-fs_storage @ git+https://github.com/OCA/storage.git@refs/pull/283/head#subdirectory=setup/fs_storage',
        '-e git+https://github.com/OCA/server-auth.git@16.0#egg=odoo-addon-auth_api_key&subdirectory=setup/auth_api_key',
        'odoo-addons-oca-web',
        '# odoo-addon-commented_out',
      ].join('\n'),
    )
    const r = readExternalAddons(root)
    expect(Object.fromEntries([...r.required].map(([k, v]) => [k, `${v.file}:${v.line}`]))).toEqual({
      queue_job: 'requirements.txt:3',
      web_notify: 'test-requirements.txt:2',
      fs_storage: 'test-requirements.txt:3',
      auth_api_key: 'test-requirements.txt:4',
    })
    expect(r.ocaRepos).toEqual([])
  })

  it('reads oca_dependencies.txt repository lines, with or without url and branch', () => {
    const root = mkdtempSync(join(tmpdir(), 'oda-ext-'))
    writeFileSync(
      join(root, 'oca_dependencies.txt'),
      '# See https://github.com/OCA/odoo-community.org/blob/master/website/Contribution/CONTRIBUTING.rst\n\nserver-auth\nconnector https://github.com/OCA/connector 16.0  # for component\n',
    )
    expect(readExternalAddons(root).ocaRepos).toEqual([
      { name: 'server-auth', file: 'oca_dependencies.txt', line: 3 },
      { name: 'connector', file: 'oca_dependencies.txt', line: 4 },
    ])
  })

  it('reads nothing through a link that leaves the repository, nor an oversized file', () => {
    const outside = mkdtempSync(join(tmpdir(), 'oda-host-'))
    writeFileSync(join(outside, 'reqs.txt'), 'odoo-addon-stolen\n')
    const root = mkdtempSync(join(tmpdir(), 'oda-ext-'))
    symlinkSync(join(outside, 'reqs.txt'), join(root, 'requirements.txt'))
    writeFileSync(join(root, 'test-requirements.txt'), 'odoo-addon-huge\n' + '#\n'.repeat(200_000))
    expect(readExternalAddons(root)).toEqual({ required: new Map(), ocaRepos: [] })
  })
})
