import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { specKitReportOp } from '../../../../src/ops/spec-kit-report/index.ts'
import { cleanKit, makeRepo } from '../spec-kit-validate/make-repo.ts'

const report = (root: string, raw: Record<string, unknown> = {}) =>
  specKitReportOp.run(createOpContext({ cwd: root }), specKitReportOp.input.parse(raw))

const tasks = [
  '# Tasks',
  '',
  '## Status legend',
  '',
  '- `[x]` done',
  '- `[~]` in progress',
  '- `[ ]` todo',
  '- `[!]` blocked',
  '',
  '## Phase 1: Setup',
  '',
  '- [x] T001 a',
  '- [x] T002 b',
  '- [~] T003 c',
  '',
  '## Phase 2: Build',
  '',
  '- [!] T004 d',
  '- [ ] T005 e',
  '',
].join('\n')

describe('spec-kit.report', () => {
  it('prints the recomputed status per phase and keeps the table in data', async () => {
    const r = await report(makeRepo({ ...cleanKit, 'spec/k/tasks.md': tasks }))
    expect(r.conclusion).toBe('success')
    expect(r.title).toBe('spec-kit: 2/5 tasks done (40%) in 1 kit')
    expect(r.summary).toContain('| 1 | Setup | 2 | 1 | 0 | 0 | 0 | 3 | 67% |')
    expect(r.summary).toContain('| 2 | Build | 0 | 0 | 1 | 1 | 0 | 2 | 0% |')
    expect(r.data).toEqual({
      schemaVersion: 1,
      tables: [
        {
          kit: 'spec/k',
          tasksPath: 'spec/k/tasks.md',
          rows: [
            {
              phase: '1',
              title: 'Setup',
              done: 2,
              inProgress: 1,
              todo: 0,
              blocked: 0,
              skipped: 0,
              total: 3,
              percent: 67,
            },
            {
              phase: '2',
              title: 'Build',
              done: 0,
              inProgress: 0,
              todo: 1,
              blocked: 1,
              skipped: 0,
              total: 2,
              percent: 0,
            },
          ],
          total: {
            phase: '',
            title: 'Total',
            done: 2,
            inProgress: 1,
            todo: 1,
            blocked: 1,
            skipped: 0,
            total: 5,
            percent: 40,
          },
        },
      ],
    })
  })
  it('ignores validation problems that do not stop counting', async () => {
    const r = await report(makeRepo({ ...cleanKit, 'spec/k/tasks.md': tasks + '\nTotal Tasks: 99\n' }))
    expect(r.findings).toEqual([])
  })
  it('reports a tasks file it cannot read, and is neutral without any tasks file', async () => {
    const r = await report(makeRepo({ ...cleanKit, 'spec/k/tasks.md': new Uint8Array([0x23, 0x00, 0xff]) }))
    expect(r).toMatchObject({
      conclusion: 'neutral',
      findings: [{ ruleId: 'spec-kit/binary-file', path: 'spec/k/tasks.md' }],
    })
    expect((await report(makeRepo({ 'a.md': '# a' }))).summary).toBe('No tasks file found.')
  })
  it('sums several kits, a tasks file without tasks counting as zero', async () => {
    const r = await report(
      makeRepo({
        ...cleanKit,
        'spec/k/tasks.md': tasks,
        '.specify/memory/constitution.md': '# C\n\n**Version**: 1.0.0\n',
        'specs/001-a/spec.md': '# S\n',
        'specs/001-a/tasks.md': '# Tasks\n\nNone yet.\n',
      }),
    )
    expect(r.title).toBe('spec-kit: 2/5 tasks done (40%) in 2 kits')
    const empty = await report(makeRepo({ ...cleanKit, 'spec/k/tasks.md': '# Tasks\n\nNone yet.\n' }))
    expect(empty.title).toBe('spec-kit: 0/0 tasks done (0%) in 1 kit')
  })
})
