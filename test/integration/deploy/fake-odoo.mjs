// Stand-in for an Odoo server: serves /web/health from a release's health.json file.
// Usage: node fake-odoo.mjs <port> <health.json> <pidfile>
import { createServer } from 'node:http'
import { readFileSync, writeFileSync } from 'node:fs'

const [port, healthFile, pidFile] = process.argv.slice(2)
const server = createServer((req, res) => {
  if (req.url === '/web/health') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(readFileSync(healthFile, 'utf8'))
  } else if (req.url === '/queue') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ queue: { pending: 3 } }))
  } else {
    res.writeHead(404)
    res.end('not found')
  }
})
server.listen(Number(port), '127.0.0.1', () => writeFileSync(pidFile, String(process.pid)))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
