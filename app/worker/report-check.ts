import type { Report } from '../../src/op/report.ts'
import { makeReport } from '../../src/op/report.ts'
import type { RunRecord } from '../../src/engine/run-record.ts'
import { defaultCheckRunActions, type CheckRunAction } from '../../src/github/check-run-actions.ts'
import { planCheckRunWrites, planStartedCheckRun } from '../../src/github/plan-check-run-writes.ts'
import type { GitHubClient } from '../../src/op/github-client.ts'
import { writeCheckRun } from '../../src/github/write-check-run.ts'
import { findCheckRun } from '../../src/github/find-check-run.ts'
import type { CheckProgress } from './check-progress.ts'

/** One check's way to GitHub: optionally shown as started, then its report written. */
export interface CheckReporter {
  /** Creates the check run `in_progress` (long checks, or fast ones that ran past the grace time). */
  start(): Promise<void>
  /** Writes the finished report; resumes after the last write a previous attempt made. */
  finish(report: Report, o: { fullListAt: string; startedAt?: string; actions?: CheckRunAction[] }): Promise<void>
}

/**
 * Reports one check run for a commit. Progress goes through `save` after every write, so no
 * request is repeated when a job attempt fails half way and is retried.
 */
export function checkReporter(o: {
  client: GitHubClient
  owner: string
  repo: string
  name: string
  headSha: string
  progress: CheckProgress
  save: () => Promise<void>
  now: () => Date
  detailsUrl?: string
  /** True on a retried attempt: a check run this attempt cannot remember may exist already. */
  resumed?: boolean
}): CheckReporter {
  let starting: Promise<void> | undefined
  const p = o.progress
  let adopted = !o.resumed
  // On a retry, a write the previous attempt sent but could not record is found by external_id.
  const adopt = async (): Promise<void> => {
    if (adopted || p.checkRunId !== undefined) return
    adopted = true
    const found = await findCheckRun({
      client: o.client,
      owner: o.owner,
      repo: o.repo,
      sha: o.headSha,
      name: o.name,
      externalId: p.runId,
    })
    if (found === undefined) return
    p.checkRunId = found.id
    // Completed: the completion's create went through; in progress: only the start did.
    p.started = !found.completed
    p.next = found.completed ? Math.max(p.next, 1) : 0
    await o.save()
  }
  return {
    start() {
      if (p.checkRunId !== undefined || p.done) return Promise.resolve()
      starting ??= adopt().then(() =>
        p.checkRunId !== undefined
          ? undefined
          : writeCheckRun({
              client: o.client,
              owner: o.owner,
              repo: o.repo,
              writes: [
                planStartedCheckRun({
                  name: o.name,
                  headSha: o.headSha,
                  startedAt: o.now().toISOString(),
                  externalId: p.runId,
                  ...(o.detailsUrl ? { detailsUrl: o.detailsUrl } : {}),
                }),
              ],
            }).then(async (id) => {
              p.checkRunId = id
              p.started = true
              p.next = 0
              await o.save()
            }),
      )
      return starting
    },
    async finish(report, f) {
      // A start in flight must land first, or the completion would create a second run.
      if (starting) await starting.catch(() => undefined)
      if (p.done) return
      await adopt()
      const writes = planCheckRunWrites({
        name: o.name,
        headSha: o.headSha,
        report,
        existing: p.started,
        completedAt: o.now().toISOString(),
        externalId: p.runId,
        actions: f.actions ?? defaultCheckRunActions(),
        fullListAt: f.fullListAt,
        ...(f.startedAt ? { startedAt: f.startedAt } : {}),
        ...(o.detailsUrl ? { detailsUrl: o.detailsUrl } : {}),
      })
      await writeCheckRun({
        client: o.client,
        owner: o.owner,
        repo: o.repo,
        writes,
        from: p.next,
        ...(p.checkRunId !== undefined ? { checkRunId: p.checkRunId } : {}),
        onWritten: async ({ checkRunId, next }) => {
          p.checkRunId = checkRunId
          p.next = next
          p.done = next >= writes.length
          await o.save()
        },
      })
    },
  }
}

/** The report of a finished run record, or one that says why there is none. */
export function reportOf(record: RunRecord): Report {
  if (record.report) return record.report
  return makeReport({
    conclusion: 'failure',
    title: `${record.op} did not produce a report`,
    summary: record.error ? `\`\`\`\n${record.error}\n\`\`\`` : 'The run ended without a report.',
  })
}

/**
 * Where a reader finds every finding of a run: its page in the Control Room when one is served
 * (`runPage`), else the run id to look up with `oda runs show`. Never a file on the App's host:
 * a PR's readers cannot open those.
 */
export function fullListAt(record: RunRecord, runPage?: string): string {
  return runPage ? `[run \`${record.id}\`](${runPage})` : `run \`${record.id}\` (\`oda runs show ${record.id}\`)`
}
