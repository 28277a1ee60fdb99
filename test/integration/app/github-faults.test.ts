import { afterEach, describe, expect, it } from 'vitest'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

const many = Array.from({ length: 120 }, (_, i) => `TODO ${i}`).join('\n') + '\n'
const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs'
const CHECK_RUN = '/repos/{owner}/{repo}/check-runs/{check_run_id}'

describe('the App when GitHub misbehaves', () => {
  it('delays the report through 502 answers on create and update, and loses no annotation', async () => {
    bed = await startBed({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, many: { 'a.txt': many } }) },
      ],
    })
    const onCreate = bed.sim.faults.add({ method: 'POST', path: CHECK_RUNS, status: 502, times: 2 })
    const onUpdate = bed.sim.faults.add({ method: 'PATCH', path: CHECK_RUN, status: 503, times: 1 })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'many' })
    await bed.app.idle()
    expect(onCreate.hits).toBe(2)
    expect(onUpdate.hits).toBe(1)
    const runs = checkRunsFor(bed.sim, pull.headSha)
    expect([...runs.keys()].sort()).toEqual(['oda / ok', 'oda / todo'])
    expect(runs.get('oda / todo')?.output.annotations.map((a) => a.start_line)).toEqual(
      Array.from({ length: 120 }, (_, i) => i + 1),
    )
    expectValidRequests(bed.sim)
  })

  it('waits out a 403 secondary rate limit and retries instead of dropping the write', async () => {
    bed = await startBed({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, many: { 'a.txt': many } }) },
      ],
    })
    const limited = bed.sim.faults.add({
      method: 'PATCH',
      path: CHECK_RUN,
      status: 403,
      secondary: true,
      retryAfter: 1,
      times: 2,
    })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'many' })
    await bed.app.idle()
    expect(limited.hits).toBe(2)
    const todo = checkRunsFor(bed.sim, pull.headSha).get('oda / todo')
    expect(todo).toMatchObject({ status: 'completed', conclusion: 'success', writes: 3 })
    expect(todo?.output.annotations).toHaveLength(120)
    expectValidRequests(bed.sim)
  })

  it('resumes after the last successful write when GitHub fails longer than the client retries', async () => {
    bed = await startBed({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, many: { 'a.txt': many } }) },
      ],
    })
    // The retry plugin tries 4 times; 6 failures make the job attempt fail and the queue retry it.
    const outage = bed.sim.faults.add({ method: 'PATCH', path: CHECK_RUN, status: 500, times: 6 })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'many' })
    await bed.app.idle()
    expect(outage.hits).toBe(6)
    const all = [...bed.sim.state.checkRuns.values()].filter((r) => r.headSha === pull.headSha)
    expect(all.map((r) => r.name).sort()).toEqual(['oda / ok', 'oda / todo'])
    const todo = all.find((r) => r.name === 'oda / todo')
    expect(todo?.output.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
    expect(await bed.app.queue.counts()).toMatchObject({ done: 1, failed: 0 })
    expectValidRequests(bed.sim)
  })
})
