import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { verify } from '@octokit/webhooks-methods'
import { createNodeMiddleware, Probot } from 'probot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './sim-harness.ts'

interface Received {
  event: string
  delivery: string
  action: string | undefined
}

describe('webhook delivery', () => {
  let h: Harness
  let server: Server
  const received: Received[] = []
  const raw: { signature: string | undefined; body: string }[] = []
  beforeAll(async () => {
    h = await startHarness()
    const probot = new Probot({
      appId: h.sim.app.id,
      privateKey: h.sim.app.privateKey,
      secret: h.sim.app.webhookSecret,
      baseUrl: h.sim.url,
      logLevel: 'fatal',
    })
    const middleware = await createNodeMiddleware(
      (app) => {
        app.onAny((ctx) => {
          received.push({
            event: ctx.name,
            delivery: ctx.id,
            action: 'action' in ctx.payload && typeof ctx.payload.action === 'string' ? ctx.payload.action : undefined,
          })
        })
      },
      { probot, webhooksPath: '/api/github/webhooks' },
    )
    server = createServer((req, res) => {
      if (req.url === '/raw') {
        let body = ''
        req.on('data', (c: Buffer) => (body += c.toString('utf8')))
        req.on('end', () => {
          const sig = req.headers['x-hub-signature-256']
          raw.push({ signature: typeof sig === 'string' ? sig : undefined, body })
          res.end('ok')
        })
        return
      }
      void middleware(req, res, () => {
        res.writeHead(404).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address: AddressInfo | string | null = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    h.sim.webhooks.configure({ url: `http://127.0.0.1:${port}/api/github/webhooks`, secret: h.sim.app.webhookSecret })
  })
  afterAll(async () => {
    await h.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('delivers pull_request.opened on openPullRequest, signed so Probot accepts it', async () => {
    const { delivery } = await h.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'pr-spec-kit-problems' })
    expect(delivery?.status).toBe(200)
    expect(received.at(-1)).toEqual({ event: 'pull_request', delivery: delivery?.id, action: 'opened' })
  })

  it('signs the exact body with X-Hub-Signature-256', async () => {
    const url = h.sim.webhooks.target?.url.replace('/api/github/webhooks', '/raw') ?? ''
    await h.sim.webhooks.send({
      event: 'pull_request',
      payload: h.sim.webhooks.pullRequest({ owner: 'acme', repo: 'shop', number: 1, action: 'synchronize' }),
      url,
    })
    const last = raw.at(-1)
    expect(last?.signature).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(await verify(h.sim.app.webhookSecret, last?.body ?? '', last?.signature ?? '')).toBe(true)
    expect(await verify('another secret', last?.body ?? '', last?.signature ?? '')).toBe(false)
  })

  it('gives each delivery a unique id and redelivers with the same id', async () => {
    const payload = h.sim.webhooks.pullRequest({ owner: 'acme', repo: 'shop', number: 1, action: 'reopened' })
    const a = await h.sim.webhooks.send({ event: 'pull_request', payload })
    const b = await h.sim.webhooks.send({ event: 'pull_request', payload })
    expect(a.id).not.toBe(b.id)
    const again = await h.sim.webhooks.redeliver(a.id)
    expect(again).toMatchObject({ id: a.id, redelivery: true, status: 200 })
    expect(received.slice(-3).map((r) => r.delivery)).toEqual([a.id, b.id, a.id])
  })

  it('is refused by the receiver when the signature is wrong or missing', async () => {
    const payload = h.sim.webhooks.pullRequest({ owner: 'acme', repo: 'shop', number: 1 })
    const before = received.length
    const wrong = await h.sim.webhooks.send({ event: 'pull_request', payload, secret: 'not the secret' })
    const none = await h.sim.webhooks.send({ event: 'pull_request', payload, signature: false })
    expect(wrong.status).toBeGreaterThanOrEqual(400)
    expect(none.status).toBeGreaterThanOrEqual(400)
    expect(received.length).toBe(before)
  })

  it('emits check_run.rerequested when a run is rerequested through the API', async () => {
    const sha = h.seed.branches['pr-spec-kit-problems'] ?? ''
    const { data } = await h.gh.rest.checks.create({
      owner: 'acme',
      repo: 'shop',
      name: 'oda / manifest',
      head_sha: sha,
      conclusion: 'success',
      output: { title: 't', summary: 's' },
    })
    await h.gh.rest.checks.rerequestRun({ owner: 'acme', repo: 'shop', check_run_id: data.id })
    await h.sim.webhooks.idle()
    expect(received.at(-1)).toMatchObject({ event: 'check_run', action: 'rerequested' })
    expect(h.sim.webhooks.deliveries.at(-1)?.payload).toMatchObject({ check_run: { id: data.id } })
  })

  it('records a failed delivery instead of throwing when nothing listens', async () => {
    const d = await h.sim.webhooks.send({ event: 'ping', payload: { zen: 'x' }, url: 'http://127.0.0.1:1/hook' })
    expect(d.status).toBeUndefined()
    expect(d.error).toBeTruthy()
  })
})
