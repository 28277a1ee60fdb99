import type { LockInfo } from './ports.ts'
import { lockInfoSchema } from './lock-info-schema.ts'

const HEADER = 'oda-lock v1'

/** Lock info as the message of the git tag object a lock ref points to: a header line, then JSON. */
export function encodeLock(info: LockInfo): string {
  return `${HEADER}\n\n${JSON.stringify(info, null, 2)}\n`
}

/** Reads lock info back; undefined when the message is not an oda lock (never trusted blindly). */
export function decodeLock(message: string): LockInfo | undefined {
  if (!message.startsWith(HEADER)) return undefined
  try {
    const parsed = lockInfoSchema.safeParse(JSON.parse(message.slice(HEADER.length)))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Whether a lock's lease has run out at `now`. */
export function isLockExpired(info: LockInfo, now: Date): boolean {
  const t = Date.parse(info.expiresAt)
  return Number.isNaN(t) || t <= now.getTime()
}

/** "locked by <run>" text used by every face. */
export function describeHolder(info: LockInfo): string {
  return `environment ${info.environment} is locked by ${info.runUrl} (${info.owner}, "${info.reason}", until ${info.expiresAt})`
}
