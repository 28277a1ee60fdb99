import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { manifestShowOp } from '../../../../src/ops/manifest-show/index.ts'
import { makeRepo } from '../manifest-verify/repo-fixtures.ts'

const show = (cwd: string, addons: string[]) =>
  manifestShowOp.run(createOpContext({ cwd }), manifestShowOp.input.parse({ addons }))

describe('manifest.show', () => {
  it('returns [{addon, path, manifest}] with tuples and sets as arrays', async () => {
    const cwd = makeRepo({
      'a/ipai_x/__manifest__.py':
        '{"name": "X", "depends": ("base", "mail"), "tags": {"b"}, "installable": True, "n": -1}\n',
      'a/ipai_y/__manifest__.py': "# c\n{'name': 'Y' 'y', 'data': [],}\n",
    })
    const r = await show(cwd, ['a/ipai_x', 'a/ipai_y/__manifest__.py'])
    expect(r.conclusion).toBe('success')
    expect(r.data).toEqual([
      {
        addon: 'ipai_x',
        path: 'a/ipai_x',
        manifest: { name: 'X', depends: ['base', 'mail'], tags: ['b'], installable: true, n: -1 },
      },
      { addon: 'ipai_y', path: 'a/ipai_y', manifest: { name: 'Yy', data: [] } },
    ])
    // --format json prints exactly that list, not the run record around it.
    expect(JSON.parse(manifestShowOp.formats?.['json']?.(r) ?? 'null')).toEqual(r.data)
  })

  it('turns an unreadable manifest into a finding and keeps the others', async () => {
    const cwd = makeRepo({ 'ok/__manifest__.py': '{"name": "ok"}', 'bad/__manifest__.py': '{"name": f"x"}' })
    const r = await show(cwd, ['ok', 'bad', 'missing'])
    expect(r.conclusion).toBe('failure')
    expect((r.data as unknown[]).length).toBe(1)
    expect(r.findings.map((f) => `${f.path}:${f.line}:${f.column ?? '-'} ${f.ruleId}`)).toEqual([
      'bad/__manifest__.py:1:10 manifest/not-literal',
      'missing/__manifest__.py:1:- manifest/unreadable',
    ])
  })

  it('prints the example shop manifests exactly as Python reads them', async () => {
    const cwd = join(import.meta.dirname, '../../../../examples/odoo-shop')
    const r = await show(cwd, ['vendor/oca/queue/queue_job'])
    expect(r.data).toMatchObject([
      {
        addon: 'queue_job',
        manifest: {
          version: '17.0.1.0.5',
          depends: ['mail', 'base_sparse_field', 'web'],
          external_dependencies: { python: ['requests'] },
        },
      },
    ])
  })

  it('is neutral when no addon is given', async () => {
    const r = await show(makeRepo({}), [])
    expect(r.conclusion).toBe('neutral')
    expect(r.data).toEqual([])
  })
})
