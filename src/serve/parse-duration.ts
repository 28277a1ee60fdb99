import { ApiKeyInputError } from './api-keys.ts'

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `90s`, `45m`, `12h`, `30d` in milliseconds (at most ten years), or ApiKeyInputError naming `what`. */
export function parseDuration(text: string, what: string): number {
  const m = /^(\d{1,6})([smhd])$/.exec(text)
  const ms = m ? Number(m[1]) * UNIT_MS[m[2]!]! : NaN
  if (!(ms > 0) || ms > 3650 * UNIT_MS['d']!)
    throw new ApiKeyInputError(`${what} ${JSON.stringify(text)}: expected a duration such as 90s, 45m, 12h or 30d`)
  return ms
}
