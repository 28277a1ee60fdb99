import type { Op } from '../op/define-op.ts'
import { InputError } from './errors.ts'

/**
 * The op's input parsed with its schema, or InputError (nothing runs). `runOp` parses again;
 * faces call this first when they must ask something costly (GitHub, a lock) only for good input.
 */
export function parseOpInput(op: Op, rawInput: unknown): unknown {
  const parsed = op.input.safeParse(rawInput)
  if (!parsed.success) throw InputError.fromZod(op.name, parsed.error)
  return parsed.data
}
