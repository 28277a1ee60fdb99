import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './sim-harness.ts'

describe('deployments and deployment statuses', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h.close()
  })
  const repo = { owner: 'acme', repo: 'shop' }
  const deploy = async (ref: string, environment: string) => {
    const res = await h.gh.rest.repos.createDeployment({
      ...repo,
      ref,
      environment,
      required_contexts: [],
      auto_merge: false,
      payload: { via: 'test' },
    })
    if (res.status !== 201 || !('id' in res.data)) throw new Error(`deployment not created: ${res.status}`)
    return res.data
  }

  it('creates deployments and lists them newest first with environment/sha/ref filters', async () => {
    const a = await deploy('main', 'staging')
    const b = await deploy('pr-spec-kit-problems', 'staging')
    const c = await deploy('main', 'production')
    expect(a).toMatchObject({
      ref: 'main',
      sha: h.seed.branches.main,
      environment: 'staging',
      task: 'deploy',
      payload: { via: 'test' },
      production_environment: false,
    })
    expect(c.production_environment).toBe(true)
    const staging = await h.gh.rest.repos.listDeployments({ ...repo, environment: 'staging' })
    expect(staging.data.map((d) => d.id)).toEqual([b.id, a.id])
    const bySha = await h.gh.rest.repos.listDeployments({ ...repo, sha: h.seed.branches.main })
    expect(bySha.data.map((d) => d.id)).toEqual([c.id, a.id])
    const byRef = await h.gh.rest.repos.listDeployments({ ...repo, ref: 'pr-spec-kit-problems' })
    expect(byRef.data.map((d) => d.id)).toEqual([b.id])
    expect((await h.gh.rest.repos.getDeployment({ ...repo, deployment_id: b.id })).data.ref).toBe(
      'pr-spec-kit-problems',
    )
    expect(h.sim.violations).toEqual([])
  })

  it('refuses a deployment while a required context is not green (409), as GitHub does by default', async () => {
    const sha = h.seed.branches.main ?? ''
    await h.gh.rest.repos.createCommitStatus({ ...repo, sha, state: 'failure', context: 'ci' })
    const err = await h.gh.rest.repos
      .createDeployment({ ...repo, ref: 'main', environment: 'qa', auto_merge: false })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({
      status: 409,
      response: { data: { message: 'Conflict: Commit status checks failed for main.' } },
    })
    await h.gh.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'ci' })
    const ok = await h.gh.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'qa', auto_merge: false })
    expect(ok.status).toBe(201)
    const statuses = await h.gh.rest.repos.listCommitStatusesForRef({ ...repo, ref: sha })
    expect(statuses.data.map((s) => s.state)).toEqual(['success', 'failure'])
  })

  it('adds statuses, marks the previous deployment of the environment inactive on success', async () => {
    const first = await deploy('main', 'uat')
    await h.gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: first.id,
      state: 'success',
      description: 'first',
      environment_url: 'https://uat.example.com',
    })
    const second = await deploy('main', 'uat')
    await h.gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: second.id,
      state: 'in_progress',
      log_url: 'https://ci.example.com/2',
    })
    const { data: ok } = await h.gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: second.id,
      state: 'success',
      description: 'second',
    })
    const firstStatuses = await h.gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: first.id })
    expect(firstStatuses.data.map((s) => s.state)).toEqual(['inactive', 'success'])
    const secondStatuses = await h.gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: second.id })
    expect(secondStatuses.data.map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(
      (await h.gh.rest.repos.getDeploymentStatus({ ...repo, deployment_id: second.id, status_id: ok.id })).data
        .description,
    ).toBe('second')
    expect(h.sim.violations).toEqual([])
  })

  it('refuses a deployment status description over 140 characters with 422', async () => {
    const d = await deploy('main', 'demo')
    const before = h.sim.violations.length
    const err = await h.gh.rest.repos
      .createDeploymentStatus({ ...repo, deployment_id: d.id, state: 'success', description: 'x'.repeat(141) })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({
      status: 422,
      response: { data: { message: expect.stringContaining('maximum is 140') } },
    })
    expect(h.sim.violations.slice(before)).toEqual([
      expect.objectContaining({ where: 'limits', operationId: 'repos/create-deployment-status' }),
    ])
    const ok = await h.gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: d.id,
      state: 'success',
      description: 'x'.repeat(140),
    })
    expect(ok.status).toBe(201)
    h.sim.violations.length = before
  })

  it('answers 404 for an unknown deployment', async () => {
    await expect(h.gh.rest.repos.getDeployment({ ...repo, deployment_id: 424242 })).rejects.toMatchObject({
      status: 404,
    })
  })
})
