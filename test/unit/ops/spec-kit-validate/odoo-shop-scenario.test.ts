import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { specKitValidateOp } from '../../../../src/ops/spec-kit-validate/index.ts'
import { specKitRules } from '../../../../src/speckit/spec-kit-rules.ts'
import { shopWithOverlay } from './make-repo.ts'

const run = (root: string) => specKitValidateOp.run(createOpContext({ cwd: root }), specKitValidateOp.input.parse({}))

// Every finding the PR scenario is built to produce, in report order.
const expected = [
  '.specify/memory/constitution.md:9:4 failure spec-kit/template-placeholder',
  'spec/shop/constitution.md:19:14 warning spec-kit/constitution-version',
  'spec/shop/constitution.md:19:65 warning spec-kit/iso-date',
  'spec/shop/plan.md:1 warning spec-kit/missing-file',
  'spec/shop/prd.md:9:1 warning spec-kit/empty-section',
  'spec/shop/prd.md:21:1 failure spec-kit/story-without-task',
  'spec/shop/prd.md:29:1 failure spec-kit/duplicate-requirement-id',
  'spec/shop/prd.md:33:31 failure spec-kit/needs-clarification',
  'spec/shop/tasks.md:12:1 failure spec-kit/status-marker',
  'spec/shop/tasks.md:13:1 failure spec-kit/task-checkbox',
  'spec/shop/tasks.md:18:1 failure spec-kit/duplicate-task-id',
  'spec/shop/tasks.md:20:1 failure spec-kit/task-id-order',
  'spec/shop/tasks.md:20:55 failure spec-kit/task-dependency',
  'spec/shop/tasks.md:25:1 failure spec-kit/unknown-story',
  'spec/shop/tasks.md:26:7 failure spec-kit/template-placeholder',
  'spec/shop/tasks.md:27:1 warning spec-kit/task-missing-id',
  'spec/shop/tasks.md:31:5 failure spec-kit/summary-mismatch',
  'spec/shop/tasks.md:32:3 failure spec-kit/summary-mismatch',
  'specs/001-gift-cards/plan.md:13:1 failure spec-kit/invalid-markdown',
  'specs/001-gift-cards/spec.md:1 warning spec-kit/missing-heading',
  'specs/001-gift-cards/spec.md:5:14 failure spec-kit/template-placeholder',
  'specs/001-gift-cards/spec.md:11:1 warning spec-kit/story-without-acceptance',
  'specs/001-gift-cards/tasks.md:1 failure spec-kit/no-tasks',
  'specs/002-store-pickup/plan.md:2:1 failure spec-kit/binary-file',
  'specs/002-store-pickup/spec.md:3:44 failure spec-kit/invalid-encoding',
  'specs/002-store-pickup/tasks.md:1 failure spec-kit/empty-file',
  'specs/Pickup_v2:1 warning spec-kit/feature-dir-name',
]

describe('examples/odoo-shop spec kit', () => {
  it('passes on the main branch with no finding', async () => {
    const r = await run(shopWithOverlay(undefined))
    expect(r.findings).toEqual([])
    expect(r.conclusion).toBe('success')
  })

  it('reports exactly the planted problems of the pr-spec-kit-problems scenario', async () => {
    const r = await run(shopWithOverlay('examples/odoo-shop-scenarios/pr-spec-kit-problems'))
    const got = r.findings.map((f) => `${f.path}:${f.line}${f.column ? `:${f.column}` : ''} ${f.level} ${f.ruleId}`)
    expect([...got].sort()).toEqual([...expected].sort())
    expect(r.conclusion).toBe('failure')
    expect(r.data).toMatchObject({
      kits: [{ root: 'spec/shop' }, { root: 'specs/001-gift-cards' }, { root: 'specs/002-store-pickup' }],
    })
  })

  it('shows both numbers when a stated figure is wrong', async () => {
    const r = await run(shopWithOverlay('examples/odoo-shop-scenarios/pr-spec-kit-problems'))
    const messages = r.findings.filter((f) => f.ruleId === 'spec-kit/summary-mismatch').map((f) => f.message)
    expect(messages).toEqual([
      'states 9 tasks, but spec/shop/tasks.md counts 11 tasks: update the figure',
      'states 2/2 done (100%), but phase 1 of spec/shop/tasks.md counts 1/3 done (33.3%): update the figure',
    ])
  })

  // the rules the scenario leaves out need a config or have fixtures of their own (test/unit/speckit)
  it('exercises every rule except those that need a config or a kit of their own', () => {
    const planted = new Set(expected.map((e) => e.split(' ').pop()))
    const notPlanted = specKitRules.map((r) => r.id).filter((id) => !planted.has(id))
    expect(notPlanted).toEqual([
      'spec-kit/missing-kit',
      'spec-kit/file-too-large',
      'spec-kit/link-outside',
      'spec-kit/double-encoded',
      'spec-kit/duplicate-feature-number',
      'spec-kit/requirement-coverage',
      'spec-kit/unknown-requirement',
      'spec-kit/todo-marker',
      'spec-kit/checklist-incomplete',
      'spec-kit/clarification-after-plan',
    ])
  })
})
