import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { Redactor } from '../../../src/log/redactor.ts'
import { builtinRedactionPatterns } from '../../../src/log/builtin-patterns.ts'
import { createLogger } from '../../../src/log/create-logger.ts'
import type { TraceStep } from '../../../src/op/context.ts'
import type { OdaConfig } from '../../../src/config/schema.ts'
import { runDeploy } from '../../../src/deploy/ops/deploy/run.ts'
import { runRollback } from '../../../src/deploy/ops/rollback/run.ts'
import { runHealth } from '../../../src/deploy/ops/health/run.ts'
import { deployInputSchema } from '../../../src/deploy/ops/deploy/schema.ts'
import { rollbackInputSchema } from '../../../src/deploy/ops/rollback/schema.ts'
import type { ReleaseRecord } from '../../../src/deploy/release-record.ts'
import { startSshd, type TestSshd } from '../../helpers/sshd.ts'
import { createDeployFixture, type DeployFixture } from './deploy-fixture.ts'

let sshd: TestSshd
let fx: DeployFixture

beforeAll(async () => {
  sshd = await startSshd()
})
afterAll(async () => {
  await sshd.stop()
})
beforeEach(async () => {
  fx = await createDeployFixture(sshd)
})
afterEach(async () => {
  await fx.cleanup()
})

function context(
  config: OdaConfig,
  o: { env?: Record<string, string>; logs?: string[]; trace?: TraceStep[]; runId?: string } = {},
) {
  const redactor = new Redactor({ patterns: builtinRedactionPatterns })
  const log = createLogger({ redactor, level: 'info', write: (line) => o.logs?.push(line) })
  return createOpContext({
    cwd: fx.repo,
    config,
    actor: 'alice',
    runId: o.runId,
    redactor,
    log,
    env: { DEPLOY_KEY: sshd.privateKey, ...o.env },
    trace: o.trace,
  })
}

async function deploy(config: OdaConfig, ref: string, o: Parameters<typeof context>[1] = {}) {
  const report = await runDeploy(context(config, o), deployInputSchema.parse({ environment: 'staging', ref }))
  return { report, record: report.data as ReleaseRecord }
}

