import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './sim-harness.ts'

const annotation = (i: number) => ({
  path: 'spec/shop/prd.md',
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'warning' as const,
  message: `finding ${i}`,
})

describe('check runs and suites', () => {
  let h: Harness
  let sha: string
  beforeAll(async () => {
    h = await startHarness()
    sha = h.seed.branches['pr-spec-kit-problems'] ?? ''
    await h.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'pr-spec-kit-problems' })
  })
  afterAll(async () => {
    await h.close()
  })
  const repo = { owner: 'acme', repo: 'shop' }

  it('creates a run in progress, appends annotations on update, and completes it', async () => {
    const { data: created } = await h.gh.rest.checks.create({
      ...repo,
      name: 'oda / spec-kit',
      head_sha: sha,
      status: 'in_progress',
      external_id: 'run-1',
    })
    expect(created).toMatchObject({
      status: 'in_progress',
      conclusion: null,
      head_sha: sha,
      pull_requests: [{ number: 1 }],
    })
    await h.gh.rest.checks.update({
      ...repo,
      check_run_id: created.id,
      output: { title: 'batch 1', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) },
    })
    const { data: done } = await h.gh.rest.checks.update({
      ...repo,
      check_run_id: created.id,
      conclusion: 'failure',
      output: {
        title: '60 findings',
        summary: 'done',
        annotations: Array.from({ length: 10 }, (_, i) => annotation(50 + i)),
      },
    })
    expect(done).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: '60 findings', annotations_count: 60 },
    })
    expect(done.completed_at).not.toBeNull()
    const annotations = await h.gh.paginate(h.gh.rest.checks.listAnnotations, {
      ...repo,
      check_run_id: created.id,
      per_page: 25,
    })
    expect(annotations.map((a) => a.message)).toEqual(Array.from({ length: 60 }, (_, i) => `finding ${i}`))
    const run = h.sim.state.checkRuns.get(created.id)
    expect(run?.writes).toBe(3)
    const suite = h.sim.state.checkSuites.get(run?.checkSuiteId ?? 0)
    expect(suite).toMatchObject({ status: 'completed', conclusion: 'failure', headBranch: 'pr-spec-kit-problems' })
    expect(h.sim.violations).toEqual([])
  })

  it('creates a completed run in one request', async () => {
    const { data } = await h.gh.rest.checks.create({
      ...repo,
      name: 'oda / manifest',
      head_sha: sha,
      conclusion: 'success',
      output: { title: 'ok', summary: 'nothing found' },
    })
    expect(data).toMatchObject({ status: 'completed', conclusion: 'success' })
  })

  it('lists the latest run per name for a ref, or all with filter=all', async () => {
    await h.gh.rest.checks.create({
      ...repo,
      name: 'oda / manifest',
      head_sha: sha,
      conclusion: 'failure',
      output: { title: 'again', summary: 's' },
    })
    const latest = await h.gh.rest.checks.listForRef({ ...repo, ref: sha })
    expect(latest.data.check_runs.filter((r) => r.name === 'oda / manifest').map((r) => r.conclusion)).toEqual([
      'failure',
    ])
    const all = await h.gh.rest.checks.listForRef({ ...repo, ref: sha, filter: 'all', check_name: 'oda / manifest' })
    expect(all.data.total_count).toBe(2)
    const byBranch = await h.gh.rest.checks.listForRef({ ...repo, ref: 'pr-spec-kit-problems', status: 'completed' })
    expect(byBranch.data.total_count).toBeGreaterThanOrEqual(2)
    const suites = await h.gh.rest.checks.listSuitesForRef({ ...repo, ref: sha })
    expect(suites.data.check_suites).toHaveLength(1)
    const inSuite = await h.gh.rest.checks.listForSuite({
      ...repo,
      check_suite_id: suites.data.check_suites[0]?.id ?? 0,
      filter: 'all',
    })
    expect(inSuite.data.total_count).toBe(latest.data.total_count + 1)
  })

  it('refuses 51 annotations in one request with a GitHub-shaped 422 and records the violation', async () => {
    const { data: run } = await h.gh.rest.checks.create({ ...repo, name: 'too-many', head_sha: sha })
    const before = h.sim.violations.length
    const err = await h.gh.rest.checks
      .update({
        ...repo,
        check_run_id: run.id,
        output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) },
      })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({
      status: 422,
      response: {
        data: {
          message: expect.stringContaining('at most 50 annotations'),
          documentation_url: expect.stringContaining('docs.github.com'),
        },
      },
    })
    expect(h.sim.violations.slice(before)).toEqual([
      expect.objectContaining({
        where: 'limits',
        operationId: 'checks/update',
        errors: [expect.objectContaining({ at: '/output/annotations' })],
      }),
    ])
    expect(h.sim.state.checkRuns.get(run.id)?.output.annotations).toEqual([])
    h.sim.violations.length = before
  })

  it('refuses a summary over 65535 characters, a long annotation title and a 4th action', async () => {
    const before = h.sim.violations.length
    const long = { ...repo, name: 'long', head_sha: sha, output: { title: 't', summary: 'x'.repeat(65536) } }
    await expect(h.gh.rest.checks.create(long)).rejects.toMatchObject({ status: 422 })
    const title = {
      ...repo,
      name: 'title',
      head_sha: sha,
      output: { title: 't', summary: 's', annotations: [{ ...annotation(0), title: 'x'.repeat(256) }] },
    }
    await expect(h.gh.rest.checks.create(title)).rejects.toMatchObject({ status: 422 })
    const actions = [1, 2, 3, 4].map((i) => ({ label: `L${i}`, description: 'd', identifier: `a${i}` }))
    await expect(h.gh.rest.checks.create({ ...repo, name: 'actions', head_sha: sha, actions })).rejects.toMatchObject({
      status: 422,
    })
    await expect(
      h.gh.rest.checks.create({
        ...repo,
        name: 'label',
        head_sha: sha,
        actions: [{ label: 'x'.repeat(21), description: 'd', identifier: 'i' }],
      }),
    ).rejects.toMatchObject({ status: 422 })
    expect(h.sim.violations.slice(before).map((v) => v.where)).toEqual(['limits', 'limits', 'limits', 'limits'])
    h.sim.violations.length = before
  })

  it('in strict mode refuses a body field GitHub does not declare', async () => {
    const before = h.sim.violations.length
    const err = await h.gh
      .request('POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'x', head_sha: sha, colour: 'red' })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ status: 422, response: { data: { message: expect.stringContaining('colour') } } })
    expect(h.sim.violations.slice(before)).toEqual([
      expect.objectContaining({ where: 'body', operationId: 'checks/create' }),
    ])
    h.sim.violations.length = before
  })

  it('refuses completing without a conclusion, and a head_sha that is not a commit', async () => {
    const before = h.sim.violations.length
    await expect(
      h.gh.rest.checks.create({ ...repo, name: 'x', head_sha: sha, status: 'completed' }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(h.gh.rest.checks.create({ ...repo, name: 'x', head_sha: 'f'.repeat(40) })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: expect.stringContaining('No commit found') } },
    })
    h.sim.violations.length = before
  })

  it('creates a check suite once, and rerequest answers 201', async () => {
    const main = h.seed.branches.main ?? ''
    const first = await h.gh.rest.checks.createSuite({ ...repo, head_sha: main })
    const second = await h.gh.rest.checks.createSuite({ ...repo, head_sha: main })
    expect([first.status, second.status]).toEqual([201, 200])
    expect(second.data.id).toBe(first.data.id)
    const got = await h.gh.rest.checks.getSuite({ ...repo, check_suite_id: first.data.id })
    expect(got.data.head_commit.message).toBe('Initial shop')
    const rr = await h.gh.rest.checks.rerequestSuite({ ...repo, check_suite_id: first.data.id })
    expect(rr.status).toBe(201)
    expect(h.sim.state.checkSuites.get(first.data.id)?.rerequests).toBe(1)
    const { data: run } = await h.gh.rest.checks.create({
      ...repo,
      name: 'rr',
      head_sha: main,
      conclusion: 'success',
      output: { title: 't', summary: 's' },
    })
    expect((await h.gh.rest.checks.rerequestRun({ ...repo, check_run_id: run.id })).status).toBe(201)
    expect((await h.gh.rest.checks.get({ ...repo, check_run_id: run.id })).data.name).toBe('rr')
    expect(h.sim.violations).toEqual([])
  })

  it('answers 404 for a check run of another repository', async () => {
    await expect(h.gh.rest.checks.get({ ...repo, check_run_id: 999999 })).rejects.toMatchObject({ status: 404 })
  })
})
