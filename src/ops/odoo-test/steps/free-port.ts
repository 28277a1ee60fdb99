import { createServer } from 'node:net'

/**
 * A TCP port nothing listens on at 127.0.0.1 right now, from the kernel (listen on port 0).
 * Another program could still take it before Odoo binds; the log parser reports that case.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('the kernel gave no free port'))))
    })
  })
}
