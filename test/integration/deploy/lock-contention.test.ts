import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { runDeploy } from '../../../src/deploy/ops/deploy/run.ts'
import { deployInputSchema } from '../../../src/deploy/ops/deploy/schema.ts'
import type { ReleaseRecord } from '../../../src/deploy/release-record.ts'
import { createFileDeployLock } from '../../../src/deploy/local/file-deploy-lock.ts'
import { join } from 'node:path'
import { createDeployFixture, type DeployFixture } from './deploy-fixture.ts'

let fx: DeployFixture
beforeEach(async () => {
  fx = await createDeployFixture()
})
afterEach(async () => {
  await fx.cleanup()
})

describe('the environment lock without GitHub (local file lock)', () => {
  it('lets exactly one of two simultaneous deploys run; the other is told who holds the lock', async () => {
    const config = fx.config({ target: 'local', extraSteps: [{ name: 'settle', run: 'sleep 2' }] })
    const input = deployInputSchema.parse({ environment: 'staging', ref: 'v1' })
    const [a, b] = await Promise.all([
      runDeploy(createOpContext({ cwd: fx.repo, config, runId: 'run-a' }), input),
      runDeploy(createOpContext({ cwd: fx.repo, config, runId: 'run-b' }), input),
    ])
    const records = [a.data as ReleaseRecord, b.data as ReleaseRecord]
    expect(records.map((r) => r.outcome).sort()).toEqual(['deployed', 'refused'])
    const loser = records.find((r) => r.outcome === 'refused')!
    const winner = records.find((r) => r.outcome === 'deployed')!
    expect(loser.failure).toContain(`environment staging is locked by oda-run:${winner.lock!.runId}`)
    expect(loser.steps).toEqual([])
  })

  it('releases the lock after the run and takes over a lock whose lease expired', async () => {
    const config = fx.config({ target: 'local' })
    const lock = createFileDeployLock({ dir: join(fx.repo, '.oda', 'state', 'locks'), now: () => new Date() })
    await lock.acquire({
      environment: 'staging',
      owner: 'crashed',
      runId: 'old',
      runUrl: 'oda-run:old',
      reason: 'deploy',
      createdAt: '2020-01-01T00:00:00Z',
      expiresAt: '2020-01-01T01:00:00Z',
    })
    const report = await runDeploy(
      createOpContext({ cwd: fx.repo, config, runId: 'new' }),
      deployInputSchema.parse({ environment: 'staging', ref: 'v1' }),
    )
    expect((report.data as ReleaseRecord).outcome).toBe('deployed')
    expect(await lock.read('staging')).toBeUndefined()
  })
})