describe('deploy over SSH to a real sshd', () => {
  it('deploys a good release, health-checks it and records the deployment', async () => {
    const { report, record } = await deploy(fx.config(), 'v1')
    expect(report.conclusion).toBe('success')
    expect(record.outcome).toBe('deployed')
    expect(record.sha).toBe(fx.shas.good1)
    expect(record.refName).toBe('refs/tags/v1')
    expect(record.target).toBe(`ssh://${sshd.user}@127.0.0.1:${sshd.port}`)
    expect(record.steps.map((s) => [s.name, s.exitCode])).toEqual([
      ['stop', 0],
      ['fetch', 0],
      ['start', 0],
    ])
    expect(record.health?.ok).toBe(true)
    expect(record.health?.results[0]).toMatchObject({ name: 'odoo', ok: true })
    expect(record.lock?.owner).toBe('alice')
    expect(record.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(await fx.currentHealth()).toBe('{"status":"pass"}')
  })

  it('rolls a broken release back to the last good one automatically, and says so', async () => {
    await deploy(fx.config(), 'v1')
    const { report, record } = await deploy(fx.config(), fx.shas.broken)
    expect(report.conclusion).toBe('failure')
    expect(record.outcome).toBe('rolled_back')
    expect(record.failure).toContain('health checks failed: odoo')
    expect(record.health?.results[0]?.message).toContain('status=fail')
    expect(record.rollback).toMatchObject({ toSha: fx.shas.good1, healthy: true })
    expect(report.title).toContain(`rolled back to ${fx.shas.good1.slice(0, 7)} (healthy)`)
    expect(await fx.currentHealth()).toBe('{"status":"pass"}')
  })

  it('reports a broken release as failed and leaves it when auto-rollback is off', async () => {
    await deploy(fx.config(), 'v1')
    const { record } = await deploy(fx.config({ autoRollback: false }), fx.shas.broken)
    expect(record.outcome).toBe('failed')
    expect(record.rollback).toBeUndefined()
    expect(await fx.currentHealth()).toBe('{"status":"fail"}')
  })

  it('rollback with no SHA returns to the previous good deployment', async () => {
    await deploy(fx.config(), fx.shas.good1)
    await deploy(fx.config(), fx.shas.good2)
    const report = await runRollback(context(fx.config()), rollbackInputSchema.parse({ environment: 'staging' }))
    const record = report.data as ReleaseRecord
    expect(record.outcome).toBe('deployed')
    expect(record.kind).toBe('rollback')
    expect(record.sha).toBe(fx.shas.good1)
    // A second rollback must not swing back to the release just rolled away from.
    const again = await runRollback(context(fx.config()), rollbackInputSchema.parse({ environment: 'staging' }))
    expect(again.conclusion).toBe('failure')
    expect((again.data as ReleaseRecord).failure).toContain('no earlier successful deployment')
  })

  it('refuses to roll back to a SHA never deployed there, unless --force and on the default branch', async () => {
    await deploy(fx.config(), fx.shas.good1)
    const refused = await runRollback(
      context(fx.config()),
      rollbackInputSchema.parse({ environment: 'staging', sha: fx.shas.good2 }),
    )
    expect((refused.data as ReleaseRecord).failure).toContain('never deployed successfully to staging')
    const forced = await runRollback(
      context(fx.config()),
      rollbackInputSchema.parse({ environment: 'staging', sha: fx.shas.good2, force: true }),
    )
    expect((forced.data as ReleaseRecord).outcome).toBe('deployed')
  })

  it('kills a step that outlives its timeout, with everything it started on the host', async () => {
    const marker = join(fx.app, 'survived')
    const config = fx.config({
      extraSteps: [{ name: 'migrate', run: `(sleep 3; touch ${JSON.stringify(marker)}) & sleep 30`, timeoutS: 1 }],
      autoRollback: false,
    })
    const { record } = await deploy(config, 'v1')
    expect(record.failure).toBe('step migrate timed out after 1s')
    expect(record.steps.at(-1)).toMatchObject({ name: 'migrate', timedOut: true })
    await new Promise((r) => setTimeout(r, 3500))
    expect(existsSync(marker)).toBe(false)
  })

  it('never lets a step print a secret value, in the record, the trace or the logs', async () => {
    const secret = 'hunter2-very-secret-token'
    const trace: TraceStep[] = []
    const logs: string[] = []
    const config = fx.config({
      secrets: ['ODOO_ADMIN_PASSWORD'],
      extraSteps: [{ name: 'leak', run: 'echo "password is $ODOO_ADMIN_PASSWORD"' }],
    })
    const { report, record } = await deploy(config, 'v1', { env: { ODOO_ADMIN_PASSWORD: secret }, trace, logs })
    expect(record.outcome).toBe('deployed')
    expect(logs.join('')).toContain('password is ***')
    const everything = JSON.stringify({ report, trace, logs })
    expect(everything).not.toContain(secret)
    expect(record.steps.at(-1)?.outputTail).toBe('password is ***')
    expect(everything).not.toContain(sshd.privateKey.split('\n')[1])
  })

  it('refuses when a required secret is missing, naming it and running nothing', async () => {
    const { record } = await deploy(fx.config({ secrets: ['ODOO_ADMIN_PASSWORD'] }), 'v1')
    expect(record.outcome).toBe('refused')
    expect(record.failure).toContain('ODOO_ADMIN_PASSWORD')
    expect(record.steps).toEqual([])
    expect(await fx.currentHealth()).toBeUndefined()
  })

  it('runs the health op with checks, latency and probes as a parseable document', async () => {
    await deploy(fx.config(), 'v1')
    const report = await runHealth(context(fx.config()), { environment: 'staging', wait: false, probes: true })
    expect(report.conclusion).toBe('success')
    const data = report.data as {
      ok: boolean
      checks: { name: string; latencyMs: number }[]
      probes: { name: string; status: string; value: unknown }[]
    }
    expect(data.ok).toBe(true)
    expect(data.checks[0]?.latencyMs).toBeGreaterThanOrEqual(0)
    expect(data.probes.find((p) => p.name === 'queue')?.value).toBe(3)
    expect(data.probes.find((p) => p.name === 'disk')?.value).toMatchObject({ path: '/' })
    expect(JSON.parse(JSON.stringify(report.data))).toEqual(report.data)
  })

  it('accepts a bare-host known_hosts line and a key pasted with CRLF, and refuses a wrong host key', async () => {
    const config = fx.config()
    const bareLine = sshd.knownHosts.replace(`[127.0.0.1]:${sshd.port}`, '127.0.0.1')
    config.environments.staging!.target.knownHosts = bareLine
    const crlf = await runHealth(context(config, { env: { DEPLOY_KEY: sshd.privateKey.replace(/\n/g, '\r\n') } }), {
      environment: 'staging',
      wait: false,
      probes: true,
    })
    expect(
      (crlf.data as { probes: { name: string; status: string }[] }).probes.find((p) => p.name === 'disk')?.status,
    ).toBe('ok')
    config.environments.staging!.target.knownHosts = `127.0.0.1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq7d0Hh0rX3G2ZbQx6v1rXbZ6N0nU4M0yKq1mXz4X7b\n`
    const { record } = await deploy(config, 'v1')
    expect(record.outcome).toBe('failed')
    expect(record.failure).toContain('Host key verification failed')
    expect(await fx.currentHealth()).toBeUndefined()
  })
})
