import type { OdooCiConfig } from '../../../config/sections/odoo-ci.ts'
import type { HealthObservation } from '../../../odoo/ci/stack/judge-health-response.ts'
import { judgeHealthResponse } from '../../../odoo/ci/stack/judge-health-response.ts'

type HealthCheck = OdooCiConfig['stack']['health'][number]

export interface HealthResult {
  name: string
  url: string
  healthy: boolean
  attempts: number
  /** The last reason seen (status, body mismatch, connection error). */
  detail: string
  elapsedMs: number
}

const BODY_MAX = 64 * 1024

/** Polls one endpoint until it is healthy or its retries run out; aborting stops at once. */
export async function probeHealth(check: HealthCheck, signal: AbortSignal): Promise<HealthResult> {
  const started = Date.now()
  let detail = ''
  for (let attempt = 1; attempt <= check.retries + 1; attempt++) {
    const verdict = judgeHealthResponse(await observe(check, signal), check)
    detail = verdict.why
    if (verdict.healthy)
      return {
        name: check.name,
        url: check.url,
        healthy: true,
        attempts: attempt,
        detail,
        elapsedMs: Date.now() - started,
      }
    if (signal.aborted || attempt > check.retries) break
    await sleep(check.intervalS * 1000, signal)
  }
  return {
    name: check.name,
    url: check.url,
    healthy: false,
    attempts: check.retries + 1,
    detail,
    elapsedMs: Date.now() - started,
  }
}

async function observe(check: HealthCheck, signal: AbortSignal): Promise<HealthObservation> {
  try {
    const res = await fetch(check.url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(check.timeoutS * 1000)]),
      redirect: 'manual',
    })
    const body = (await res.text()).slice(0, BODY_MAX)
    return { status: res.status, body }
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
    return { error: `${error instanceof Error ? error.message : String(error)}${cause}` }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(t)
        resolve()
      },
      { once: true },
    )
  })
}
