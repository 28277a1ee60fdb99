import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { inputEnvName, readActionInputs } from '../../../src/action/action-io.ts'
import { defineOp } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'

const op = defineOp({
  name: 'demo.io',
  summary: 'demo',
  input: z.object({
    command: z.array(z.string()).default([]),
    dryRun: z.boolean().default(false),
    depth: z.number().default(1),
    dir: z.string().default('.'),
  }),
  run: async () => makeReport({ conclusion: 'success', title: 'ok' }),
})

describe('readActionInputs', () => {
  it('reads INPUT_* with dashes written as underscores and converts by kind', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY_RUN')
    expect(readActionInputs(op, { INPUT_DRY_RUN: 'true', INPUT_DEPTH: '3', INPUT_DIR: 'addons' })).toEqual({
      dryRun: true,
      depth: 3,
      dir: 'addons',
    })
  })

  it('treats empty inputs as not given, as GitHub passes them', () => {
    expect(readActionInputs(op, { INPUT_DIR: '', INPUT_DEPTH: '  ' })).toEqual({})
  })

  it('takes one list item per line and keeps commas inside an item', () => {
    expect(
      readActionInputs(op, { INPUT_COMMAND: 'odoo\n--addons-path=/mnt/extra-addons,/usr/lib/odoo/addons\n' }),
    ).toEqual({ command: ['odoo', '--addons-path=/mnt/extra-addons,/usr/lib/odoo/addons'] })
  })

  it('splits a single-line list on commas', () => {
    expect(readActionInputs(op, { INPUT_COMMAND: 'a, b,c' })).toEqual({ command: ['a', 'b', 'c'] })
  })

  it('passes malformed values through for the op schema to reject with a clear message', () => {
    const raw = readActionInputs(op, { INPUT_DRY_RUN: 'maybe', INPUT_DEPTH: 'deep' })
    expect(raw).toEqual({ dryRun: 'maybe', depth: 'deep' })
    expect(op.input.safeParse(raw).success).toBe(false)
  })
})
