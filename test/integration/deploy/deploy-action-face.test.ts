import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { stringify } from 'yaml'
import { ProbotOctokit } from 'probot'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import { startSshd, type TestSshd } from '../../helpers/sshd.ts'
import { createDeployFixture, type DeployFixture } from './deploy-fixture.ts'

const CLI = new URL('../../../bin/oda.ts', import.meta.url).pathname
const run = promisify(execFile)
let sshd: TestSshd
let fx: DeployFixture
let sim: Simulator
let temp: string

beforeAll(async () => {
  sshd = await startSshd()
  fx = await createDeployFixture(sshd)
  sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir: fx.repo }] })
  // Deploy and rollback need write; the Actions face asks GitHub what the actor has.
  sim.setPermission({ owner: 'acme', repo: 'shop', user: 'alice', permission: 'write' })
  temp = mkdtempSync(join(tmpdir(), 'oda-runner-'))
  // The workspace is the checkout: .github/oda.yml beside the code, as in a real job.
  mkdirSync(join(fx.repo, '.github'), { recursive: true })
  writeFileSync(join(fx.repo, '.github', 'oda.yml'), stringify({ environments: fx.config().environments }))
})
afterAll(async () => {
  sim.assertNoViolations()
  await sim.close()
  await fx.cleanup()
  await sshd.stop()
  rmSync(temp, { recursive: true, force: true })
})

/** Runs `oda action <op>` the way actions/<op>/action.yml does, in a child process with a runner-like environment. */
async function action(
  op: string,
  inputs: Record<string, string>,
  runId: string,
): Promise<{ code: number; outputs: Record<string, string>; summary: string }> {
  const outputFile = join(temp, `output-${runId}`)
  const summaryFile = join(temp, `summary-${runId}`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: fx.repo,
    RUNNER_TEMP: join(temp, runId),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: sim.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: runId,
    GITHUB_ACTOR: 'alice',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    INPUT_GITHUB_TOKEN: sim.issueToken(),
    DEPLOY_KEY: sshd.privateKey,
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v
  let code = 0
  try {
    await run(process.execPath, [CLI, 'action', op], { env, cwd: fx.repo, maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    code = (error as { code: number }).code
  }
  const outputs: Record<string, string> = {}
  // GITHUB_OUTPUT uses heredoc blocks: name<<DELIM, value, DELIM.
  const lines = readFileSync(outputFile, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i]!)
    if (m) {
      outputs[m[1]!] = lines[i + 1] ?? ''
      i += 2
    }
  }
  return { code, outputs, summary: readFileSync(summaryFile, 'utf8') }
}

describe('deploy.yml through its action (oda action deploy) against the SSH target', () => {
  it('deploys, rolls a broken release back, and rollback returns to the previous good one, with verifiable evidence', async () => {
    const first = await action('deploy', { environment: 'staging', ref: 'v1', reason: 'workflow_dispatch' }, '1')
    expect(first.code).toBe(0)
    expect(first.outputs.conclusion).toBe('success')
    expect(first.summary).toContain('succeeded (healthy)')

    const broken = await action('deploy', { environment: 'staging', ref: fx.shas.broken }, '2')
    expect(broken.code).toBe(1)
    expect(broken.outputs.conclusion).toBe('failure')
    expect(broken.summary).toContain(`rolled back to ${fx.shas.good1.slice(0, 7)} (healthy)`)
    expect(await fx.currentHealth()).toBe('{"status":"pass"}')
    const evidence = broken.outputs['evidence-path']!
    const verified = await run(process.execPath, [CLI, 'evidence', 'verify', evidence], { cwd: fx.repo }).then(
      () => 0,
      (e: { code: number }) => e.code,
    )
    expect(verified).toBe(0)

    expect((await action('deploy', { environment: 'staging', ref: 'main' }, '3')).code).toBe(0)
    const back = await action('rollback', { environment: 'staging' }, '4')
    expect(back.code).toBe(0)
    const report = JSON.parse(readFileSync(back.outputs['report-path']!, 'utf8')) as {
      data: { sha: string; kind: string }
    }
    expect(report.data).toMatchObject({ kind: 'rollback', sha: fx.shas.good1 })

    const gh = new ProbotOctokit({
      baseUrl: sim.url,
      auth: { token: sim.issueToken() },
      throttle: { enabled: false },
      retry: { enabled: false },
    })
    const deployments = (await gh.rest.repos.listDeployments({ owner: 'acme', repo: 'shop', environment: 'staging' }))
      .data
    expect(deployments.map((d) => d.sha)).toEqual([
      fx.shas.good1,
      fx.shas.good2,
      fx.shas.good1,
      fx.shas.broken,
      fx.shas.good1,
    ])
  }, 240_000)
})
