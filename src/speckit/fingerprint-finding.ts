import { createHash } from 'node:crypto'
import type { Finding } from '../op/report.ts'

/**
 * A fingerprint that survives edits elsewhere in the file: rule, path and the message with
 * its line references removed, hashed. Moving a problem keeps its fingerprint.
 */
export function fingerprintFinding(f: Finding): string {
  const content = f.message.replace(/\blines? \d+(?:, \d+)*/g, 'line')
  return createHash('sha256').update(`${f.ruleId}\0${f.path}\0${content}`).digest('hex').slice(0, 16)
}
