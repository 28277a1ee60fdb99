import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { runDistAsync } from '../helpers/run-dist.ts'
import { createDeployFixture, type DeployFixture } from '../integration/deploy/deploy-fixture.ts'

// A ref that is malformed or names nothing is the caller's mistake, like an unknown option: the
// CLI exits 2 with a message naming it, not 1 as if a check or a release had failed. And free
// text a caller gives a deploy (the lock reason) is stored redacted like everything else.

let fx: DeployFixture
beforeAll(async () => {
  fx = await createDeployFixture()
  mkdirSync(join(fx.repo, '.github'), { recursive: true })
  // a step that copies the lock while the deploy holds it
  const q = JSON.stringify
  const staging = fx.config({
    target: 'local',
    extraSteps: [
      {
        name: 'copy-lock',
        run: `cp ${q(join(fx.repo, '.oda', 'state', 'locks', 'staging.json'))} ${q(join(fx.app, 'lock-copy.json'))}`,
      },
    ],
  }).environments['staging']
  writeFileSync(join(fx.repo, '.github', 'oda.yml'), stringify({ environments: { staging } }))
})
afterAll(async () => fx.cleanup())

const oda = (...args: string[]) =>
  runDistAsync(args, { cwd: fx.repo, env: { ODA_DATA_DIR: join(fx.app, 'data') }, timeoutMs: 60_000 })

describe('bad refs exit 2', () => {
  it.each([
    [['deploy', 'staging', 'no-such-branch'], /ref "no-such-branch" does not exist in the repository/],
    [['deploy', 'staging', 'main..v1'], /ref "main\.\.v1" is not a valid git ref/],
    [['deploy', 'staging', '$(id)'], /is not a valid git ref/],
    [['manifest', 'affected', '--base', 'no-such-branch'], /--base "no-such-branch" names no commit in /],
    [['manifest', 'affected', '--base', 'main', '--head', 'nope'], /--head "nope" names no commit in /],
    [['secrets', 'scan', '--diff', 'nope..HEAD'], /bad revision 'nope'/],
    [['secrets', 'scan', '--history', '--rev', 'nope..HEAD'], /bad revision 'nope\.\.HEAD'/],
  ])('oda %j', async (args, message) => {
    const r = await oda(...args)
    expect(r.stderr).toMatch(message)
    expect(r.code).toBe(2)
  })
})

describe('the lock reason', () => {
  it('is stored redacted: a token typed into --reason reaches neither the lock nor the output', async () => {
    const token = `ghp_${'Z9y8X7w6V5'.repeat(3)}abcdef` // oda:allow fake credential for this test
    const r = await oda('deploy', 'staging', 'v1', '--reason', `hotfix with ${token}`, '--format', 'json')
    expect(r.code).toBe(0)
    expect(r.stdout + r.stderr).not.toContain(token)
    const lock = readFileSync(join(fx.app, 'lock-copy.json'), 'utf8')
    expect(lock).not.toContain(token)
    expect(JSON.parse(lock)).toMatchObject({ reason: expect.stringMatching(/^hotfix with /) })
  })
})
