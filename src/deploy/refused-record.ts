import type { OpContext } from '../op/context.ts'
import type { Report } from '../op/report.ts'
import { DeployError } from './deploy-error.ts'
import { renderReleaseReport } from './render-release-report.ts'
import type { ReleaseRecord } from './release-record.ts'
import { runUrlOf, triggerOf } from './describe-run.ts'

/** The record of a release refused before anything ran (bad ref, unknown environment...). */
export function refusedRecord(
  ctx: OpContext,
  o: { kind: ReleaseRecord['kind']; environment: string; ref: string; failure: string },
): ReleaseRecord {
  return {
    schemaVersion: 1,
    kind: o.kind,
    outcome: 'refused',
    environment: o.environment,
    actor: ctx.actor,
    trigger: triggerOf(ctx),
    runUrl: runUrlOf(ctx),
    ref: o.ref,
    refName: '',
    sha: '',
    tree: '',
    configDigest: '',
    target: '',
    steps: [],
    failure: ctx.redact.redact(o.failure),
  }
}

/**
 * What a deploy or rollback reports when it fails before anything ran: a refused release for
 * an error of the release itself (DeployError, an unreachable target); usage errors (exit 2)
 * and anything unexpected are thrown on to the face.
 */
export function refusalReport(
  ctx: OpContext,
  o: { kind: ReleaseRecord['kind']; environment: string; ref: string },
  error: unknown,
): Report {
  if (!(error instanceof DeployError) && (error as Error).name !== 'TargetError') throw error
  if (error instanceof DeployError && error.usage) throw error
  return renderReleaseReport(refusedRecord(ctx, { ...o, failure: (error as Error).message }))
}
