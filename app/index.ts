import type { ApplicationFunction } from 'probot'
import type { JobQueue } from '../src/queue/job-queue.ts'
import { CHECK_JOB, checkJobKey } from './check-job.ts'
import { jobFromEvent } from './handlers/job-from-event.ts'
import { COMMAND_JOB, commandJobKey } from './commands/command-job.ts'
import { jobFromComment } from './commands/job-from-comment.ts'
import { RELEASE_LOCKS_JOB, releaseJobFromEvent } from './commands/release-pr-locks.ts'

export interface OdaAppOptions {
  queue: JobQueue
}

/** Events that ask for PR checks. */
export const CHECK_EVENTS = ['pull_request', 'check_suite', 'check_run'] as const

/**
 * The oda GitHub App. Handlers only map the event to a job and enqueue it: the webhook is
 * answered in milliseconds (GitHub fails a delivery after 10 s and never retries it by itself),
 * and the worker does the slow part. The job key makes redeliveries and repeated events for
 * the same head commit no-ops. Signature checks happen before any handler runs (Probot
 * rejects unsigned or wrongly signed deliveries with 400), so nothing unsigned is queued.
 */
export function odaApp(o: OdaAppOptions): ApplicationFunction {
  return (app) => {
    app.on([...CHECK_EVENTS], async (context) => {
      const job = jobFromEvent({ name: context.name, id: context.id, payload: context.payload })
      if (!job) return
      const { id, created } = await o.queue.enqueue({ kind: CHECK_JOB, key: checkJobKey(job), payload: job })
      context.log.info(
        { job: id, created, reason: job.reason, sha: job.headSha.slice(0, 7) },
        created ? 'checks queued' : 'checks already queued for this commit or delivery',
      )
    })
    // Slash commands: only comments with a command line reach the queue, once per comment.
    app.on(['issue_comment.created', 'issue_comment.edited'], async (context) => {
      const job = jobFromComment({ name: context.name, id: context.id, payload: context.payload })
      if (!job) return
      const { id, created } = await o.queue.enqueue({ kind: COMMAND_JOB, key: commandJobKey(job), payload: job })
      context.log.info(
        { job: id, created, comment: job.commentId },
        created ? 'command queued' : 'command already queued',
      )
    })
    app.on('pull_request.closed', async (context) => {
      const job = releaseJobFromEvent({ name: context.name, payload: context.payload })
      if (!job) return
      await o.queue.enqueue({
        kind: RELEASE_LOCKS_JOB,
        key: `release-locks:${job.owner}/${job.repo}#${job.pullNumber}:${context.id}`,
        payload: job,
      })
    })
  }
}
