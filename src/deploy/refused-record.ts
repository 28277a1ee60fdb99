import type { OpContext } from '../op/context.ts'
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
