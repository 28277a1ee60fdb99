import type { TargetExecutor } from '../targets/target-executor.ts'
import type { ProbeConfig } from './health-check-config.ts'
import { getJsonPath } from './get-json-path.ts'

/** What a probe saw: a value for dashboards and a status (`warn` past its threshold). */
export interface ProbeResult {
  name: string
  type: ProbeConfig['type']
  status: 'ok' | 'warn' | 'fail'
  value: unknown
  latencyMs: number
  message: string
}

/** Runs one probe, never throwing. Disk and command probes run on the target. */
export async function runProbe(p: ProbeConfig, target: TargetExecutor | undefined): Promise<ProbeResult> {
  const started = performance.now()
  const done = (status: ProbeResult['status'], value: unknown, message: string): ProbeResult => ({
    name: p.name,
    type: p.type,
    status,
    value,
    latencyMs: Math.round(performance.now() - started),
    message,
  })
  try {
    if (p.type === 'http-json') {
      const res = await fetch(p.url, { signal: AbortSignal.timeout(10_000) })
      const value = getJsonPath(await res.json(), p.jsonPath)
      if (value === undefined) return done('fail', null, `${p.jsonPath} missing (HTTP ${res.status})`)
      const warn = p.warnAbove > 0 && typeof value === 'number' && value > p.warnAbove
      return done(
        warn ? 'warn' : 'ok',
        value,
        `${p.jsonPath}=${JSON.stringify(value)}${warn ? ` (above ${p.warnAbove})` : ''}`,
      )
    }
    if (!target) return done('fail', null, 'no target to run the probe on')
    if (p.type === 'disk') {
      const r = await target.run({
        script: 'df -Pk -- "$ODA_PROBE_PATH"',
        env: { ODA_PROBE_PATH: p.path },
        timeoutMs: 10_000,
      })
      const fields = r.stdout.trim().split('\n').at(-1)?.split(/\s+/) ?? []
      const percent = Number(fields[4]?.replace('%', ''))
      if (r.exitCode !== 0 || !Number.isFinite(percent))
        return done('fail', null, `df failed: ${(r.stderr || r.stdout).trim().slice(0, 160)}`)
      const value = { usedPercent: percent, availableMb: Math.floor(Number(fields[3]) / 1024), path: p.path }
      const warn = p.warnAbove > 0 && percent > p.warnAbove
      return done(warn ? 'warn' : 'ok', value, `${p.path} ${percent}% used${warn ? ` (above ${p.warnAbove}%)` : ''}`)
    }
    const r = await target.run({ script: p.run, timeoutMs: 30_000 })
    const out = r.stdout.trim()
    return done(r.exitCode === 0 ? 'ok' : 'fail', parseMaybeJson(out), `exit ${r.exitCode}`)
  } catch (error) {
    return done('fail', null, (error as Error).message)
  }
}

// `docker compose ps --format json` prints JSON (one object per line in newer versions); keep it structured when we can.
function parseMaybeJson(text: string): unknown {
  const short = text.slice(0, 8192)
  try {
    return JSON.parse(short)
  } catch {
    const lines = short.split('\n').filter(Boolean)
    try {
      return lines.map((l) => JSON.parse(l) as unknown)
    } catch {
      return short
    }
  }
}
