import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProbotOctokit } from 'probot'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import { odaConfigSchema, type OdaConfig } from '../../../src/config/schema.ts'
import { runOp } from '../../../src/engine/run-op.ts'
import { openStore } from '../../../src/engine/store/open-store.ts'
import type { Store } from '../../../src/engine/store/store.ts'
import type { Permission } from '../../../src/op/define-op.ts'
import { findOp, redactionSources } from '../../../src/ops/registry.ts'
import type { ProtectRecord } from '../../../src/ops/protect/run.ts'

const repo = { owner: 'acme', repo: 'shop' }
let dir: string
let sim: Simulator
let gh: InstanceType<typeof ProbotOctokit>
let store: Store

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oda-protect-'))
  execFileSync('git', ['init', '--bare', '-q', join(dir, 'shop.git')])
  sim = await startSimulator({ repos: [{ ...repo, gitDir: join(dir, 'shop.git') }] })
  gh = new ProbotOctokit({
    baseUrl: sim.url,
    auth: { token: sim.issueToken() },
    throttle: { enabled: false },
    retry: { enabled: false },
  })
  store = await openStore({ dataDir: dir })
})
afterEach(async () => {
  sim.assertNoViolations()
  await sim.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

// odoo-ci off: the three other checks are the ones to require.
const config: OdaConfig = odaConfigSchema.parse({ 'odoo-ci': { enabled: false } })

const protect = (o: { dryRun?: boolean; permission?: Permission; noGitHub?: boolean } = {}) =>
  runOp({
    op: findOp('protect')!,
    rawInput: { dryRun: o.dryRun ?? false },
    face: 'action',
    actor: 'alice',
    actorPermission: o.permission ?? 'admin',
    store,
    config,
    cwd: dir,
    dataDir: dir,
    redaction: redactionSources(),
    ports: o.noGitHub ? {} : { github: gh, repo },
  })

const writes = () => sim.routeLog.entries.filter((e) => e.method !== 'GET' && e.url.includes('/rulesets'))
const rulesets = () => [...sim.state.rulesets.values()]
const contexts = (rules: unknown[]) =>
  (
    rules.find((r) => (r as { type: string }).type === 'required_status_checks') as {
      parameters: { required_status_checks: { context: string }[] }
    }
  ).parameters.required_status_checks.map((c) => c.context)

describe('oda protect against the simulator rulesets', () => {
  it('creates a ruleset on the default branch requiring the enabled oda checks when none exists', async () => {
    const record = await protect()
    expect(record.state).toBe('succeeded')
    const data = record.report!.data as ProtectRecord
    expect(data).toMatchObject({ created: true, changed: true, remove: [] })
    expect(data.add.sort()).toEqual(['oda / manifest', 'oda / secrets', 'oda / spec-kit'])
    expect(record.report!.summary).toContain('+ oda / secrets')
    const [rs] = rulesets()
    expect(rulesets()).toHaveLength(1)
    expect(rs).toMatchObject({ name: 'oda required checks', enforcement: 'active', target: 'branch' })
    expect(rs!.conditions).toEqual({ ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } })
    expect(contexts(rs!.rules).sort()).toEqual(['oda / manifest', 'oda / secrets', 'oda / spec-kit'])
    // A second run finds everything in place and writes nothing.
    const before = writes().length
    const again = await protect()
    expect((again.report!.data as ProtectRecord).changed).toBe(false)
    expect(writes()).toHaveLength(before)
  })

  it('adds the missing checks to the existing oda ruleset, drops disabled oda checks, keeps every other rule', async () => {
    const { data: existing } = await gh.request('POST /repos/{owner}/{repo}/rulesets', {
      ...repo,
      name: 'oda required checks',
      enforcement: 'active',
      target: 'branch',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [
        { type: 'deletion' },
        {
          type: 'required_status_checks',
          parameters: {
            strict_required_status_checks_policy: true,
            required_status_checks: [{ context: 'ci / build', integration_id: 42 }, { context: 'oda / odoo-ci' }],
          },
        },
      ],
    })
    const other = await gh.request('POST /repos/{owner}/{repo}/rulesets', {
      ...repo,
      name: 'tags',
      enforcement: 'evaluate',
      target: 'tag',
      rules: [{ type: 'non_fast_forward' }],
    })
    const record = await protect()
    expect(record.state).toBe('succeeded')
    const data = record.report!.data as ProtectRecord
    expect(data).toMatchObject({ created: false, rulesetId: existing.id, remove: ['oda / odoo-ci'] })
    expect(record.report!.summary).toContain('- oda / odoo-ci')
    const rs = sim.state.rulesets.get(existing.id)!
    expect(rs.rules[0]).toEqual({ type: 'deletion' })
    expect(rs.rules[1]).toMatchObject({ parameters: { strict_required_status_checks_policy: true } })
    expect(contexts(rs.rules)).toEqual(['ci / build', 'oda / spec-kit', 'oda / manifest', 'oda / secrets'])
    expect(
      (rs.rules[1] as { parameters: { required_status_checks: unknown[] } }).parameters.required_status_checks[0],
    ).toEqual({ context: 'ci / build', integration_id: 42 })
    expect(sim.state.rulesets.get(other.data.id)).toMatchObject({ name: 'tags', rules: [{ type: 'non_fast_forward' }] })
  })

  it('dry run shows the diff and writes nothing', async () => {
    const record = await protect({ dryRun: true })
    expect(record.state).toBe('succeeded')
    expect(record.report!.title).toMatch(/dry run: 3 check\(s\) to add, 0 to remove/)
    expect(record.report!.summary).toContain('+ oda / manifest')
    expect(writes()).toEqual([])
    expect(rulesets()).toEqual([])
  })

  it('denies an actor without admin permission with a PDR and writes nothing', async () => {
    const record = await protect({ permission: 'maintain' })
    expect(record.state).toBe('failed')
    expect(record.pdrs[0]).toMatchObject({
      rule: 'permission',
      verdict: 'deny',
      inputs: { required: 'admin', actorPermission: 'maintain' },
    })
    expect(sim.routeLog.entries.filter((e) => e.url.includes('/rulesets'))).toEqual([])
    expect(rulesets()).toEqual([])
  })

  it('refuses clearly where there is no GitHub repository and token, calling nothing', async () => {
    const record = await protect({ noGitHub: true })
    expect(record.state).toBe('failed')
    expect(record.title).toMatch(
      /protect changes the repository on GitHub: run it where oda has a GitHub repository and token/,
    )
    expect(sim.routeLog.entries).toEqual([])
  })
})
