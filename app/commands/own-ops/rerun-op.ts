import { rerunInputSchema } from '../../../src/commands/command-specs.ts'
import { defineOp, type Op } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'

/**
 * `/rerun [check...]`: queues oda's checks of the PR head again, like the Re-run button; the
 * check runs show the outcome. `queue` gets the check job and answers whether it was new.
 */
export function rerunOp(o: {
  known: readonly string[]
  queue: (checks: string[]) => Promise<{ created: boolean; sha: string } | undefined>
}): Op {
  return defineOp({
    name: 'command.rerun',
    summary: "Runs the pull request's checks again",
    input: rerunInputSchema,
    sideEffects: true,
    run: async (ctx, input) => {
      const unknown = input.checks.filter((c) => !o.known.includes(c))
      if (unknown.length > 0)
        return makeReport({
          conclusion: 'failure',
          title: `unknown check(s): ${unknown.join(', ')}`,
          summary: `Checks enabled here: ${o.known.join(', ') || 'none'}.`,
        })
      const queued = await ctx.step('queue checks', () => o.queue(input.checks))
      if (!queued) return makeReport({ conclusion: 'failure', title: '/rerun works on pull requests only' })
      return makeReport({
        conclusion: 'success',
        title: `${input.checks.length > 0 ? input.checks.join(', ') : 'every check'} queued again on ${queued.sha.slice(0, 7)}`,
      })
    },
  })
}
