import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ProbotOctokit } from 'probot'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { OdaConfig } from '../../src/config/schema.ts'
import type { ReleaseRecord } from '../../src/deploy/release-record.ts'
import { createOpContext } from '../../src/engine/create-context.ts'
import { encodeLock } from '../../src/deploy/encode-lock.ts'
import { createGitHubDeployLock } from '../../src/deploy/github/github-deploy-lock.ts'
import { runDeploy } from '../../src/deploy/ops/deploy/run.ts'
import { deployInputSchema } from '../../src/deploy/ops/deploy/schema.ts'
import { startSimulator, type Simulator } from '../../src/sim/start-simulator.ts'
import { startSshd, type TestSshd } from '../helpers/sshd.ts'
import { createDeployFixture, type DeployFixture } from '../integration/deploy/deploy-fixture.ts'

// A deploy that runs longer than its lock's TTL must keep the lock (a heartbeat renews it), so a
// second deploy to the same environment is refused; a deploy that loses its lock must stop at once.
// Real sshd on loopback, the lock as a ref in the GitHub simulator.

const repo = { owner: 'acme', repo: 'shop' }
const TTL_S = 6
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

/** A config whose last step runs `seconds` and leaves `<app>/<name>` behind when it finishes. */
function slowConfig(name: string, seconds: number): OdaConfig {
  const q = JSON.stringify
  const config = fx.config({
    extraSteps: [
      {
        name: 'migrate',
        run: `echo $$ > ${q(join(fx.app, `${name}.pid`))}; touch ${q(join(fx.app, `${name}.started`))}; sleep ${seconds}; touch ${q(join(fx.app, `${name}.finished`))}`,
      },
    ],
  })
  // Seconds instead of the schema's whole minutes, so the test outlives the TTL quickly.
  config.environments['staging']!.lockTtlMinutes = TTL_S / 60
  return config
}

const deploy = async (config: OdaConfig, runId: string): Promise<ReleaseRecord> =>
  (
    await runDeploy(
      createOpContext({
        cwd: fx.repo,
        config,
        actor: 'alice',
        face: 'action',
        runId: `run-${runId}`,
        env: {
          DEPLOY_KEY: sshd.privateKey,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_RUN_ID: runId,
          GITHUB_EVENT_NAME: 'workflow_dispatch',
        },
        ports: { github: gh, repo },
      }),
      deployInputSchema.parse({ environment: 'staging', ref: 'v1' }),
    )
  ).data as ReleaseRecord

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits until `ok`, failing with the deploy's record if the deploy ends first. */
async function until(what: string, ok: () => boolean, running?: Promise<ReleaseRecord>): Promise<void> {
  let ended: ReleaseRecord | undefined
  void running?.then((r) => (ended = r))
  const deadline = Date.now() + 60_000
  while (!ok()) {
    if (ended) throw new Error(`the deploy ended before ${what}: ${JSON.stringify(ended)}`)
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('the deploy lock holds for the whole deploy', () => {
  it('keeps the lock of a deploy that runs past its TTL: a second deploy meanwhile is refused', async () => {
    const first = deploy(slowConfig('a', TTL_S * 3), '1')
    await until('the first deploy to reach its long step', () => existsSync(join(fx.app, 'a.started')), first)
    await pause(TTL_S * 1000 + 1500) // the first lease would have run out by now without renewal
    const second = await deploy(slowConfig('b', 0), '2')
    expect(second.outcome).toBe('refused')
    expect(second.failure).toContain('environment staging is locked by https://github.com/acme/shop/actions/runs/1')
    expect(existsSync(join(fx.app, 'b.started'))).toBe(false)
    const done = await first
    expect(done.outcome).toBe('deployed')
    expect(existsSync(join(fx.app, 'a.finished'))).toBe(true)
    // Released at the end, not left to expire.
    await expect(gh.rest.git.getRef({ ...repo, ref: 'oda/locks/staging' })).rejects.toMatchObject({ status: 404 })
  }, 120_000)

  it('stops a deploy that lost its lock: the running step is killed, no rollback, the Deployment ends in error', async () => {
    const first = deploy(slowConfig('a', 30), '1')
    await until('the deploy to reach its long step', () => existsSync(join(fx.app, 'a.started')), first)
    // Another run takes the lock over in one step (an operator forcing it, say).
    const other = createGitHubDeployLock({
      octokit: gh,
      ...repo,
      now: () => new Date(),
      anchorSha: async () => fx.shas.good1,
    })
    const tag = await gh.rest.git.createTag({
      ...repo,
      tag: 'oda-lock-staging',
      message: encodeLock({
        environment: 'staging',
        owner: 'bob',
        runId: 'run-other',
        runUrl: 'https://github.com/acme/shop/actions/runs/9',
        reason: 'hotfix',
        createdAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 600_000).toISOString(),
      }),
      object: fx.shas.good1,
      type: 'commit',
    })
    // The deploy's own heartbeat may update the ref at the same instant (GitHub then answers 422): try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await gh.rest.git.updateRef({ ...repo, ref: 'oda/locks/staging', sha: tag.data.sha, force: true })
        break
      } catch (error) {
        if (attempt >= 5) throw error
      }
    }
    const started = Date.now()
    const done = await first
    expect(Date.now() - started).toBeLessThan(20_000) // stopped long before its 30 s step would end
    expect(done.outcome).toBe('failed')
    expect(done.failure).toContain('lost the lock on environment staging')
    expect(done.failure).toContain('locked by https://github.com/acme/shop/actions/runs/9')
    expect(done.rollback).toBeUndefined()
    // The step was stopped on the host too, not only abandoned by oda.
    const pid = Number(readFileSync(join(fx.app, 'a.pid'), 'utf8'))
    await until('the step to end on the host', () => !alive(pid))
    expect(existsSync(join(fx.app, 'a.finished'))).toBe(false)
    const statuses = (await gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: done.deploymentId! })).data
    expect(statuses.map((s) => s.state)).toEqual(['error', 'in_progress'])
    // The other run's lock is left alone.
    expect((await other.read('staging'))?.runId).toBe('run-other')
  }, 120_000)
})
