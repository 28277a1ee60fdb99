import type { OpGuard } from '../../op/define-op.ts'
import type { PolicyDecision } from '../run-record.ts'
import type { Store } from '../store/store.ts'

/**
 * Rate limit and cooldown, as PDRs. Counted per op and scope in the store, so they hold
 * across processes and replicas that share the store.
 */
export async function checkRateGuards(facts: {
  op: string
  scope: string
  guard: OpGuard | undefined
  store: Store
  now: Date
  runId: string
}): Promise<PolicyDecision[]> {
  const out: PolicyDecision[] = []
  const at = facts.now.toISOString()
  if (facts.guard?.ratePerHour !== undefined) {
    // The run being decided is already recorded (queued), so it counts itself.
    const count = await facts.store.countRuns(facts.op, facts.scope, new Date(facts.now.getTime() - 3600_000))
    const ok = count <= facts.guard.ratePerHour
    out.push({
      rule: 'rate-limit',
      verdict: ok ? 'allow' : 'deny',
      reason: ok
        ? `${count} of ${facts.guard.ratePerHour} runs this hour for ${facts.scope}`
        : `rate limit: ${count - 1} runs of ${facts.op} for ${facts.scope} in the last hour, at most ${facts.guard.ratePerHour} allowed`,
      inputs: { scope: facts.scope, count, limit: facts.guard.ratePerHour },
      at,
    })
  }
  if (facts.guard?.cooldownS !== undefined) {
    const last = await facts.store.lastEndedAt(facts.op, facts.scope)
    const waitS = last ? Math.ceil((last.getTime() + facts.guard.cooldownS * 1000 - facts.now.getTime()) / 1000) : 0
    out.push({
      rule: 'cooldown',
      verdict: waitS > 0 ? 'deny' : 'allow',
      reason:
        waitS > 0
          ? `cooldown: ${facts.op} for ${facts.scope} ran at ${last!.toISOString()}; wait ${waitS}s more`
          : `no run of ${facts.op} for ${facts.scope} within ${facts.guard.cooldownS}s`,
      inputs: { scope: facts.scope, lastEndedAt: last?.toISOString(), cooldownS: facts.guard.cooldownS },
      at,
    })
  }
  return out
}
