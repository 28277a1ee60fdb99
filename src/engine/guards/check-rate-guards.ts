import type { OpGuard } from '../../op/define-op.ts'
import type { PolicyDecision } from '../run-record.ts'
import type { Store } from '../store/store.ts'

/**
 * Rate limit and cooldown, as PDRs. Counted per op and scope in the store, so they hold
 * across processes and replicas that share the store.
 */
export async function checkRateGuards(o: {
  op: string
  scope: string
  guard: OpGuard | undefined
  store: Store
  now: Date
  runId: string
}): Promise<PolicyDecision[]> {
  const out: PolicyDecision[] = []
  const at = o.now.toISOString()
  if (o.guard?.ratePerHour !== undefined) {
    // The run being decided is already recorded (queued), so it counts itself.
    const count = await o.store.countRuns(o.op, o.scope, new Date(o.now.getTime() - 3600_000))
    const ok = count <= o.guard.ratePerHour
    out.push({
      rule: 'rate-limit',
      verdict: ok ? 'allow' : 'deny',
      reason: ok
        ? `${count} of ${o.guard.ratePerHour} runs this hour for ${o.scope}`
        : `rate limit: ${count - 1} runs of ${o.op} for ${o.scope} in the last hour, at most ${o.guard.ratePerHour} allowed`,
      inputs: { scope: o.scope, count, limit: o.guard.ratePerHour },
      at,
    })
  }
  if (o.guard?.cooldownS !== undefined) {
    const last = await o.store.lastEndedAt(o.op, o.scope)
    const waitS = last ? Math.ceil((last.getTime() + o.guard.cooldownS * 1000 - o.now.getTime()) / 1000) : 0
    out.push({
      rule: 'cooldown',
      verdict: waitS > 0 ? 'deny' : 'allow',
      reason:
        waitS > 0
          ? `cooldown: ${o.op} for ${o.scope} ran at ${last!.toISOString()}; wait ${waitS}s more`
          : `no run of ${o.op} for ${o.scope} within ${o.guard.cooldownS}s`,
      inputs: { scope: o.scope, lastEndedAt: last?.toISOString(), cooldownS: o.guard.cooldownS },
      at,
    })
  }
  return out
}
