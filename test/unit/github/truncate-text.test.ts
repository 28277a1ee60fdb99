import { describe, expect, it } from 'vitest'
import { makeReport } from '../../../src/op/report.ts'
import { renderCheckOutput } from '../../../src/github/render-check-output.ts'
import { truncateChars, truncateUtf8 } from '../../../src/github/truncate-text.ts'

describe('truncateChars and truncateUtf8', () => {
  it('leaves short text alone and never splits a surrogate pair', () => {
    expect(truncateChars('abc', 3)).toBe('abc')
    const cut = truncateChars('a😀😀😀', 4)
    expect(cut).toBe('a😀…')
    expect(cut.length).toBeLessThanOrEqual(4)
  })

  it('cuts by UTF-8 bytes, not characters', () => {
    const cut = truncateUtf8('éééé', 6)
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(6)
    expect(cut).toBe('é…') // the marker itself takes 3 of the 6 bytes
  })
})

describe('renderCheckOutput with an oversized op summary', () => {
  it("cuts the op's own summary too, keeping the closing line within 65,535 characters", () => {
    const report = makeReport({
      conclusion: 'failure',
      title: 't',
      summary: 'y'.repeat(100_000),
      findings: [{ path: 'a', line: 1, level: 'failure', ruleId: 'r', message: 'm' }],
    })
    const out = renderCheckOutput({ report, fullListAt: 'the evidence pack', annotated: 1 })
    expect(out.summary.length).toBeLessThanOrEqual(65_535)
    expect(out.summary).toMatch(
      /_1 of 1 findings are left out of this table \(size limit\); the full list is in the evidence pack\._$/,
    )
  })
})
