import type { OpContext } from '../op/context.ts'
import type { EnvironmentConfig } from '../config/sections/environments.ts'
import type { TargetExecutor } from './targets/target-executor.ts'
import { waitHealthy } from './health/wait-healthy.ts'
import type { DeployLock, DeploymentLog, LockInfo, ResolvedRef } from './ports.ts'
import type { HealthRecord, ReleaseRecord, RollbackRecord } from './release-record.ts'
import { DeployError } from './deploy-error.ts'
import { describeHolder } from './encode-lock.ts'
import { holdDeployLock, type HeldLock } from './hold-deploy-lock.ts'
import { runPreflight } from './run-preflight.ts'
import { runSteps } from './run-steps.ts'
import { closeAbandoned } from './close-abandoned.ts'
import { selectRollbackTarget } from './select-rollback-target.ts'

/** What a release needs: the resolved commit, the environment and the ports that record it. */
export interface ReleaseRequest {
  ctx: OpContext
  kind: 'deploy' | 'rollback'
  envName: string
  env: EnvironmentConfig
  ref: string
  resolved: ResolvedRef
  reason: string
  trigger: string
  runUrl: string
  configDigest: string
  lock: DeployLock
  deployments: DeploymentLog
  openTarget: () => Promise<TargetExecutor>
  /** Deployment this release rolls back from (rollback op). */
  rolledBackFrom?: number
}

/**
 * The release pipeline shared by `deploy` and `rollback`:
 * 1. preflight (secrets, target reachable, disk) and the environment lock, renewed from then on;
 * 2. a Deployment, moved to in_progress;
 * 3. the steps on the target;
 * 4. health checks;
 * 5. success, or automatic rollback to the last good deployment, then failure;
 * 6. the lock released and the target closed whatever happened.
 * The lock is read back before every step and checked before success is recorded: a release
 * that lost it (it expired while the process stalled, or was taken) stops at once, the step
 * running is killed, and the Deployment ends in `error`, with no automatic rollback (the
 * environment is no longer this run's to change).
 * Never throws after the lock is taken: every outcome ends in the returned record.
 */
