import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

const lines = (n: number, every: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => every(i)).join('\n') + '\n'

describe('the App on a pull request', () => {
  it('reports every enabled check as a completed check run whose annotations match the findings line for line', async () => {
    const gitDir = makeGitRepo({
      main: { 'README.md': 'shop\n' },
      feature: {
        'addons/shop/models.py': 'x = 1\n# TODO tidy\ny = 2\n# FIXME broken\n',
        'README.md': 'shop\nTODO docs\n',
      },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull, delivery } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    expect(delivery?.status).toBe(200)
    await bed.app.idle()

    const runs = checkRunsFor(bed.sim, pull.headSha)
    expect([...runs.keys()].sort()).toEqual(['oda / ok', 'oda / todo'])
    const todo = runs.get('oda / todo')
    expect(todo).toMatchObject({ status: 'completed', conclusion: 'failure', writes: 1 })
    const got = todo?.output.annotations
      .map((a) => `${a.path}:${a.start_line}:${a.annotation_level}:${a.message}`)
      .sort()
    expect(got).toEqual([
      'README.md:2:warning:TODO left in: TODO docs',
      'addons/shop/models.py:2:warning:TODO left in: # TODO tidy',
      'addons/shop/models.py:4:failure:FIXME left in: # FIXME broken',
    ])
    expect(todo?.output.summary).toContain('| `fixme` | `addons/shop/models.py` | 1 | 0 | 0 |')
    expect(todo?.actions).toEqual([{ label: 'Re-run', description: 'Run this oda check again', identifier: 'rerun' }])
    expect(runs.get('oda / ok')).toMatchObject({ status: 'completed', conclusion: 'success', writes: 1 })
    expectValidRequests(bed.sim)
  })

  it('sends 120 findings as one create and two updates with 50, 50 and 20 annotations, none twice', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, many: { 'a.txt': lines(120, (i) => `TODO ${i}`) } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'many' })
    await bed.app.idle()
    const todo = checkRunsFor(bed.sim, pull.headSha).get('oda / todo')
    expect(todo?.writes).toBe(3)
    expect(todo?.output.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
    const calls = bed.sim.routeLog.entries.filter((e) => e.route?.includes('check-runs') && e.method !== 'GET')
    expect(calls.map((c) => c.method)).toEqual(['POST', 'POST', 'PATCH', 'PATCH'])
    expectValidRequests(bed.sim)
  })

  it('creates no second set of check runs for a redelivery or a second event on the same head', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, feature: { 'a.txt': 'TODO\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull, delivery } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    const again = await bed.sim.webhooks.redeliver(delivery?.id ?? '')
    expect(again.status).toBe(200)
    await bed.sim.webhooks.send({
      event: 'pull_request',
      payload: bed.sim.webhooks.pullRequest({ owner: 'acme', repo: 'shop', number: pull.number, action: 'reopened' }),
    })
    await bed.sim.webhooks.send({
      event: 'check_suite',
      payload: await bed.sim.webhooks.checkSuite({
        owner: 'acme',
        repo: 'shop',
        sha: pull.headSha,
        action: 'requested',
      }),
    })
    await bed.app.idle()
    const all = [...bed.sim.state.checkRuns.values()].filter((r) => r.headSha === pull.headSha)
    expect(all.map((r) => r.name).sort()).toEqual(['oda / ok', 'oda / todo'])
    expect(await bed.app.queue.counts()).toMatchObject({ done: 1, failed: 0 })
    expectValidRequests(bed.sim)
  })

  it('rejects an unsigned or wrongly signed delivery and queues nothing', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, feature: { 'a.txt': 'TODO\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature', emit: false })
    const payload = bed.sim.webhooks.pullRequest({ owner: 'acme', repo: 'shop', number: pull.number })
    const wrong = await bed.sim.webhooks.send({ event: 'pull_request', payload, secret: 'not-the-secret' })
    const unsigned = await bed.sim.webhooks.send({ event: 'pull_request', payload, signature: false })
    expect(wrong.status).toBeGreaterThanOrEqual(400)
    expect(unsigned.status).toBeGreaterThanOrEqual(400)
    expect(await bed.app.queue.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 0 })
    expect(bed.sim.state.checkRuns.size).toBe(0)
  })

  it('answers health and webhook timing on /healthz and /metrics', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'TODO\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    const health = await (await fetch(`${bed.app.url}/healthz`)).json()
    expect(health).toEqual({ ok: true, role: 'all', queue: { queued: 0, running: 0, done: 1, failed: 0 } })
    const metrics = (await (await fetch(`${bed.app.url}/metrics`)).json()) as {
      webhookAckMs: { count: number; p50: number }
    }
    expect(metrics.webhookAckMs.count).toBe(1)
    expect(metrics.webhookAckMs.p50).toBeGreaterThan(0)
    const later = (await (await fetch(`${bed.app.url}/metrics?since=1`)).json()) as {
      webhookAckMs: { count: number; p50: number }
    }
    expect(later.webhookAckMs).toEqual({ count: 1, p50: 0, p99: 0, max: 0 })
  })

  it("keeps a check with thousands of findings within GitHub's limits and says where the full list is", async () => {
    const long = lines(3000, (i) => `TODO ${'x'.repeat(60)} ${i}`)
    bed = await startBed({
      repos: [
        {
          owner: 'acme',
          repo: 'shop',
          gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, huge: { 'a.txt': long, 'b.txt': long } }),
        },
      ],
    })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'huge' })
    await bed.app.idle()
    const todo = checkRunsFor(bed.sim, pull.headSha).get('oda / todo')
    expect(todo?.status).toBe('completed')
    expect(todo?.output.annotations).toHaveLength(1000)
    expect(todo?.writes).toBe(20)
    expect(todo?.output.summary?.length).toBeLessThanOrEqual(65_535)
    expect(todo?.output.text?.length).toBeLessThanOrEqual(65_535)
    expect(todo?.output.summary).toContain(
      'Only the first 1000 findings are annotated on the diff; the other 5000 are listed in the details.',
    )
    expect(todo?.output.text).toMatch(
      /_\d+ more findings are left out \(size limit\); the full list is in run `r[0-9a-z]+` \(`oda runs show r[0-9a-z]+`\)\._$/,
    )
    expectValidRequests(bed.sim)
  }, 60_000)

  it('skips a head that a later push superseded before its checks ran, and checks the new head', async () => {
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'TODO old\n' }, g: { 'a.txt': 'TODO new\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f', emit: false })
    const opened = bed.sim.webhooks.pullRequest({ owner: 'acme', repo: 'shop', number: pull.number, action: 'opened' })
    const oldSha = pull.headSha
    // The author pushes again before oda got to the first head: the PR now points at branch g.
    const newSha = execFileSync('git', ['-C', gitDir, 'rev-parse', 'g'], { encoding: 'utf8' }).trim()
    pull.head = 'g'
    pull.headSha = newSha
    await bed.sim.webhooks.send({ event: 'pull_request', payload: opened })
    await bed.app.idle()
    expect(checkRunsFor(bed.sim, oldSha).size).toBe(0)
    await bed.sim.webhooks.send({
      event: 'pull_request',
      payload: bed.sim.webhooks.pullRequest({
        owner: 'acme',
        repo: 'shop',
        number: pull.number,
        action: 'synchronize',
      }),
    })
    await bed.app.idle()
    expect([...checkRunsFor(bed.sim, newSha).keys()].sort()).toEqual(['oda / ok', 'oda / todo'])
    expectValidRequests(bed.sim)
  })
})
