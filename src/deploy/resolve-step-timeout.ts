/** Default step timeout when neither the step nor TIMEOUT sets one. */
export const DEFAULT_STEP_TIMEOUT_S = 600

/**
 * A step's timeout in seconds: its own `timeoutS`, else the `TIMEOUT` env var (seconds, or
 * with an s/m/h suffix like `10m`), else 600. An unreadable TIMEOUT falls back to 600.
 */
export function resolveStepTimeout(stepTimeoutS: number, timeoutEnv: string | undefined): number {
  if (stepTimeoutS > 0) return stepTimeoutS
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$/.exec(timeoutEnv ?? '')
  if (!m) return DEFAULT_STEP_TIMEOUT_S
  const n = Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1)
  return n > 0 ? n : DEFAULT_STEP_TIMEOUT_S
}
