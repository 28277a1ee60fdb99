import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { childEnv, DIST_CLI, runDistAsync } from '../helpers/run-dist.ts'
import { startSshd, type TestSshd } from '../helpers/sshd.ts'
import { createDeployFixture, type DeployFixture } from '../integration/deploy/deploy-fixture.ts'

// `kill -9` of the CLI in the middle of a deploy over SSH (a real sshd on loopback, the local file
// lock and deployment log): the step on the target must stop with the session, the SSH key must
// not stay on disk past the next oda start, and once the lock's lease has expired the run and its
// deployment, which nobody will ever finish, must be marked failed and error.

let sshd: TestSshd
let fx: DeployFixture
let temp: string
let tmp: string
let data: string

beforeAll(async () => {
  sshd = await startSshd()
  fx = await createDeployFixture(sshd)
  temp = mkdtempSync(join(tmpdir(), 'oda-sec-kill9-'))
  tmp = join(temp, 'tmp')
  data = join(temp, 'data')
  mkdirSync(tmp)
  const q = JSON.stringify
  const config = fx.config({
    extraSteps: [
      {
        name: 'migrate',
        // the first deploy hangs here (until killed); the second finds `quick` and goes on
        run: `if [ -f ${q(join(fx.app, 'quick'))} ]; then exit 0; fi; echo $$ > ${q(join(fx.app, 'migrate.pid'))}; sleep 300; touch ${q(join(fx.app, 'migrate.finished'))}`,
        timeoutS: 600,
      },
    ],
  })
  const staging = config.environments['staging']!
  staging.lockTtlMinutes = 1
  mkdirSync(join(fx.repo, '.github'), { recursive: true })
  writeFileSync(join(fx.repo, '.github', 'oda.yml'), stringify({ environments: { staging } }))
})
afterAll(async () => {
  await fx.cleanup()
  await sshd.stop()
  rmSync(temp, { recursive: true, force: true })
})

const env = () => ({ ODA_DATA_DIR: data, TMPDIR: tmp, DEPLOY_KEY: sshd.privateKey, HOME: temp, USER: 'tester' })

async function until(what: string, ok: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('a deploy killed with -9', () => {
  it('stops its remote step, leaves no key behind and is closed once its lease expires', async () => {
    const child = spawn(process.execPath, [DIST_CLI, 'deploy', 'staging', 'v1'], {
      cwd: fx.repo,
      env: childEnv(env()),
      stdio: 'ignore',
    })
    const exited = new Promise((r) => child.once('exit', r))
    const pidFile = join(fx.app, 'migrate.pid')
    await until(
      'the slow step to start on the target',
      () => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '',
    )
    const stepPid = Number(readFileSync(pidFile, 'utf8'))
    const keyDirs = () => readdirSync(tmp).filter((n) => n.startsWith(`oda-ssh-${child.pid}-`))
    expect(keyDirs()).toHaveLength(1)

    child.kill('SIGKILL')
    await exited

    // the session dropped, so the step on the target stops instead of running on unobserved
    await until('the remote step to stop', () => !alive(stepPid), 60_000)
    expect(existsSync(join(fx.app, 'migrate.finished'))).toBe(false)
    // nothing ran at kill -9: the key is still there until the next oda opens a target
    expect(keyDirs()).toHaveLength(1)

    const lockFile = join(fx.repo, '.oda', 'state', 'locks', 'staging.json')
    const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { runId: string; expiresAt: string }
    const runs = await runDistAsync(['runs', 'list', '--format', 'json'], { cwd: fx.repo, env: env() })
    const killed = (JSON.parse(runs.stdout) as { id: string; state: string }[]).find((r) => r.id === lock.runId)
    expect(killed?.state).toBe('running')

    // the lease is one minute: wait it out, then deploy again
    await until('the lock lease to expire', () => Date.now() > Date.parse(lock.expiresAt) + 1000, 120_000)
    writeFileSync(join(fx.app, 'quick'), '')
    const again = await runDistAsync(['deploy', 'staging', 'v1'], { cwd: fx.repo, env: env(), timeoutMs: 120_000 })
    expect(again.stderr).toBe('')
    expect(again.code).toBe(0)

    expect(keyDirs()).toEqual([])
    expect(readdirSync(tmp).filter((n) => n.startsWith('oda-ssh-'))).toEqual([])
    const shown = await runDistAsync(['runs', 'show', lock.runId, '--format', 'json'], { cwd: fx.repo, env: env() })
    expect(JSON.parse(shown.stdout)).toMatchObject({ state: 'failed', error: expect.stringMatching(/^abandoned: /) })
    const deployments = JSON.parse(readFileSync(join(fx.repo, '.oda', 'state', 'deployments.json'), 'utf8')) as {
      runId?: string
      statuses: { state: string }[]
    }[]
    const left = deployments.find((d) => d.runId === lock.runId)
    expect(left?.statuses.map((s) => s.state)).toEqual(['in_progress', 'error'])
  }, 300_000)
})
