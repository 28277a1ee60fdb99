import { connect } from 'node:net'
import type { HealthCheckConfig } from './health-check-config.ts'

/** One TCP attempt: healthy when a connection opens within the check's timeout. */
export function runTcpCheck(c: HealthCheckConfig): Promise<{ ok: boolean; message: string }> {
  return new Promise((resolve) => {
    const socket = connect({ host: c.host, port: c.port })
    const done = (ok: boolean, message: string): void => {
      socket.destroy()
      resolve({ ok, message })
    }
    socket.setTimeout(c.timeoutS * 1000, () =>
      done(false, `no connection to ${c.host}:${c.port} within ${c.timeoutS}s`),
    )
    socket.once('connect', () => done(true, `connected to ${c.host}:${c.port}`))
    socket.once('error', (e: NodeJS.ErrnoException) => done(false, `${c.host}:${c.port}: ${e.code ?? e.message}`))
  })
}
