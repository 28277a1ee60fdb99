import { z } from 'zod'
import { isLockExpired } from '../../../src/deploy/encode-lock.ts'
import type { DeployLock } from '../../../src/deploy/ports.ts'
import { defineOp, type Op } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'
import { describeLock } from '../command-rules.ts'

/** `/locks`: the lock of every environment of the config, read from `refs/oda/locks/<env>`. */
export function locksOp(o: { lock: DeployLock; environments: readonly string[] }): Op {
  return defineOp({
    name: 'command.locks',
    summary: 'Lists the environment locks',
    input: z.object({}),
    run: async (ctx) => {
      const rows: string[] = []
      let held = 0
      for (const env of o.environments) {
        const info = await ctx.step(`read lock ${env}`, () => o.lock.read(env))
        const expired = info !== undefined && isLockExpired(info, ctx.now())
        if (info && !expired) held++
        rows.push(`| \`${env}\` | ${info ? `${expired ? 'expired: ' : ''}${describeLock(info)}` : 'free'} |`)
      }
      return makeReport({
        conclusion: 'success',
        title: `${held} of ${o.environments.length} environment(s) locked`,
        summary:
          o.environments.length === 0
            ? '.github/oda.yml defines no environments.'
            : ['| environment | lock |', '|---|---|', ...rows].join('\n'),
      })
    },
  })
}
