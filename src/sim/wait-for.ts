import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Polls until `predicate` holds. For waiting on asynchronous work (an app reacting to a
 * webhook), never for asserting durations; on timeout the error carries `context()`.
 */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  o: { timeoutMs?: number; intervalMs?: number; what?: string; context?: () => string } = {},
): Promise<void> {
  const deadline = Date.now() + (o.timeoutMs ?? 10_000)
  for (;;) {
    if (await predicate()) return
    if (Date.now() > deadline)
      throw new Error(
        `waitFor: ${o.what ?? 'condition'} still false after ${o.timeoutMs ?? 10_000} ms${o.context ? `\n\nroute log:\n${o.context()}` : ''}`,
      )
    await sleep(o.intervalMs ?? 20)
  }
}
