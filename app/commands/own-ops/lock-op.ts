import type { DeployLock } from '../../../src/deploy/ports.ts'
import { lockInputSchema } from '../../../src/commands/command-specs.ts'
import { defineOp, type Op } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'
import { describeLock } from '../command-rules.ts'

/**
 * `/lock <env>`: a sticky lock on `refs/oda/locks/<env>` (the deploy lock ref), owned by this
 * PR, with a reason and an expiry. Locking again from the same PR renews it. Deploys from any
 * other PR, Actions and the CLI are then refused until `/unlock`, the expiry or the PR closing.
 */
export function lockOp(o: { lock: DeployLock; lockId: string; issueUrl: string }): Op {
  return defineOp({
    name: 'command.lock',
    summary: 'Locks an environment for this pull request',
    input: lockInputSchema,
    sideEffects: true,
    run: async (ctx, input) => {
      const unit = input.for.slice(-1)
      const ms = Number(input.for.slice(0, -1)) * (unit === 'm' ? 60_000 : unit === 'h' ? 3_600_000 : 86_400_000)
      const now = ctx.now()
      const info = {
        environment: input.environment,
        owner: ctx.actor,
        runId: o.lockId,
        runUrl: o.issueUrl,
        reason: ctx.redact.redact(input.reason),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + ms).toISOString(),
      }
      const attempt = await ctx.step('take lock', async () => {
        const current = await o.lock.read(input.environment)
        if (current?.runId === o.lockId) await o.lock.release(input.environment, o.lockId)
        return o.lock.acquire(info)
      })
      if (!attempt.acquired)
        return makeReport({
          conclusion: 'failure',
          title: `${input.environment} is locked by ${describeLock(attempt.holder)}`,
        })
      return makeReport({
        conclusion: 'success',
        title: `${input.environment} locked until ${info.expiresAt}`,
        summary: `Reason: ${info.reason}. Release it with \`/unlock ${input.environment}\`; closing or merging this pull request releases it too.`,
        data: { lock: info },
      })
    },
  })
}
