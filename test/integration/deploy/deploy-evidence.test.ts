import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runOp } from '../../../src/engine/run-op.ts'
import { redactionSources } from '../../../src/ops/registry.ts'
import { openStore } from '../../../src/engine/store/open-store.ts'
import type { Store } from '../../../src/engine/store/store.ts'
import { verifyEvidence } from '../../../src/engine/evidence/verify-evidence.ts'
import { deployOp } from '../../../src/deploy/ops/deploy/index.ts'
import type { ReleaseRecord } from '../../../src/deploy/release-record.ts'
import { startSshd, type TestSshd } from '../../helpers/sshd.ts'
import { createDeployFixture, type DeployFixture } from './deploy-fixture.ts'

let sshd: TestSshd
let fx: DeployFixture
let store: Store
let dataDir: string

beforeAll(async () => {
  sshd = await startSshd()
  fx = await createDeployFixture(sshd)
  dataDir = mkdtempSync(join(tmpdir(), 'oda-deploy-data-'))
  store = await openStore({ dataDir })
})
afterAll(async () => {
  await store.close()
  await fx.cleanup()
  await sshd.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('deploy through the run engine', () => {
  it('writes an evidence pack for a deploy that rolled back, which verifies and holds no secret', async () => {
    const secret = 'evidence-secret-value-42'
    const config = fx.config({
      secrets: ['ODOO_ADMIN_PASSWORD'],
      extraSteps: [{ name: 'announce', run: 'echo "admin password $ODOO_ADMIN_PASSWORD"' }],
    })
    const env = { DEPLOY_KEY: sshd.privateKey, ODOO_ADMIN_PASSWORD: secret }
    const common = {
      op: deployOp,
      face: 'cli' as const,
      actor: 'alice',
      actorPermission: 'admin' as const,
      store,
      config,
      cwd: fx.repo,
      env,
      dataDir,
      redaction: redactionSources(),
      evidence: { root: join(dataDir, 'evidence') },
    }
    const good = await runOp({ ...common, rawInput: { environment: 'staging', ref: 'v1' } })
    expect(good.state).toBe('succeeded')
    const bad = await runOp({ ...common, rawInput: { environment: 'staging', ref: fx.shas.broken } })
    expect(bad.state).toBe('failed')
    expect(bad.evidencePath).toBeTruthy()
    expect((await verifyEvidence(bad.evidencePath!)).problems).toEqual([])
    const pack = JSON.parse(readFileSync(join(bad.evidencePath!, 'evidence.json'), 'utf8')) as {
      data: ReleaseRecord
      trace: { name: string }[]
    }
    expect(pack.data).toMatchObject({
      kind: 'deploy',
      outcome: 'rolled_back',
      actor: 'alice',
      sha: fx.shas.broken,
      rollback: { toSha: fx.shas.good1, healthy: true },
    })
    expect(pack.data.steps.map((s) => s.name)).toEqual(['stop', 'fetch', 'start', 'announce'])
    expect(pack.data.lock?.owner).toBe('alice')
    expect(pack.trace.map((s) => s.name)).toContain('rollback: health')
    const everything =
      readFileSync(join(bad.evidencePath!, 'evidence.json'), 'utf8') +
      readFileSync(join(bad.evidencePath!, 'VERIFICATION.md'), 'utf8')
    expect(everything).not.toContain(secret)
    expect(everything).toContain('admin password ***')
  })

  it('refuses bad input at the engine before anything runs', async () => {
    await expect(
      runOp({
        op: deployOp,
        face: 'cli',
        actor: 'alice',
        actorPermission: 'admin',
        store,
        config: fx.config(),
        cwd: fx.repo,
        env: {},
        dataDir,
        redaction: redactionSources(),
        rawInput: { environment: '../etc', ref: 'main' },
      }),
    ).rejects.toThrow(/environment/)
  })
})
