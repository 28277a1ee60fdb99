import { didYouMean } from '../config/did-you-mean.ts'
import type { Op } from '../op/define-op.ts'
import { UsageError } from './usage-error.ts'

/** Finds the op named by the leading words (`manifest verify x` -> manifest.verify, args [x]). */
export function resolveOp(
  ops: readonly Op[],
  words: readonly string[],
  commands: readonly string[],
): { op: Op; args: string[] } {
  // Longest match first so `spec-kit report` wins over a hypothetical `spec-kit`.
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const name = words.slice(0, n).join('.')
    const op = ops.find((o) => o.name === name)
    if (op) return { op, args: words.slice(n) }
  }
  const first = words[0] ?? ''
  const family = ops.filter((o) => o.name.split('.')[0] === first)
  if (family.length > 0) {
    throw new UsageError(
      `"oda ${first}" needs a subcommand: ${family.map((o) => o.name.split('.').slice(1).join(' ')).join(', ')}`,
    )
  }
  const names = [...commands, ...new Set(ops.map((o) => o.name.split('.')[0]!))]
  const hint = didYouMean(first, names)
  throw new UsageError(
    `unknown command "${first}"${hint ? `; did you mean "${hint}"?` : ''}`,
    'run "oda --help" for the list of commands',
  )
}
