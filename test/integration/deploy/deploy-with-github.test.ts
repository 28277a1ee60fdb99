import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ProbotOctokit } from 'probot'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import { createOpContext } from '../../../src/engine/create-context.ts'
import type { OdaConfig } from '../../../src/config/schema.ts'
import { runDeploy } from '../../../src/deploy/ops/deploy/run.ts'
import { runRollback } from '../../../src/deploy/ops/rollback/run.ts'
import { deployInputSchema } from '../../../src/deploy/ops/deploy/schema.ts'
import { rollbackInputSchema } from '../../../src/deploy/ops/rollback/schema.ts'
import type { ReleaseRecord } from '../../../src/deploy/release-record.ts'
import { createGitHubDeployLock } from '../../../src/deploy/github/github-deploy-lock.ts'
import { startSshd, type TestSshd } from '../../helpers/sshd.ts'
import { createDeployFixture, type DeployFixture } from './deploy-fixture.ts'

const repo = { owner: 'acme', repo: 'shop' }
let sshd: TestSshd
let fx: DeployFixture
let sim: Simulator
let gh: InstanceType<typeof ProbotOctokit>

beforeAll(async () => {
  sshd = await startSshd()
})
afterAll(async () => {
  await sshd.stop()
})
beforeEach(async () => {
  fx = await createDeployFixture(sshd)
  sim = await startSimulator({ repos: [{ ...repo, gitDir: fx.repo }] })
  gh = new ProbotOctokit({
    baseUrl: sim.url,
    auth: { token: sim.issueToken() },
    throttle: { enabled: false },
    retry: { enabled: false },
  })
})
afterEach(async () => {
  sim.assertNoViolations()
  await sim.close()
  await fx.cleanup()
})

const actionsEnv = (runId: string) => ({
  DEPLOY_KEY: sshd.privateKey,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: runId,
  GITHUB_EVENT_NAME: 'workflow_dispatch',
})
const context = (config: OdaConfig, runId = '100') =>
  createOpContext({
    cwd: fx.repo,
    config,
    actor: 'alice',
    face: 'action',
    runId: `run-${runId}`,
    env: actionsEnv(runId),
    ports: { github: gh, repo },
  })
const deploy = async (config: OdaConfig, ref: string, runId?: string) =>
  (await runDeploy(context(config, runId), deployInputSchema.parse({ environment: 'staging', ref })))
    .data as ReleaseRecord
const statesOf = async (id: number) =>
  (await gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id })).data.map((s) => s.state)

