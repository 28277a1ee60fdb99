import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedRepo, type SeededRepo } from '../../../src/sim/seed-repo.ts'
import { readActionOutputs, runnerEnv } from '../../helpers/actions-runner.ts'
import { runDist } from '../../helpers/run-dist.ts'

// The action's own inputs (github-token, evidence) and a runner whose step summary cannot be
// written, through the committed bundle as a composite action runs it.

let repo: SeededRepo
const temp = mkdtempSync(join(tmpdir(), 'oda-action-inputs-'))
beforeAll(async () => {
  repo = await seedRepo({ only: [] })
})
afterAll(async () => {
  await repo.cleanup()
  rmSync(temp, { recursive: true, force: true })
})

const env = (name: string, inputs: Record<string, string>): Record<string, string> =>
  runnerEnv({ tempRoot: temp, workspace: repo.gitDir, name, inputs, runId: '7' })

describe('the action inputs every oda action has', () => {
  it('masks the github-token in the job log and writes no evidence pack with evidence: false', () => {
    const token = 'ghs_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'
    const e = env('no-evidence', { dir: '.', evidence: 'false', 'github-token': token })
    const r = runDist(['action', 'manifest.verify'], { cwd: repo.gitDir, env: e })
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain(`::add-mask::${token}`)
    expect(r.stdout.split(`::add-mask::${token}`).join('')).not.toContain(token)
    const out = readActionOutputs(e['GITHUB_OUTPUT']!)
    expect(out['evidence-path']).toBe('')
    expect(existsSync(join(out['output-dir']!, 'evidence'))).toBe(false)
    expect(JSON.parse(readFileSync(out['report-path']!, 'utf8'))).toMatchObject({ run: out['run-id'] })
  })

  it('records the workflow run URL with the run, so `oda runs show` links back to it', () => {
    const e = env('run-url', { dir: '.' })
    expect(runDist(['action', 'manifest.verify'], { cwd: repo.gitDir, env: e }).code).toBe(0)
    const out = readActionOutputs(e['GITHUB_OUTPUT']!)
    const dataDir = join(e['RUNNER_TEMP']!, 'oda-data')
    const shown = runDist(['runs', 'show', out['run-id']!, '--data-dir', dataDir], { cwd: repo.gitDir })
    expect(shown.stdout).toContain('links: {"url":"https://github.com/acme/odoo-shop/actions/runs/7"}')
    expect(shown.stdout).toMatch(/by octocat via action/)
  })

  it('still finishes the run and sets its outputs when the step summary cannot be written', () => {
    const e = env('summary', { dir: '.' })
    const folder = join(temp, 'summary-is-a-folder')
    mkdirSync(folder)
    e['GITHUB_STEP_SUMMARY'] = folder
    const r = runDist(['action', 'manifest.verify'], { cwd: repo.gitDir, env: e })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^::warning::step summary not written: /m)
    expect(readActionOutputs(e['GITHUB_OUTPUT']!)).toMatchObject({ conclusion: 'success' })
  })
})
