import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_WEBHOOK_BYTES } from '../../app/read-capped-body.ts'
import { checkRunsFor, makeGitRepo, startBed, type Bed } from '../integration/app/harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

const webhookHeaders = {
  'content-type': 'application/json',
  'x-github-event': 'pull_request',
  'x-github-delivery': 'b0d1e5-oversized',
  'x-hub-signature-256': 'sha256=' + '0'.repeat(64),
}

/**
 * POSTs a body to the App: `declared` bytes announced up front with nothing sent, or a chunked
 * body that never ends. Resolves with the answer's status once the App answers, and whether
 * the App then closed the connection (so the rest of the body is never read).
 */
function post(
  url: string,
  body: { declared: number } | { endless: true },
): Promise<{ status: number; text: string; sent: number; closed: boolean }> {
  return new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    const headers = 'declared' in body ? { ...webhookHeaders, 'content-length': String(body.declared) } : webhookHeaders
    const req = request(url, { method: 'POST', headers })
    const chunk = Buffer.alloc(16 * 1024, 'a')
    const pump = (): void => {
      while (!answered && !req.destroyed && req.write(chunk)) sent += chunk.length
      if (!answered && !req.destroyed) {
        sent += chunk.length
        req.once('drain', pump)
      }
    }
    req.on('response', (res) => {
      answered = true
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d: string) => (text += d))
      res.on('end', () => {
        // The App said `connection: close`: the socket goes away instead of waiting for more body.
        const socket = req.socket
        if (!socket || socket.destroyed) resolve({ status: res.statusCode ?? 0, text, sent, closed: true })
        else socket.once('close', () => resolve({ status: res.statusCode ?? 0, text, sent, closed: true }))
      })
    })
    // Writes after the App closed fail with EPIPE/ECONNRESET: expected once it refused the body.
    req.on('error', (e) => (answered ? undefined : reject(e)))
    if ('endless' in body) pump()
    else req.flushHeaders()
  })
}

describe('webhook bodies are capped while they stream, before the signature check', () => {
  it('refuses a declared 300 MB body with 413 before reading it, and keeps serving real deliveries', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, feature: { 'a.txt': 'FIXME\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })

    const r = await post(bed.app.webhookUrl, { declared: 300 * 1024 * 1024 })
    expect(r.status).toBe(413)
    expect(r.text).toContain(`larger than ${MAX_WEBHOOK_BYTES} bytes`)
    expect(r.closed).toBe(true)

    // The App is unharmed: a real signed delivery is answered and its checks run.
    const { pull, delivery } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    expect(delivery?.status).toBe(200)
    await bed.app.idle()
    expect(checkRunsFor(bed.sim, pull.headSha).get('oda / todo')?.conclusion).toBe('failure')
    const health = await fetch(`${bed.app.url}/healthz`)
    expect(health.status).toBe(200)
  })

  it('stops reading a chunked body that never ends once it passes the cap, and answers 413', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' } })
    const cap = 64 * 1024
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], app: { maxWebhookBytes: cap } })

    // Without a cap this request never gets an answer: the body has no end.
    const r = await post(bed.app.webhookUrl, { endless: true })
    expect(r.status).toBe(413)
    expect(r.closed).toBe(true)
    expect(r.sent).toBeGreaterThan(cap)
  })

  it('applies the cap to signed deliveries too, and accepts one of exactly the cap', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' } })
    const cap = 64 * 1024
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], app: { maxWebhookBytes: cap } })
    const padded = (size: number): { zen: string; hook_id: number } => {
      const empty = JSON.stringify({ zen: '', hook_id: 1 }).length
      return { zen: 'z'.repeat(size - empty), hook_id: 1 }
    }
    expect(JSON.stringify(padded(cap)).length).toBe(cap)

    const atCap = await bed.sim.webhooks.send({ event: 'ping', payload: padded(cap) })
    expect(atCap.status).toBe(200)
    const overCap = await bed.sim.webhooks.send({ event: 'ping', payload: padded(cap + 1) })
    expect(overCap.status).toBe(413)
    // A wrongly signed body under the cap is still judged by its signature, not its size.
    const unsigned = await bed.sim.webhooks.send({ event: 'ping', payload: padded(1024), signature: 'sha256=00' })
    expect(unsigned.status).toBeGreaterThanOrEqual(400)
    expect(unsigned.status).not.toBe(413)
  })
})
