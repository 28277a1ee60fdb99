import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { specKitReportOp } from '../../../../src/ops/spec-kit-report/index.ts'
import { specKitValidateOp } from '../../../../src/ops/spec-kit-validate/index.ts'
import { makeRepo } from './make-repo.ts'

const fixture = 'test/fixtures/speckit/spec-kit-repo'

/** A repository with a Spec Kit at the root, a four-file kit under spec/ and a `.git` folder. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'oda-speckit-entry-'))
  cpSync(fixture, root, { recursive: true })
  mkdirSync(join(root, '.git'))
  mkdirSync(join(root, 'spec/shop'), { recursive: true })
  writeFileSync(
    join(root, 'spec/shop/tasks.md'),
    '# Tasks\n\n## Phase 1: Setup\n\n- [x] T001 Layout\n- [ ] T002 Checkout\n',
  )
  return root
}

const validate = (cwd: string, dir: string, extra: Record<string, unknown> = {}, env: Record<string, string> = {}) =>
  specKitValidateOp.run(createOpContext({ cwd, env }), specKitValidateOp.input.parse({ dir, ...extra }))
const roots = (r: { data?: unknown }) => (r.data as { kits: { root: string }[] }).kits.map((k) => k.root)

describe('where a kit is', () => {
  it('takes the repository root, the specs/ folder, one feature folder or a single tasks.md', async () => {
    const root = repo()
    expect(roots(await validate(root, '.'))).toEqual(['spec/shop', 'specs/001-order-export'])
    expect(roots(await validate(root, 'specs'))).toEqual(['specs/001-order-export'])
    expect(roots(await validate(join(root, 'specs'), '001-order-export'))).toEqual(['specs/001-order-export'])
    expect(roots(await validate(root, 'spec'))).toEqual(['spec/shop'])
    expect(roots(await validate(root, 'spec/shop'))).toEqual(['spec/shop'])
    const file = await validate(root, 'specs/001-order-export/tasks.md')
    expect(file.data).toMatchObject({ kits: [{ layout: 'file', root: 'specs/001-order-export/tasks.md', tasks: 8 }] })
  })

  it('reads --paths specs as the features folder, not as one four-file kit', async () => {
    const root = repo()
    const r = await validate(root, '.', { paths: ['specs'] })
    expect(roots(r)).toEqual(['specs/001-order-export'])
    expect(r.findings.filter((f) => f.ruleId === 'spec-kit/missing-file')).toEqual([])
  })

  it("finds Spec Kit's monorepo layout (apps/web/.specify with apps/web/specs)", async () => {
    const root = mkdtempSync(join(tmpdir(), 'oda-speckit-mono-'))
    cpSync(fixture, join(root, 'apps/web'), { recursive: true })
    writeFileSync(join(root, 'package.json'), '{"private": true, "workspaces": ["apps/*"]}\n')
    const r = await validate(root, '.')
    expect(roots(r)).toEqual(['apps/web/specs/001-order-export'])
    expect(r.conclusion).toBe('success')
    const report = await specKitReportOp.run(createOpContext({ cwd: root }), specKitReportOp.input.parse({}))
    expect(report.title).toBe('spec-kit: 4/8 tasks done (50%) in 1 kit')
  })

  it('fails with a hint in an Actions step or CI when nothing is found, neutral in the App, locally or when configured', async () => {
    const root = makeRepo({ 'README.md': '# Shop\n' })
    const ci = await validate(root, '.', {}, { CI: 'true' })
    expect(ci.conclusion).toBe('failure')
    expect(ci.findings).toMatchObject([
      { ruleId: 'spec-kit/missing-kit', message: expect.stringContaining('spec-kit.noKit: neutral') },
    ])
    expect((await validate(root, '.')).conclusion).toBe('neutral')
    const action = createOpContext({ cwd: root, face: 'action' })
    expect((await specKitValidateOp.run(action, specKitValidateOp.input.parse({}))).conclusion).toBe('failure')
    // the App checks every PR of every installed repository: no kit there is grey, even on a CI=true host
    const app = createOpContext({ cwd: root, face: 'app', env: { CI: 'true' } })
    const inApp = await specKitValidateOp.run(app, specKitValidateOp.input.parse({}))
    expect(inApp.conclusion).toBe('neutral')
    expect(inApp.summary).toContain('spec-kit.noKit')
    writeFileSync(join(root, 'oda.yml'), '')
    const ctx = createOpContext({ cwd: root, env: { CI: 'true' } })
    ctx.config['spec-kit'].noKit = 'neutral'
    expect((await specKitValidateOp.run(ctx, specKitValidateOp.input.parse({}))).conclusion).toBe('neutral')
  })

  it('reports two feature folders with one number', async () => {
    const root = repo()
    cpSync(join(root, 'specs/001-order-export'), join(root, 'specs/001-order-import'), { recursive: true })
    const r = await validate(root, 'specs')
    expect(r.findings.filter((f) => f.level !== 'notice')).toMatchObject([
      {
        ruleId: 'spec-kit/duplicate-feature-number',
        level: 'warning',
        path: 'specs/001-order-import',
        message: expect.stringContaining(
          'feature number 001 is used by specs/001-order-export and specs/001-order-import',
        ),
      },
    ])
  })
})
