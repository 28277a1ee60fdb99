import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseOpArgs } from '../../../src/cli/parse-op-args.ts'
import { UsageError } from '../../../src/cli/usage-error.ts'
import { defineOp } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'

const op = defineOp({
  name: 'demo.run',
  summary: 'demo',
  positional: ['dir', 'extra'],
  input: z.object({
    dir: z.string().default('.').describe('folder'),
    extra: z.array(z.string()).default([]).describe('more folders'),
    dryRun: z.boolean().default(false).describe('plan only'),
    maxFindings: z.number().default(10).describe('cap'),
    level: z.enum(['notice', 'warning', 'failure']).default('failure').describe('threshold'),
    meta: z.record(z.string(), z.string()).optional().describe('json'),
  }),
  run: async () => makeReport({ conclusion: 'success', title: 'ok' }),
})

describe('parseOpArgs', () => {
  it('maps kebab-case flags to camelCase keys and converts by kind', () => {
    expect(parseOpArgs(op, ['--dry-run', '--max-findings', '5', '--level=warning', '--meta', '{"a":"b"}'])).toEqual({
      dryRun: true,
      maxFindings: 5,
      level: 'warning',
      meta: { a: 'b' },
    })
  })

  it('fills positional slots in order and gives the rest to a trailing list', () => {
    expect(parseOpArgs(op, ['repo', 'a', 'b'])).toEqual({ dir: 'repo', extra: ['a', 'b'] })
  })

  it('supports --no-<flag> for booleans and explicit values', () => {
    expect(parseOpArgs(op, ['--no-dry-run'])).toEqual({ dryRun: false })
    expect(parseOpArgs(op, ['--dry-run=false'])).toEqual({ dryRun: false })
  })

  it('collects repeated list flags', () => {
    expect(parseOpArgs(op, ['--extra', 'a', '--extra', 'b'])).toEqual({ extra: ['a', 'b'] })
  })

  it('rejects unknown flags with a suggestion', () => {
    expect(() => parseOpArgs(op, ['--dry-rn'])).toThrow(UsageError)
    expect(() => parseOpArgs(op, ['--dry-rn'])).toThrow(
      'unknown option --dry-rn for "oda demo run"; did you mean --dry-run?',
    )
  })

  it('rejects malformed values and missing values', () => {
    expect(() => parseOpArgs(op, ['--max-findings', 'ten'])).toThrow(/--max-findings expects a number, got "ten"/)
    expect(() => parseOpArgs(op, ['--max-findings'])).toThrow(/--max-findings needs a value/)
    expect(() => parseOpArgs(op, ['--dry-run=maybe'])).toThrow(/expects true or false/)
    expect(() => parseOpArgs(op, ['--meta', '{nope'])).toThrow(/--meta expects JSON/)
    expect(() => parseOpArgs(op, ['--level', 'a', '--level', 'b'])).toThrow(/given twice/)
  })

  it('rejects positional arguments an op does not take', () => {
    const bare = defineOp({ ...op, name: 'demo.bare', positional: undefined })
    expect(() => parseOpArgs(bare, ['x'])).toThrow(/takes no positional arguments/)
  })
})
