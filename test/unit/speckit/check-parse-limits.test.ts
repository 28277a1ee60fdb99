import { describe, expect, it } from 'vitest'
import { checkParseLimits } from '../../../src/speckit/check-parse-limits.ts'

describe('checkParseLimits', () => {
  it('lets ordinary documents through, including long task lists', () => {
    const list = Array.from({ length: 5000 }, (_, i) => `- [ ] T${i + 1} [P] [US1] **bold** _em_ x`).join('\n')
    expect(checkParseLimits('t.md', `# T\n\n${list}\n`)).toBeUndefined()
    expect(checkParseLimits('t.md', '    - nested\n'.repeat(10))).toBeUndefined()
  })
  it('refuses deep indentation and deep block quotes at their line', () => {
    expect(checkParseLimits('t.md', `# T\n${' '.repeat(121)}- x\n`)).toMatchObject({
      ruleId: 'spec-kit/invalid-markdown',
      line: 2,
    })
    expect(checkParseLimits('t.md', `${'> '.repeat(51)}x\n`)).toMatchObject({ line: 1 })
  })
  it('refuses a paragraph with a bracket or emphasis storm, at the paragraph start', () => {
    expect(checkParseLimits('t.md', `# T\n\nintro\n${'['.repeat(2001)}\n`)).toMatchObject({
      line: 3,
      message: expect.stringContaining('"["'),
    })
    expect(checkParseLimits('t.md', `# T\n\n${'*a '.repeat(20_001)}\n`)).toMatchObject({ line: 3 })
  })
})
