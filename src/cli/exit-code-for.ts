import type { RunRecord } from '../engine/run-record.ts'
import { ExitCode } from './exit-codes.ts'

/** 0 when the run passed, 3 when oda itself crashed, else 1 (problems, denial, timeout). */
export function exitCodeFor(record: RunRecord): ExitCode {
  if (record.state === 'succeeded') return ExitCode.ok
  const denied = record.pdrs.some((d) => d.verdict === 'deny')
  if (record.state === 'failed' && record.error !== undefined && !denied) return ExitCode.internal
  return ExitCode.failed
}
