import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { runDeploy } from '../../../src/deploy/ops/deploy/run.ts'
import { deployInputSchema } from '../../../src/deploy/ops/deploy/schema.ts'
import { healthInputSchema } from '../../../src/deploy/ops/health/schema.ts'
import type { ReleaseRecord } from '../../../src/deploy/release-record.ts'
import { createDeployFixture, type DeployFixture } from './deploy-fixture.ts'

let fx: DeployFixture
beforeEach(async () => {
  fx = await createDeployFixture()
})
afterEach(async () => {
  await fx.cleanup()
})

describe('hostile input never reaches a shell or the file system', () => {
  it('refuses a ref carrying shell syntax before git, the API or a target sees it', async () => {
    const marker = join(fx.app, 'ran')
    const config = fx.config({
      target: 'local',
      extraSteps: [{ name: 'mark', run: `touch ${JSON.stringify(marker)}` }],
    })
    const ctx = createOpContext({ cwd: fx.repo, config })
    for (const ref of [
      'main; rm -rf /',
      '$(touch /tmp/oda-pwned)',
      '--upload-pack=touch /tmp/oda-pwned',
      'main..v1',
      '`id`',
    ]) {
      // bad input, as an unknown option is: the CLI exits 2
      await expect(runDeploy(ctx, deployInputSchema.parse({ environment: 'staging', ref }))).rejects.toMatchObject({
        usage: true,
        message: expect.stringContaining('is not a valid git ref'),
      })
    }
    expect(existsSync(marker)).toBe(false)
    expect(existsSync('/tmp/oda-pwned')).toBe(false)
    expect(await fx.currentHealth()).toBeUndefined()
  })

  it('rejects an environment name with ../ at the input schema, and the op refuses one that slips past', async () => {
    expect(deployInputSchema.safeParse({ environment: '../../etc', ref: 'main' }).success).toBe(false)
    expect(healthInputSchema.safeParse({ environment: 'staging/../prod' }).success).toBe(false)
    const ctx = createOpContext({ cwd: fx.repo, config: fx.config({ target: 'local' }) })
    for (const environment of ['../../etc', '__proto__', 'constructor']) {
      const error = await runDeploy(ctx, { environment, ref: 'main', reason: 'x', dryRun: false }).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect((error as Error).message).toContain('is not configured in .github/oda.yml')
    }
    expect(existsSync(join(fx.repo, '.oda'))).toBe(false)
  })

  it('refuses a ref the environment does not allow, by its full name', async () => {
    const ctx = createOpContext({ cwd: fx.repo, config: fx.config({ target: 'local', allowedRefs: ['refs/tags/v*'] }) })
    const denied = await runDeploy(ctx, deployInputSchema.parse({ environment: 'staging', ref: 'main' }))
    expect((denied.data as ReleaseRecord).failure).toBe(
      'refs/heads/main may not be deployed to staging; allowed: refs/tags/v*',
    )
    const sha = await runDeploy(ctx, deployInputSchema.parse({ environment: 'staging', ref: fx.shas.good2 }))
    expect((sha.data as ReleaseRecord).outcome).toBe('refused')
    const allowed = await runDeploy(ctx, deployInputSchema.parse({ environment: 'staging', ref: 'v1', dryRun: true }))
    expect((allowed.data as ReleaseRecord).outcome).toBe('planned')
  })

  it('deploys production only from the default branch or a tag when allowedRefs is empty', async () => {
    const config = fx.config({ target: 'local' })
    config.environments.staging!.production = true
    const ctx = createOpContext({ cwd: fx.repo, config })
    const sha = await runDeploy(
      ctx,
      deployInputSchema.parse({ environment: 'staging', ref: fx.shas.broken, dryRun: true }),
    )
    expect((sha.data as ReleaseRecord).failure).toBe(
      `${fx.shas.broken} may not be deployed to staging; allowed: refs/heads/main, refs/tags/** (the production default; set allowedRefs to change it)`,
    )
    for (const ref of ['main', 'v1'])
      expect(
        (
          (await runDeploy(ctx, deployInputSchema.parse({ environment: 'staging', ref, dryRun: true })))
            .data as ReleaseRecord
        ).outcome,
      ).toBe('planned')
  })

  it('names a ref that does not exist', async () => {
    const ctx = createOpContext({ cwd: fx.repo, config: fx.config({ target: 'local' }) })
    await expect(
      runDeploy(ctx, deployInputSchema.parse({ environment: 'staging', ref: 'no-such-branch' })),
    ).rejects.toMatchObject({ usage: true, message: 'ref "no-such-branch" does not exist in the repository' })
  })
})
