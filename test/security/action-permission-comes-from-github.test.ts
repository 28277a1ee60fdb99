import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../src/sim/start-simulator.ts'
import { readActionOutputs, runnerEnv } from '../helpers/actions-runner.ts'
import { runDistAsync } from '../helpers/run-dist.ts'

// The Actions face used to run every op as if its actor had `write`: restore (admin) was always
// denied, so the shipped monthly restore test failed, and anyone who could start a workflow ran
// write-level ops. The actor's real permission must come from the event and from GitHub.

const temp = mkdtempSync(join(tmpdir(), 'oda-sec-action-perm-'))
const workspace = join(temp, 'shop')
let sim: Simulator

beforeAll(async () => {
  mkdirSync(join(workspace, '.github'), { recursive: true })
  mkdirSync(join(temp, 'backups'))
  writeFileSync(
    join(workspace, '.github', 'oda.yml'),
    [
      'environments:',
      '  staging:',
      '    target:',
      '      type: local',
      '    steps:',
      '      - name: announce',
      '        run: echo deploying',
      '    backup:',
      '      database: shop',
      `      dir: ${join(temp, 'backups')}`,
      '',
    ].join('\n'),
  )
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'config')
  sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir: workspace }] })
})

afterAll(async () => {
  await sim?.close()
  rmSync(temp, { recursive: true, force: true })
})

function actionEnv(
  name: string,
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ...runnerEnv({ tempRoot: temp, workspace, name, inputs: { 'github-token': sim.issueToken(), ...inputs } }),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: sim.url,
    ...extra,
  }
}

function reportOf(env: Record<string, string>): { title: string; conclusion: string } {
  const out = readActionOutputs(env['GITHUB_OUTPUT']!)
  return JSON.parse(readFileSync(out['report-path']!, 'utf8')) as { title: string; conclusion: string }
}

describe('the Actions face asks GitHub for the actor’s permission', () => {
  it('lets an admin run restore, which needs admin (the monthly restore test)', async () => {
    sim.setPermission({ owner: 'acme', repo: 'shop', user: 'octocat', permission: 'admin' })
    const env = actionEnv('restore-admin', { environment: 'staging', verify: 'true' })
    const r = await runDistAsync(['action', 'restore'], { cwd: workspace, env })
    const report = reportOf(env)
    // Past the permission rule, the restore test itself runs: there is no backup to test yet.
    expect(report.title).not.toMatch(/was not run/)
    expect(report.title).toMatch(/no backup/)
    expect(r.code).toBe(1)
  })

  it('denies restore to a maintainer, naming the permission GitHub gave', async () => {
    sim.setPermission({ owner: 'acme', repo: 'shop', user: 'mona', permission: 'maintain' })
    const env = actionEnv('restore-maintain', { environment: 'staging', verify: 'true' }, { GITHUB_ACTOR: 'mona' })
    const r = await runDistAsync(['action', 'restore'], { cwd: workspace, env })
    expect(r.code).toBe(1)
    expect(reportOf(env).title).toBe(
      'restore was not run: mona has maintain permission but restore requires admin (op restore default)',
    )
  })

  it('denies a deploy to a user with read access instead of assuming write', async () => {
    sim.setPermission({ owner: 'acme', repo: 'shop', user: 'reader', permission: 'read' })
    const env = actionEnv('deploy-read', { environment: 'staging', 'dry-run': 'true' }, { GITHUB_ACTOR: 'reader' })
    const r = await runDistAsync(['action', 'deploy'], { cwd: workspace, env })
    expect(r.code).toBe(1)
    expect(reportOf(env).title).toMatch(/^deploy was not run: reader has read permission but deploy requires write/)
  })

  it('checks whoever triggered the run (a re-run by another user), not the original actor', async () => {
    sim.setPermission({ owner: 'acme', repo: 'shop', user: 'octocat', permission: 'admin' })
    sim.setPermission({ owner: 'acme', repo: 'shop', user: 'rerunner', permission: 'triage' })
    const env = actionEnv(
      'deploy-rerun',
      { environment: 'staging', 'dry-run': 'true' },
      { GITHUB_ACTOR: 'octocat', GITHUB_TRIGGERING_ACTOR: 'rerunner' },
    )
    const r = await runDistAsync(['action', 'deploy'], { cwd: workspace, env })
    expect(r.code).toBe(1)
    expect(reportOf(env).title).toMatch(/rerunner has triage permission but deploy requires write/)
  })

  it('takes the actor from the event when the runner names none', async () => {
    sim.setPermission({ owner: 'acme', repo: 'shop', user: 'dispatcher', permission: 'admin' })
    const eventPath = join(temp, 'event.json')
    writeFileSync(eventPath, JSON.stringify({ inputs: {}, sender: { login: 'dispatcher', type: 'User' } }))
    const env = actionEnv('restore-event', { environment: 'staging', verify: 'true' }, { GITHUB_EVENT_PATH: eventPath })
    delete env['GITHUB_ACTOR']
    await runDistAsync(['action', 'restore'], { cwd: workspace, env })
    expect(reportOf(env).title).toMatch(/no backup/)
  })

  it('refuses an op that needs more than read when there is no token to ask GitHub with', async () => {
    const env = actionEnv('deploy-no-token', { environment: 'staging', 'dry-run': 'true', 'github-token': '' })
    const r = await runDistAsync(['action', 'deploy'], { cwd: workspace, env })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/deploy requires write permission.*github-token/s)
  })

  it('asks GitHub the same way when the umbrella action runs the CLI inside a workflow', async () => {
    sim.setPermission({ owner: 'acme', repo: 'shop', user: 'reader', permission: 'read' })
    const env = actionEnv('cli-in-actions', {}, { GITHUB_ACTOR: 'reader' })
    const r = await runDistAsync(['deploy', 'staging', '--dry-run', '--format', 'json'], { cwd: workspace, env })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({
      title: expect.stringMatching(/reader has read permission but deploy requires write/),
    })
  })
})
