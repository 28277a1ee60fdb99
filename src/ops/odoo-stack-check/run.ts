import { resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { Finding, Report } from '../../op/report.ts'
import { conclusionFor, makeReport } from '../../op/report.ts'
import { countNoun } from '../../odoo/ci/count-noun.ts'
import type { StackCheckInput } from './schema.ts'
import type { HealthResult } from './steps/probe-health.ts'
import { probeHealth } from './steps/probe-health.ts'
import { runStackCommand } from './steps/run-stack-command.ts'
import { checkStackDir } from './steps/check-stack-dir.ts'
import { renderStackSummary } from './steps/render-stack-summary.ts'

const CONFIG = '.github/oda.yml'

/**
 * `odoo.stack-check`:
 * 0. the folder must exist (a usage error otherwise, before any command runs)
 * 1. bring the stack up (odoo-ci.stack.up)
 * 2. wait for every health endpoint (status, body match, retries)
 * 3. run the smoke commands once all are healthy
 * 4. always tear the stack down (odoo-ci.stack.down), whatever happened before
 */
export async function runStackCheck(ctx: OpContext, input: StackCheckInput): Promise<Report> {
  const stack = ctx.config['odoo-ci'].stack
  const cwd = resolve(ctx.cwd, input.dir)
  checkStackDir(cwd, input.dir)
  if (input.dryRun) {
    const plan = [
      `up: \`${stack.up.join(' ')}\``,
      ...stack.health.map(
        (h) => `health ${h.name}: GET ${h.url} -> ${h.status}${h.bodyMatch ? ` /${h.bodyMatch}/` : ''}`,
      ),
      ...stack.smoke.map((s) => `smoke ${s.name}: \`${s.command.join(' ')}\``),
      `down: \`${stack.down.join(' ')}\``,
    ]
    return makeReport({
      conclusion: 'neutral',
      title: `Dry run: ${stack.health.length} health checks, ${stack.smoke.length} smoke commands`,
      summary: plan.map((l) => `- ${l}`).join('\n'),
    })
  }
  const findings: Finding[] = []
  const health: HealthResult[] = []
  const smoke: { name: string; ok: boolean; detail: string }[] = []
  let upOk: boolean
  let tornDown = false
  try {
    const up = await ctx.step('stack up', () =>
      runStackCommand(ctx, { argv: stack.up, cwd, timeoutS: stack.upTimeoutS }),
    )
    upOk = up.ok
    if (!up.ok)
      findings.push(
        finding(
          'odoo-stack/up-failed',
          'Stack did not start',
          `\`${stack.up.join(' ')}\` ${up.why}\n${up.tail}`.trimEnd(),
        ),
      )
    if (upOk) {
      for (const check of stack.health)
        health.push(await ctx.step(`health ${check.name}`, () => probeHealth(check, ctx.signal)))
      for (const h of health.filter((x) => !x.healthy))
        findings.push(
          finding(
            'odoo-stack/unhealthy',
            `${h.name} is not healthy`,
            `${h.url}: ${h.detail} (after ${h.attempts} attempts)`,
          ),
        )
      const healthy = health.every((h) => h.healthy)
      for (const s of stack.smoke) {
        if (!healthy) {
          smoke.push({ name: s.name, ok: false, detail: 'skipped: the stack is not healthy' })
          continue
        }
        const r = await ctx.step(`smoke ${s.name}`, () =>
          runStackCommand(ctx, { argv: s.command, cwd, timeoutS: s.timeoutS, expectExit: s.expectExit }),
        )
        smoke.push({
          name: s.name,
          ok: r.ok,
          detail: r.ok ? `exit ${r.exitCode}` : `${r.why}, expected exit ${s.expectExit}`,
        })
        if (!r.ok)
          findings.push(
            finding(
              'odoo-stack/smoke-failed',
              `Smoke command ${s.name} failed`,
              `\`${s.command.join(' ')}\` ${r.why}, expected exit ${s.expectExit}\n${r.tail}`.trimEnd(),
            ),
          )
      }
    }
  } finally {
    if (!input.keepUp) {
      const down = await ctx.step('stack down', () =>
        runStackCommand(ctx, { argv: stack.down, cwd, timeoutS: 300, evenIfCancelled: true }),
      )
      tornDown = down.ok
      if (!down.ok)
        findings.push({
          ...finding(
            'odoo-stack/down-failed',
            'Stack not torn down',
            `\`${stack.down.join(' ')}\` ${down.why}\n${down.tail}`.trimEnd(),
          ),
          level: 'warning',
        })
    }
  }
  const conclusion = conclusionFor(findings)
  const healthyCount = health.filter((h) => h.healthy).length
  const title =
    conclusion === 'success'
      ? `Stack healthy: ${countNoun(healthyCount, 'endpoint')}, ${countNoun(smoke.length, 'smoke command')} passed`
      : !upOk
        ? 'Stack did not start'
        : `Stack check failed: ${countNoun(findings.filter((f) => f.level === 'failure').length, 'problem')}`
  return makeReport({
    conclusion,
    title,
    summary: renderStackSummary({ health, smoke, upOk, down: input.keepUp ? 'kept' : tornDown ? 'done' : 'failed' }),
    findings,
    data: { schemaVersion: 1, upOk, health, smoke, tornDown },
  })
}

function finding(ruleId: string, title: string, message: string): Finding {
  return { path: CONFIG, line: 1, level: 'failure', ruleId, title, message }
}
