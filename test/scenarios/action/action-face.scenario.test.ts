import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../../src/engine/evidence/verify-evidence.ts'
import { runCommand } from '../../../src/exec/run-command.ts'
import { seedRepo, type SeededRepo } from '../../../src/sim/seed-repo.ts'
import { readActionOutputs, runnerEnv as makeRunnerEnv } from '../../helpers/actions-runner.ts'
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

function runnerEnv(name: string, inputs: Record<string, string>): Record<string, string> {
  return makeRunnerEnv({ tempRoot: temp, workspace: repo.gitDir, name, inputs, runId: '42' })
}

const outputs = readActionOutputs

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
    const report = JSON.parse(readFileSync(out['report-path']!, 'utf8')) as {
      findings: { path: string; line: number; level: string }[]
    }
    expect(report.findings.length).toBeGreaterThan(0)
    expect(Number(out['findings'])).toBe(report.findings.length)
    for (const f of report.findings) {
      const kind = f.level === 'failure' ? 'error' : f.level
      expect(r.stdout).toMatch(
        new RegExp(`^::${kind} file=${f.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=${f.line}[,:]`, 'm'),
      )
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
