import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.ts'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'

// `oda protect` from a terminal or a CI script: the repository and token come from the
// variables GitHub's runners set (GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL).
let dir: string
let sim: Simulator

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oda-protect-cli-'))
  execFileSync('git', ['init', '--bare', '-q', join(dir, 'shop.git')])
  sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir: join(dir, 'shop.git') }] })
  mkdirSync(join(dir, 'work'))
  writeFileSync(join(dir, 'work', 'oda.yml'), 'version: 1\nodoo-ci:\n  enabled: false\n')
})
afterEach(async () => {
  sim.assertNoViolations()
  await sim.close()
  rmSync(dir, { recursive: true, force: true })
})

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: { ODA_DATA_DIR: join(dir, 'data'), HOME: dir, USER: 'tester', ...env },
    cwd: join(dir, 'work'),
  })
  return { code, out, err }
}

describe('oda protect from the CLI', () => {
  it('takes the repository and token from GITHUB_REPOSITORY and GITHUB_TOKEN, and never prints the token', async () => {
    const token = sim.issueToken()
    const env = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_TOKEN: token, GITHUB_API_URL: sim.url }
    const dry = await cli(['protect', '--dry-run'], env)
    expect(dry.err).toBe('')
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('+ oda / secrets')
    expect(sim.state.rulesets.size).toBe(0)
    const real = await cli(['protect'], env)
    expect(real.code).toBe(0)
    expect(JSON.stringify([...sim.state.rulesets.values()])).toContain('oda / manifest')
    expect(dry.out + real.out + real.err).not.toContain(token)
  })

  it('says what is missing when no repository or token is given (exit 2), without calling GitHub', async () => {
    const r = await cli(['protect', '--dry-run'], { GITHUB_REPOSITORY: 'acme/shop' })
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/GITHUB_TOKEN|token/i)
  })
})
