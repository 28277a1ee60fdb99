import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../src/op/report.ts'
import { capFindings, MAX_FINDINGS_PER_RULE_AND_FILE } from '../../../src/speckit/cap-findings.ts'

const finding = (line: number, level: Finding['level'] = 'warning', path = 'a.md'): Finding => ({
  path,
  line,
  level,
  ruleId: 'spec-kit/task-dependency',
  title: 'spec-kit/task-dependency',
  message: `m${line}`,
})

describe('capFindings', () => {
  it('keeps up to the limit per rule and file untouched', () => {
    const list = Array.from({ length: MAX_FINDINGS_PER_RULE_AND_FILE }, (_, i) => finding(i + 1))
    expect(capFindings(list)).toEqual(list)
  })

  it('replaces the rest by one finding with the count, the first left-out line and the highest level', () => {
    const list = Array.from({ length: MAX_FINDINGS_PER_RULE_AND_FILE + 3 }, (_, i) =>
      finding(i + 1, i === MAX_FINDINGS_PER_RULE_AND_FILE + 2 ? 'failure' : 'warning'),
    )
    list.push(finding(7, 'notice', 'b.md'))
    const out = capFindings(list)
    expect(out).toHaveLength(MAX_FINDINGS_PER_RULE_AND_FILE + 2)
    expect(out.at(-1)).toMatchObject({
      path: 'a.md',
      line: MAX_FINDINGS_PER_RULE_AND_FILE + 1,
      level: 'failure',
      message: expect.stringMatching(/^3 more task-dependency findings in a\.md are not listed/),
      properties: { omitted: 3 },
    })
  })

  it('says "1 more finding ... is" for one', () => {
    const list = Array.from({ length: MAX_FINDINGS_PER_RULE_AND_FILE + 1 }, (_, i) => finding(i + 1))
    expect(capFindings(list).at(-1)!.message).toMatch(/^1 more task-dependency finding in a\.md is not listed/)
  })
})
