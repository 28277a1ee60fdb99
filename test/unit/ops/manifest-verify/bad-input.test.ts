import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePythonLiteral } from '../../../../src/odoo/manifest/parse-python-literal.ts'
import { manifestVerifyOp } from '../../../../src/ops/manifest-verify/index.ts'
import { addon, brief, makeRepo, runOn } from './repo-fixtures.ts'

const catalog = (repos: string): string => `{\n  "series": "17.0",\n  "repos": ${repos}\n}\n`
const good = addon(
  'ipai_ok',
  '{"name": "Ok", "version": "17.0.1.0.0", "license": "LGPL-3", "author": "Me", "depends": ["base"]}\n',
)

describe('manifest.verify on bad input', () => {
  it('names file, line and column of truncated catalog JSON', async () => {
    const dir = makeRepo({
      ...good,
      'config/addons_manifest.oca_ipai.json': '{\n  "repos": [\n    {"name": "OCA/queue",\n',
    })
    const r = await runOn(manifestVerifyOp, dir)
    expect(brief(r)).toEqual(['failure config/addons_manifest.oca_ipai.json:4:1 manifest/config-invalid'])
    expect(r.findings[0]?.message).toBe(
      'config/addons_manifest.oca_ipai.json:4:1: invalid JSON: expected a property name in double quotes, found end of file (the JSON is truncated)',
    )
    expect(r.conclusion).toBe('failure')
  })

  it('maps schema errors of the catalog and mounts to the line of the offending value', async () => {
    const dir = makeRepo({
      ...good,
      'config/addons_manifest.oca_ipai.json': catalog(
        '[\n    {"name": "queue", "url": "u", "branch": "17.0", "modules": ["ok", "bad-name"]}\n  ]',
      ),
      'addons.manifest.json': '{\n  "mounts": [\n    {"path": "addons", "readonly": true}\n  ]\n}\n',
    })
    const r = await runOn(manifestVerifyOp, dir)
    expect(r.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.message.replace(/^\S+ /, '')}`)).toEqual([
      'addons.manifest.json:3:5 mounts.0: Unrecognized key: "readonly"',
      'config/addons_manifest.oca_ipai.json:4:14 repos.0.name: expected "owner/name", e.g. "OCA/queue"',
      'config/addons_manifest.oca_ipai.json:4:71 repos.0.modules.1: expected an addon folder name (letters, digits, _)',
    ])
  })

  it('reports a manifest that is not a dict', async () => {
    const r = await runOn(manifestVerifyOp, makeRepo({ ...good, ...addon('ipai_list', '# a list\n["name", "x"]\n') }))
    expect(brief(r)).toEqual(['failure addons/ipai_list/__manifest__.py:2:1 manifest/not-dict'])
  })

  it('reports a binary file named __manifest__.py', async () => {
    const bytes = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x0a, 0xff])
    const r = await runOn(
      manifestVerifyOp,
      makeRepo({ ...good, 'addons/ipai_bin/__manifest__.py': bytes, 'addons/ipai_bin/__init__.py': '' }),
    )
    expect(brief(r)).toEqual(['failure addons/ipai_bin/__manifest__.py:1:- manifest/unreadable'])
    expect(r.findings[0]?.message).toContain('binary file')
  })

  it('reports invalid UTF-8 with the line of the bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "name": "Caf'), Buffer.from([0xe9]), Buffer.from('",\n}\n')])
    const r = await runOn(
      manifestVerifyOp,
      makeRepo({ ...good, 'addons/ipai_latin1/__manifest__.py': bytes, 'addons/ipai_latin1/__init__.py': '' }),
    )
    expect(brief(r)).toEqual(['failure addons/ipai_latin1/__manifest__.py:2:- manifest/unreadable'])
    expect(r.findings[0]?.message).toBe(
      'ipai_latin1: invalid UTF-8 at byte 16 (0xe9); Odoo reads manifests as UTF-8 and would fail to load this addon',
    )
  })

  it('reports a symlink loop in an addons path and in an addon folder without hanging', async () => {
    const dir = makeRepo({ ...good, 'addons.manifest.json': '{"mounts": [{"path": "addons"}, {"path": "loop"}]}' })
    symlinkSync('loop', join(dir, 'loop'))
    symlinkSync('ipai_cycle_b', join(dir, 'addons', 'ipai_cycle_a'))
    symlinkSync('ipai_cycle_a', join(dir, 'addons', 'ipai_cycle_b'))
    const r = await runOn(manifestVerifyOp, dir)
    expect(brief(r)).toEqual([
      'failure addons.manifest.json:1:33 manifest/mount-missing',
      'failure addons/ipai_cycle_a:1:- manifest/symlink-loop',
      'failure addons/ipai_cycle_b:1:- manifest/symlink-loop',
      'failure loop:1:- manifest/symlink-loop',
    ])
    expect(r.findings[0]?.message).toBe("mount loop is a symlink loop: Odoo's addons path would be broken")
  })

  it('reports a 10 MB manifest as too large instead of parsing it', async () => {
    const huge = '{"name": "Big", "data": [' + '"views/x.xml", '.repeat(700_000) + ']}\n'
    expect(huge.length).toBeGreaterThan(10_000_000)
    const r = await runOn(manifestVerifyOp, makeRepo({ ...good, ...addon('ipai_huge', huge) }))
    expect(brief(r)).toEqual(['failure addons/ipai_huge/__manifest__.py:1:- manifest/too-large'])
    expect(r.findings[0]?.message).toBe(
      'ipai_huge: the manifest is 10.0 MiB, over the 1.0 MiB limit (manifest.maxManifestBytes); a manifest is a small dict',
    )
  })

  it('still parses a 10 MB literal when the limits allow it', () => {
    const huge = '{"data": [' + '"views/x.xml",\n'.repeat(700_000) + ']}\n'
    const v = parsePythonLiteral(huge, { maxTokens: 2_000_000 })
    expect(v.kind === 'dict' && v.entries[0]?.value.kind === 'list' ? v.entries[0].value.items.length : -1).toBe(
      700_000,
    )
  })

  it('stops reading at the 100,001st token with a too-large finding at that token', async () => {
    const many = '{"name": "Many",\n "data": [\n' + '"x.xml", '.repeat(60_000) + ']}\n'
    const r = await runOn(manifestVerifyOp, makeRepo({ ...good, ...addon('ipai_many', many) }))
    // 9 tokens up to the `[`, then 2 per item: token 100,001 is the string of item 49,997.
    expect(brief(r)).toEqual([`failure addons/ipai_many/__manifest__.py:3:${49_996 * 9 + 1} manifest/too-large`])
    expect(r.findings[0]?.message).toBe(
      'ipai_many: the manifest holds more than 100,000 tokens (values, brackets and commas); oda stops reading here: a manifest is a small dict',
    )
    expect(() => parsePythonLiteral('[' + '1,'.repeat(10), { maxTokens: 20 })).toThrow(/more than 20 tokens/)
    expect(parsePythonLiteral('[' + '1,'.repeat(9) + ']', { maxTokens: 20 })).toMatchObject({ kind: 'list' })
  })

  it('reports a manifest nested deeper than Python allows instead of overflowing the stack', () => {
    expect(() => parsePythonLiteral('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(/too many nested brackets/)
    expect(() => parsePythonLiteral('-'.repeat(1_000_000) + '1', { maxTokens: 2_000_000 })).toThrow(/not a literal/)
  })

  it('reports a catalog that is a folder, and a manifest that is a dangling symlink', async () => {
    const dir = makeRepo(good)
    mkdirSync(join(dir, 'config', 'addons_manifest.oca_ipai.json'), { recursive: true })
    mkdirSync(join(dir, 'addons', 'ipai_dangling'))
    symlinkSync('nowhere.py', join(dir, 'addons', 'ipai_dangling', '__manifest__.py'))
    writeFileSync(join(dir, 'addons', 'ipai_dangling', '__init__.py'), '')
    const r = await runOn(manifestVerifyOp, dir)
    expect(r.findings.map((f) => `${f.path} ${f.ruleId}: ${f.message}`)).toEqual([
      'addons/ipai_dangling/__manifest__.py manifest/unreadable: ipai_dangling: the manifest does not exist (dangling symlink?)',
      'config/addons_manifest.oca_ipai.json manifest/config-invalid: config/addons_manifest.oca_ipai.json:1:1: config/addons_manifest.oca_ipai.json is a folder, not a file',
    ])
  })
})

describe('manifest.verify keeps to the checkout', () => {
  it('refuses repo, mount and data paths that leave the repository', async () => {
    const dir = makeRepo({
      ...addon(
        'ipai_a',
        '{"name": "A", "version": "17.0.1.0.0", "license": "LGPL-3", "author": "Me", "depends": ["base"],\n "data": ["../../../../etc/passwd"]}\n',
      ),
      'config/addons_manifest.oca_ipai.json': catalog(
        '[\n    {"name": "OCA/x", "url": "u", "branch": "17.0", "path": "../../x"}\n  ]',
      ),
      'addons.manifest.json': '{"mounts": [{"path": "addons"},\n {"path": "/etc"}]}',
    })
    const r = await runOn(manifestVerifyOp, dir)
    expect(brief(r)).toEqual([
      'failure addons.manifest.json:2:2 manifest/path-outside-repo',
      'failure addons/ipai_a/__manifest__.py:2:11 manifest/data-file-missing',
      'failure config/addons_manifest.oca_ipai.json:4:5 manifest/path-outside-repo',
    ])
  })
})
