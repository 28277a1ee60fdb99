import type { OpContext } from '../op/context.ts'
import type { DeploymentLog, LockInfo } from './ports.ts'

/**
 * Ends what a deploy left behind when its process died (kill -9, a lost machine): its lock's
 * lease expired without a release, so nothing will ever finish its GitHub Deployments or its
 * run. Called by the run that takes the expired lock over: every Deployment that run created
 * and never ended gets `error`, and its run record (when this face's store has it) `failed`.
 * Best effort: a failure here is logged, never a reason to refuse the new deploy.
 */
export async function closeAbandoned(o: {
  ctx: OpContext
  deployments: DeploymentLog
  expired: LockInfo
}): Promise<{ deployments: number[]; run: boolean }> {
  const { ctx, expired } = o
  const reason = `abandoned: run ${expired.runId} stopped without finishing (its lock on ${expired.environment} expired at ${expired.expiresAt}); run ${ctx.runId} took the lock over`
  const closed: number[] = []
  try {
    for (const d of await o.deployments.history(expired.environment, 30)) {
      if (d.runId !== expired.runId || d.ended !== false) continue
      await o.deployments.setStatus(d.id, {
        state: 'error',
        logUrl: expired.runUrl,
        // GitHub caps a status description at 140 characters.
        description: `abandoned: the run stopped without finishing (lock expired)`,
      })
      closed.push(d.id)
    }
  } catch (error) {
    ctx.log.warn({ err: String(error), runId: expired.runId }, 'could not mark the abandoned deployments')
  }
  const run = (await ctx.ports.runs?.markAbandoned(expired.runId, reason).catch(() => false)) ?? false
  ctx.log.warn({ runId: expired.runId, deployments: closed, run }, reason)
  return { deployments: closed, run }
}
