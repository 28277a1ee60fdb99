import { describe, expect, it } from 'vitest'
import { serveSandbox } from '../../app/sandbox/serve-sandbox.ts'
import type { SandboxPrResult } from '../../app/sandbox/sandbox-pr.ts'

describe('sandbox mode (npm start without App credentials)', () => {
  it('prints how to open a PR, reports a first PR at once, and opens more through its control page', async () => {
    let text = ''
    const served = await serveSandbox({ out: (t) => void (text += t), demoHead: 'pr-spec-kit-problems' })
    try {
      expect(text).toContain('oda sandbox: no GitHub App credentials')
      expect(text).toContain(`curl -X POST '${served.controlUrl}/pulls?head=`)
      expect(text).toMatch(/PR #1 pr-spec-kit-problems -> main .*\n[\s\S]*✗ oda \/ spec-kit: failure/)
      const res = await fetch(`${served.controlUrl}/pulls?head=pr-leaked-secrets`, { method: 'POST' })
      expect(res.status).toBe(200)
      const body = (await res.json()) as SandboxPrResult
      expect(body.pull.number).toBe(2)
      expect(body.checkRuns.find((r) => r.name === 'oda / secrets')?.conclusion).toBe('failure')
      const bad = await fetch(`${served.controlUrl}/pulls?head=nope`, { method: 'POST' })
      expect(bad.status).toBe(400)
      expect(await bad.text()).toContain('branch \\"nope\\" is not in')
    } finally {
      await served.close()
    }
  }, 120_000)
})

describe('serveAppOrSandbox (oda start)', () => {
  it('serves the sandbox without App credentials and stops when asked', async () => {
    const { serveAppOrSandbox } = await import('../../app/sandbox/serve-app-or-sandbox.ts')
    let text = ''
    const stop = new AbortController()
    const done = serveAppOrSandbox({
      env: { APP_ID: '1' },
      out: (t) => {
        text += t
        if (text.includes('verdict:')) stop.abort()
      },
      signal: stop.signal,
    })
    expect(await done).toBe(0)
    expect(text).toContain('oda sandbox: no GitHub App credentials')
    expect(text).toMatch(/PR #1 .* on oda-sandbox\/odoo-shop/)
  }, 120_000)
})
