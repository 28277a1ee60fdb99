import { z } from 'zod'
import { allOps } from '../../ops/registry.ts'
import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import { formatsOf } from '../render-report.ts'
import { UsageError } from '../usage-error.ts'

/** `oda ops`: every op with its summary; `--format json` adds the JSON Schema of each input. */
export function opsCommand(o: { args: readonly string[]; options: GlobalOptions; io: CliIo }): number {
  if (o.options.help) {
    o.io.out(
      'usage: oda ops [--format text|json]\n\nLists every operation; --format json adds the JSON Schema of each input.\n',
    )
    return 0
  }
  if (o.args.length > 0) throw new UsageError(`oda ops takes no arguments, got: ${o.args.join(' ')}`)
  const ops = allOps()
  if (o.options.format === 'json') {
    const list = ops.map((op) => ({
      name: op.name,
      command: `oda ${op.name.replaceAll('.', ' ')}`,
      summary: op.summary,
      check: op.check ? `oda / ${op.check.name}` : undefined,
      sideEffects: op.sideEffects ?? false,
      formats: formatsOf(op),
      input: z.toJSONSchema(op.input, { io: 'input', unrepresentable: 'any' }),
    }))
    o.io.out(JSON.stringify(list, null, 2) + '\n')
  } else if (o.options.format === 'text') {
    const width = Math.max(...ops.map((op) => op.name.length)) + 2
    for (const op of ops)
      o.io.out(`${op.name.padEnd(width)}${op.summary}${op.check ? `  [check: oda / ${op.check.name}]` : ''}\n`)
  } else throw new UsageError(`oda ops prints text or json, not "${o.options.format}"`)
  return 0
}