export async function runRelease(q: ReleaseRequest): Promise<ReleaseRecord> {
  const { ctx } = q
  const record: ReleaseRecord = {
    schemaVersion: 1,
    kind: q.kind,
    outcome: 'failed',
    environment: q.envName,
    actor: ctx.actor,
    trigger: q.trigger,
    runUrl: q.runUrl,
    ref: q.ref,
    refName: q.resolved.fullName,
    sha: q.resolved.sha,
    tree: q.resolved.tree,
    configDigest: q.configDigest,
    target: '',
    steps: [],
    rolledBackFrom: q.rolledBackFrom,
  }
  const target = await q.openTarget()
  record.target = target.label
  let lock: LockInfo | undefined
  let held: HeldLock | undefined
  try {
    const secrets = await ctx.step('preflight', () => runPreflight({ ctx, envName: q.envName, env: q.env, target }))
    lock = await ctx.step('lock', async (h) => {
      const created = ctx.now()
      const info: LockInfo = {
        environment: q.envName,
        owner: ctx.actor,
        runId: ctx.runId,
        runUrl: q.runUrl,
        // The reason is free text from the caller and lands in GitHub (the lock's tag message).
        reason: ctx.redact.redact(q.reason),
        createdAt: created.toISOString(),
        expiresAt: new Date(created.getTime() + q.env.lockTtlMinutes * 60_000).toISOString(),
      }
      const attempt = await q.lock.acquire(info)
      if (!attempt.acquired) throw new DeployError('locked', describeHolder(attempt.holder))
      if (attempt.replacedExpired) {
        h.note(`replaced an expired lock held by ${attempt.replacedExpired.runUrl}`)
        const closed = await closeAbandoned({ ctx, deployments: q.deployments, expired: attempt.replacedExpired })
        h.note(
          `closed what that run left: ${closed.deployments.length} deployment(s) set to error, its run ${closed.run ? 'marked failed' : 'not in this store'}`,
        )
      }
      return attempt.info
    })
    record.lock = lock
    held = holdDeployLock({
      lock: q.lock,
      info: lock,
      ttlMs: q.env.lockTtlMinutes * 60_000,
      now: ctx.now,
      log: ctx.log,
    })
    const guard = held.verify
    const signal = held.signal
    const stepEnv = (sha: string, ref: string): Record<string, string> => ({
      ...secrets,
      ODA_SHA: sha,
      ODA_REF: ref,
      ODA_ENV: q.envName,
      ODA_RUN_ID: ctx.runId,
      ODA_KIND: q.kind,
    })
    const deploymentId = await ctx.step('deployment', async () => {
      const id = await q.deployments.create({
        environment: q.envName,
        sha: q.resolved.sha,
        ref: q.resolved.fullName,
        task: 'deploy',
        production: q.env.production,
        transient: q.env.deployment.transient,
        requiredContexts: q.env.deployment.requiredContexts,
        description: `oda ${q.kind} ${q.resolved.sha.slice(0, 7)} by ${ctx.actor}`,
        payload: {
          tool: 'oda',
          kind: q.kind,
          actor: ctx.actor,
          sha: q.resolved.sha,
          ref: q.resolved.fullName,
          runUrl: q.runUrl,
          runId: ctx.runId,
          ...(q.rolledBackFrom !== undefined ? { rolledBackFrom: q.rolledBackFrom } : {}),
        },
      })
      await q.deployments.setStatus(id, {
        state: 'in_progress',
        logUrl: q.runUrl,
        description: `${q.kind} in progress`,
      })
      return id
    })
    record.deploymentId = deploymentId
    const run = await runSteps({
      ctx,
      env: q.env,
      target,
      stepEnv: stepEnv(q.resolved.sha, q.resolved.fullName),
      sha: q.resolved.sha,
      label: 'step',
      guard,
      signal,
    })
    record.steps = run.steps
    if (signal.aborted) throw signal.reason
    if (!run.failure) {
      await guard('health checks')
      record.health = await checkHealth(ctx, q.env, target, 'health', signal)
    }
    const failure =
      run.failure ??
      (record.health && !record.health.ok
        ? `health checks failed: ${record.health.results
            .filter((r) => !r.ok)
            .map((r) => `${r.name} (${r.message})`)
            .join(', ')}`
        : undefined)
    if (!failure) {
      await guard('recording success')
      await ctx.step('status: success', () =>
        q.deployments.setStatus(deploymentId, {
          state: 'success',
          environmentUrl: q.env.url,
          logUrl: q.runUrl,
          description: `${q.resolved.sha.slice(0, 7)} healthy`,
        }),
      )
      record.outcome = 'deployed'
      return record
    }
    record.failure = ctx.redact.redact(failure)
    if (signal.aborted) throw signal.reason
    if (q.kind === 'deploy' && q.env.rollback.auto)
      record.rollback = await autoRollback(q, { deploymentId, stepEnv, target, held })
    record.outcome = record.rollback?.healthy ? 'rolled_back' : 'failed'
    await ctx.step('status: failure', () =>
      q.deployments.setStatus(deploymentId, {
        state: 'failure',
        logUrl: q.runUrl,
        description: record.failure!.slice(0, 140),
      }),
    )
    return record
  } catch (error) {
    if (error instanceof DeployError) {
      record.outcome = error.code === 'locked' || error.code === 'missing_secret' ? 'refused' : 'failed'
      record.failure = ctx.redact.redact(error.message)
      if (record.deploymentId !== undefined)
        await q.deployments
          .setStatus(record.deploymentId, {
            state: 'error',
            logUrl: q.runUrl,
            description: record.failure.slice(0, 140),
          })
          .catch(() => {})
      return record
    }
    if (record.deploymentId !== undefined)
      await q.deployments
        .setStatus(record.deploymentId, { state: 'error', logUrl: q.runUrl, description: 'oda crashed; see the run' })
        .catch(() => {})
    throw error
  } finally {
    held?.stop()
    if (lock)
      await q.lock
        .release(q.envName, ctx.runId)
        .catch((e: unknown) => ctx.log.warn({ err: String(e) }, 'could not release the lock'))
    await target.close().catch(() => {})
  }
}

