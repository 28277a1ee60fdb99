import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { Redactor } from '../../../../src/log/redactor.ts'
import { specKitValidateOp } from '../../../../src/ops/spec-kit-validate/index.ts'
import { SpecKitPathError } from '../../../../src/speckit/spec-kit-path-error.ts'
import { cleanKit, makeRepo } from './make-repo.ts'

async function validate(root: string, raw: Record<string, unknown> = {}, config: Record<string, unknown> = {}) {
  const ctx = createOpContext({ cwd: root, config: odaConfigSchema.parse({ 'spec-kit': config }) })
  return specKitValidateOp.run(ctx, specKitValidateOp.input.parse(raw))
}

describe('spec-kit.validate', () => {
  it('passes a clean kit with no findings and describes it in data', async () => {
    const r = await validate(makeRepo(cleanKit))
    expect(r.findings).toEqual([])
    expect(r).toMatchObject({
      conclusion: 'success',
      title: 'spec-kit: 1 spec kit valid',
      data: { schemaVersion: 1, failOn: 'failure', kits: [{ layout: 'four-file', root: 'spec/k', tasks: 2, done: 1 }] },
    })
    expect(r.summary).toContain('No findings.')
  })
  it('fails with findings grouped by rule and file in the summary', async () => {
    const r = await validate(
      makeRepo({ ...cleanKit, 'spec/k/tasks.md': '# Tasks\n\n- [ ] T002 [US1] a\n- [ ] T001 b\n\nTotal Tasks: 5\n' }),
    )
    expect(r.conclusion).toBe('failure')
    expect(r.findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([
      ['spec-kit/task-id-order', 'spec/k/tasks.md', 4],
      ['spec-kit/summary-mismatch', 'spec/k/tasks.md', 6],
    ])
    expect(r.title).toBe('spec-kit: 2 failures in 1 spec kit')
    expect(r.summary).toContain('### `spec-kit/summary-mismatch` (1)')
  })
  it('is neutral when the repository has no kit', async () => {
    const r = await validate(makeRepo({ 'README.md': '# x' }))
    expect(r.conclusion).toBe('neutral')
    expect(r.summary).toContain('spec-kit.paths')
  })
  it('takes paths from input over config, and reports a configured path that does not exist', async () => {
    const root = makeRepo({
      ...Object.fromEntries(Object.entries(cleanKit).map(([k, v]) => [k.replace('spec/k/', 'docs/kit/'), v])),
    })
    expect((await validate(root)).conclusion).toBe('neutral')
    expect((await validate(root, {}, { paths: ['docs/kit'] })).conclusion).toBe('success')
    const r = await validate(root, { paths: ['docs/kit', 'docs/none'] }, { paths: ['ignored'] })
    expect(r.findings.map((f) => [f.ruleId, f.path])).toEqual([['spec-kit/missing-kit', 'docs/none']])
  })
  it('applies failOn and severities from config, with input taking precedence', async () => {
    const root = makeRepo({ ...cleanKit, 'spec/k/plan.md': '# Plan\n\n## Empty\n\n## Approach\n\nx\n' })
    expect((await validate(root)).conclusion).toBe('success')
    expect((await validate(root, {}, { failOn: 'warning' })).conclusion).toBe('failure')
    expect((await validate(root, { failOn: 'failure' }, { failOn: 'warning' })).conclusion).toBe('success')
    expect((await validate(root, {}, { severities: { 'spec-kit/empty-section': 'failure' } })).conclusion).toBe(
      'failure',
    )
    expect((await validate(root, {}, { severities: { 'spec-kit/empty-section': 'off' } })).findings).toEqual([])
    const notice = await validate(root, {}, { severities: { 'spec-kit/empty-section': 'notice' } })
    expect([notice.conclusion, notice.title]).toEqual(['success', 'spec-kit: 1 notice in 1 spec kit'])
    expect((await validate(root)).title).toBe('spec-kit: 1 warning in 1 spec kit')
  })
  it('honours inline suppressions in any kit file', async () => {
    const root = makeRepo({
      ...cleanKit,
      'spec/k/plan.md':
        '# Plan\n\n<!-- oda-ignore-next-line spec-kit/empty-section -->\n## Empty\n\n## Approach\n\nx [DATE]\n',
    })
    expect((await validate(root)).findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['spec-kit/template-placeholder', 8],
    ])
  })
  it('takes maxClarifications from input over config', async () => {
    const root = makeRepo({
      ...cleanKit,
      'spec/k/plan.md': '# Plan\n\n## Open\n\n- [NEEDS CLARIFICATION: a]\n- [NEEDS CLARIFICATION: b]\n',
    })
    expect((await validate(root)).conclusion).toBe('success')
    expect((await validate(root, {}, { maxClarifications: 1 })).findings).toMatchObject([
      { ruleId: 'spec-kit/needs-clarification', line: 6 },
    ])
    expect((await validate(root, { maxClarifications: 2 }, { maxClarifications: 1 })).findings).toEqual([])
  })
  it('redacts secrets that appear in finding messages', async () => {
    const secret = 'hunter2-very-secret-value'
    const root = makeRepo({ ...cleanKit, 'spec/k/tasks.md': `# Tasks\n\n- [ ] T001 [US1] a\n- [ ] ${secret} b\n` })
    const ctx = createOpContext({ cwd: root, redactor: new Redactor({ values: [secret] }) })
    const r = await specKitValidateOp.run(ctx, specKitValidateOp.input.parse({}))
    expect(r.findings.map((f) => f.ruleId)).toContain('spec-kit/task-missing-id')
    expect(JSON.stringify(r)).not.toContain(secret)
  })
  it('refuses a repository folder that does not exist and paths that leave the repository', async () => {
    const root = makeRepo(cleanKit)
    await expect(validate(root, { dir: 'nope' })).rejects.toThrow(SpecKitPathError)
    await expect(validate(root, { paths: ['../elsewhere'] })).rejects.toThrow(/outside the repository/)
  })
  it('stops when the run is cancelled', async () => {
    const ac = new AbortController()
    ac.abort(new Error('cancelled by the user'))
    const ctx = createOpContext({ cwd: makeRepo(cleanKit), signal: ac.signal })
    await expect(specKitValidateOp.run(ctx, specKitValidateOp.input.parse({}))).rejects.toThrow('cancelled by the user')
  })
  it('is the oda / spec-kit check and takes the checkout folder as dir', () => {
    expect(specKitValidateOp.check?.name).toBe('spec-kit')
    expect(specKitValidateOp.check?.input({ dir: '/tmp/co', changedFiles: ['a'] })).toEqual({ dir: '/tmp/co' })
    expect(specKitValidateOp.input.parse({})).toEqual({ dir: '.', paths: [] })
  })
})
