import { describe, expect, it } from 'vitest'
import { checkJobKey } from '../../../app/check-job.ts'
import { jobFromEvent } from '../../../app/handlers/job-from-event.ts'

const sha = 'a'.repeat(40)
const base = {
  installation: { id: 7 },
  repository: { name: 'shop', owner: { login: 'acme' } },
  sender: { login: 'dev' },
}

describe('jobFromEvent', () => {
  it('maps pull_request.synchronize to a job for the head commit with the PR number', () => {
    const job = jobFromEvent({
      name: 'pull_request',
      id: 'd1',
      payload: {
        ...base,
        action: 'synchronize',
        pull_request: { number: 4, head: { sha, ref: 'feat' }, base: { sha: 'b'.repeat(40) } },
      },
    })
    expect(job).toEqual({
      installationId: 7,
      owner: 'acme',
      repo: 'shop',
      actor: 'dev',
      deliveryId: 'd1',
      reason: 'pull_request.synchronize',
      headSha: sha,
      headBranch: 'feat',
      pullNumber: 4,
      baseSha: 'b'.repeat(40),
    })
    expect(checkJobKey(job!)).toBe(`checks:acme/shop@${sha}:pull/4`)
    // The same commit without a PR (a push) is another scope: both get their checks.
    expect(checkJobKey({ ...job!, pullNumber: undefined })).toBe(`checks:acme/shop@${sha}:tree`)
  })

  it('ignores a closed or labeled pull request and events without an installation', () => {
    const pr = { number: 4, head: { sha }, base: {} }
    expect(
      jobFromEvent({ name: 'pull_request', id: 'd', payload: { ...base, action: 'closed', pull_request: pr } }),
    ).toBeUndefined()
    expect(
      jobFromEvent({ name: 'pull_request', id: 'd', payload: { ...base, action: 'labeled', pull_request: pr } }),
    ).toBeUndefined()
    expect(
      jobFromEvent({
        name: 'pull_request',
        id: 'd',
        payload: { ...base, installation: undefined, action: 'opened', pull_request: pr },
      }),
    ).toBeUndefined()
  })

  it('keys a rerun of one check by delivery, so each click runs once', () => {
    const job = jobFromEvent({
      name: 'check_run',
      id: 'click-1',
      payload: {
        ...base,
        action: 'requested_action',
        requested_action: { identifier: 'rerun' },
        check_run: {
          name: 'oda / manifest',
          head_sha: sha,
          pull_requests: [{ number: 2, base: { sha: 'c'.repeat(40) } }],
        },
      },
    })
    expect(job).toMatchObject({ checks: ['manifest'], pullNumber: 2 })
    expect(checkJobKey(job!)).toBe('rerun:click-1')
  })

  it("ignores buttons and check runs that are not oda's", () => {
    expect(
      jobFromEvent({
        name: 'check_run',
        id: 'd',
        payload: {
          ...base,
          action: 'requested_action',
          requested_action: { identifier: 'other' },
          check_run: { name: 'oda / manifest', head_sha: sha },
        },
      }),
    ).toBeUndefined()
    expect(
      jobFromEvent({
        name: 'check_run',
        id: 'd',
        payload: { ...base, action: 'rerequested', check_run: { name: 'ci / build', head_sha: sha } },
      }),
    ).toBeUndefined()
  })

  it('runs every check again on check_suite.rerequested, keyed by delivery', () => {
    const job = jobFromEvent({
      name: 'check_suite',
      id: 'd9',
      payload: {
        ...base,
        action: 'rerequested',
        check_suite: { head_sha: sha, head_branch: 'feat', pull_requests: [] },
      },
    })
    expect(job).toMatchObject({ checks: [], headSha: sha })
    expect(checkJobKey(job!)).toBe('rerun:d9')
  })
})
