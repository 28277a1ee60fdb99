import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { expectValidRequests, makeGitRepo, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

describe('a branch pushed before its pull request was opened', () => {
  it('gets the PR-scoped checks when the PR opens, after the whole-tree run of its push', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, feature: { 'a.txt': 'a\nFIXME finish\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const sha = execFileSync('git', ['-C', gitDir, 'rev-parse', 'feature'], { encoding: 'utf8' }).trim()
    // The push: GitHub asks for a check suite; no PR exists yet, so the checks see no change.
    await bed.sim.webhooks.send({
      event: 'check_suite',
      payload: await bed.sim.webhooks.checkSuite({ owner: 'acme', repo: 'shop', sha, action: 'requested' }),
    })
    await bed.app.idle()
    const todoRuns = (): { conclusion: string | null; annotations: number; summary: string }[] =>
      [...bed!.sim.state.checkRuns.values()]
        .filter((r) => r.headSha === sha && r.name === 'oda / todo')
        .sort((a, b) => a.id - b.id)
        .map((r) => ({
          conclusion: r.conclusion ?? null,
          annotations: r.output.annotations.length,
          summary: r.output.summary ?? '',
        }))
    expect(todoRuns()).toEqual([expect.objectContaining({ conclusion: 'success', annotations: 0 })])

    // Opening the PR on the same head runs the PR's own, diff-scoped checks: the newest run wins.
    await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    await bed.app.idle()
    const runs = todoRuns()
    expect(runs).toHaveLength(2)
    expect(runs[1]).toMatchObject({ conclusion: 'failure', annotations: 1 })
    expect(runs[1]!.summary).toContain('Looked at 1 file(s).')
    for (const r of runs) expect(r.summary).not.toContain(bed.dataDir)

    // A further event for that PR and head is still a duplicate.
    await bed.sim.webhooks.send({
      event: 'check_suite',
      payload: await bed.sim.webhooks.checkSuite({ owner: 'acme', repo: 'shop', sha, action: 'requested' }),
    })
    await bed.app.idle()
    expect(todoRuns()).toHaveLength(2)
    expect(await bed.app.queue.counts()).toMatchObject({ done: 2, failed: 0 })
    expectValidRequests(bed.sim)
  })
})
