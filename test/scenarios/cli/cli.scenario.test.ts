import { spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedRepo, type SeededRepo } from '../../../src/sim/seed-repo.ts'
import { allOps } from '../../../src/ops/registry.ts'
import { childEnv, DIST_CLI, runDist } from '../../helpers/run-dist.ts'

const root = join(import.meta.dirname, '..', '..', '..')
const data = mkdtempSync(join(tmpdir(), 'oda-cli-scn-'))
let repo: SeededRepo
beforeAll(async () => {
  repo = await seedRepo({ only: [] })
})
afterAll(async () => {
  await repo.cleanup()
  rmSync(data, { recursive: true, force: true })
})

describe('the oda CLI as users run it (dist/cli.js)', () => {
  it('npm start: prints the check report, then serves the sandbox with a first PR until stopped', async () => {
    const child = spawn(process.execPath, [DIST_CLI, 'start'], {
      cwd: root,
      env: childEnv({ ODA_DATA_DIR: join(data, 'serve') }),
    })
    let out = ''
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // The sandbox prints its help, then the check runs of a first PR opened from a scenario branch.
    const served = new Promise<void>((resolve) => {
      const onData = (d: Buffer): void => {
        out += d.toString()
        if (/Press Ctrl-C to stop\.[\s\S]*oda \/ \S+/.test(out.split('oda sandbox:')[1] ?? '')) resolve()
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
    })
    let timer: NodeJS.Timeout | undefined
    await Promise.race([served, exited, new Promise((r) => (timer = setTimeout(r, 150_000)))])
    clearTimeout(timer)
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(out).toMatch(/^PASS {2}oda \/ spec-kit:/m)
    expect(out).toMatch(/(\d+)\/\1 checks passed/)
    expect(out).toContain('oda sandbox pr --head')
    expect(out.split('oda sandbox:')[1]).toMatch(/oda \/ (spec-kit|manifest|secrets)/)
    // Never silent while it works: each start-up step is announced before its result.
    const order = [
      'oda start: running every enabled check on ',
      'checks passed',
      'Starting the sandbox',
      'building the example repository',
      "starting the simulated GitHub (loading GitHub's OpenAPI description)",
      'starting the oda App',
      'Press Ctrl-C to stop.',
      'Opening a pull request from ',
    ].map((s) => out.indexOf(s))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  }, 180_000)

  it('npm start -- --once: checks examples/odoo-shop on the embedded store, prints the report and exits', () => {
    const r = runDist(['start', '--once'], { cwd: root, env: { ODA_DATA_DIR: join(data, 'start') } })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^PASS {2}oda \/ spec-kit:/m)
    expect(r.stdout).toMatch(/(\d+)\/\1 checks passed/)
    const runs = runDist(['runs', 'list', '--format', 'json'], {
      cwd: root,
      env: { ODA_DATA_DIR: join(data, 'start') },
    })
    expect((JSON.parse(runs.stdout) as unknown[]).length).toBeGreaterThan(0)
  })

  it('oda ops --format json lists every op with the JSON Schema of its input', () => {
    const r = runDist(['ops', '--format', 'json'], { cwd: root })
    const ops = JSON.parse(r.stdout) as { name: string; input: { type: string; properties: object } }[]
    expect(ops.map((o) => o.name)).toEqual(allOps().map((o) => o.name))
    for (const o of ops) expect(o.input).toMatchObject({ type: 'object', properties: expect.any(Object) })
  })

  it('oda evidence writes chained packs that verify, and verify fails once a file is touched', () => {
    const env = { ODA_DATA_DIR: join(data, 'ev') }
    expect(runDist(['evidence', '.'], { cwd: repo.gitDir, env }).code).toBe(0)
    expect(runDist(['evidence', '.'], { cwd: repo.gitDir, env }).code).toBe(0)
    const evidence = join(repo.gitDir, 'docs', 'evidence')
    const ok = runDist(['evidence', 'verify', evidence], { cwd: repo.gitDir })
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/^OK: \d+ pack\(s\) verified/)
    const stamp = readdirSync(evidence).sort()[0]!
    const topic = readdirSync(join(evidence, stamp))[0]!
    appendFileSync(join(evidence, stamp, topic, 'VERIFICATION.md'), '\nall good, trust me\n')
    const bad = runDist(['evidence', 'verify', evidence], { cwd: repo.gitDir })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(`FAIL ${stamp}/${topic}/VERIFICATION.md`)
  })

  it('exits 2 on usage errors and prints help for an op', () => {
    expect(runDist(['spec-kit', 'validate', '--nope'], { cwd: root }).code).toBe(2)
    const missing = runDist(['spec-kit', 'validate', 'no/such/folder'], {
      cwd: root,
      env: { ODA_DATA_DIR: join(data, 'usage') },
    })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no\/such\/folder/)
    const help = runDist(['spec-kit', 'validate', '--help'], { cwd: root })
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^usage: oda spec-kit validate/)
  })
})