async function checkHealth(
  ctx: OpContext,
  env: EnvironmentConfig,
  target: TargetExecutor,
  name: string,
  signal: AbortSignal,
): Promise<HealthRecord> {
  return ctx.step(name, async (h) => {
    const run = await waitHealthy({
      health: env.health,
      deps: { target, env: ctx.env, signal: AbortSignal.any([ctx.signal, signal]) },
    })
    for (const r of run.results)
      h.note(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} ${r.latencyMs}ms (${r.attempts} attempts): ${r.message}`)
    return {
      ok: run.ok,
      durationMs: run.durationMs,
      results: run.results.map((r) => ({ ...r, message: ctx.redact.redact(r.message) })),
    }
  })
}

async function autoRollback(
  q: ReleaseRequest,
  o: {
    deploymentId: number
    stepEnv: (sha: string, ref: string) => Record<string, string>
    target: TargetExecutor
    held: HeldLock
  },
): Promise<RollbackRecord | undefined> {
  const { ctx } = q
  const history = await q.deployments.history(q.envName)
  const to = selectRollbackTarget(history, { id: o.deploymentId, sha: q.resolved.sha })
  if (!to) {
    ctx.log.warn({ environment: q.envName }, 'no earlier good deployment to roll back to')
    return undefined
  }
  const rb: RollbackRecord = { toSha: to.sha, toDeploymentId: to.id, steps: [], healthy: false }
  try {
    await o.held.verify('the automatic rollback')
    rb.deploymentId = await ctx.step('rollback: deployment', async () => {
      const id = await q.deployments.create({
        environment: q.envName,
        sha: to.sha,
        ref: to.ref,
        task: 'deploy',
        production: q.env.production,
        transient: q.env.deployment.transient,
        requiredContexts: [],
        description: `oda automatic rollback to ${to.sha.slice(0, 7)}`,
        payload: {
          tool: 'oda',
          kind: 'rollback',
          actor: ctx.actor,
          sha: to.sha,
          runUrl: q.runUrl,
          runId: ctx.runId,
          rolledBackFrom: o.deploymentId,
        },
      })
      await q.deployments.setStatus(id, {
        state: 'in_progress',
        logUrl: q.runUrl,
        description: 'automatic rollback in progress',
      })
      return id
    })
    const run = await runSteps({
      ctx,
      env: q.env,
      target: o.target,
      stepEnv: { ...o.stepEnv(to.sha, to.ref), ODA_KIND: 'rollback' },
      sha: to.sha,
      label: 'rollback',
      guard: o.held.verify,
      signal: o.held.signal,
    })
    rb.steps = run.steps
    if (o.held.signal.aborted) throw o.held.signal.reason
    if (run.failure) rb.error = run.failure
    else rb.health = await checkHealth(ctx, q.env, o.target, 'rollback: health', o.held.signal)
    rb.healthy = !run.failure && rb.health?.ok === true
    await q.deployments.setStatus(
      rb.deploymentId,
      rb.healthy
        ? {
            state: 'success',
            environmentUrl: q.env.url,
            logUrl: q.runUrl,
            description: `rolled back to ${to.sha.slice(0, 7)}, healthy`,
          }
        : { state: 'failure', logUrl: q.runUrl, description: `rollback to ${to.sha.slice(0, 7)} unhealthy` },
    )
  } catch (error) {
    rb.error = ctx.redact.redact((error as Error).message)
  }
  return rb
}
