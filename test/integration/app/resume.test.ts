import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_JOB, type CheckJob } from '../../../app/check-job.ts'
import { checkJobHandler } from '../../../app/worker/handle-check-job.ts'
import { createLogger } from '../../../src/log/create-logger.ts'
import { Redactor } from '../../../src/log/redactor.ts'
import type { Job } from '../../../src/queue/job-queue.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, todoOp, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

/**
 * A retried attempt whose predecessor got a check run created but died before saving its id:
 * the simulator already holds the run (external_id = the run id in the saved progress).
 */
async function retryAfterLostCreate(status: 'completed' | 'in_progress'): Promise<{ bed: Bed; sha: string }> {
  const b = await startBed({
    repos: [
      {
        owner: 'acme',
        repo: 'shop',
        gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'TODO 1\nTODO 2\n' } }),
      },
    ],
    ops: [todoOp],
  })
  bed = b
  const { pull } = await b.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f', emit: false })
  const body =
    status === 'completed'
      ? {
          name: 'oda / todo',
          head_sha: pull.headSha,
          status,
          conclusion: 'success',
          external_id: 'r-lost',
          output: {
            title: '2 marker(s)',
            summary: 's',
            annotations: [
              {
                path: 'a.txt',
                start_line: 1,
                end_line: 1,
                annotation_level: 'warning',
                message: 'TODO left in: TODO 1',
              },
            ],
          },
        }
      : {
          name: 'oda / todo',
          head_sha: pull.headSha,
          status,
          external_id: 'r-lost',
          output: { title: 'Running', summary: 's' },
        }
  const res = await fetch(`${b.sim.url}/repos/acme/shop/check-runs`, {
    method: 'POST',
    headers: { authorization: `token ${b.sim.issueToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status).toBe(201)
  const payload: CheckJob = {
    installationId: b.sim.state.repo('acme', 'shop').installationId,
    owner: 'acme',
    repo: 'shop',
    headSha: pull.headSha,
    pullNumber: pull.number,
    reason: 'pull_request.opened',
    actor: 'acme',
    deliveryId: 'd-1',
  }
  const job: Job = {
    id: 'job-1',
    kind: CHECK_JOB,
    key: 'k',
    payload,
    attempts: 2,
    state: 'running',
    fence: 2,
    progress: { checks: { todo: { runId: 'r-lost', started: false, next: 0, done: false } } },
  }
  const handle = checkJobHandler({
    auth: (id) => b.app.probot.auth(id),
    store: b.app.store,
    dataDir: b.dataDir,
    workDir: b.dataDir,
    ops: () => [todoOp],
    log: createLogger({ redactor: new Redactor(), level: 'silent' }),
  })
  await handle(job, {
    signal: new AbortController().signal,
    saveProgress: async () => undefined,
    assertLease: async () => undefined,
  })
  return { bed: b, sha: pull.headSha }
}

describe('a retried job attempt', () => {
  it('adopts a completed check run the lost attempt created and sends only what is still owed', async () => {
    const { bed: b, sha } = await retryAfterLostCreate('completed')
    const runs = [...b.sim.state.checkRuns.values()].filter((r) => r.headSha === sha)
    expect(runs).toHaveLength(1)
    expect(runs[0]?.output.annotations).toHaveLength(1)
    expect(runs[0]?.writes).toBe(1)
    expectValidRequests(b.sim)
  })

  it('completes an in-progress check run the lost attempt started instead of creating another', async () => {
    const { bed: b, sha } = await retryAfterLostCreate('in_progress')
    const todo = checkRunsFor(b.sim, sha).get('oda / todo')
    expect([...b.sim.state.checkRuns.values()].filter((r) => r.headSha === sha)).toHaveLength(1)
    expect(todo).toMatchObject({ status: 'completed', conclusion: 'success', writes: 2 })
    expect(todo?.output.annotations.map((a) => a.start_line)).toEqual([1, 2])
    expectValidRequests(b.sim)
  })
})
