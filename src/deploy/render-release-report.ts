import { makeReport, type Report } from '../op/report.ts'
import type { ReleaseRecord, StepRecord } from './release-record.ts'
import type { HealthRecord } from './release-record.ts'

const short = (sha: string): string => sha.slice(0, 7)

/** Turns a release record into the report every face renders; the record itself is `data`. */
export function renderReleaseReport(r: ReleaseRecord): Report {
  const verb = r.kind === 'rollback' ? 'Rollback' : 'Deploy'
  const title =
    r.outcome === 'deployed'
      ? `${verb} of ${short(r.sha)} to ${r.environment} succeeded (healthy)`
      : r.outcome === 'planned'
        ? `${verb} of ${short(r.sha)} to ${r.environment} planned (dry run)`
        : r.outcome === 'refused'
          ? `${verb} to ${r.environment} refused: ${r.failure ?? ''}`
          : r.outcome === 'rolled_back'
            ? `${verb} of ${short(r.sha)} to ${r.environment} failed; rolled back to ${short(r.rollback!.toSha)} (healthy)`
            : r.rollback
              ? `${verb} of ${short(r.sha)} to ${r.environment} failed; rollback to ${short(r.rollback.toSha)} is NOT healthy`
              : `${verb} of ${short(r.sha)} to ${r.environment} failed`
  const lines = [
    `**${title}**`,
    '',
    `| | |`,
    `|---|---|`,
    `| environment | ${r.environment} (${r.target || 'target not opened'}) |`,
    `| ref | \`${r.refName}\` → \`${r.sha}\` |`,
    `| actor / trigger | ${r.actor} / ${r.trigger} |`,
    `| run | ${r.runUrl} |`,
    `| config | \`${r.configDigest}\` |`,
    ...(r.deploymentId !== undefined ? [`| deployment | ${r.deploymentId} |`] : []),
    ...(r.failure ? [`| failure | ${r.failure.replace(/\|/g, '\\|')} |`] : []),
    '',
    ...stepsTable('Steps', r.steps),
    ...healthTable('Health', r.health),
  ]
  if (r.rollback) {
    lines.push(
      `### Rollback to \`${r.rollback.toSha}\` (deployment ${r.rollback.toDeploymentId}): ${r.rollback.healthy ? 'healthy' : 'NOT healthy'}`,
      '',
    )
    if (r.rollback.error) lines.push(`Error: ${r.rollback.error}`, '')
    lines.push(...stepsTable('Rollback steps', r.rollback.steps), ...healthTable('Rollback health', r.rollback.health))
  }
  return makeReport({
    conclusion: r.outcome === 'deployed' || r.outcome === 'planned' ? 'success' : 'failure',
    title,
    summary: lines.join('\n'),
    data: r,
  })
}

function stepsTable(heading: string, steps: readonly StepRecord[]): string[] {
  if (steps.length === 0) return []
  return [
    `### ${heading}`,
    '',
    '| step | exit | duration |',
    '|---|---|---|',
    ...steps.map(
      (s) => `| ${s.name} | ${s.timedOut ? `timed out (${s.timeoutS}s)` : s.exitCode} | ${s.durationMs} ms |`,
    ),
    '',
  ]
}

function healthTable(heading: string, h: HealthRecord | undefined): string[] {
  if (!h) return []
  return [
    `### ${heading}: ${h.ok ? 'healthy' : 'unhealthy'}`,
    '',
    '| check | result | latency | attempts |',
    '|---|---|---|---|',
    ...h.results.map(
      (c) =>
        `| ${c.name} (${c.type}) | ${c.ok ? 'ok' : 'FAIL'}: ${c.message.replace(/\|/g, '\\|')} | ${c.latencyMs} ms | ${c.attempts} |`,
    ),
    '',
  ]
}
