import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './sim-harness.ts'

describe('git refs (environment locks)', () => {
  let h: Harness
  let main: string
  let head: string
  beforeAll(async () => {
    h = await startHarness()
    main = h.seed.branches.main ?? ''
    head = h.seed.branches['pr-spec-kit-problems'] ?? ''
  })
  afterAll(async () => {
    await h.close()
  })
  const repo = { owner: 'acme', repo: 'shop' }

  it('of two concurrent creates of the same lock ref, exactly one gets 201 and the other 422', async () => {
    const barrier = h.sim.barrier({ method: 'POST', path: '/repos/{owner}/{repo}/git/refs', count: 2 })
    const attempt = (sha: string) =>
      h.gh.rest.git.createRef({ ...repo, ref: 'refs/oda/locks/staging', sha }).then(
        (r) => ({ status: r.status, sha }),
        (e: { status: number }) => ({ status: e.status, sha }),
      )
    const results = await Promise.all([attempt(main), attempt(head)])
    await barrier.arrived
    expect(results.map((r) => r.status).sort()).toEqual([201, 422])
    const winner = results.find((r) => r.status === 201)?.sha
    const { data } = await h.gh.rest.git.getRef({ ...repo, ref: 'oda/locks/staging' })
    expect(data.object.sha).toBe(winner)
    const loser = h.sim.routeLog.calls('POST /repos/{owner}/{repo}/git/refs').find((e) => e.status === 422)
    expect(loser?.note).toBe('Reference already exists')
  })

  it('refuses to create a ref that exists in git, a bad name, and an unknown object', async () => {
    await expect(h.gh.rest.git.createRef({ ...repo, ref: 'refs/heads/main', sha: main })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference already exists' } },
    })
    await expect(h.gh.rest.git.createRef({ ...repo, ref: 'heads/x', sha: main })).rejects.toMatchObject({ status: 422 })
    await expect(h.gh.rest.git.createRef({ ...repo, ref: 'refs/oda/locks/a..b', sha: main })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: expect.stringContaining('not a valid ref name') } },
    })
    await expect(
      h.gh.rest.git.createRef({ ...repo, ref: 'refs/oda/locks/x', sha: 'a'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422, response: { data: { message: 'Object does not exist' } } })
  })

  it('updates fast-forward only unless forced, then deletes', async () => {
    await h.gh.rest.git.createRef({ ...repo, ref: 'refs/oda/locks/prod', sha: head })
    await expect(h.gh.rest.git.updateRef({ ...repo, ref: 'oda/locks/prod', sha: main })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } },
    })
    const forced = await h.gh.rest.git.updateRef({ ...repo, ref: 'oda/locks/prod', sha: main, force: true })
    expect(forced.data.object.sha).toBe(main)
    const ff = await h.gh.rest.git.updateRef({ ...repo, ref: 'oda/locks/prod', sha: head })
    expect(ff.data.object.sha).toBe(head)
    expect((await h.gh.rest.git.deleteRef({ ...repo, ref: 'oda/locks/prod' })).status).toBe(204)
    await expect(h.gh.rest.git.getRef({ ...repo, ref: 'oda/locks/prod' })).rejects.toMatchObject({ status: 404 })
    await expect(h.gh.rest.git.deleteRef({ ...repo, ref: 'oda/locks/prod' })).rejects.toMatchObject({ status: 422 })
    // Deleted through the API, it can be created again.
    expect((await h.gh.rest.git.createRef({ ...repo, ref: 'refs/oda/locks/prod', sha: main })).status).toBe(201)
  })

  it('lists matching refs across git and API writes', async () => {
    const locks = await h.gh.rest.git.listMatchingRefs({ ...repo, ref: 'oda/locks/' })
    expect(locks.data.map((r) => r.ref)).toEqual(['refs/oda/locks/prod', 'refs/oda/locks/staging'])
    const heads = await h.gh.rest.git.listMatchingRefs({ ...repo, ref: 'heads/' })
    expect(heads.data.map((r) => r.ref)).toContain('refs/heads/main')
    expect(heads.data.find((r) => r.ref === 'refs/heads/main')?.object).toMatchObject({ type: 'commit', sha: main })
    expect(h.sim.violations).toEqual([])
  })

  it('makes a branch created through the API readable by other routes', async () => {
    await h.gh.rest.git.createRef({ ...repo, ref: 'refs/heads/release', sha: head })
    const { data } = await h.gh.rest.repos.getBranch({ ...repo, branch: 'release' })
    expect(data.commit.sha).toBe(head)
  })
})

describe('git tags (lock holders)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h.close()
  })
  const repo = { owner: 'acme', repo: 'shop' }

  it('writes an annotated tag, reads it back, and a lock ref pointing at it is of type tag', async () => {
    const main = h.seed.branches.main ?? ''
    const message = 'owner: alice\nrun: https://ci.example.com/1\nexpires: 2030-01-01T00:00:00Z\n'
    const { data: tag } = await h.gh.rest.git.createTag({
      ...repo,
      tag: 'oda-lock-staging',
      message,
      object: main,
      type: 'commit',
    })
    expect(tag).toMatchObject({
      tag: 'oda-lock-staging',
      message,
      object: { sha: main, type: 'commit' },
      tagger: { name: 'oda-sim[bot]' },
    })
    const { data: again } = await h.gh.rest.git.getTag({ ...repo, tag_sha: tag.sha })
    expect(again.message).toBe(message)
    await h.gh.rest.git.createRef({ ...repo, ref: 'refs/oda/locks/staging', sha: tag.sha })
    const { data: ref } = await h.gh.rest.git.getRef({ ...repo, ref: 'oda/locks/staging' })
    expect(ref.object).toMatchObject({ type: 'tag', sha: tag.sha })
    expect(h.sim.violations).toEqual([])
  })

  it('refuses a tag on a missing object or with the wrong type, and 404s an unknown tag', async () => {
    const main = h.seed.branches.main ?? ''
    await expect(
      h.gh.rest.git.createTag({ ...repo, tag: 't', message: 'm', object: 'b'.repeat(40), type: 'commit' }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      h.gh.rest.git.createTag({ ...repo, tag: 't', message: 'm', object: main, type: 'blob' }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(h.gh.rest.git.getTag({ ...repo, tag_sha: main })).rejects.toMatchObject({ status: 404 })
  })
})