describe('deploy recorded in GitHub (simulator) with the lock ref', () => {
  it('creates a Deployment with payload and moves it in_progress -> success with the environment URL', async () => {
    const record = await deploy(fx.config(), 'main')
    expect(record.outcome).toBe('deployed')
    expect(record.sha).toBe(fx.shas.good2)
    expect(record.runUrl).toBe('https://github.com/acme/shop/actions/runs/100')
    expect(record.trigger).toBe('action:workflow_dispatch')
    const { data: d } = await gh.rest.repos.getDeployment({ ...repo, deployment_id: record.deploymentId! })
    expect(d).toMatchObject({
      sha: fx.shas.good2,
      environment: 'staging',
      task: 'deploy',
      payload: { tool: 'oda', actor: 'alice', sha: fx.shas.good2, runUrl: record.runUrl },
    })
    const statuses = (await gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id })).data
    expect(statuses.map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(statuses[0]?.environment_url).toBe(`http://127.0.0.1:${fx.port}`)
    await expect(gh.rest.git.getRef({ ...repo, ref: 'oda/locks/staging' })).rejects.toMatchObject({ status: 404 })
  })

  it('rolls back automatically to the last good deployment from the Deployments history', async () => {
    const good = await deploy(fx.config(), 'v1', '1')
    const bad = await deploy(fx.config(), fx.shas.broken, '2')
    expect(bad.outcome).toBe('rolled_back')
    expect(bad.rollback).toMatchObject({ toSha: fx.shas.good1, toDeploymentId: good.deploymentId, healthy: true })
    // The rollback's success may add `inactive` to older deployments (auto_inactive); what matters is that the bad one failed and never succeeded.
    expect((await statesOf(bad.deploymentId!)).filter((s) => s !== 'inactive')).toEqual(['failure', 'in_progress'])
    expect((await statesOf(bad.rollback!.deploymentId!))[0]).toBe('success')
    expect(await fx.currentHealth()).toBe('{"status":"pass"}')
  })

  it('rollback with no SHA returns to the previous good deployment and records it', async () => {
    await deploy(fx.config(), 'v1', '1')
    await deploy(fx.config(), 'main', '2')
    // A deployment Actions records for a job's `environment:` is not oda's and must not count.
    const foreign = await gh.rest.repos.createDeployment({
      ...repo,
      ref: fx.shas.broken,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
    })
    if (!('id' in foreign.data)) throw new Error('no deployment')
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: foreign.data.id, state: 'success' })
    const report = await runRollback(context(fx.config(), '3'), rollbackInputSchema.parse({ environment: 'staging' }))
    const record = report.data as ReleaseRecord
    expect(record).toMatchObject({ kind: 'rollback', outcome: 'deployed', sha: fx.shas.good1 })
    const { data: d } = await gh.rest.repos.getDeployment({ ...repo, deployment_id: record.deploymentId! })
    expect(d.payload).toMatchObject({ kind: 'rollback', rolledBackFrom: record.rolledBackFrom })
  })

  it('lets exactly one of two simultaneous deploys run; the other fails "locked by <run>"', async () => {
    const config = fx.config({ target: 'local', extraSteps: [{ name: 'settle', run: 'sleep 1' }] })
    const [a, b] = await Promise.all([deploy(config, 'v1', '201'), deploy(config, 'v1', '202')])
    expect([a.outcome, b.outcome].sort()).toEqual(['deployed', 'refused'])
    const loser = a.outcome === 'refused' ? a : b
    const winner = a.outcome === 'refused' ? b : a
    expect(loser.failure).toContain(`environment staging is locked by ${winner.runUrl} (alice`)
    expect(loser.deploymentId).toBeUndefined()
  })

  it('takes over a lock whose lease ran out, and never steals a ref oda did not write', async () => {
    const lock = createGitHubDeployLock({
      octokit: gh,
      ...repo,
      now: () => new Date(),
      anchorSha: async () => fx.shas.good1,
    })
    const crashed = await lock.acquire({
      environment: 'staging',
      owner: 'bob',
      runId: 'old',
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
      reason: 'deploy',
      createdAt: '2020-01-01T00:00:00Z',
      expiresAt: '2020-01-01T01:00:00Z',
    })
    expect(crashed.acquired).toBe(true)
    expect((await deploy(fx.config({ target: 'local' }), 'v1')).outcome).toBe('deployed')
    await gh.rest.git.createRef({ ...repo, ref: 'refs/oda/locks/staging', sha: fx.shas.good1 })
    const refused = await deploy(fx.config({ target: 'local' }), 'v1')
    expect(refused.failure).toContain('lock ref not written by oda')
  })

  it('builds its own client from a token when the face gives only githubToken (Actions face)', async () => {
    const ctx = createOpContext({
      cwd: fx.repo,
      config: fx.config({ target: 'local' }),
      actor: 'alice',
      face: 'action',
      env: actionsEnv('300'),
      ports: { repo, githubToken: sim.issueToken(), githubApiUrl: sim.url },
    })
    const record = (await runDeploy(ctx, deployInputSchema.parse({ environment: 'staging', ref: 'v1' })))
      .data as ReleaseRecord
    expect(record.outcome).toBe('deployed')
    expect(await statesOf(record.deploymentId!)).toEqual(['success', 'in_progress'])
  }, 60_000)

  it('lets exactly one of several runs replace an expired lock ref, and removes its takeover marker', async () => {
    const lock = () =>
      createGitHubDeployLock({ octokit: gh, ...repo, now: () => new Date(), anchorSha: async () => fx.shas.good1 })
    const info = (runId: string, expiresAt = '2999-01-01T00:00:00Z') => ({
      environment: 'prod',
      owner: runId,
      runId,
      runUrl: `https://github.com/acme/shop/actions/runs/${runId}`,
      reason: 'deploy',
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt,
    })
    await lock().acquire(info('crashed', '2020-01-01T00:00:00Z'))
    const attempts = await Promise.all(['a', 'b', 'c', 'd'].map((r) => lock().acquire(info(r))))
    const winners = attempts.filter((a) => a.acquired)
    expect(winners).toHaveLength(1)
    expect(winners[0]).toMatchObject({ replacedExpired: { runId: 'crashed' } })
    const losers = attempts.filter((a) => !a.acquired)
    // Losers name a live run (the winner, or a run that was taking over at that instant), never the dead one.
    for (const l of losers) if (!l.acquired) expect(['a', 'b', 'c', 'd']).toContain(l.holder.runId)
    await expect(gh.rest.git.getRef({ ...repo, ref: 'oda/takeover/prod' })).rejects.toMatchObject({ status: 404 })
  })

  it('refuses cleanly when GitHub rejects the Deployment for a failing required context, and frees the lock', async () => {
    await gh.rest.repos.createCommitStatus({ ...repo, sha: fx.shas.good1, state: 'failure', context: 'ci' })
    const config = fx.config({ target: 'local' })
    config.environments.staging!.deployment.requiredContexts = ['ci']
    const record = await deploy(config, 'v1')
    expect(record.outcome).toBe('failed')
    expect(record.failure).toContain('GitHub refused the deployment: Conflict: Commit status checks failed')
    expect(record.steps).toEqual([])
    await expect(gh.rest.git.getRef({ ...repo, ref: 'oda/locks/staging' })).rejects.toMatchObject({ status: 404 })
  })
})
