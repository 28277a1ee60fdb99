import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defaultConfig, odaConfigSchema } from '../../../src/config/schema.ts'
import { defineOp } from '../../../src/op/define-op.ts'
import { InputError, isUsageError } from '../../../src/engine/errors.ts'
import { UnknownEnvironmentError } from '../../../src/config/unknown-environment-error.ts'
import { verifyEvidence } from '../../../src/engine/evidence/verify-evidence.ts'
import { readFileSync } from 'node:fs'
import { makeReport } from '../../../src/op/report.ts'
import { runOp, type RunOpOptions } from '../../../src/engine/run-op.ts'
import type { Store } from '../../../src/engine/store/store.ts'
import { backends, openSpec } from './store/backends.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'oda-runop-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

let executed = 0
const echo = defineOp({
  name: 'test.echo',
  summary: 'echoes its message',
  input: z.object({ message: z.string().describe('what to say'), token: z.string().default('') }),
  secretInputs: ['token'],
  run: async (ctx, input) => {
    executed++
    return ctx.step('say', async (s) => {
      s.note(`saying ${input.message} with ${input.token}`)
      return makeReport({ conclusion: 'success', title: `said ${input.message}`, summary: input.message })
    })
  },
})

describe.each(backends())('runOp on $name', (backend) => {
  let store: Store
  beforeEach(async () => {
    store = openSpec(backend.fresh())
    await store.migrate()
    executed = 0
    return async () => {
      await store.close()
      await backend.cleanup()
    }
  })
  const base = (over: Partial<RunOpOptions> = {}): RunOpOptions => ({
    op: echo,
    rawInput: { message: 'hi' },
    face: 'cli',
    actor: 'alice',
    actorPermission: 'write',
    store,
    dataDir,
    redaction: { patterns: [], secretNames: () => [] },
    ...over,
  })

  it('records a successful run with its trace, policy decision and report', async () => {
    const record = await runOp(base())
    expect(record.state).toBe('succeeded')
    expect(record.conclusion).toBe('success')
    expect(record.trace.map((s) => [s.name, s.status])).toEqual([['say', 'succeeded']])
    expect(record.pdrs).toEqual([expect.objectContaining({ rule: 'permission', verdict: 'allow' })])
    const stored = await store.getRun(record.id)
    expect(stored?.report?.title).toBe('said hi')
    expect(stored?.startedAt).toBeDefined()
    expect(stored?.endedAt).toBeDefined()
  })

  it('masks the credential formats and configured secret names the op families contribute', async () => {
    const op = defineOp({
      name: 'test.families',
      summary: 'prints what families say is secret',
      input: z.object({}),
      run: async (ctx) =>
        makeReport({
          conclusion: 'success',
          title: `key ${ctx.env['SITE_KEY']} and token zzk_0123456789abcdef`, // oda:allow fake credentials for this test
        }),
    })
    const redaction = {
      patterns: [{ id: 'test:zzk', regex: /zzk_[0-9a-f]{16}/g }],
      secretNames: (config: { redact: { env: string[] } }) => (config.redact.env.length === 0 ? ['SITE_KEY'] : []),
    }
    const env = { SITE_KEY: 'site-key-value-42' } // oda:allow fake credential for this test
    const record = await runOp(base({ op, rawInput: {}, env, redaction }))
    expect(record.title).toBe('key *** and token ***')
    const bare = await runOp(base({ op, rawInput: {}, env }))
    expect(bare.title).toContain('site-key-value-42')
  })

  it('rejects bad input before anything runs or is recorded', async () => {
    await expect(runOp(base({ rawInput: { message: 42 } }))).rejects.toThrow(InputError)
    await expect(runOp(base({ rawInput: { message: 42 } }))).rejects.toThrow(/message: .*expected string/)
    await expect(runOp(base({ rawInput: {} }))).rejects.toThrow('message: is required (string)')
    expect(executed).toBe(0)
    expect(await store.listRuns()).toEqual([])
  })

  it('masks secret input values and configured env secrets in the record, trace and report', async () => {
    const config = odaConfigSchema.parse({ redact: { env: ['SHOP_DB_PASSWORD'] } })
    const op = defineOp({
      name: 'test.leak',
      summary: 'leaks',
      input: z.object({}),
      run: async (ctx) =>
        ctx.step('print', async (s) => {
          s.note(`password is ${ctx.env['SHOP_DB_PASSWORD']}`)
          return makeReport({
            conclusion: 'failure',
            title: `db password ${ctx.env['SHOP_DB_PASSWORD']}`,
            summary: 'x',
            findings: [
              { path: 'a', line: 1, level: 'failure', ruleId: 'r', message: `found ${ctx.env['SHOP_DB_PASSWORD']}` },
            ],
          })
        }),
    })
    const record = await runOp(base({ op, rawInput: {}, config, env: { SHOP_DB_PASSWORD: 's3cr3t-Value-99' } })) // oda:allow fake credential for this test
    const text = JSON.stringify(await store.getRun(record.id))
    expect(text).not.toContain('s3cr3t-Value-99')
    expect(record.title).toBe('db password ***')
    const second = await runOp(base({ rawInput: { message: 'hello', token: 'tok-abcdef-123456' } })) // oda:allow fake credential for this test
    expect(JSON.stringify(await store.getRun(second.id))).not.toContain('tok-abcdef-123456')
  })

  it('denies an actor without the required permission and never runs the op', async () => {
    const guarded = defineOp({ ...echo, name: 'test.guarded', guard: { permission: 'maintain' } })
    const record = await runOp(base({ op: guarded }))
    expect(executed).toBe(0)
    expect(record.state).toBe('failed')
    expect(record.conclusion).toBe('action_required')
    expect(record.pdrs[0]).toMatchObject({
      rule: 'permission',
      verdict: 'deny',
      inputs: { required: 'maintain', actorPermission: 'write' },
    })
    expect(record.title).toMatch(/alice has write permission but test.guarded requires maintain/)
  })

  it('lets the repo config raise an op permission', async () => {
    const config = odaConfigSchema.parse({ policy: { permissions: { 'test.echo': 'admin' } } })
    const record = await runOp(base({ config }))
    expect(record.pdrs[0]).toMatchObject({
      verdict: 'deny',
      inputs: { source: '.github/oda.yml policy.permissions.test.echo' },
    })
  })

  it('denies side effects during a change freeze covering the environment, allows others', async () => {
    const deployish = defineOp({
      ...echo,
      name: 'test.deploy',
      sideEffects: true,
      input: z.object({ env: z.string() }),
      guard: { environment: (i: unknown) => (i as { env: string }).env },
      run: async () => makeReport({ conclusion: 'success', title: 'released' }),
    })
    const config = odaConfigSchema.parse({
      environments: { prod: {}, staging: {} },
      policy: {
        freezes: [
          { from: '2026-12-20T00:00:00Z', to: '2027-01-02T00:00:00Z', environments: ['prod'], reason: 'holidays' },
        ],
      },
    })
    const now = () => new Date('2026-12-24T10:00:00Z')
    const prod = await runOp(base({ op: deployish, rawInput: { env: 'prod' }, config, now }))
    expect(prod.conclusion).toBe('action_required')
    expect(prod.pdrs.find((d) => d.rule === 'freeze-window')).toMatchObject({
      verdict: 'deny',
      reason: expect.stringContaining('holidays'),
    })
    const staging = await runOp(base({ op: deployish, rawInput: { env: 'staging' }, config, now }))
    expect(staging.pdrs.find((d) => d.rule === 'freeze-window')?.verdict).toBe('allow')
    const backupish = defineOp({
      ...deployish,
      name: 'test.backup',
      guard: { environment: (i: unknown) => (i as { env: string }).env, freezeExempt: true },
    })
    const backup = await runOp(base({ op: backupish, rawInput: { env: 'prod' }, config, now }))
    expect(backup.error).toBeUndefined()
    expect(backup.state).toBe('succeeded')
    expect(backup.pdrs.find((d) => d.rule === 'freeze-window')).toBeUndefined()
  })

  it('resolves the environment against the config before policy: a typo during a freeze is a usage error, not a denial', async () => {
    const deployish = defineOp({
      ...echo,
      name: 'test.deploy',
      sideEffects: true,
      input: z.object({ env: z.string() }),
      guard: { environment: (i: unknown) => (i as { env: string }).env },
      run: async () => {
        executed++
        return makeReport({ conclusion: 'success', title: 'released' })
      },
    })
    const config = odaConfigSchema.parse({
      environments: { production: {}, staging: {} },
      policy: { freezes: [{ from: '2026-12-20T00:00:00Z', to: '2027-01-02T00:00:00Z', reason: 'holidays' }] },
    })
    const now = () => new Date('2026-12-24T10:00:00Z')
    const typo = runOp(base({ op: deployish, rawInput: { env: 'prodution' }, config, now }))
    await expect(typo).rejects.toThrow(UnknownEnvironmentError)
    await expect(typo).rejects.toMatchObject({
      usage: true,
      environment: 'prodution',
      message: expect.stringMatching(
        /"prodution" is not configured .*configured: production, staging; did you mean "production"\?/,
      ),
    })
    expect(isUsageError(await typo.catch((error: unknown) => error))).toBe(true)
    expect(executed).toBe(0)
    expect(await store.listRuns()).toEqual([])
    const frozen = await runOp(base({ op: deployish, rawInput: { env: 'production' }, config, now }))
    expect(frozen.pdrs.find((d) => d.rule === 'freeze-window')).toMatchObject({ verdict: 'deny' })
    const none = runOp(base({ op: deployish, rawInput: { env: 'prod' }, config: defaultConfig(), now }))
    await expect(none).rejects.toThrow(/no environments are configured/)
  })

  it('enforces a rate limit per scope and hour', async () => {
    const limited = defineOp({
      ...echo,
      name: 'test.limited',
      guard: { ratePerHour: 2, scope: (i: unknown) => (i as { message: string }).message },
    })
    expect((await runOp(base({ op: limited }))).state).toBe('succeeded')
    expect((await runOp(base({ op: limited }))).state).toBe('succeeded')
    const third = await runOp(base({ op: limited }))
    expect(third.state).toBe('failed')
    expect(third.pdrs.find((d) => d.rule === 'rate-limit')).toMatchObject({ verdict: 'deny' })
    expect((await runOp(base({ op: limited, rawInput: { message: 'other scope' } }))).state).toBe('succeeded')
  })

  it('enforces a cooldown after the previous run ended', async () => {
    let t = Date.parse('2026-11-01T10:00:00Z')
    const now = () => new Date(t)
    const cool = defineOp({ ...echo, name: 'test.cool', guard: { cooldownS: 60 } })
    expect((await runOp(base({ op: cool, now }))).state).toBe('succeeded')
    t += 30_000
    const early = await runOp(base({ op: cool, now }))
    expect(early.pdrs.find((d) => d.rule === 'cooldown')).toMatchObject({
      verdict: 'deny',
      reason: expect.stringContaining('wait 30s'),
    })
    t += 31_000
    expect((await runOp(base({ op: cool, now }))).state).toBe('succeeded')
  })

  it('lets exactly one of two concurrent runs hold a lock; the other is told who holds it', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const locked = defineOp({
      ...echo,
      name: 'test.locked',
      guard: { lock: () => 'env:prod', timeoutS: 60 },
      run: async () => {
        await gate
        return makeReport({ conclusion: 'success', title: 'deployed' })
      },
    })
    const first = runOp(base({ op: locked }))
    await new Promise((r) => setTimeout(r, 200))
    const second = await runOp(base({ op: locked }))
    release()
    const done = await first
    expect(done.state).toBe('succeeded')
    expect(second.state).toBe('failed')
    expect(second.title).toContain(`locked by ${done.id}`)
    // The lock is free again once the holder finished.
    expect((await runOp(base({ op: locked }))).state).toBe('succeeded')
  })

  it('ends a run that outlives its timeout as timed_out, even when the op ignores the signal', async () => {
    const slow = defineOp({
      ...echo,
      name: 'test.slow',
      guard: { timeoutS: 0.3 },
      run: async (ctx) => ctx.step('wait', () => new Promise(() => undefined)),
    })
    const record = await runOp(base({ op: slow }))
    expect(record.state).toBe('timed_out')
    expect(record.conclusion).toBe('timed_out')
    expect(record.title).toBe('test.slow timed out after 0.3s')
  })

  it('records cancellation from the face', async () => {
    const controller = new AbortController()
    const slow = defineOp({
      ...echo,
      name: 'test.cancel',
      run: async (ctx) =>
        new Promise((_r, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('stopped')))),
    })
    setTimeout(() => controller.abort(), 100)
    const record = await runOp(base({ op: slow, signal: controller.signal }))
    expect(record.state).toBe('cancelled')
  })

  it('records a crashing op as failed with its (redacted) error', async () => {
    const crash = defineOp({
      ...echo,
      name: 'test.crash',
      run: async () => {
        throw new Error('boom with ghp_' + 'a'.repeat(36))
      },
    })
    const record = await runOp(base({ op: crash }))
    expect(record.state).toBe('failed')
    expect(record.error).toContain('boom with ***')
    expect(record.error).not.toContain('aaaaaaaaaaaa')
  })

  it('records an op usage error as a failed run and rethrows it when the face asks', async () => {
    class MissingDirError extends Error {
      override name = 'MissingDirError'
      readonly usage = true
    }
    const picky = defineOp({
      ...echo,
      name: 'test.picky',
      run: async () => {
        throw new MissingDirError('folder nope does not exist')
      },
    })
    const recorded = await runOp(base({ op: picky }))
    expect(recorded.state).toBe('failed')
    expect(recorded.title).toBe('test.picky: folder nope does not exist')
    await expect(runOp(base({ op: picky, rethrowUsageErrors: true }))).rejects.toThrow(MissingDirError)
    expect((await store.listRuns({ op: 'test.picky' })).map((r) => r.state)).toEqual(['failed', 'failed'])
  })

  it('refuses a report that breaks the Report schema', async () => {
    const bad = defineOp({ ...echo, name: 'test.bad', run: async () => ({ conclusion: 'great', title: 1 }) as never })
    const record = await runOp(base({ op: bad }))
    expect(record.state).toBe('failed')
    expect(record.report?.summary).toMatch(/invalid report/)
  })

  it('writes an evidence pack that verifies, chained to the previous pack of the topic', async () => {
    const root = join(dataDir, `evidence-${backend.name}`)
    const first = await runOp(
      base({ evidence: { root, topic: 'echo' }, rawInput: { message: 'one', token: 'tok-zzzzzz-999999' } }),
    )
    const second = await runOp(base({ evidence: { root, topic: 'echo' } }))
    expect(first.evidencePath).toBeDefined()
    expect(second.evidenceDigest).toMatch(/^[0-9a-f]{64}$/)
    const pack = JSON.parse(readFileSync(join(second.evidencePath!, 'evidence.json'), 'utf8')) as {
      previous: { digest: string } | null
      runId: string
    }
    expect(pack.previous?.digest).toBe(first.evidenceDigest)
    expect(pack.runId).toBe(second.id)
    expect(readFileSync(join(first.evidencePath!, 'evidence.json'), 'utf8')).not.toContain('tok-zzzzzz-999999')
    expect((await verifyEvidence(root)).problems).toEqual([])
  })

  it('keeps runs apart under many concurrent invocations', async () => {
    const records = await Promise.all(
      Array.from({ length: 40 }, (_, i) => runOp(base({ rawInput: { message: `m${i}` } }))),
    )
    expect(new Set(records.map((r) => r.id)).size).toBe(40)
    const listed = await store.listRuns({ limit: 100 })
    expect(listed.filter((r) => r.state === 'succeeded')).toHaveLength(40)
    expect(new Set(listed.map((r) => r.title))).toEqual(
      new Set(records.map((r) => `said ${(r.input as { message: string }).message}`)),
    )
  })
})

describe('defaults', () => {
  it('gives every op a config even when the repo has none', () => {
    expect(defaultConfig().secrets.enabled).toBe(true)
  })
})
