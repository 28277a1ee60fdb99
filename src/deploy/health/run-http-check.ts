import type { HealthCheckConfig } from './health-check-config.ts'
import { getJsonPath, jsonValueText } from './get-json-path.ts'

/** One HTTP attempt: status, then body text, then JSON path value, whichever is configured. */
export async function runHttpCheck(
  c: HealthCheckConfig,
  signal?: AbortSignal,
): Promise<{ ok: boolean; message: string }> {
  const timeout = AbortSignal.timeout(c.timeoutS * 1000)
  const res = await fetch(c.url, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    redirect: 'manual',
    headers: { 'user-agent': 'oda-health' },
  })
  const body = await res.text()
  if (res.status !== c.expectStatus) return { ok: false, message: `HTTP ${res.status}, expected ${c.expectStatus}` }
  if (c.bodyContains && !body.includes(c.bodyContains))
    return { ok: false, message: `HTTP ${res.status}, body lacks "${c.bodyContains}"` }
  if (c.jsonPath) {
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return { ok: false, message: `HTTP ${res.status}, body is not JSON` }
    }
    const actual = getJsonPath(parsed, c.jsonPath)
    const text = actual === undefined ? 'missing' : jsonValueText(actual)
    if (c.jsonEquals && text !== c.jsonEquals)
      return { ok: false, message: `HTTP ${res.status}, ${c.jsonPath}=${text.slice(0, 80)}, expected ${c.jsonEquals}` }
    if (actual === undefined) return { ok: false, message: `HTTP ${res.status}, ${c.jsonPath} missing` }
    return { ok: true, message: `HTTP ${res.status}, ${c.jsonPath}=${text.slice(0, 80)}` }
  }
  return { ok: true, message: `HTTP ${res.status}` }
}
