import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { expectValidRequests, makeGitRepo, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

/** Fixes `.github/oda.yml` on the default branch (a commit on main, as a maintainer would push). */
function fixConfig(gitDir: string): void {
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', gitDir, '-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { encoding: 'utf8' })
  git('checkout', '-q', 'main')
  writeFileSync(join(gitDir, '.github/oda.yml'), 'version: 1\n')
  git('commit', '-q', '-am', 'fix config')
}

describe('a stale oda / config failure', () => {
  const broken = { '.github/oda.yml': 'version: 1\nspec-kit:\n  enabled: maybe\n' }
  const configRuns = (sha: string): (string | null)[] =>
    [...bed!.sim.state.checkRuns.values()]
      .filter((r) => r.headSha === sha && r.name === 'oda / config')
      .sort((a, b) => a.id - b.id)
      .map((r) => r.conclusion ?? null)

  it('is completed as success by Re-run on oda / config once the default branch is fixed', async () => {
    const gitDir = makeGitRepo({ main: broken, f: { 'a.txt': 'x\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    expect(configRuns(pull.headSha)).toEqual(['failure'])
    const failed = [...bed.sim.state.checkRuns.values()].find((r) => r.name === 'oda / config')!

    // Re-run while the file is still broken: still a failure.
    await bed.sim.webhooks.send({
      event: 'check_run',
      payload: bed.sim.webhooks.checkRun({ checkRunId: failed.id, action: 'rerequested' }),
    })
    await bed.app.idle()
    expect(configRuns(pull.headSha).at(-1)).toBe('failure')

    fixConfig(gitDir)
    await bed.sim.webhooks.send({
      event: 'check_run',
      payload: bed.sim.webhooks.checkRun({ checkRunId: failed.id, action: 'rerequested' }),
    })
    await bed.app.idle()
    expect(configRuns(pull.headSha).at(-1)).toBe('success')
    expectValidRequests(bed.sim)
  })

  it('is completed as success when every check is re-run, and the checks run', async () => {
    const gitDir = makeGitRepo({ main: broken, f: { 'a.txt': 'TODO\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    fixConfig(gitDir)
    await bed.sim.webhooks.send({
      event: 'check_suite',
      payload: await bed.sim.webhooks.checkSuite({
        owner: 'acme',
        repo: 'shop',
        sha: pull.headSha,
        action: 'rerequested',
      }),
    })
    await bed.app.idle()
    expect(configRuns(pull.headSha)).toEqual(['failure', 'success'])
    const names = [...bed.sim.state.checkRuns.values()].filter((r) => r.headSha === pull.headSha).map((r) => r.name)
    expect(names.sort()).toEqual(['oda / config', 'oda / config', 'oda / ok', 'oda / todo'])
    expectValidRequests(bed.sim)
  })

  it('leaves a commit without a config failure alone on a rerun', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'TODO\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    await bed.sim.webhooks.send({
      event: 'check_suite',
      payload: await bed.sim.webhooks.checkSuite({
        owner: 'acme',
        repo: 'shop',
        sha: pull.headSha,
        action: 'rerequested',
      }),
    })
    await bed.app.idle()
    expect(configRuns(pull.headSha)).toEqual([])
  })
})
