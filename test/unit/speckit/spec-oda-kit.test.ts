import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { specKitReportOp } from '../../../src/ops/spec-kit-report/index.ts'
import { specKitValidateOp } from '../../../src/ops/spec-kit-validate/index.ts'

// This project's own kit is validated by its own validator, as CI does.
describe('spec/oda', () => {
  const ctx = createOpContext({ cwd: process.cwd() })

  it('passes spec-kit.validate with zero failure findings', async () => {
    const r = await specKitValidateOp.run(ctx, specKitValidateOp.input.parse({ paths: ['spec/oda'] }))
    expect(r.findings.filter((f) => f.level === 'failure')).toEqual([])
    expect(r.conclusion).toBe('success')
    expect(r.data).toMatchObject({
      kits: [
        {
          layout: 'four-file',
          root: 'spec/oda',
          files: [{ state: 'ok' }, { state: 'ok' }, { state: 'ok' }, { state: 'ok' }],
        },
      ],
    })
  })

  it('has tasks in every phase of the plan', async () => {
    const r = await specKitReportOp.run(ctx, specKitReportOp.input.parse({ paths: ['spec/oda'] }))
    const data = r.data as { tables: { rows: { phase: string; total: number }[] }[] }
    expect(data.tables[0]!.rows.map((row) => row.phase)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(data.tables[0]!.rows.every((row) => row.total > 0)).toBe(true)
  })
})
