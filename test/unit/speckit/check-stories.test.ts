import { describe, expect, it } from 'vitest'
import { checkStories } from '../../../src/speckit/check-stories.ts'
import { extractStories } from '../../../src/speckit/extract-stories.ts'
import { extractTasks } from '../../../src/speckit/extract-tasks.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

const specText = md('# Spec', '', '### User Story 1 - Log in (Priority: P1)', 'x', '', '### US2: Reset password', 'y')

function check(...taskLines: string[]) {
  const spec = parseDoc(specText, 'spec')
  const tasksDoc = parseDoc(md('# Tasks', '', ...taskLines), 'tasks')
  const t = extractTasks(tasksDoc)
  return checkStories({ spec, stories: extractStories(spec), tasksDoc, tasks: t.tasks, phases: t.phases })
}

describe('checkStories', () => {
  it('reads stories from both heading styles', () => {
    expect(extractStories(parseDoc(specText, 'spec')).map((s) => [s.number, s.title, s.line])).toEqual([
      [1, 'Log in', 3],
      [2, 'Reset password', 6],
    ])
  })
  it('accepts tasks covering every story by marker or by story phase', () => {
    expect(check('- [ ] T001 [US1] a', '', '## Phase 2: User Story 2 - Reset', '', '- [ ] T002 b')).toEqual([])
  })
  it('reports a [USn] marker and a story phase for undeclared stories', () => {
    const f = check(
      '- [ ] T001 [US1] a',
      '- [ ] T002 [US2] b',
      '- [ ] T003 [US7] c',
      '',
      '## Phase 3: User Story 9 - Ghost',
      '',
      '- [ ] T004 d',
    )
    expect(f.map((x) => [x.ruleId, x.path, x.line])).toEqual([
      ['spec-kit/unknown-story', 'spec/kit/tasks.md', 7],
      ['spec-kit/unknown-story', 'spec/kit/tasks.md', 5],
    ])
    expect(f[1]!.message).toContain('[US7], but spec/kit/spec.md declares US1, US2')
  })
  it('reports once, at the first marked task, when the spec declares no story heading', () => {
    const spec = parseDoc(md('# Spec', '', 'Stories are listed in the wiki.'), 'spec')
    const tasksDoc = parseDoc(
      md('# Tasks', '', '## Phase 1: User Story 1 - A', '', '- [ ] T001 a', '- [ ] T002 [US1] b', '- [ ] T003 [US2] c'),
      'tasks',
    )
    const t = extractTasks(tasksDoc)
    const f = checkStories({ spec, stories: extractStories(spec), tasksDoc, tasks: t.tasks, phases: t.phases })
    expect(f.map((x) => [x.ruleId, x.line])).toEqual([['spec-kit/unknown-story', 6]])
    expect(f[0]!.message).toContain('write each story as a heading "### User Story N - Title"')
  })
  it('reads localised story headings', () => {
    const spec = parseDoc(md('# 规格', '', '### 用户故事 1 — 添加数据库连接（优先级：P1）', 'x'), 'spec')
    expect(extractStories(spec).map((s) => [s.number, s.title])).toEqual([[1, '添加数据库连接']])
  })
  it('reports a story without any task at the story heading', () => {
    expect(check('- [ ] T001 [US1] a').map((x) => [x.ruleId, x.path, x.line])).toEqual([
      ['spec-kit/story-without-task', 'spec/kit/spec.md', 6],
    ])
  })
})
