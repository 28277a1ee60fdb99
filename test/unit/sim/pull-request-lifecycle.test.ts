import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Delivery } from '../../../src/sim/webhooks/webhook-sender.ts'
import { startHarness, type Harness } from './sim-harness.ts'

describe('pull request lifecycle helpers', () => {
  let h: Harness
  const bodies: { event: string; payload: unknown }[] = []
  let server: Server
  beforeAll(async () => {
    h = await startHarness()
    server = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString('utf8')))
      req.on('end', () => {
        bodies.push({ event: String(req.headers['x-github-event']), payload: JSON.parse(body) })
        res.end('ok')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    h.sim.webhooks.configure({
      url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
      secret: h.sim.app.webhookSecret,
    })
  })
  afterAll(async () => {
    await h.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  const repo = { owner: 'acme', repo: 'shop' }

  it('synchronize picks up a new commit on the head branch and sends the new SHA', async () => {
    const { pull } = await h.sim.openPullRequest({ ...repo, head: 'pr-spec-kit-problems', draft: true })
    const oldSha = pull.headSha
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', h.seed.gitDir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        encoding: 'utf8',
      }).trim()
    git('checkout', '-q', 'pr-spec-kit-problems')
    writeFileSync(join(h.seed.gitDir, 'extra.md'), 'more\n')
    git('add', 'extra.md')
    git('commit', '-q', '-m', 'more')
    git('checkout', '-q', 'main')
    const newSha = git('rev-parse', 'pr-spec-kit-problems')
    const { delivery } = await h.sim.updatePullRequest({ ...repo, number: pull.number, action: 'synchronize' })
    expect(pull.headSha).toBe(newSha)
    expect(delivery?.status).toBe(200)
    expect(bodies.at(-1)).toMatchObject({
      event: 'pull_request',
      payload: { action: 'synchronize', before: oldSha, after: newSha, pull_request: { head: { sha: newSha } } },
    })
    const files = await h.gh.paginate(h.gh.rest.pulls.listFiles, { ...repo, pull_number: pull.number })
    expect(files.map((f) => f.filename)).toContain('extra.md')
    await h.sim.updatePullRequest({ ...repo, number: pull.number, action: 'ready_for_review' })
    await h.sim.updatePullRequest({ ...repo, number: pull.number, action: 'closed' })
    expect(pull).toMatchObject({ draft: false, state: 'closed' })
    expect((await h.gh.rest.pulls.list({ ...repo })).data.map((p) => p.number)).not.toContain(pull.number)
  })

  it('requestAction delivers check_run.requested_action with the button identifier', async () => {
    const sha = h.seed.branches.main ?? ''
    const { data } = await h.gh.rest.checks.create({
      ...repo,
      name: 'oda / spec-kit',
      head_sha: sha,
      conclusion: 'failure',
      output: { title: 't', summary: 's' },
      actions: [{ label: 'Re-run', description: 'Run again', identifier: 'rerun' }],
    })
    const d: Delivery = await h.sim.requestAction({ checkRunId: data.id, identifier: 'rerun', user: 'alice' })
    expect(d.status).toBe(200)
    expect(bodies.at(-1)).toMatchObject({
      event: 'check_run',
      payload: {
        action: 'requested_action',
        requested_action: { identifier: 'rerun' },
        sender: { login: 'alice' },
        check_run: { id: data.id },
      },
    })
    expect(h.sim.checkRunsFor({ ...repo, sha, latest: true }).map((r) => r.name)).toEqual(['oda / spec-kit'])
  })

  it('waitFor resolves once the condition holds and fails with the route log otherwise', async () => {
    let n = 0
    await h.sim.waitFor(() => ++n >= 3, { intervalMs: 1 })
    expect(n).toBe(3)
    await expect(h.sim.waitFor(() => false, { timeoutMs: 30, intervalMs: 5, what: 'nothing' })).rejects.toThrow(
      /nothing still false.*route log/s,
    )
  })
})
