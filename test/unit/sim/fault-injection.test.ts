import { ProbotOctokit } from 'probot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './sim-harness.ts'

describe('fault injection', () => {
  let h: Harness
  let sha: string
  const repo = { owner: 'acme', repo: 'shop' }
  beforeAll(async () => {
    h = await startHarness()
    sha = h.seed.branches.main ?? ''
  })
  afterEach(() => {
    h.sim.faults.clear()
  })
  afterAll(async () => {
    await h.close()
  })
  /** Probot's Octokit with its retry plugin on (fast back-off) and pacing off. */
  const retrying = () =>
    new ProbotOctokit({
      baseUrl: h.sim.url,
      auth: { token: h.sim.issueToken() },
      throttle: { enabled: false },
      retry: { retryAfterBaseValue: 5 },
    })

  it('a 502 on check-run create is retried by the retry plugin and the run is created once', async () => {
    const fault = h.sim.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', status: 502 })
    const { data } = await retrying().rest.checks.create({ ...repo, name: 'after-502', head_sha: sha })
    expect(data.name).toBe('after-502')
    expect(fault.hits).toBe(1)
    expect(
      h.sim.routeLog
        .calls('POST /repos/{owner}/{repo}/check-runs')
        .slice(-2)
        .map((e) => e.status),
    ).toEqual([502, 201])
    expect([...h.sim.state.checkRuns.values()].filter((r) => r.name === 'after-502')).toHaveLength(1)
  })

  it('a route that keeps failing exhausts the retries and surfaces the 5xx', async () => {
    const fault = h.sim.faults.add({ path: /\/check-runs$/, status: 503, times: Infinity })
    await expect(retrying().rest.checks.create({ ...repo, name: 'never', head_sha: sha })).rejects.toMatchObject({
      status: 503,
    })
    expect(fault.hits).toBe(4)
  })

  it('a secondary rate limit (403 + retry-after) is waited out by the throttling plugin', async () => {
    const fault = h.sim.faults.add({
      method: 'POST',
      path: '/repos/acme/shop/check-runs',
      secondary: true,
      retryAfter: 1,
    })
    let waited: number | undefined
    const gh = new ProbotOctokit({
      baseUrl: h.sim.url,
      auth: { token: h.sim.issueToken() },
      retry: { enabled: false },
      throttle: {
        id: `sim-fault-${Date.now()}`,
        onRateLimit: () => true,
        onSecondaryRateLimit: (retryAfter: number) => ((waited = retryAfter), true),
      },
    })
    const { data } = await gh.rest.checks.create({ ...repo, name: 'after-403', head_sha: sha })
    expect(data.name).toBe('after-403')
    expect(waited).toBe(1)
    expect(fault.hits).toBe(1)
    const [refused] = h.sim.routeLog.calls('POST /repos/{owner}/{repo}/check-runs').filter((e) => e.status === 403)
    expect(refused?.note).toBe('injected fault 403')
  })

  it('an exhausted primary rate limit is waited out until x-ratelimit-reset by the throttling plugin', async () => {
    const fault = h.sim.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', primary: true, retryAfter: 1 })
    let limited = false
    const gh = new ProbotOctokit({
      baseUrl: h.sim.url,
      auth: { token: h.sim.issueToken() },
      retry: { enabled: false },
      throttle: {
        id: `sim-primary-${Date.now()}`,
        onRateLimit: () => ((limited = true), true),
        onSecondaryRateLimit: () => false,
      },
    })
    expect((await gh.rest.repos.get(repo)).status).toBe(200)
    expect(limited).toBe(true)
    expect(fault.hits).toBe(1)
  })

  it('without the retry plugin a fault reaches the caller, with GitHub-shaped bodies', async () => {
    h.sim.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', secondary: true, retryAfter: 7 })
    const err = await h.gh.rest.repos.get(repo).catch((e: unknown) => e)
    expect(err).toMatchObject({
      status: 403,
      response: { headers: { 'retry-after': '7' }, data: { message: expect.stringContaining('secondary rate limit') } },
    })
    h.sim.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 500, body: { message: 'custom' } })
    await expect(h.gh.rest.repos.get(repo)).rejects.toMatchObject({
      status: 500,
      response: { data: { message: 'custom' } },
    })
    expect((await h.gh.rest.repos.get(repo)).status).toBe(200)
  })

  it('a delayed answer lets a later request finish first', async () => {
    h.sim.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}/pulls', delayMs: 300 })
    const order: string[] = []
    await Promise.all([
      h.gh.rest.pulls.list(repo).then(() => order.push('slow')),
      h.gh.rest.repos.get(repo).then(() => order.push('fast')),
    ])
    expect(order).toEqual(['fast', 'slow'])
  })

  it('a removed fault no longer applies', async () => {
    const fault = h.sim.faults.add({ path: '/repos/{owner}/{repo}', status: 502, times: Infinity })
    fault.remove()
    expect((await h.gh.rest.repos.get(repo)).status).toBe(200)
    expect(fault.hits).toBe(0)
  })
})
