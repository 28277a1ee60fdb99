import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProbotOctokit } from 'probot'
import { octokitFor, startHarness, type Harness } from './sim-harness.ts'

describe('startSimulator', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h.close()
  })

  it('exchanges an app JWT for an installation token that then reads the repo', async () => {
    const app = new ProbotOctokit({
      baseUrl: h.sim.url,
      auth: { appId: h.sim.app.id, privateKey: h.sim.app.privateKey },
      throttle: { enabled: false },
    })
    const { data: me } = await app.rest.apps.getAuthenticated()
    expect(me?.slug).toBe('oda-sim')
    const { data: inst } = await app.rest.apps.getRepoInstallation({ owner: 'acme', repo: 'shop' })
    const { data: installs } = await app.rest.apps.listInstallations()
    expect(installs.map((i) => i.id)).toEqual([inst.id])
    const gh = new ProbotOctokit({
      baseUrl: h.sim.url,
      auth: { appId: h.sim.app.id, privateKey: h.sim.app.privateKey, installationId: inst.id },
      throttle: { enabled: false },
    })
    const { data: repo } = await gh.rest.repos.get({ owner: 'acme', repo: 'shop' })
    expect(repo.full_name).toBe('acme/shop')
    expect(repo.default_branch).toBe('main')
    expect(h.sim.violations).toEqual([])
  })

  it('rejects a JWT signed by another key with 401', async () => {
    const { generateKeyPairSync } = await import('node:crypto')
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs1', format: 'pem' })
      .toString()
    const app = new ProbotOctokit({
      baseUrl: h.sim.url,
      auth: { appId: h.sim.app.id, privateKey: other },
      throttle: { enabled: false },
      retry: { enabled: false },
    })
    await expect(app.rest.apps.getAuthenticated()).rejects.toMatchObject({ status: 401 })
  })

  it('rejects unknown and missing tokens with 401', async () => {
    await expect(
      octokitFor(h.sim, 'ghs_not-a-real-token').rest.repos.get({ owner: 'acme', repo: 'shop' }),
    ).rejects.toMatchObject({ status: 401 })
    const res = await fetch(`${h.sim.url}/repos/acme/shop`)
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ message: 'Requires authentication' })
  })

  it('answers 404 for a repository it does not serve', async () => {
    await expect(h.gh.rest.repos.get({ owner: 'acme', repo: 'nope' })).rejects.toMatchObject({ status: 404 })
  })

  it('answers 500 "unhandled route METHOD path" for routes it does not know, and logs it', async () => {
    const res = await fetch(`${h.sim.url}/repos/acme/shop/hooks`, {
      headers: { authorization: `token ${h.sim.issueToken()}` },
    })
    expect(res.status).toBe(500)
    expect(await res.json()).toMatchObject({ message: 'unhandled route GET /repos/acme/shop/hooks' })
    expect(h.sim.routeLog.entries.at(-1)).toMatchObject({
      method: 'GET',
      url: '/repos/acme/shop/hooks',
      status: 500,
      route: undefined,
    })
    expect(h.sim.violations.at(-1)).toMatchObject({ where: 'route', url: '/repos/acme/shop/hooks' })
    h.sim.violations.length = 0
  })

  it('sends x-ratelimit headers that count down per token', async () => {
    const token = h.sim.issueToken()
    const first = await fetch(`${h.sim.url}/repos/acme/shop`, { headers: { authorization: `token ${token}` } })
    const second = await fetch(`${h.sim.url}/repos/acme/shop`, { headers: { authorization: `token ${token}` } })
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(
      Number(first.headers.get('x-ratelimit-remaining')) - Number(second.headers.get('x-ratelimit-remaining')),
    ).toBe(1)
    expect(second.headers.get('x-ratelimit-resource')).toBe('core')
  })

  it('answers 400 to a body that is not JSON', async () => {
    const res = await fetch(`${h.sim.url}/repos/acme/shop/check-runs`, {
      method: 'POST',
      headers: { authorization: `token ${h.sim.issueToken()}` },
      body: '{nope',
    })
    expect(res.status).toBe(400)
  })
})
