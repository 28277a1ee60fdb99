import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../src/exec/run-command.ts'
import { seedRepo, type SeededRepo } from '../../../src/sim/seed-repo.ts'
import { readActionOutputs, runnerEnv } from '../../helpers/actions-runner.ts'
import { runDist } from '../../helpers/run-dist.ts'

// The secret-scan action on a pull_request event, through the committed bundle: the base of the
// PR (the pr-leaked-secrets branch) already holds three planted secrets; the PR adds one file
// with one more. Scoped to the PR, only the added one is reported.

let repo: SeededRepo
let base: string
let head: string
const temp = mkdtempSync(join(tmpdir(), 'oda-action-pr-'))
const added = 'deploy/storefront.env'

const git = async (cwd: string, args: string[]): Promise<string> => {
  const r = await runCommand({
    file: 'git',
    args: ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', '-c', 'commit.gpgsign=false', ...args],
    cwd,
  })
  if (r.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}

beforeAll(async () => {
  repo = await seedRepo({ only: ['pr-leaked-secrets'] })
  base = repo.branches['pr-leaked-secrets']!
  await git(repo.gitDir, ['checkout', '-q', '-b', 'feature', base])
  writeFileSync(join(repo.gitDir, added), 'STOREFRONT_TOKEN=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\n')
  await git(repo.gitDir, ['add', added])
  await git(repo.gitDir, ['commit', '-q', '-m', 'storefront env'])
  head = await git(repo.gitDir, ['rev-parse', 'HEAD'])
})
afterAll(async () => {
  await repo.cleanup()
  rmSync(temp, { recursive: true, force: true })
})

function prEnv(name: string, workspace: string, inputs: Record<string, string> = {}): Record<string, string> {
  const env = runnerEnv({ tempRoot: temp, workspace, name, inputs: { dir: '.', ...inputs } })
  const event = join(env['RUNNER_TEMP']!, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      action: 'opened',
      number: 7,
      pull_request: { number: 7, base: { sha: base }, head: { sha: head } },
    }),
  )
  return { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }
}

function findingsOf(env: Record<string, string>): { path: string; line: number }[] {
  const out = readActionOutputs(env['GITHUB_OUTPUT']!)
  return (JSON.parse(readFileSync(out['report-path']!, 'utf8')) as { findings: { path: string; line: number }[] })
    .findings
}

describe('the secret-scan action on a pull request', () => {
  it('scans only the lines the PR adds, without a diff input', () => {
    const env = prEnv('full', repo.gitDir)
    const r = runDist(['action', 'secrets.scan'], { cwd: repo.gitDir, env })
    expect(r.code).toBe(1)
    expect(findingsOf(env).map((f) => `${f.path}:${f.line}`)).toEqual([`${added}:1`])
    expect(r.stdout).toContain(`pull request: scanning the change ${base.slice(0, 7)}...${head.slice(0, 7)}`)
  })

  it('fetches the base commit a one-commit checkout lacks, and still scans only the change', async () => {
    const clone = join(temp, 'shallow')
    await git(temp, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.gitDir}`, clone])
    expect(
      (await runCommand({ file: 'git', args: ['cat-file', '-e', `${base}^{commit}`], cwd: clone })).exitCode,
    ).not.toBe(0)
    const env = prEnv('shallow', clone)
    const r = runDist(['action', 'secrets.scan'], { cwd: clone, env })
    expect(r.code).toBe(1)
    expect(findingsOf(env).map((f) => `${f.path}:${f.line}`)).toEqual([`${added}:1`])
  })

  it('scans what the inputs say when the workflow scopes the scan itself', () => {
    const env = prEnv('paths', repo.gitDir, { paths: 'addons/shop_storefront_sync/models/storefront_credentials.py' })
    const r = runDist(['action', 'secrets.scan'], { cwd: repo.gitDir, env })
    expect(r.code).toBe(1)
    expect(r.stdout).not.toContain('pull request: scanning the change')
    expect(new Set(findingsOf(env).map((f) => f.path))).toEqual(
      new Set(['addons/shop_storefront_sync/models/storefront_credentials.py']),
    )
  })

  it('fails, never scanning less, when the PR commits cannot be had', () => {
    const env = prEnv('missing', join(temp, 'shallow'))
    writeFileSync(
      env['GITHUB_EVENT_PATH']!,
      JSON.stringify({ pull_request: { base: { sha: 'f'.repeat(40) }, head: { sha: head } } }),
    )
    const r = runDist(['action', 'secrets.scan'], { cwd: join(temp, 'shallow'), env })
    expect(r.code).not.toBe(0)
    expect(r.stdout + r.stderr).toMatch(/must both be in the clone/)
  })
})
