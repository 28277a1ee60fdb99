import { createHmac } from 'node:crypto'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeGitRepo, startBed, type Bed } from '../integration/app/harness.ts'

// A malformed delivery is the sender's fault: 400, never a 500 that reads as the App failing
// (and that GitHub shows as a failed delivery of ours). And the webhook answer time the App
// reports on /metrics must count from when the delivery reached it, not from when its handler
// got to run: GitHub's 10 s budget does not wait for the App's header parsing.

let bed: Bed
beforeAll(async () => {
  bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' } }) }] })
})
afterAll(async () => bed.close())

function sign(body: string): string {
  return `sha256=${createHmac('sha256', bed.sim.app.webhookSecret).update(body).digest('hex')}`
}

describe('malformed webhooks', () => {
  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['a string', '"pull_request"'],
    ['invalid JSON', '{nope'],
  ])('answers 400 for a correctly signed body that is %s, and queues nothing', async (_what, body) => {
    const r = await fetch(bed.app.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-github-delivery': `malformed-${body}`,
        'x-hub-signature-256': sign(body),
      },
      body,
    })
    expect(r.status).toBe(400)
    expect(await bed.app.queue.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 0 })
  })
})

describe('the webhook answer time on /metrics', () => {
  it('counts from the connection, so time before the handler runs is not left out', async () => {
    const url = new URL(bed.app.webhookUrl)
    const before = (await (await fetch(new URL('/metrics', url))).json()) as { webhookAckMs: { count: number } }
    const body = JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 1 })
    const head = [
      `POST ${url.pathname} HTTP/1.1`,
      `host: ${url.host}`,
      'content-type: application/json',
      'x-github-event: ping',
      'x-github-delivery: slow-headers',
      `x-hub-signature-256: ${sign(body)}`,
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
    ]
    const gapMs = 400
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname)
      let text = ''
      socket.setEncoding('utf8')
      socket.on('data', (d) => (text += d))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
      // the request line at once, the rest of the headers after a pause: the App has the
      // connection all along, but its request handler cannot start before the headers end
      socket.once('connect', () => {
        socket.write(`${head[0]}\r\n`)
        setTimeout(() => socket.write(`${head.slice(1).join('\r\n')}\r\n\r\n${body}`), gapMs)
      })
    })
    expect(answer).toMatch(/^HTTP\/1\.1 200/)
    const after = (await (await fetch(new URL(`/metrics?since=${before.webhookAckMs.count}`, url))).json()) as {
      webhookAckMs: { count: number; max: number }
    }
    expect(after.webhookAckMs.count).toBe(before.webhookAckMs.count + 1)
    expect(after.webhookAckMs.max).toBeGreaterThanOrEqual(gapMs)
  })
})
