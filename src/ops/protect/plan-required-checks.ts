import { CHECK_RUN_PREFIX } from '../../github/check-run-name.ts'

/** One entry of a `required_status_checks` rule, as the rulesets API spells it. */
export interface StatusCheck {
  context: string
  integration_id?: number
}

/** What `oda protect` changes in the required checks. */
export interface RequiredChecksPlan {
  /** The oda checks to start requiring. */
  add: string[]
  /** oda checks required now that the configuration no longer enables. */
  remove: string[]
  /** The complete list to write: other tools' checks untouched, in their order. */
  next: StatusCheck[]
}

/**
 * The required checks after protecting: every `wanted` oda check present, oda checks the
 * configuration turned off dropped, every check oda does not own (`ci / build`) kept as it is.
 * Pure: the current list in, the plan out.
 */
export function planRequiredChecks(current: readonly StatusCheck[], wanted: readonly string[]): RequiredChecksPlan {
  const want = new Set(wanted)
  const isOda = (c: StatusCheck) => c.context.startsWith(CHECK_RUN_PREFIX)
  const remove = current.filter((c) => isOda(c) && !want.has(c.context)).map((c) => c.context)
  const kept = current.filter((c) => !isOda(c) || want.has(c.context))
  const have = new Set(kept.map((c) => c.context))
  const add = wanted.filter((w) => !have.has(w))
  return { add, remove, next: [...kept, ...add.map((context) => ({ context }))] }
}
