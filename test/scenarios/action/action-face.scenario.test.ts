import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../../src/engine/evidence/verify-evidence.ts'
import { runCommand } from '../../../src/exec/run-command.ts'
import { seedRepo, type SeededRepo } from '../../../src/sim/seed-repo.ts'
import { runDist } from '../../helpers/run-dist.ts'

let repo: SeededRepo
const temp = mkdtempSync(join(tmpdir(), 'oda-action-'))
beforeAll(async () => {
  repo = await seedRepo({ only: ['pr-spec-kit-problems'] })
})
afterAll(async () => {
  await repo.cleanup()
  rmSync(temp, { recursive: true, force: true })
})

/** The environment a GitHub runner gives a composite action step. */
function runnerEnv(name: string, inputs: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(temp, `${name}-`))
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo.gitDir, RUNNER_TEMP: dir, GITHUB_REPOSITORY: 'acme/odoo-shop', GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com', GITHUB_ACTOR: 'octocat', GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_OUTPUT: join(dir, 'output.txt'),
  }
  writeFileSync(env['GITHUB_STEP_SUMMARY']!, '')
  writeFileSync(env['GITHUB_OUTPUT']!, '')
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v
  return env
}

/** Parses the `name<<delimiter` records @actions/core writes to $GITHUB_OUTPUT. */
function outputs(file: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    while (lines[++i] !== m[2]) value.push(lines[i]!)
    out[m[1]!] = value.join('\n')
  }
  return out
}

describe('the Actions face (dist/cli.js action <op>)', () => {
  it('passes a clean repository: outputs, step summary, report file and a verifiable evidence pack', async () => {
    await runCommand({ file: 'git', args: ['checkout', '-q', 'main'], cwd: repo.gitDir })
    const env = runnerEnv('clean', { dir: '.' })
    const r = runDist(['action', 'spec-kit.validate'], { cwd: repo.gitDir, env })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const out = outputs(env['GITHUB_OUTPUT']!)
    expect(out).toMatchObject({ conclusion: 'success', findings: '0' })
    expect(JSON.parse(readFileSync(out['report-path']!, 'utf8'))).toMatchObject({ conclusion: 'success' })
    expect(readFileSync(env['GITHUB_STEP_SUMMARY']!, 'utf8')).toContain('### oda / spec-kit: success')
    expect((await verifyEvidence(out['evidence-path']!)).problems).toEqual([])
  })

  it('annotates each finding on its file and line and fails the step on a PR with problems', async () => {
    await runCommand({ file: 'git', args: ['checkout', '-q', 'pr-spec-kit-problems'], cwd: repo.gitDir })
    const env = runnerEnv('problems', { dir: '.' })
    const r = runDist(['action', 'spec-kit.validate'], { cwd: repo.gitDir, env })
    expect(r.code).toBe(1)
    const out = outputs(env['GITHUB_OUTPUT']!)
    expect(out['conclusion']).toBe('failure')
    const report = JSON.parse(readFileSync(out['report-path']!, 'utf8')) as { findings: { path: string; line: number; level: string }[] }
    expect(report.findings.length).toBeGreaterThan(0)
    expect(Number(out['findings'])).toBe(report.findings.length)
    for (const f of report.findings) {
      const kind = f.level === 'failure' ? 'error' : f.level
      expect(r.stdout).toMatch(new RegExp(`^::${kind} file=${f.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=${f.line}[,:]`, 'm'))
    }
    // All findings are in the summary even though the UI shows only 10 annotations per level.
    expect(readFileSync(env['GITHUB_STEP_SUMMARY']!, 'utf8')).toContain(`All ${report.findings.length} findings`)
    expect(r.stdout).toContain('::error::oda / spec-kit')
  })

  it('rejects a bad input value with exit 2 and says which input', () => {
    const env = runnerEnv('bad', { dir: '.', 'max-clarifications': 'lots' })
    const r = runDist(['action', 'spec-kit.validate'], { cwd: repo.gitDir, env })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/max-clarifications/)
  })
})
