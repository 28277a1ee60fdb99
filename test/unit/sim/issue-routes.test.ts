import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './sim-harness.ts'

describe('issue comments, reactions, labels', () => {
  let h: Harness
  let issue_number: number
  beforeAll(async () => {
    h = await startHarness()
    issue_number = (await h.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'pr-spec-kit-problems' })).pull
      .number
  })
  afterAll(async () => {
    await h.close()
  })
  const repo = { owner: 'acme', repo: 'shop' }

  it('creates, edits, lists, gets and deletes a comment written by the app bot', async () => {
    const { data: c } = await h.gh.rest.issues.createComment({ ...repo, issue_number, body: 'Deploying…' })
    expect(c.user?.login).toBe('oda-sim[bot]')
    const { data: edited } = await h.gh.rest.issues.updateComment({ ...repo, comment_id: c.id, body: 'Deployed' })
    expect(edited.body).toBe('Deployed')
    expect((await h.gh.rest.issues.getComment({ ...repo, comment_id: c.id })).data.body).toBe('Deployed')
    const list = await h.gh.rest.issues.listComments({ ...repo, issue_number })
    expect(list.data.map((x) => x.id)).toEqual([c.id])
    await h.gh.rest.issues.deleteComment({ ...repo, comment_id: c.id })
    await expect(h.gh.rest.issues.getComment({ ...repo, comment_id: c.id })).rejects.toMatchObject({ status: 404 })
    expect(h.sim.violations).toEqual([])
  })

  it('refuses a comment on an issue that does not exist', async () => {
    await expect(h.gh.rest.issues.createComment({ ...repo, issue_number: 999, body: 'x' })).rejects.toMatchObject({
      status: 404,
    })
  })

  it('adds reactions once per content (201 then 200) on comments and on the PR', async () => {
    const { data: c } = await h.gh.rest.issues.createComment({ ...repo, issue_number, body: '/deploy staging' })
    const first = await h.gh.rest.reactions.createForIssueComment({ ...repo, comment_id: c.id, content: 'eyes' })
    const again = await h.gh.rest.reactions.createForIssueComment({ ...repo, comment_id: c.id, content: 'eyes' })
    expect([first.status, again.status]).toEqual([201, 200])
    await h.gh.rest.reactions.createForIssueComment({ ...repo, comment_id: c.id, content: 'rocket' })
    const list = await h.gh.rest.reactions.listForIssueComment({ ...repo, comment_id: c.id })
    expect(list.data.map((r) => r.content)).toEqual(['eyes', 'rocket'])
    expect((await h.gh.rest.issues.getComment({ ...repo, comment_id: c.id })).data.reactions).toMatchObject({
      total_count: 2,
      eyes: 1,
      rocket: 1,
    })
    await h.gh.rest.reactions.createForIssue({ ...repo, issue_number, content: '+1' })
    expect((await h.gh.rest.reactions.listForIssue({ ...repo, issue_number })).data.map((r) => r.content)).toEqual([
      '+1',
    ])
    expect(h.sim.violations).toEqual([])
  })

  it('refuses a reaction GitHub does not know with 422', async () => {
    const before = h.sim.violations.length
    const res = await fetch(`${h.sim.url}/repos/acme/shop/issues/${issue_number}/reactions`, {
      method: 'POST',
      headers: { authorization: `token ${h.sim.issueToken()}` },
      body: JSON.stringify({ content: 'party' }),
    })
    expect(res.status).toBe(422)
    expect(h.sim.violations.slice(before)).toEqual([
      expect.objectContaining({ where: 'body', operationId: 'reactions/create-for-issue' }),
    ])
    h.sim.violations.length = before
  })

  it('adds, sets, lists and removes labels; repo labels are created on first use', async () => {
    await h.gh.rest.issues.createLabel({ ...repo, name: 'deploy:staging', color: 'ff0000' })
    await expect(h.gh.rest.issues.createLabel({ ...repo, name: 'deploy:staging' })).rejects.toMatchObject({
      status: 422,
    })
    await h.gh.rest.issues.addLabels({ ...repo, issue_number, labels: ['deploy:staging', 'oda'] })
    expect(
      (await h.gh.rest.issues.listLabelsOnIssue({ ...repo, issue_number })).data.map((l) => [l.name, l.color]),
    ).toEqual([
      ['deploy:staging', 'ff0000'],
      ['oda', 'ededed'],
    ])
    await h.gh.rest.issues.removeLabel({ ...repo, issue_number, name: 'oda' })
    await expect(h.gh.rest.issues.removeLabel({ ...repo, issue_number, name: 'oda' })).rejects.toMatchObject({
      status: 404,
    })
    await h.gh.rest.issues.setLabels({ ...repo, issue_number, labels: ['ready'] })
    expect(
      (await h.gh.rest.issues.get({ ...repo, issue_number })).data.labels.map((l) =>
        typeof l === 'string' ? l : l.name,
      ),
    ).toEqual(['ready'])
    expect((await h.gh.rest.issues.listLabelsForRepo({ ...repo })).data.map((l) => l.name).sort()).toEqual([
      'deploy:staging',
      'oda',
      'ready',
    ])
    expect((await h.gh.rest.pulls.get({ ...repo, pull_number: issue_number })).data.labels.map((l) => l.name)).toEqual([
      'ready',
    ])
    expect(h.sim.violations).toEqual([])
  })
})
