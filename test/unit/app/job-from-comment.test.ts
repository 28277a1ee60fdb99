import { describe, expect, it } from 'vitest'
import { jobFromComment } from '../../../app/commands/job-from-comment.ts'
import { commandJobKey } from '../../../app/commands/command-job.ts'

const payload = (o: { action?: string; body?: string; login?: string; type?: string; pull?: boolean } = {}) => ({
  action: o.action ?? 'created',
  installation: { id: 7 },
  repository: { name: 'shop', owner: { login: 'acme' } },
  issue: {
    number: 3,
    html_url: 'https://github.com/acme/shop/pull/3',
    ...(o.pull === false ? {} : { pull_request: {} }),
  },
  comment: {
    id: 99,
    html_url: 'https://github.com/acme/shop/pull/3#issuecomment-99',
    body: o.body ?? '/deploy staging',
    user: { login: o.login ?? 'wanda', type: o.type ?? 'User' },
  },
})

describe('jobFromComment', () => {
  it('maps a new PR comment with a command line to a job', () => {
    expect(jobFromComment({ name: 'issue_comment', id: 'd1', payload: payload() })).toEqual({
      installationId: 7,
      owner: 'acme',
      repo: 'shop',
      issueNumber: 3,
      isPull: true,
      issueUrl: 'https://github.com/acme/shop/pull/3',
      commentId: 99,
      commentUrl: 'https://github.com/acme/shop/pull/3#issuecomment-99',
      body: '/deploy staging',
      actor: 'wanda',
      actorIsBot: false,
      edited: false,
      deliveryId: 'd1',
    })
  })

  it('queues nothing for comments without a command line, deletions, other events or oversize bodies', () => {
    expect(jobFromComment({ name: 'issue_comment', id: 'd', payload: payload({ body: 'LGTM' }) })).toBeUndefined()
    expect(
      jobFromComment({ name: 'issue_comment', id: 'd', payload: payload({ body: '> /deploy x' }) }),
    ).toBeUndefined()
    expect(jobFromComment({ name: 'issue_comment', id: 'd', payload: payload({ action: 'deleted' }) })).toBeUndefined()
    expect(jobFromComment({ name: 'issues', id: 'd', payload: payload() })).toBeUndefined()
    const big = `/help\n${'x'.repeat(70_000)}`
    expect(jobFromComment({ name: 'issue_comment', id: 'd', payload: payload({ body: big }) })).toBeUndefined()
    expect(jobFromComment({ name: 'issue_comment', id: 'd', payload: { action: 'created' } })).toBeUndefined()
  })

  it('marks bots (by type or [bot] login), edits and issues that are not PRs', () => {
    expect(jobFromComment({ name: 'issue_comment', id: 'd', payload: payload({ type: 'Bot' }) })?.actorIsBot).toBe(true)
    expect(
      jobFromComment({ name: 'issue_comment', id: 'd', payload: payload({ login: 'oda[bot]' }) })?.actorIsBot,
    ).toBe(true)
    expect(jobFromComment({ name: 'issue_comment', id: 'd', payload: payload({ action: 'edited' }) })?.edited).toBe(
      true,
    )
    expect(jobFromComment({ name: 'issue_comment', id: 'd', payload: payload({ pull: false }) })?.isPull).toBe(false)
  })
})

describe('commandJobKey', () => {
  it('is one key per comment, and per delivery for edits', () => {
    const base = { owner: 'acme', repo: 'shop', commentId: 99, deliveryId: 'd1' }
    expect(commandJobKey({ ...base, edited: false })).toBe(commandJobKey({ ...base, deliveryId: 'd2', edited: false }))
    expect(commandJobKey({ ...base, edited: true })).not.toBe(
      commandJobKey({ ...base, deliveryId: 'd2', edited: true }),
    )
  })
})
