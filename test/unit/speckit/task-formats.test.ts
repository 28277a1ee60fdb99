import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkSummaries } from '../../../src/speckit/check-summaries.ts'
import { checkTasks } from '../../../src/speckit/check-tasks.ts'
import { countTasks } from '../../../src/speckit/count-tasks.ts'
import { decodeKitFile } from '../../../src/speckit/decode-kit-file.ts'
import { extractTasks } from '../../../src/speckit/extract-tasks.ts'
import { parseMarkdown } from '../../../src/speckit/parse-markdown.ts'

const dir = 'test/fixtures/speckit/formats'

function load(name: string) {
  const bytes = new Uint8Array(readFileSync(`${dir}/${name}`))
  const decoded = decodeKitFile({ path: `${dir}/${name}`, kind: 'bytes', bytes }, 1_000_000)
  if (!decoded.ok) throw new Error(`${name} did not decode`)
  const doc = parseMarkdown({ path: `${dir}/${name}`, role: 'tasks', text: decoded.text }).doc
  const extracted = extractTasks(doc)
  const byPhase = (key: string) => {
    const c = countTasks(extracted.tasks.filter((t) => t.phase === key))
    return [c.done, c.inProgress, c.todo, c.blocked, c.skipped]
  }
  const summaries = checkSummaries({ doc, tasksDoc: doc, tasks: extracted.tasks, phases: extracted.phases })
  return { decoded, doc, extracted, byPhase, summaries, checks: checkTasks(doc, extracted.tasks) }
}

// counts per phase as [done, in progress, todo, blocked, skipped]
describe('task formats of real kits', () => {
  it('counts a 300-row task table per phase and state, and agrees with its stated total', () => {
    const r = load('task-table-300.md')
    expect(r.extracted.tasks).toHaveLength(300)
    expect(r.extracted.tasks.every((t) => t.form === 'row')).toBe(true)
    for (const p of ['1', '2', '3', '4', '5']) expect(r.byPhase(p)).toEqual([30, 12, 12, 3, 3])
    expect(r.extracted.tasks[0]).toMatchObject({ id: 'T001', line: 11, column: 3, status: 'done' })
    expect(r.summaries).toEqual([])
    expect(r.checks).toEqual([])
  })

  it('reads tasks written as headings with status lines; their checkboxes are not tasks', () => {
    const r = load('heading-tasks.md')
    expect(r.extracted.tasks.map((t) => t.id)).toEqual([
      'T0.1',
      'T0.2',
      'T0.3',
      'T1.1',
      'T1.2',
      'T1.3',
      'T1.4',
      'T2.1',
      'T2.2',
      'T2.3',
    ])
    expect(r.byPhase('0')).toEqual([2, 0, 1, 0, 0])
    expect(r.byPhase('1')).toEqual([1, 2, 0, 1, 0])
    expect(r.byPhase('2')).toEqual([0, 0, 2, 0, 1])
    expect(r.extracted.findings).toEqual([])
    expect(r.summaries).toEqual([])
  })

  it('maps legend emoji to states, counts skipped and cancelled tasks, and keeps tasks under "Gated" and "Validation & Testing" phases', () => {
    const r = load('legend-emoji.md')
    expect(r.extracted.tasks.map((t) => t.id)).toEqual([
      'TASK-1',
      'TASK-2',
      'TASK-3',
      'TASK-4',
      '',
      '',
      'P2-T03',
      'P3-T01',
      'P3-T02',
      'P3-T03',
      'P3-T04',
    ])
    expect(r.byPhase('1')).toEqual([1, 1, 1, 1, 0])
    expect(r.byPhase('2')).toEqual([2, 0, 1, 0, 0])
    expect(r.byPhase('3')).toEqual([1, 0, 0, 1, 2])
    expect(r.extracted.findings).toEqual([])
    // the two tasks without ID are reported, the "Validation Checklist" items are not tasks
    expect(r.checks.map((f) => [f.ruleId, f.line])).toEqual([
      ['spec-kit/task-missing-id', 20],
      ['spec-kit/task-missing-id', 21],
    ])
    expect(r.summaries.map((f) => [f.line, f.message])).toEqual([
      [42, 'states 12 tasks, but test/fixtures/speckit/formats/legend-emoji.md counts 11 tasks: update the figure'],
    ])
  })

  it('reads a double-encoded copy as meant, with one notice and a repair command', () => {
    const r = load('double-encoded.md')
    expect(r.decoded.findings).toHaveLength(1)
    expect(r.decoded.findings[0]).toMatchObject({
      ruleId: 'spec-kit/double-encoded',
      level: 'notice',
      line: 5,
      column: 3,
      message: expect.stringMatching(
        /read as Mac Roman .*"✅" is written "‚úÖ".*iconv -f UTF-8 -t MACINTOSH double-encoded\.md/,
      ),
    })
    const clean = load('legend-emoji.md')
    expect(r.extracted.tasks.map((t) => [t.id, t.status])).toEqual(clean.extracted.tasks.map((t) => [t.id, t.status]))
    expect(r.byPhase('3')).toEqual([1, 0, 0, 1, 2])
  })

  it('compares status breakdowns with the counted tasks, showing both figures', () => {
    const text =
      '# Tasks\n\n- [x] T001 a\n- [ ] T002 b 🔄\n- [ ] T003 c\n\n## Summary\n\n- ✅ Complete: 2 (67%)\n- 🔄 In Progress: 1\n- Not started: 1\n'
    const doc = parseMarkdown({ path: 'tasks.md', role: 'tasks', text }).doc
    const ex = extractTasks(doc)
    const found = checkSummaries({ doc, tasksDoc: doc, tasks: ex.tasks, phases: ex.phases })
    expect(found.map((f) => f.message)).toEqual([
      'states 2 done (67%), but tasks.md counts 1/3 done (33.3%): update the figure',
    ])
  })
})
