import { randomBytes } from 'node:crypto'

/** Time-ordered, URL-safe run id: sorts by creation time, unique across processes. */
export function newRunId(now: Date = new Date()): string {
  return `r${now.getTime().toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`
}
