import type { HealthResult } from './probe-health.ts'

/** Markdown table of the health checks and smoke commands of a stack check. */
export function renderStackSummary(o: {
  health: HealthResult[]
  smoke: { name: string; ok: boolean; detail: string }[]
  upOk: boolean
  down: 'done' | 'failed' | 'kept'
}): string {
  const out = [o.upOk ? 'Stack started.' : 'The stack did not start; no check ran.', '']
  if (o.health.length) {
    out.push('| Endpoint | Healthy | Attempts | Time | Detail |', '|---|---|---:|---:|---|')
    for (const h of o.health)
      out.push(
        `| ${h.name} (${h.url}) | ${h.healthy ? 'yes' : '**no**'} | ${h.attempts} | ${(h.elapsedMs / 1000).toFixed(1)} s | ${h.detail.replaceAll('|', '\\|')} |`,
      )
    out.push('')
  }
  if (o.smoke.length) {
    out.push('| Smoke command | Passed | Detail |', '|---|---|---|')
    for (const s of o.smoke) out.push(`| ${s.name} | ${s.ok ? 'yes' : '**no**'} | ${s.detail} |`)
    out.push('')
  }
  out.push(
    o.down === 'done'
      ? 'The stack was torn down.'
      : o.down === 'kept'
        ? 'The stack was left running (keep-up).'
        : 'Tearing the stack down FAILED (see the finding); it may still be running.',
  )
  return out.join('\n')
}
