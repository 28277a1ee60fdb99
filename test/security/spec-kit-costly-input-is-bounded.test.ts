import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DIST_CLI } from '../helpers/run-dist.ts'

// A pull request controls its kit files: just under spec-kit.maxFileBytes (1 MB) they must
// still cost a bounded amount of memory and work. The CLI runs with a 200 MB heap: code that
// builds a huge tree or a quadratic pile of findings dies of it instead of passing slowly.
const HEAP_MB = 200
const SIZE = 950_000
const base = mkdtempSync(join(tmpdir(), 'oda-sec-speckit-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

function fill(head: string, line: (i: number) => string): { text: string; lines: number } {
  let text = head
  let i = 0
  while (text.length < SIZE) text += line(++i)
  return { text, lines: i }
}

function validate(name: string, tasks: string): { code: number; json: Report; stderr: string } {
  const root = join(base, name)
  mkdirSync(join(root, 'spec/k'), { recursive: true })
  writeFileSync(join(root, 'spec/k/tasks.md'), tasks)
  writeFileSync(join(root, 'spec/k/prd.md'), '# PRD\n\n## Requirements\n\n### User Story 1 - Export\n\nText.\n')
  writeFileSync(join(root, 'spec/k/plan.md'), '# Plan\n\nOdoo 18.\n')
  writeFileSync(join(root, 'spec/k/constitution.md'), '# Constitution\n\n**Version**: 1.0.0\n')
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, DIST_CLI, 'spec-kit', 'validate', root, '--format', 'json'],
    {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', HOME: root, ODA_DATA_DIR: join(root, '.oda') },
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return { code: r.status ?? -1, json: r.status === null ? ({} as Report) : JSON.parse(r.stdout), stderr: r.stderr }
}

interface Report {
  conclusion: string
  findings: { ruleId: string; message: string }[]
  data: { kits: { tasks: number | null }[] }
}

describe('spec-kit validation of a 950 KB hostile tasks.md', { timeout: 120_000 }, () => {
  it('counts 12,000 plain tasks within a 200 MB heap', () => {
    const { text, lines } = fill(
      '# Tasks\n\n## Phase 1: Work\n\n',
      (i) => `- [x] T${i} [P] [US1] Implement part ${i}\n`,
    )
    const r = validate('plain', text)
    expect(r.stderr).not.toMatch(/heap out of memory/)
    expect(r.code).toBe(0)
    expect(r.json.data.kits[0]!.tasks).toBe(lines)
  })

  it('caps the findings when every task depends on twenty later tasks', () => {
    const { text, lines } = fill('# Tasks\n\n', (i) => {
      const later = Array.from({ length: 20 }, (_, k) => `T${i + k + 1}`).join(', ')
      return `- [ ] T${i} Step (depends on ${later})\n`
    })
    const r = validate('dependencies', text)
    expect(r.code).toBe(1)
    const deps = r.json.findings.filter((f) => f.ruleId === 'spec-kit/task-dependency')
    expect(deps.length).toBeLessThanOrEqual(101)
    expect(deps.at(-1)!.message).toMatch(/more task-dependency findings in spec\/k\/tasks\.md are not listed/)
    expect(r.json.data.kits[0]!.tasks).toBe(lines)
  })

  it('checks 45,000 stated figures without recounting the tasks for each', () => {
    let text = '# Tasks\n\n## Phase 1: Work\n\n'
    for (let i = 1; i <= 4000; i++) text += `- [ ] T${i} Step\n`
    text += '\n## Progress\n\n'
    while (text.length < SIZE) text += '- Phase 1: 50% (2/4 complete), Total Tasks: 3, Progress: 5% (1/3)\n'
    const r = validate('summaries', text)
    expect(r.code).toBe(1)
    const stated = r.json.findings.filter((f) => f.ruleId === 'spec-kit/summary-mismatch')
    expect(stated.length).toBeLessThanOrEqual(101)
  })

  it('reads 12,000 phases', () => {
    const { text, lines } = fill(
      '# Tasks\n\n',
      (i) => `## Phase ${i}: Part ${i} of the order export\n\n- [ ] T${i} [US1] Step\n\n`,
    )
    const r = validate('headings', text)
    expect(r.code).toBe(0)
    expect(r.json.data.kits[0]!.tasks).toBe(lines)
  })

  it('reports 30,000 unknown story markers as a bounded list', () => {
    const { text } = fill('# Tasks\n\n', (i) => `- [ ] T${i} [US${i + 1}] Step\n`)
    const r = validate('stories', text)
    expect(r.code).toBe(1)
    expect(r.json.findings.filter((f) => f.ruleId === 'spec-kit/unknown-story').length).toBeLessThanOrEqual(101)
  })

  it('refuses 100,000 nested sub-steps with a finding instead of building them all', () => {
    const { text } = fill('# Tasks\n\n', (i) => `- [ ] T${i} [US1] Step\n  - [ ] sub\n    - [ ] sub-sub\n`)
    const r = validate('nested', text)
    expect(r.stderr).not.toMatch(/heap out of memory/)
    expect(r.code).toBe(1)
    expect(r.json.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'spec-kit/invalid-markdown',
        path: 'spec/k/tasks.md',
        message: expect.stringMatching(/more than 50000 in one file is not a spec document; the file was not parsed/),
      }),
    )
  })
})
