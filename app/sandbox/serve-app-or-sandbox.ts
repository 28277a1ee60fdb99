import { hasAppCredentials, startApp } from '../server.ts'
import { serveSandbox } from './serve-sandbox.ts'

/**
 * What `oda start` (`npm start`) runs: the GitHub App when `APP_ID`, `PRIVATE_KEY` (or
 * `PRIVATE_KEY_PATH`) and `WEBHOOK_SECRET` are set, else the sandbox (simulated GitHub serving
 * examples/odoo-shop, a first PR reported at once). Serves until `signal` aborts (default:
 * SIGINT or SIGTERM), then stops everything; resolves with the exit code.
 */
export async function serveAppOrSandbox(o: {
  env: Readonly<Record<string, string | undefined>>
  out: (text: string) => void
  signal?: AbortSignal
}): Promise<number> {
  const signal = o.signal ?? untilTerminated()
  const running = hasAppCredentials(o.env) ? await startApp({ env: o.env }) : await serveSandbox({ out: o.out })
  if ('webhookUrl' in running) o.out(`oda App serving GitHub: webhooks at ${running.webhookUrl}\n`)
  await new Promise<void>((resolve) =>
    signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true }),
  )
  await running.close()
  return 0
}

function untilTerminated(): AbortSignal {
  const c = new AbortController()
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => c.abort())
  return c.signal
}
