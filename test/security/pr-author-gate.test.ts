import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineOp } from '../../src/op/define-op.ts'
import { makeReport } from '../../src/op/report.ts'
import type { RunRecord } from '../../src/engine/run-record.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, type Bed } from '../integration/app/harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

/** A check that runs the repository's code (as Odoo CI does); it counts the commits it ran. */
function codeRunner(): { op: ReturnType<typeof defineOp>; ran: string[] } {
  const ran: string[] = []
  const op = defineOp({
    name: 'test.run-code',
    summary: "Runs the PR's code",
    input: z.object({ dir: z.string().describe('Repository root') }),
    guard: { permission: 'write' },
    check: { name: 'run-code', runsRepositoryCode: true, input: ({ dir }) => ({ dir }) },
    run: async (ctx) => {
      ran.push(ctx.runId)
      return makeReport({ conclusion: 'success', title: 'ran the code' })
    },
  })
  return { op, ran }
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: dir, encoding: 'utf8' })
}

function gitDirOf(b: Bed): string {
  return [...b.sim.state.repos.values()][0]!.gitDir
}

async function runsOf(b: Bed): Promise<RunRecord[]> {
  return (await b.app.store.listRuns({})).filter((r) => r.op === 'test.run-code')
}

const repoFiles = (config = ''): Parameters<typeof makeGitRepo>[0] => ({
  main: { 'a.txt': 'a\n', ...(config ? { '.github/oda.yml': config } : {}) },
  feature: { 'a.txt': 'import os  # the author code\n' },
})

