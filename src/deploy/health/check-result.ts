/** Outcome of one health check (after retries) or one attempt of it. */
export interface CheckResult {
  name: string
  type: 'http' | 'tcp' | 'postgres' | 'command'
  ok: boolean
  /** Latency of the last attempt in milliseconds. */
  latencyMs: number
  /** Attempts made (1 when it passed at once). */
  attempts: number
  /** What was seen, redacted: "200, status=pass", "connection refused"... */
  message: string
}
