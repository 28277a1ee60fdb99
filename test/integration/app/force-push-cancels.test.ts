import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineOp } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, okOp, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

let started: () => void = () => undefined
let aborted = false
/** A long check: runs until its signal aborts (as Odoo CI would, for minutes). */
const slowOp = defineOp({
  name: 'test.slow',
  summary: 'Runs until stopped',
  input: z.object({ dir: z.string().describe('Repository root') }),
  check: { name: 'slow', input: ({ dir }) => ({ dir }) },
  run: (ctx) =>
    new Promise((_resolve, reject) => {
      started()
      ctx.signal.addEventListener('abort', () => {
        aborted = true
        reject(ctx.signal.reason as Error)
      })
      // Never done by itself within the test: only the abort ends it.
      setTimeout(() => _resolve(makeReport({ conclusion: 'success', title: 'done' })), 600_000).unref()
    }),
})

describe('a push that supersedes a PR head while its checks run', () => {
  it('cancels the running check (the op gets its abort) and completes its check run as cancelled', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'old\n' }, g: { 'a.txt': 'new\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [slowOp, okOp], graceMs: 10 })
    const running = new Promise<void>((resolve) => (started = resolve))
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    const oldSha = pull.headSha
    await running
    // The author force-pushes: the PR now points at another commit.
    pull.head = 'g'
    pull.headSha = execFileSync('git', ['-C', gitDir, 'rev-parse', 'g'], { encoding: 'utf8' }).trim()
    await bed.app.idle()
    expect(aborted).toBe(true)
    const slow = checkRunsFor(bed.sim, oldSha).get('oda / slow')
    expect(slow).toMatchObject({ status: 'completed', conclusion: 'cancelled' })
    expect(slow?.output.title).toBe(`Cancelled: a newer push (${pull.headSha.slice(0, 7)}) superseded this commit`)
    // A check that finished before the push keeps its result.
    expect(checkRunsFor(bed.sim, oldSha).get('oda / ok')).toMatchObject({ conclusion: 'success' })
    expectValidRequests(bed.sim)
  }, 60_000)
})
