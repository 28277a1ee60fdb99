import type { OpContext } from '../../../op/context.ts'
import type { Report } from '../../../op/report.ts'
import { findEnvironment } from '../../../config/find-environment.ts'
import { DeployError } from '../../deploy-error.ts'
import { configDigest } from '../../config-digest.ts'
import { runRelease } from '../../run-release.ts'
import { renderReleaseReport } from '../../render-release-report.ts'
import { refusalReport } from '../../refused-record.ts'
import { runUrlOf, triggerOf } from '../../describe-run.ts'
import { selectCurrentDeployment, selectRollbackTarget } from '../../select-rollback-target.ts'
import { selectReleasePorts } from '../../github/select-release-ports.ts'
import { openTarget } from '../../targets/open-target.ts'
import type { RollbackInput } from './schema.ts'

/**
 * Rolls an environment back:
 * 1. read the environment's deployment history (newest first);
 * 2. pick the target: the last good deployment before the current one, or the given SHA,
 *    which must have been deployed successfully here (or, with --force, be on the default branch);
 * 3. dry run: stop with the plan;
 * 4. the same release pipeline as deploy (preflight, lock, Deployment, steps, health);
 * 5. the report, whose data is the evidence record.
 */
export async function runRollback(ctx: OpContext, input: RollbackInput): Promise<Report> {
  try {
    const env = findEnvironment(ctx.config, input.environment)
    const ports = await selectReleasePorts(
      ctx,
      async () => input.sha || current?.sha || (await ports.refs.resolve(await ports.refs.defaultBranch()))!.sha,
    )
    const history = await ctx.step('history', () => ports.deployments.history(input.environment))
    const current = selectCurrentDeployment(history)
    const sha = await ctx.step('select target', async (h) => {
      if (!input.sha) {
        const to = current ? selectRollbackTarget(history, current) : undefined
        if (!to)
          throw new DeployError(
            'no_rollback_target',
            `no earlier successful deployment of ${input.environment} to roll back to (current: ${current?.sha.slice(0, 7) ?? 'none'})`,
          )
        h.note(`last good: deployment ${to.id} ${to.sha}`)
        return to.sha
      }
      if (history.some((d) => d.succeeded && d.sha === input.sha)) return input.sha
      if (input.force && (await ports.refs.isAncestorOfDefault(input.sha))) {
        h.note(`${input.sha} was never deployed to ${input.environment}; allowed by --force (on the default branch)`)
        return input.sha
      }
      throw new DeployError(
        'not_deployed_before',
        `${input.sha} was never deployed successfully to ${input.environment}${input.force ? ' and is not an ancestor of the default branch' : '; pass --force to allow a commit of the default branch'}`,
      )
    })
    const resolved = await ports.refs.resolve(sha)
    if (!resolved) throw new DeployError('unknown_ref', `commit ${sha} does not exist in the repository`)
    const base = {
      ctx,
      kind: 'rollback' as const,
      envName: input.environment,
      env,
      ref: sha,
      resolved,
      reason: input.reason,
      trigger: triggerOf(ctx),
      runUrl: runUrlOf(ctx),
      configDigest: configDigest(env),
      rolledBackFrom: current?.id,
    }
    if (input.dryRun) {
      return renderReleaseReport({
        schemaVersion: 1,
        kind: 'rollback',
        outcome: 'planned',
        environment: input.environment,
        actor: ctx.actor,
        trigger: base.trigger,
        runUrl: base.runUrl,
        ref: sha,
        refName: sha,
        sha,
        tree: resolved.tree,
        configDigest: base.configDigest,
        target: env.target.type,
        steps: [],
        rolledBackFrom: current?.id,
      })
    }
    const record = await runRelease({
      ...base,
      lock: ports.lock,
      deployments: ports.deployments,
      openTarget: () => openTarget({ envName: input.environment, env, ctx }),
    })
    return renderReleaseReport(record)
  } catch (error) {
    return refusalReport(ctx, { kind: 'rollback', environment: input.environment, ref: input.sha }, error)
  }
}
