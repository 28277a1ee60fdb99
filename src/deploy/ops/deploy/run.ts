import type { OpContext } from '../../../op/context.ts'
import type { Report } from '../../../op/report.ts'
import { findEnvironment } from '../../../config/find-environment.ts'
import { validateRefName } from '../../validate-ref-name.ts'
import { isRefAllowed } from '../../match-ref-glob.ts'
import { DeployError } from '../../deploy-error.ts'
import { configDigest } from '../../config-digest.ts'
import { runRelease } from '../../run-release.ts'
import { renderReleaseReport } from '../../render-release-report.ts'
import { refusalReport } from '../../refused-record.ts'
import { runUrlOf, triggerOf } from '../../describe-run.ts'
import { selectReleasePorts } from '../../github/select-release-ports.ts'
import { openTarget } from '../../targets/open-target.ts'
import type { DeployInput } from './schema.ts'

/**
 * Deploys a ref to an environment:
 * 1. find the environment, validate the ref name (before it reaches git or the API);
 * 2. resolve it to a commit; refuse refs the environment does not allow;
 * 3. dry run: stop with the plan;
 * 4. the release pipeline (preflight + lock, Deployment, steps, health, auto-rollback);
 * 5. the report, whose data is the evidence record.
 */
export async function runDeploy(ctx: OpContext, input: DeployInput): Promise<Report> {
  try {
    const env = findEnvironment(ctx.config, input.environment)
    if (input.ref) validateRefName(input.ref)
    let resolvedSha = ''
    const ports = await selectReleasePorts(ctx, async () => resolvedSha)
    const ref = input.ref || (await ports.refs.defaultBranch())
    const resolved = await ctx.step('resolve ref', async (h) => {
      const r = await ports.refs.resolve(ref)
      if (!r) throw new DeployError('unknown_ref', `ref ${JSON.stringify(ref)} does not exist in the repository`)
      h.note(`${ref} -> ${r.fullName} ${r.sha}`)
      // Production without an explicit list deploys only the default branch and tags, never a stray branch or SHA.
      const allowed =
        env.allowedRefs.length > 0
          ? env.allowedRefs
          : env.production
            ? [`refs/heads/${await ports.refs.defaultBranch()}`, 'refs/tags/**']
            : []
      if (!isRefAllowed(allowed, r.fullName))
        throw new DeployError(
          'ref_not_allowed',
          `${r.fullName} may not be deployed to ${input.environment}; allowed: ${allowed.join(', ')}${env.allowedRefs.length === 0 ? ' (the production default; set allowedRefs to change it)' : ''}`,
        )
      return r
    })
    resolvedSha = resolved.sha
    const base = {
      ctx,
      kind: 'deploy' as const,
      envName: input.environment,
      env,
      ref,
      resolved,
      reason: input.reason,
      trigger: triggerOf(ctx),
      runUrl: runUrlOf(ctx),
      configDigest: configDigest(env),
    }
    if (input.dryRun) {
      return renderReleaseReport({
        schemaVersion: 1,
        kind: 'deploy',
        outcome: 'planned',
        environment: input.environment,
        actor: ctx.actor,
        trigger: base.trigger,
        runUrl: base.runUrl,
        ref,
        refName: resolved.fullName,
        sha: resolved.sha,
        tree: resolved.tree,
        configDigest: base.configDigest,
        target: env.target.type,
        steps: env.steps.map((s) => ({
          name: s.name,
          sha: resolved.sha,
          exitCode: null,
          durationMs: 0,
          timedOut: false,
          timeoutS: s.timeoutS,
          outputTail: '',
        })),
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
    return refusalReport(ctx, { kind: 'deploy', environment: input.environment, ref: input.ref }, error)
  }
}
