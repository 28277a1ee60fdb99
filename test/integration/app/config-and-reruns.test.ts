import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineOp, type Op } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, okOp, startBed, todoOp, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

// The todo check under a name the config schema knows, so `spec-kit.enabled` switches it.
const specKitLike: Op = {
  ...todoOp,
  name: 'test.spec-kit-like',
  check: { name: 'spec-kit', input: todoOp.check!.input },
}

describe('the App reads .github/oda.yml from the default branch', () => {
  it('ignores a pull request that re-enables a check its default branch disables', async () => {
    const gitDir = makeGitRepo({
      main: { '.github/oda.yml': 'spec-kit:\n  enabled: false\n', 'a.txt': 'a\n' },
      loosen: { '.github/oda.yml': 'spec-kit:\n  enabled: true\n', 'a.txt': 'TODO\n' },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [specKitLike, okOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'loosen' })
    await bed.app.idle()
    expect([...checkRunsFor(bed.sim, pull.headSha).keys()]).toEqual(['oda / ok'])
    expectValidRequests(bed.sim)
  })

  it('inherits from the org .github repository through _extends', async () => {
    const shop = makeGitRepo({
      main: { '.github/oda.yml': '_extends: .github\n', 'a.txt': 'a\n' },
      f: { 'a.txt': 'TODO\n' },
    })
    const org = makeGitRepo({ main: { '.github/oda.yml': 'spec-kit:\n  enabled: false\n' } })
    bed = await startBed({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: shop },
        { owner: 'acme', repo: '.github', gitDir: org },
      ],
      ops: [specKitLike, okOp],
    })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    expect([...checkRunsFor(bed.sim, pull.headSha).keys()]).toEqual(['oda / ok'])
    expectValidRequests(bed.sim)
  })

  it('reports a broken config as a failed oda / config check annotated at the line at fault', async () => {
    const gitDir = makeGitRepo({
      main: { '.github/oda.yml': 'version: 1\nspec-kit:\n  enabled: maybe\n' },
      f: { 'a.txt': 'x\n' },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    const runs = checkRunsFor(bed.sim, pull.headSha)
    expect([...runs.keys()]).toEqual(['oda / config'])
    const config = runs.get('oda / config')
    expect(config).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(config?.output.annotations).toEqual([
      expect.objectContaining({ path: '.github/oda.yml', start_line: 3, annotation_level: 'failure' }),
    ])
    expect(config?.output.annotations[0]?.message).toContain('spec-kit.enabled')
    expectValidRequests(bed.sim)
  })

  it('refuses a permission for an op that does not exist, so a typo cannot leave an op unguarded', async () => {
    const gitDir = makeGitRepo({
      main: { '.github/oda.yml': 'version: 1\npolicy:\n  permissions:\n    tset.ok: admin\n' },
      f: { 'a.txt': 'x\n' },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    const config = checkRunsFor(bed.sim, pull.headSha).get('oda / config')
    expect(config).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(config?.output.annotations).toEqual([expect.objectContaining({ path: '.github/oda.yml', start_line: 4 })])
    expect(config?.output.annotations[0]?.message).toContain('no operation is called "tset.ok"')
    expectValidRequests(bed.sim)
  })
})

describe('the App on reruns', () => {
  it('runs one check again for check_run.rerequested and for the Re-run button, once per click', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'TODO\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    const todo = checkRunsFor(bed.sim, pull.headSha).get('oda / todo')
    const rerequest = await bed.sim.webhooks.send({
      event: 'check_run',
      payload: bed.sim.webhooks.checkRun({ checkRunId: todo!.id, action: 'rerequested' }),
    })
    await bed.sim.webhooks.redeliver(rerequest.id)
    await bed.sim.webhooks.send({
      event: 'check_run',
      payload: bed.sim.webhooks.checkRun({ checkRunId: todo!.id, action: 'requested_action', identifier: 'rerun' }),
    })
    await bed.sim.webhooks.send({
      event: 'check_run',
      payload: bed.sim.webhooks.checkRun({ checkRunId: todo!.id, action: 'requested_action', identifier: 'not-ours' }),
    })
    await bed.app.idle()
    const names = [...bed.sim.state.checkRuns.values()]
      .filter((r) => r.headSha === pull.headSha)
      .map((r) => r.name)
      .sort()
    expect(names).toEqual(['oda / ok', 'oda / todo', 'oda / todo', 'oda / todo'])
    expectValidRequests(bed.sim)
  })

  it('runs every check again for check_suite.rerequested', async () => {
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
    const names = [...bed.sim.state.checkRuns.values()]
      .filter((r) => r.headSha === pull.headSha)
      .map((r) => r.name)
      .sort()
    expect(names).toEqual(['oda / ok', 'oda / ok', 'oda / todo', 'oda / todo'])
    expectValidRequests(bed.sim)
  })
})

describe('the App on a slow check', () => {
  it('shows a check that outruns the grace time in progress, then completes that same run', async () => {
    const slowOp: Op = defineOp({
      name: 'test.slow',
      summary: 'Takes a while',
      input: z.object({ dir: z.string().describe('Repository root') }),
      check: { name: 'slow', input: ({ dir }) => ({ dir }) },
      run: async () => {
        await sleep(600)
        return makeReport({ conclusion: 'neutral', title: 'Slow but done' })
      },
    })
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'b\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [slowOp], graceMs: 50 })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    const runs = [...bed.sim.state.checkRuns.values()].filter((r) => r.headSha === pull.headSha)
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ name: 'oda / slow', status: 'completed', conclusion: 'neutral', writes: 2 })
    const writes = bed.sim.routeLog.entries.filter((e) => e.url.includes('/check-runs')).map((e) => e.method)
    expect(writes).toEqual(['POST', 'PATCH'])
    expectValidRequests(bed.sim)
  })
})