describe('checks that run repository code are gated on the PR author, not the event sender', () => {
  it("an outsider's PR waits for approval; a maintainer's Re-run does not run it; Approve and run runs that commit once, recorded as a PDR", async () => {
    const { op, ran } = codeRunner()
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir: makeGitRepo(repoFiles()) }], ops: [op] })
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'mallory', permission: 'read' })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature', user: 'mallory' })
    await bed.app.idle()

    let check = checkRunsFor(bed.sim, pull.headSha).get('oda / run-code')!
    expect(ran).toEqual([])
    expect(check.conclusion).toBe('action_required')
    expect(check.output.summary).toContain(`the code of @mallory at ${pull.headSha.slice(0, 7)}`)
    expect(check.output.summary).toContain('@mallory has read permission, write required')
    expect(check.actions.map((a) => a.identifier)).toEqual(['approve-run'])

    // The owner clicks Re-run: the sender is an admin, but the code is still mallory's.
    await bed.sim.webhooks.send({
      event: 'check_run',
      payload: bed.sim.webhooks.checkRun({ checkRunId: check.id, action: 'rerequested', sender: 'acme' }),
    })
    await bed.app.idle()
    expect(ran).toEqual([])
    check = checkRunsFor(bed.sim, pull.headSha).get('oda / run-code')!
    expect(check.conclusion).toBe('action_required')
    const rerun = (await runsOf(bed)).find((r) => r.actor === 'acme')!
    expect(rerun.pdrs.find((d) => d.rule === 'permission')?.verdict).toBe('allow')
    expect(rerun.pdrs.find((d) => d.rule === 'code-author')).toMatchObject({
      verdict: 'deny',
      inputs: { author: 'mallory', authorPermission: 'read', required: 'write', commit: pull.headSha },
    })

    // The owner approves: that commit runs once, and the approval is on record.
    await bed.sim.requestAction({ checkRunId: check.id, identifier: 'approve-run', user: 'acme' })
    await bed.app.idle()
    expect(ran).toHaveLength(1)
    expect(checkRunsFor(bed.sim, pull.headSha).get('oda / run-code')?.conclusion).toBe('success')
    const approved = (await runsOf(bed)).find((r) => r.id === ran[0])!
    expect(approved.pdrs.find((d) => d.rule === 'approval')).toMatchObject({
      verdict: 'allow',
      inputs: { approver: 'acme', approverPermission: 'admin', author: 'mallory', commit: pull.headSha, fork: false },
    })
    expect(approved.pdrs.find((d) => d.rule === 'approval')?.reason).toContain(
      `@acme (admin) approved running the code of @mallory at ${pull.headSha.slice(0, 7)} once`,
    )
    expect(approved.pdrs.find((d) => d.rule === 'code-author')?.verdict).toBe('allow')

    // A new push is new code: it waits for an approval of its own.
    const approvedSha = pull.headSha
    git(gitDirOf(bed), 'checkout', '-q', 'feature')
    writeFileSync(join(gitDirOf(bed), 'a.txt'), 'import os, sys  # pushed after the approval\n')
    git(gitDirOf(bed), 'commit', '-qam', 'more')
    git(gitDirOf(bed), 'checkout', '-q', 'main')
    const pushed = await bed.sim.updatePullRequest({
      owner: 'acme',
      repo: 'shop',
      number: pull.number,
      action: 'synchronize',
    })
    await bed.app.idle()
    expect(pushed.pull.headSha).not.toBe(approvedSha)
    expect(ran).toHaveLength(1)
    expect(checkRunsFor(bed.sim, pushed.pull.headSha).get('oda / run-code')?.conclusion).toBe('action_required')
    expectValidRequests(bed.sim)
  })

  it('a commit without a pull request runs only as the tip of a branch of the repository', async () => {
    const { op, ran } = codeRunner()
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir: makeGitRepo(repoFiles()) }], ops: [op] })
    const mainSha = git(gitDirOf(bed), 'rev-parse', 'main').trim()
    const featureSha = git(gitDirOf(bed), 'rev-parse', 'feature').trim()
    const suite = async (sha: string, headBranch: string): Promise<void> => {
      const payload = await bed!.sim.webhooks.checkSuite({ owner: 'acme', repo: 'shop', sha, action: 'requested' })
      // As GitHub sends it for a fork's commit: no pull request, and the fork's branch name.
      ;(payload['check_suite'] as Record<string, unknown>)['head_branch'] = headBranch
      ;(payload['check_suite'] as Record<string, unknown>)['pull_requests'] = []
      await bed!.sim.webhooks.send({ event: 'check_suite', payload })
      await bed!.app.idle()
    }
    await suite(mainSha, 'main')
    expect(ran).toHaveLength(1)
    expect(checkRunsFor(bed.sim, mainSha).get('oda / run-code')?.conclusion).toBe('success')
    // A commit claiming a branch whose tip is another commit (a fork's branch of the same name).
    await suite(featureSha, 'main')
    expect(ran).toHaveLength(1)
    const check = checkRunsFor(bed.sim, featureSha).get('oda / run-code')!
    expect(check.conclusion).toBe('action_required')
    expect(check.output.summary).toContain('is neither on a pull request nor the tip of a branch of this repository')
  })

  it('an approval from someone without the permission runs nothing and is recorded as denied', async () => {
    const { op, ran } = codeRunner()
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir: makeGitRepo(repoFiles()) }], ops: [op] })
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'mallory', permission: 'read' })
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'trudy', permission: 'triage' })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature', user: 'mallory' })
    await bed.app.idle()
    const check = checkRunsFor(bed.sim, pull.headSha).get('oda / run-code')!
    // The author approving their own code, and a triager: neither can.
    await bed.sim.requestAction({ checkRunId: check.id, identifier: 'approve-run', user: 'mallory' })
    await bed.sim.requestAction({ checkRunId: check.id, identifier: 'approve-run', user: 'trudy' })
    await bed.app.idle()
    expect(ran).toEqual([])
    expect(checkRunsFor(bed.sim, pull.headSha).get('oda / run-code')?.conclusion).toBe('action_required')
    const approvals = (await runsOf(bed)).flatMap((r) => r.pdrs.filter((d) => d.rule === 'approval'))
    expect(approvals.map((d) => [d.verdict, d.inputs['approver'], d.inputs['approverPermission']]).sort()).toEqual([
      ['deny', 'mallory', 'read'],
      ['deny', 'trudy', 'triage'],
    ])
  })

  it('a collaborator with write runs at once; a PR from a fork waits unless forkPullRequests, and then only for a trusted fork owner', async () => {
    const { op, ran } = codeRunner()
    const gitDir = makeGitRepo({
      main: { 'a.txt': 'a\n' },
      own: { 'a.txt': 'own\n' },
      forked: { 'a.txt': 'forked\n' },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [op] })
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'dev', permission: 'write' })
    const own = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'own', user: 'dev' })
    await bed.app.idle()
    expect(ran).toHaveLength(1)
    expect(checkRunsFor(bed.sim, own.pull.headSha).get('oda / run-code')?.conclusion).toBe('success')

    // The same trusted author, from a fork: off by default.
    const fork = await bed.sim.openPullRequest({
      owner: 'acme',
      repo: 'shop',
      head: 'forked',
      user: 'dev',
      fork: 'dev',
    })
    await bed.app.idle()
    expect(ran).toHaveLength(1)
    const waiting = checkRunsFor(bed.sim, fork.pull.headSha).get('oda / run-code')!
    expect(waiting.conclusion).toBe('action_required')
    expect(waiting.output.summary).toContain('from the fork dev/shop')
    expect(waiting.output.summary).toContain('odoo-ci.forkPullRequests is false')
  })

  it('with forkPullRequests: true a fork runs only when its owner has the permission too', async () => {
    const { op, ran } = codeRunner()
    const gitDir = makeGitRepo({
      main: { 'a.txt': 'a\n', '.github/oda.yml': 'odoo-ci:\n  forkPullRequests: true\n' },
      trusted: { 'a.txt': 'trusted\n' },
      untrusted: { 'a.txt': 'untrusted\n' },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [op] })
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'dev', permission: 'write' })
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'evil-org', permission: 'none' })
    const a = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'trusted', user: 'dev', fork: 'dev' })
    await bed.app.idle()
    expect(checkRunsFor(bed.sim, a.pull.headSha).get('oda / run-code')?.conclusion).toBe('success')
    expect(ran).toHaveLength(1)
    // A trusted author's branch in someone else's fork: the fork owner can change it.
    const b = await bed.sim.openPullRequest({
      owner: 'acme',
      repo: 'shop',
      head: 'untrusted',
      user: 'dev',
      fork: 'evil-org',
    })
    await bed.app.idle()
    expect(ran).toHaveLength(1)
    const check = checkRunsFor(bed.sim, b.pull.headSha).get('oda / run-code')!
    expect(check.conclusion).toBe('action_required')
    expect(check.output.summary).toContain("the fork's owner @evil-org has none permission, write required")
  })
})
