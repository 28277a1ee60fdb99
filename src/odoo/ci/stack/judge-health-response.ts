/** What one probe of a health endpoint saw. */
export type HealthObservation = { status: number; body: string } | { error: string }

/** Whether a probe counts as healthy, and why not. */
export function judgeHealthResponse(
  o: HealthObservation,
  expect: { status: number; bodyMatch: string },
): { healthy: boolean; why: string } {
  if ('error' in o) return { healthy: false, why: o.error }
  if (o.status !== expect.status) return { healthy: false, why: `HTTP ${o.status}, expected ${expect.status}` }
  if (expect.bodyMatch && !new RegExp(expect.bodyMatch).test(o.body))
    return { healthy: false, why: `body does not match /${expect.bodyMatch}/: ${excerpt(o.body)}` }
  return { healthy: true, why: `HTTP ${o.status}` }
}

function excerpt(body: string): string {
  const one = body.replace(/\s+/g, ' ').trim()
  return one.length > 120 ? `${one.slice(0, 120)}…` : one || '(empty body)'
}
