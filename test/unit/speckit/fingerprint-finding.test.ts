import { describe, expect, it } from 'vitest'
import { fingerprintFinding } from '../../../src/speckit/fingerprint-finding.ts'
import { makeFinding } from '../../../src/speckit/make-finding.ts'

const f = (line: number, message: string, path = 'spec/a/tasks.md') =>
  makeFinding({ rule: 'spec-kit/duplicate-task-id', path, line, message })

describe('fingerprintFinding', () => {
  it('stays the same when the finding moves', () => {
    expect(fingerprintFinding(f(9, 'T2 is used again (first at line 4)'))).toBe(
      fingerprintFinding(f(19, 'T2 is used again (first at line 14)')),
    )
  })
  it('differs by content, rule and file', () => {
    const base = fingerprintFinding(f(9, 'T2 is used again (first at line 4)'))
    expect(fingerprintFinding(f(9, 'T3 is used again (first at line 4)'))).not.toBe(base)
    expect(fingerprintFinding(f(9, 'T2 is used again (first at line 4)', 'spec/b/tasks.md'))).not.toBe(base)
    expect(
      fingerprintFinding({ ...f(9, 'T2 is used again (first at line 4)'), ruleId: 'spec-kit/task-id-order' }),
    ).not.toBe(base)
    expect(base).toMatch(/^[0-9a-f]{16}$/)
  })
})