describe("the App and the PR author's permission", () => {
  const runsCode: Op = {
    ...okOp,
    name: 'test.runs-code',
    guard: { permission: 'write' },
    check: { name: 'runs-code', input: okOp.check!.input },
  }

  it('runs a check that needs write access for a collaborator with write access', async () => {
    bed = await startBed({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'b\n' } }) },
      ],
      ops: [runsCode, okOp],
    })
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'dev', permission: 'write' })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f', user: 'dev' })
    await bed.app.idle()
    expect(checkRunsFor(bed.sim, pull.headSha).get('oda / runs-code')).toMatchObject({
      status: 'completed',
      conclusion: 'success',
    })
    expectValidRequests(bed.sim)
  })

  it('asks for action instead of running it for an outsider, while read-only checks still run', async () => {
    bed = await startBed({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'b\n' } }) },
      ],
      ops: [runsCode, okOp],
    })
    bed.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'stranger', permission: 'none' })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f', user: 'stranger' })
    await bed.app.idle()
    const runs = checkRunsFor(bed.sim, pull.headSha)
    expect(runs.get('oda / runs-code')).toMatchObject({ status: 'completed', conclusion: 'action_required' })
    expect(runs.get('oda / runs-code')?.output.title).toContain('requires write')
    expect(runs.get('oda / ok')).toMatchObject({ conclusion: 'success' })
    expectValidRequests(bed.sim)
  })
})

describe('the App on a long check', () => {
  it('shows a check that is long by nature (a timeout of an hour or more) in progress before it starts', async () => {
    const longOp: Op = defineOp({
      name: 'test.long',
      summary: 'Runs the test suite',
      input: z.object({ dir: z.string().describe('Repository root') }),
      guard: { timeoutS: 7200 },
      check: { name: 'long', input: ({ dir }) => ({ dir }) },
      run: async () => makeReport({ conclusion: 'success', title: 'Suite passed' }),
    })
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'b\n' } })
    // A grace time far longer than the op takes: only the op's nature can explain an in-progress run.
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [longOp], graceMs: 60_000 })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    expect(checkRunsFor(bed.sim, pull.headSha).get('oda / long')).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      writes: 2,
    })
    expect(bed.sim.routeLog.entries.filter((e) => e.url.includes('/check-runs')).map((e) => e.method)).toEqual([
      'POST',
      'PATCH',
    ])
    expectValidRequests(bed.sim)
  })
})
