import { randomUUID } from 'node:crypto'
import { sign } from '@octokit/webhooks-methods'
import type { JsonObject } from '../json.ts'

/** One POST of a webhook, kept so tests can inspect and redeliver it. */
export interface Delivery {
  /** `X-GitHub-Delivery`; a redelivery reuses it, as GitHub does. */
  id: string
  event: string
  action: string | undefined
  url: string
  payload: JsonObject
  /** Status the app answered, undefined when the request failed or timed out. */
  status: number | undefined
  responseBody: string
  error?: string
  durationMs: number
  redelivery: boolean
}

export interface SendOptions {
  event: string
  payload: JsonObject
  /** Defaults to the target set with `configure` (the app's webhook URL). */
  url?: string
  secret?: string
  /** Force a delivery id (a redelivery); a fresh UUID otherwise. */
  id?: string
  /** Sign with this signature instead (tests of rejection); `false` sends no signature header. */
  signature?: string | false
}

/** GitHub gives up on a delivery after 10 s and does not retry it. */
const deliveryTimeoutMs = 10_000

/**
 * Sends webhooks over real HTTP, signed like GitHub (`X-Hub-Signature-256`, HMAC-SHA256 of
 * the exact body) with a unique `X-GitHub-Delivery`.
 */
export class WebhookSender {
  readonly deliveries: Delivery[] = []
  #target: { url: string; secret: string } | undefined
  readonly #pending = new Set<Promise<unknown>>()
  readonly #hookId: number

  constructor(target?: { url: string; secret: string }, hookId = 1) {
    this.#target = target
    this.#hookId = hookId
  }

  /** Where events the simulator raises by itself (rerequests, opened PRs) are sent. */
  configure(target: { url: string; secret: string }): void {
    this.#target = target
  }

  get target(): { url: string; secret: string } | undefined {
    return this.#target
  }

  async send(o: SendOptions): Promise<Delivery> {
    const url = o.url ?? this.#target?.url
    const secret = o.secret ?? this.#target?.secret
    if (!url || secret === undefined)
      throw new Error('webhooks.send: no url/secret; pass them or call sim.webhooks.configure({ url, secret })')
    const id = o.id ?? randomUUID()
    const body = JSON.stringify(o.payload)
    const signature = o.signature === undefined ? await sign(secret, body) : o.signature
    const installation = o.payload.installation
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/oda-sim',
      'x-github-event': o.event,
      'x-github-delivery': id,
      'x-github-hook-id': String(this.#hookId),
      'x-github-hook-installation-target-type': 'integration',
      ...(typeof installation === 'object' && installation !== null && !Array.isArray(installation)
        ? { 'x-github-hook-installation-target-id': String(installation.id) }
        : {}),
      ...(signature === false ? {} : { 'x-hub-signature-256': signature }),
    }
    const started = performance.now()
    const action = typeof o.payload.action === 'string' ? o.payload.action : undefined
    const delivery: Delivery = {
      id,
      event: o.event,
      action,
      url,
      payload: o.payload,
      status: undefined,
      responseBody: '',
      durationMs: 0,
      redelivery: o.id !== undefined,
    }
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(deliveryTimeoutMs),
        redirect: 'manual',
      })
      delivery.status = res.status
      delivery.responseBody = await res.text()
    } catch (e) {
      delivery.error = e instanceof Error ? e.message : String(e)
    }
    delivery.durationMs = Math.round(performance.now() - started)
    this.deliveries.push(delivery)
    return delivery
  }

  /** Sends a past delivery again with the same `X-GitHub-Delivery` and payload. */
  async redeliver(id: string): Promise<Delivery> {
    const past = this.deliveries.find((d) => d.id === id)
    if (!past) throw new Error(`webhooks.redeliver: no delivery ${id}`)
    return this.send({ event: past.event, payload: past.payload, url: past.url, id })
  }

  /** Sends without waiting (what GitHub does after a write); `idle()` waits for these. */
  emit(event: string, payload: JsonObject): void {
    if (!this.#target) return
    const p = this.send({ event, payload }).catch(() => undefined)
    this.#pending.add(p)
    void p.finally(() => this.#pending.delete(p))
  }

  /** Resolves when every emitted delivery has been answered. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending])
  }
}
