import { describe, expect, it } from 'vitest'
import { makeFinding } from '../../../src/speckit/make-finding.ts'
import { renderFindingsSummary } from '../../../src/speckit/render-findings-summary.ts'

const kits = [
  {
    kit: { layout: 'four-file' as const, root: 'spec/a', docs: [] },
    files: [],
    tasks: [],
    phases: [],
    tasksPath: undefined,
  },
]

describe('renderFindingsSummary', () => {
  it('says there are no findings', () => {
    expect(renderFindingsSummary(kits, [])).toBe('**Kits checked:** `spec/a` (four-file)\n\nNo findings.')
  })
  it('counts per rule and lists findings grouped by rule and file', () => {
    const out = renderFindingsSummary(kits, [
      makeFinding({
        rule: 'spec-kit/empty-section',
        path: 'spec/a/prd.md',
        line: 3,
        column: 1,
        message: 'section "X" is empty',
      }),
      makeFinding({ rule: 'spec-kit/duplicate-task-id', path: 'spec/a/tasks.md', line: 9, message: 'T2 <again>' }),
      makeFinding({ rule: 'spec-kit/empty-section', path: 'spec/a/plan.md', line: 5, message: 'section "Y" is empty' }),
    ])
    expect(out).toContain('| `spec-kit/empty-section` | 0 | 2 | 0 |')
    expect(out).toContain('| `spec-kit/duplicate-task-id` | 1 | 0 | 0 |')
    expect(out).toContain(
      '### `spec-kit/empty-section` (2)\n\n- `spec/a/prd.md`\n  - 3:1 warning: section "X" is empty\n- `spec/a/plan.md`',
    )
    expect(out).toContain('T2 &lt;again>')
  })
  it('stays under the check-run summary limit and says how many findings were left out', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      makeFinding({
        rule: 'spec-kit/template-placeholder',
        path: 'spec/a/tasks.md',
        line: i + 1,
        message: 'placeholder [X] left from the template: replace it with real content',
      }),
    )
    const out = renderFindingsSummary(kits, many)
    expect(out.length).toBeLessThan(65_535)
    expect(out).toMatch(/_\d+ more findings are not shown here/)
  })
})
