import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { allOps } from '../../../src/ops/registry.ts'
import { startSshd, type TestSshd } from '../../helpers/sshd.ts'
import { createDeployFixture, type DeployFixture } from '../deploy/deploy-fixture.ts'
import { expectValidRequests, okOp, startBed, type Bed } from './harness.ts'
import { comment } from './slash-harness.ts'

let sshd: TestSshd
let fx: DeployFixture
let bed: Bed
let pr: number
let configSha: string

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  }).trim()

beforeAll(async () => {
  sshd = await startSshd()
  fx = await createDeployFixture(sshd)
  // The config lives on the default branch, as the App reads it; the PR branch starts from there.
  mkdirSync(join(fx.repo, '.github'), { recursive: true })
  writeFileSync(
    join(fx.repo, '.github', 'oda.yml'),
    stringify({ environments: fx.config().environments, commands: { environments: { staging: 'write' } } }),
  )
  git(fx.repo, 'add', '.github/oda.yml')
  git(fx.repo, 'commit', '-q', '-m', 'oda config')
  configSha = git(fx.repo, 'rev-parse', 'HEAD')
  git(fx.repo, 'checkout', '-q', '-b', 'feature')
  writeFileSync(join(fx.repo, 'notes.txt'), 'x\n')
  git(fx.repo, 'add', 'notes.txt')
  git(fx.repo, 'commit', '-q', '-m', 'feature')
  git(fx.repo, 'checkout', '-q', 'main')
  bed = await startBed({
    repos: [{ owner: 'acme', repo: 'shop', gitDir: fx.repo }],
    ops: [okOp, ...allOps().filter((op) => ['deploy', 'rollback', 'health'].includes(op.name))],
    env: { ODA_DEPLOY_ENV: 'DEPLOY_KEY', DEPLOY_KEY: sshd.privateKey },
  })
  for (const user of ['wanda', 'rita'])
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user, permission: user === 'wanda' ? 'write' : 'read' })
  const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
  pr = pull.number
  await bed.app.idle()
}, 60_000)

afterAll(async () => {
  await bed?.close()
  await fx?.cleanup()
  await sshd?.stop()
})

const deploymentsTo = (env: string) =>
  [...bed.sim.state.deployments.values()].filter((d) => d.environment === env).sort((a, b) => a.id - b.id)

describe('/deploy and /rollback from a PR, over SSH', () => {
  it('deploys a tag to staging: Deployment, healthy service, lock released, one status comment', async () => {
    const out = await comment(bed, {
      number: pr,
      body: '/deploy v1 to staging --reason "first release"',
      user: 'wanda',
    })
    expect(out.reactions).toEqual(['eyes', 'rocket'])
    expect(out.status).toHaveLength(1)
    expect(out.status[0]).toContain('✅ succeeded')
    expect(out.status[0]).toContain(fx.shas.good1)
    expect(out.status[0]).toContain('Steps (')
    expect(out.status[0]).not.toContain('BEGIN OPENSSH PRIVATE KEY')
    expect(await fx.currentHealth()).toContain('pass')
    expect(deploymentsTo('staging').at(-1)?.sha).toBe(fx.shas.good1)
    expect(
      [...bed.sim.state.repo('acme', 'shop').refs.entries()].filter(([n, s]) => n.startsWith('refs/oda/locks/') && s),
    ).toEqual([])
    expectValidRequests(bed.sim)
  }, 120_000)

  it('deploys the PR head when no ref is given', async () => {
    const out = await comment(bed, { number: pr, body: '/deploy staging', user: 'wanda' })
    expect(out.reactions).toEqual(['eyes', 'rocket'])
    const head = bed.sim.state.pull(bed.sim.state.repo('acme', 'shop'), pr).headSha
    expect(deploymentsTo('staging').at(-1)?.sha).toBe(head)
  }, 120_000)

  it('rolls back to the last good deployment when no SHA is given', async () => {
    const out = await comment(bed, { number: pr, body: '/rollback staging', user: 'wanda' })
    expect(out.reactions).toEqual(['eyes', 'rocket'])
    expect(out.status[0]).toContain(fx.shas.good1)
    expect(deploymentsTo('staging').at(-1)?.sha).toBe(fx.shas.good1)
    expect(await fx.currentHealth()).toContain('pass')
    expectValidRequests(bed.sim)
  }, 120_000)

  it('refuses a read-only commenter before anything reaches the target', async () => {
    const before = deploymentsTo('staging').length
    const out = await comment(bed, { number: pr, body: `/deploy ${configSha} to staging`, user: 'rita' })
    expect(out.reactions).toEqual(['eyes', '-1'])
    expect(out.status[0]).toContain('rita has read permission')
    expect(deploymentsTo('staging')).toHaveLength(before)
  }, 60_000)
})
