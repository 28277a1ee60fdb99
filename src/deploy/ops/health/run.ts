import type { OpContext } from '../../../op/context.ts'
import { makeReport, type Report } from '../../../op/report.ts'
import { findEnvironment } from '../../../config/find-environment.ts'
import { waitHealthy } from '../../health/wait-healthy.ts'
import { runProbe, type ProbeResult } from '../../health/run-probe.ts'
import { openTarget } from '../../targets/open-target.ts'
import type { TargetExecutor } from '../../targets/target-executor.ts'
import type { HealthInput } from './schema.ts'

/**
 * Runs an environment's health checks on demand:
 * 1. find the environment; open its target only if a check or probe needs it;
 * 2. the checks (one attempt each, or retried to the deadline with --wait);
 * 3. the probes (disk, command output, HTTP JSON values);
 * 4. a report whose data is the parseable health document (status and latency per check).
 */
export async function runHealth(ctx: OpContext, input: HealthInput): Promise<Report> {
  // An unknown environment is a usage error (exit code 2), thrown before anything runs.
  const env = findEnvironment(ctx.config, input.environment)
  const probes = input.probes ? env.health.probes : []
  const needsTarget = env.health.checks.some((c) => c.type === 'command') || probes.some((p) => p.type !== 'http-json')
  let target: TargetExecutor | undefined
  try {
    target = needsTarget ? await openTarget({ envName: input.environment, env, ctx }) : undefined
    const health = input.wait ? env.health : { ...env.health, deadlineS: 0 }
    const run = await ctx.step('checks', () =>
      waitHealthy({ health, deps: { target, env: ctx.env, signal: ctx.signal } }),
    )
    const probeResults: ProbeResult[] = await ctx.step('probes', () =>
      Promise.all(probes.map((p) => runProbe(p, target))),
    )
    const checks = run.results.map((r) => ({ ...r, message: ctx.redact.redact(r.message) }))
    const warn = probeResults.filter((p) => p.status !== 'ok')
    const data = ctx.redact.redactValue({
      schemaVersion: 1,
      environment: input.environment,
      checkedAt: ctx.now().toISOString(),
      ok: run.ok,
      checks,
      probes: probeResults,
    })
    const failed = checks.filter((c) => !c.ok)
    const title = run.ok
      ? `${input.environment} is healthy (${checks.length} checks${warn.length ? `, ${warn.length} probe warnings` : ''})`
      : `${input.environment} is unhealthy: ${failed.map((c) => c.name).join(', ')}`
    const summary = [
      `| check | status | latency | detail |`,
      `|---|---|---|---|`,
      ...checks.map(
        (c) =>
          `| ${c.name} (${c.type}) | ${c.ok ? 'ok' : 'FAIL'} | ${c.latencyMs} ms | ${c.message.replace(/\|/g, '\\|')} |`,
      ),
      ...(probeResults.length
        ? [
            '',
            '| probe | status | value |',
            '|---|---|---|',
            ...probeResults.map(
              (p) => `| ${p.name} (${p.type}) | ${p.status} | ${ctx.redact.redact(p.message).replace(/\|/g, '\\|')} |`,
            ),
          ]
        : []),
    ].join('\n')
    return makeReport({ conclusion: run.ok ? (warn.length ? 'neutral' : 'success') : 'failure', title, summary, data })
  } catch (error) {
    if ((error as Error).name !== 'TargetError') throw error
    const message = ctx.redact.redact((error as Error).message)
    return makeReport({
      conclusion: 'failure',
      title: message,
      data: { schemaVersion: 1, environment: input.environment, ok: false, checks: [], probes: [], error: message },
    })
  } finally {
    await target?.close()
  }
}
