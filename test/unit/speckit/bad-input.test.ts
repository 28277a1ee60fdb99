import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { odaConfigSchema } from '../../../src/config/schema.ts'
import { specKitValidateOp } from '../../../src/ops/spec-kit-validate/index.ts'
import { cleanKit, makeRepo } from '../ops/spec-kit-validate/make-repo.ts'

async function findings(
  files: Record<string, string | Uint8Array>,
  config: Record<string, unknown> = {},
  drop: string[] = [],
) {
  const kit = Object.fromEntries(Object.entries(cleanKit).filter(([k]) => !drop.includes(k)))
  const ctx = createOpContext({
    cwd: makeRepo({ ...kit, ...files }),
    config: odaConfigSchema.parse({ 'spec-kit': config }),
  })
  const r = await specKitValidateOp.run(ctx, specKitValidateOp.input.parse({}))
  return r.findings.map((f) => `${f.path}:${f.line}${f.column ? `:${f.column}` : ''} ${f.ruleId}`)
}

// Each bad file gets a finding that names it; the rest of the kit is still checked.
describe('bad input', () => {
  it('a binary file named tasks.md', async () => {
    const bytes = randomBytes(4096)
    bytes[10] = 0
    const f = await findings({ 'spec/k/tasks.md': bytes, 'spec/k/plan.md': '# Plan\n\n## Empty\n' })
    expect(f.some((x) => x.startsWith('spec/k/tasks.md:') && x.endsWith('spec-kit/binary-file'))).toBe(true)
    expect(f).toContain('spec/k/plan.md:3:1 spec-kit/empty-section')
  })
  it('invalid UTF-8 (a Latin-1 file)', async () => {
    expect(await findings({ 'spec/k/prd.md': Buffer.from('# PRD\n\nCaf\xe9\n', 'latin1') })).toEqual([
      'spec/k/prd.md:3:4 spec-kit/invalid-encoding',
    ])
  })
  it('an empty file', async () => {
    expect(await findings({ 'spec/k/plan.md': '' })).toEqual(['spec/k/plan.md:1 spec-kit/empty-file'])
  })
  it('a file over the size limit is not read', async () => {
    expect(
      await findings({ 'spec/k/plan.md': '# Plan\n\n' + 'x'.repeat(5000) + '\n' }, { maxFileBytes: 1000 }),
    ).toEqual(['spec/k/plan.md:1 spec-kit/file-too-large'])
  })
  it('a huge valid tasks file still completes', async () => {
    const lines = ['# Tasks', '', '## Phase 1: Bulk', '']
    for (let i = 1; i <= 3_000; i++)
      lines.push(
        `- [${i % 3 === 0 ? 'x' : ' '}] T${String(i).padStart(5, '0')} [US1] Task number ${i} (depends on T00001)`,
      )
    lines[4] = '- [ ] T00001 [US1] First'
    expect(await findings({ 'spec/k/tasks.md': lines.join('\n') + '\n' })).toEqual([])
  })
  it('deeply nested lists and quotes, and bracket storms, are refused before parsing', async () => {
    const nested = Array.from({ length: 400 }, (_, i) => ' '.repeat(i * 2) + `- [ ] T${i + 1} x`).join('\n')
    const quotes = '> '.repeat(20_000) + 'x\n'
    const brackets = '# Plan\n\n' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n'
    const emphasis = '# Plan\n\n' + '*a '.repeat(100_000) + '\n'
    expect(await findings({ 'spec/k/tasks.md': nested })).toEqual(['spec/k/tasks.md:62 spec-kit/invalid-markdown'])
    expect(await findings({ 'spec/k/tasks.md': quotes })).toEqual(['spec/k/tasks.md:1 spec-kit/invalid-markdown'])
    expect(await findings({ 'spec/k/plan.md': brackets })).toEqual(['spec/k/plan.md:3 spec-kit/invalid-markdown'])
    expect(await findings({ 'spec/k/plan.md': emphasis })).toEqual(['spec/k/plan.md:3 spec-kit/invalid-markdown'])
  })
  it('Windows line endings change nothing', async () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n')
    expect(await findings(Object.fromEntries(Object.entries(cleanKit).map(([k, v]) => [k, crlf(v)])))).toEqual([])
    expect(
      await findings({
        'spec/k/tasks.md': crlf('# Tasks\n\n- [ ] T002 [US1] a [DATE]\n- [ ] T001 b\n\nTotal Tasks: 3\n'),
      }),
    ).toEqual([
      'spec/k/tasks.md:3:20 spec-kit/template-placeholder',
      'spec/k/tasks.md:4:1 spec-kit/task-id-order',
      'spec/k/tasks.md:6:1 spec-kit/summary-mismatch',
    ])
  })
  it('a folder where a kit file should be', async () => {
    expect(await findings({ 'spec/k/plan.md/readme.txt': 'x' }, {}, ['spec/k/plan.md'])).toEqual([
      'spec/k/plan.md:1 spec-kit/binary-file',
    ])
  })
})
