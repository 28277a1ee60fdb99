import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { renderSarif } from '../../../../src/face/render/render-sarif.ts'
import { defineOp } from '../../../../src/op/define-op.ts'
import { makeReport } from '../../../../src/op/report.ts'

const op = defineOp({
  name: 'demo.check',
  summary: 'demo',
  input: z.object({}),
  check: { name: 'demo', input: () => ({}) },
  rules: [{ id: 'demo/a', description: 'A is wrong' }],
  run: async () => makeReport({ conclusion: 'success', title: 'ok' }),
})

describe('renderSarif', () => {
  it('gives one run per check with each rule once, described from the op rule list', () => {
    const report = makeReport({
      conclusion: 'failure',
      title: 'x',
      findings: [
        { path: 'a.md', line: 3, level: 'failure', ruleId: 'demo/a', message: 'first' },
        { path: 'b.md', line: 1, level: 'warning', ruleId: 'demo/a', message: 'second' },
        { path: 'b.md', line: 9, level: 'notice', ruleId: 'demo/b', message: 'third', title: 'B title' },
      ],
    })
    const log = JSON.parse(renderSarif(op, report)) as {
      version: string
      runs: {
        tool: { driver: { rules: { id: string; shortDescription?: { text: string } }[] } }
        results: { ruleId: string; level: string }[]
      }[]
    }
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const rules = log.runs[0]!.tool.driver.rules
    expect(rules.map((r) => r.id)).toEqual(['demo/a', 'demo/b'])
    expect(JSON.stringify(rules)).toContain('A is wrong')
    expect(JSON.stringify(rules)).toContain('B title')
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['demo/a', 'error'],
      ['demo/a', 'warning'],
      ['demo/b', 'note'],
    ])
  })
})
