import type { DeployLock } from '../../../src/deploy/ports.ts'
import { unlockInputSchema } from '../../../src/commands/command-specs.ts'
import { defineOp, type Op } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'

/** `/unlock <env>`: releases the environment's lock (the policy checked it is this PR's, or maintain permission). */
export function unlockOp(o: { lock: DeployLock; judged: string | undefined }): Op {
  return defineOp({
    name: 'command.unlock',
    summary: "Releases an environment's lock",
    input: unlockInputSchema,
    sideEffects: true,
    run: async (ctx, input) => {
      const held = await ctx.step('read lock', () => o.lock.read(input.environment))
      if (!held) return makeReport({ conclusion: 'neutral', title: `${input.environment} was not locked` })
      // The policy judged the holder it read before; a lock that changed hands since is not released blindly.
      if (held.runId !== o.judged)
        return makeReport({
          conclusion: 'failure',
          title: `the lock on ${input.environment} changed hands: look again with /locks`,
        })
      await ctx.step('release lock', () => o.lock.release(input.environment, held.runId))
      return makeReport({ conclusion: 'success', title: `${input.environment} unlocked` })
    },
  })
}
