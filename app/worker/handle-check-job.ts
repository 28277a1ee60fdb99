import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from 'pino'
import type { Sandbox } from '../../src/exec/sandbox.ts'
import { ConfigError } from '../../src/config/config-error.ts'
import type { OdaConfig } from '../../src/config/schema.ts'
import type { Op, Permission } from '../../src/op/define-op.ts'
import { permits } from '../../src/engine/policy/evaluate-policy.ts'
import { getActorPermission } from '../../src/github/get-actor-permission.ts'
import { InputError } from '../../src/engine/errors.ts'
import { makeReport, type Report } from '../../src/op/report.ts'
import type { PolicyRule } from '../../src/engine/policy/evaluate-policy.ts'
import { approvalCheckRunActions } from '../../src/github/check-run-actions.ts'
import { CODE_AUTHOR_RULE, codeAuthorRules, codeFacts } from './code-author-gate.ts'
import { newRunId } from '../../src/engine/new-run-id.ts'
import { eachCheck, enabledChecks } from '../../src/engine/run-checks.ts'
import { runOp } from '../../src/engine/run-op.ts'
import { redactionSources } from '../../src/ops/registry.ts'
import type { RunRecord } from '../../src/engine/run-record.ts'
import { isTerminal } from '../../src/engine/run-state.ts'
import type { Store } from '../../src/engine/store/store.ts'
import { checkRunName } from '../../src/github/check-run-name.ts'
import { latestCheckRun } from '../../src/github/find-check-run.ts'
import { getPullBase, getPullHead } from '../../src/github/get-pull-head.ts'
import { writePullDiff } from '../../src/github/write-pull-diff.ts'
import { githubConfigSource } from '../../src/github/github-config-source.ts'
import { loadFaceConfig } from '../../src/face/load-face-config.ts'
import type { GitHubClient } from '../../src/op/github-client.ts'
import type { Job } from '../../src/queue/job-queue.ts'
import type { JobControl } from '../../src/queue/start-worker.ts'
import { checkJobSchema } from '../check-job.ts'
import { fenceWrites } from './fence-writes.ts'
import type { CheckJob } from '../check-job.ts'
import type { CheckProgress, JobProgress } from './check-progress.ts'
import { readProgress } from './check-progress.ts'
import { prepareWorkspace } from './prepare-workspace.ts'
import { commitPullChange } from './commit-pull-change.ts'
import { checkReporter, fullListAt, reportOf } from './report-check.ts'
import { configValidReport, reportConfigError } from './report-config-error.ts'

export interface CheckWorkerDeps {
  /** An installation client, paced per installation (Probot's `auth(installationId)`). */
  auth: (installationId: number) => Promise<GitHubClient>
  store: Store
  /** Data dir: tarball cache, PR diffs, run artifacts (closed to repository code). */
  dataDir: string
  /** Where workspaces are unpacked (outside the data dir; readable by the sandbox user). */
  workDir: string
  /** Confinement of the commands that run the PR's code (Odoo CI). */
  sandbox?: Sandbox
  /** Ops to pick checks from (the registry's in production). */
  ops: () => readonly Op[]
  log: Logger
  /** A fast check that runs longer than this is shown in progress (default 2 s). */
  graceMs?: number
  /** Checks whose guard timeout is at least this are long: shown in progress at once (default 1 h). */
  longTimeoutS?: number
  now?: () => Date
  /**
   * The Control Room's page of a run, when it is served (`ODA_CONTROL_ROOM_URL`): check runs
   * link to it as their details URL. Without it they carry no details URL at all.
   */
  runPageUrl?: (runId: string) => string
  /** How often a running PR job checks whether a push superseded its head (default 10 s). */
  headPollMs?: number
}

/**
 * Runs one check job:
 * 1. read the job and the progress of earlier attempts
 * 2. authenticate as the installation
 * 3. load `.github/oda.yml` from the default branch (a broken file becomes `oda / config`)
 * 4. skip a head a later push superseded; pick the enabled checks (or the ones a rerun asks for)
 * 5. fetch the head commit into a private workspace, and the PR's changed files with their
 *    patches, written as one unified diff next to (not inside) the workspace
 * 6. run the checks through the engine, showing long ones in progress, and report each
 * 7. remove the workspace and the diff
 */
export function checkJobHandler(deps: CheckWorkerDeps): (job: Job, control: JobControl) => Promise<void> {
  const now = deps.now ?? (() => new Date())
  return async (job, control) => {
    const j = checkJobSchema.parse(job.payload)
    const progress = readProgress(job.progress)
    const save = (): Promise<void> => control.saveProgress(progress)
    const log = deps.log.child({ job: job.id, repo: `${j.owner}/${j.repo}`, sha: j.headSha.slice(0, 7) })
    // Every GitHub write of this attempt is fenced by the job's lease.
    const client = fenceWrites(await deps.auth(j.installationId), control.assertLease)

    let config: OdaConfig
    try {
      config = (await loadFaceConfig(githubConfigSource({ client, owner: j.owner, repo: j.repo }), deps.ops())).config
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      log.warn({ err: error.message }, 'invalid config: reporting oda / config')
      const p = progressFor(progress, 'config', now)
      await checkReporter({
        client,
        owner: j.owner,
        repo: j.repo,
        name: checkRunName('config'),
        headSha: j.headSha,
        progress: p,
        save,
        now,
        resumed: job.attempts > 1,
      }).finish(reportConfigError(error, j.owner, j.repo), { fullListAt: 'the config file' })
      return
    }

    // A push that landed while this job waited makes its commit history: automatic runs for a
    // superseded head are skipped (the new head has a job of its own). Reruns always run.
    if (!j.checks && j.pullNumber !== undefined && Object.keys(progress.checks).length === 0) {
      const head = await getPullHead({ client, owner: j.owner, repo: j.repo, pullNumber: j.pullNumber })
      if (head && head.sha.toLowerCase() !== j.headSha.toLowerCase()) {
        log.info({ current: head.sha.slice(0, 7) }, 'head superseded before its checks ran: skipped')
        return
      }
    }

    // A rerun (of the suite, or of `oda / config` itself) re-read the configuration above: a
    // failure it left on this commit is stale now and is completed as success.
    if (j.checks && (j.checks.length === 0 || j.checks.includes('config'))) {
      const last = await latestCheckRun({
        client,
        owner: j.owner,
        repo: j.repo,
        sha: j.headSha,
        name: checkRunName('config'),
      })
      if (last && last.conclusion !== 'success')
        await checkReporter({
          client,
          owner: j.owner,
          repo: j.repo,
          name: checkRunName('config'),
          headSha: j.headSha,
          progress: progressFor(progress, 'config', now),
          save,
          now,
          resumed: job.attempts > 1,
        }).finish(configValidReport(), { fullListAt: 'the summary' })
    }

    const wanted = j.checks && j.checks.length > 0 ? new Set(j.checks) : undefined
    const checks = enabledChecks(deps.ops(), config, wanted)
    if (checks.every((op) => progress.checks[op.check?.name ?? '']?.done)) return

    const actorPermission = await permissionFor(checks, config, j, client)
    // Checks that run the PR's code are judged by whose code it is, not by who sent the event.
    const policyRules = checks.some((op) => op.check?.runsRepositoryCode)
      ? codeAuthorRules(await codeFacts(client, j))
      : []
    const name = `${job.id}-${job.attempts}`
    const workspace = await prepareWorkspace({
      client,
      owner: j.owner,
      repo: j.repo,
      sha: j.headSha,
      dataDir: deps.dataDir,
      workDir: deps.workDir,
      name,
      signal: control.signal,
    })
    // The diff lives outside the checkout, where the PR's own files cannot shadow or read it.
    // Named for the PR: the file name is what a summary shows of it.
    const patchDir = join(deps.dataDir, 'patches', name.replace(/[^A-Za-z0-9._-]/g, '_'))
    const patchFile = join(patchDir, `pull-${j.pullNumber ?? 0}.diff`)
    // A force-push (or any push) to the PR while its checks run makes them moot: they are
    // cancelled (the ops get the abort) and their check runs completed as cancelled.
    const superseded = watchPullHead({ client, j, log })
    const runControl: JobControl = {
      signal: AbortSignal.any([control.signal, superseded.signal]),
      saveProgress: (p) => control.saveProgress(p),
      assertLease: () => control.assertLease(),
    }
    try {
      let pr: PrScope | undefined
      if (j.pullNumber !== undefined) {
        mkdirSync(patchDir, { recursive: true })
        rmSync(patchFile, { force: true }) // left by an attempt that died
        const d = await writePullDiff({
          client,
          owner: j.owner,
          repo: j.repo,
          pullNumber: j.pullNumber,
          file: patchFile,
        })
        pr = d.complete
          ? { changedFiles: d.changedFiles, patchFile, unpatchedFiles: d.unpatchedFiles }
          : await wholeChange({ client, j, dir: workspace.dir, name, signal: control.signal, log })
      }
      await eachCheck({
        ops: checks,
        config,
        // The workspace is a tarball, without git history: base/head revisions would not resolve
        // in it, so PR-aware checks get the PR's changed files and its diff instead.
        // The checkout is the run's cwd: reports name `.`, never the server's workspace path.
        scope: { dir: '.', ...prInput(pr) },
        parallel: true,
        run: ({ op, rawInput }) =>
          runAndReport({
            op,
            rawInput,
            j,
            client,
            config,
            dir: workspace.dir,
            pr,
            progress,
            save,
            control: runControl,
            log,
            actorPermission,
            policyRules,
            resumed: job.attempts > 1,
          }),
      })
    } finally {
      superseded.stop()
      workspace.dispose()
      rmSync(patchDir, { recursive: true, force: true })
    }
  }

  async function runAndReport(o: {
    op: Op
    rawInput: Record<string, unknown>
    j: CheckJob
    client: GitHubClient
    config: OdaConfig
    dir: string
    pr: PrScope | undefined
    progress: JobProgress
    save: () => Promise<void>
    control: JobControl
    log: Logger
    actorPermission: Permission
    policyRules: readonly PolicyRule[]
    resumed: boolean
  }): Promise<void> {
    const check = o.op.check
    if (!check) return
    const p = progressFor(o.progress, check.name, now)
    if (p.done) return
    const reporter = checkReporter({
      client: o.client,
      owner: o.j.owner,
      repo: o.j.repo,
      name: checkRunName(check.name),
      headSha: o.j.headSha,
      progress: p,
      save: o.save,
      now,
      resumed: o.resumed,
      ...(deps.runPageUrl ? { detailsUrl: deps.runPageUrl(p.runId) } : {}),
    })
    const previous = await deps.store.getRun(p.runId)
    let record: RunRecord
    if (previous && isTerminal(previous.state)) {
      record = previous // an earlier attempt ran it; only its report is still owed
    } else {
      if (previous) p.runId = newRunId(now())
      await o.save()
      const long = (o.op.guard?.timeoutS ?? 0) >= (deps.longTimeoutS ?? 3600)
      const grace = long
        ? undefined
        : setTimeout(
            () =>
              void reporter
                .start()
                .catch((e: unknown) => o.log.warn({ err: String(e) }, 'could not show check in progress')),
            deps.graceMs ?? 2000,
          )
      if (long) await reporter.start()
      try {
        record = await runOp({
          op: o.op,
          rawInput: o.rawInput,
          face: 'app',
          actor: o.j.actor,
          actorPermission: o.actorPermission,
          policyRules: o.policyRules,
          store: deps.store,
          config: o.config,
          cwd: o.dir,
          dataDir: deps.dataDir,
          ...(deps.sandbox ? { sandbox: deps.sandbox } : {}),
          redaction: redactionSources(),
          runId: await createQueuedRun(o.op, p.runId, o.j),
          signal: o.control.signal,
          log: o.log,
          ports: { github: o.client, repo: { owner: o.j.owner, repo: o.j.repo } },
          externalRef: {
            repo: `${o.j.owner}/${o.j.repo}`,
            sha: o.j.headSha,
            ...(o.j.pullNumber !== undefined ? { pull: String(o.j.pullNumber) } : {}),
          },
        })
      } catch (error) {
        // The op refused what its own `check.input` built: a bug to show, not to retry.
        if (!(error instanceof InputError)) throw error
        await reporter.finish(
          makeReport({
            conclusion: 'failure',
            title: `${o.op.name} could not start`,
            summary: `\`\`\`\n${error.message}\n\`\`\``,
          }),
          { fullListAt: 'the summary' },
        )
        return
      } finally {
        if (grace) clearTimeout(grace)
      }
    }
    const waiting = record.pdrs.find((d) => d.rule === CODE_AUTHOR_RULE && d.verdict === 'deny')
    const report = withSupersededNote(withChangeNote(reportOf(record), o.pr), o.control.signal)
    await reporter.finish(waiting ? approvalReport(report, waiting.reason) : report, {
      fullListAt: fullListAt(record, deps.runPageUrl?.(record.id)),
      ...(record.startedAt ? { startedAt: record.startedAt } : {}),
      ...(waiting ? { actions: approvalCheckRunActions() } : {}),
    })
  }

  /**
   * A PR whose files GitHub cannot list whole (3,000 at most): its change is computed with git
   * from the base and head trees; when that fails, PR-aware checks look at the whole head tree.
   * Either way nothing of the change goes unseen, and the summary says which way was used.
   */
  async function wholeChange(o: {
    client: GitHubClient
    j: CheckJob
    dir: string
    name: string
    signal: AbortSignal
    log: Logger
  }): Promise<PrScope> {
    try {
      const baseSha =
        o.j.baseSha ??
        (await getPullBase({ client: o.client, owner: o.j.owner, repo: o.j.repo, pullNumber: o.j.pullNumber! }))
      if (!baseSha) throw new Error('the pull request has no base commit')
      const commits = await commitPullChange({
        client: o.client,
        owner: o.j.owner,
        repo: o.j.repo,
        baseSha,
        dir: o.dir,
        dataDir: deps.dataDir,
        workDir: deps.workDir,
        name: o.name,
        signal: o.signal,
      })
      return {
        ...commits,
        note: `This pull request changes more files than GitHub lists (3,000): its change was computed with git from the base (\`${baseSha.slice(0, 7)}\`) and head trees.`,
      }
    } catch (error) {
      if (o.signal.aborted) throw error
      o.log.warn({ err: String(error) }, 'could not compute the PR change with git: checking the whole head tree')
      return {
        note: 'This pull request changes more files than GitHub lists (3,000), and its change could not be computed: the whole head tree was checked.',
      }
    }
  }

  /**
   * Polls the PR's head while an automatic job for it runs; aborts when it moved on. Reruns
   * are asked for a commit on purpose and are left to finish.
   */
  function watchPullHead(o: { client: GitHubClient; j: CheckJob; log: Logger }): {
    signal: AbortSignal
    stop(): void
  } {
    const c = new AbortController()
    const pullNumber = o.j.pullNumber
    if (pullNumber === undefined || o.j.checks) return { signal: c.signal, stop: () => undefined }
    let busy = false
    const timer = setInterval(() => {
      if (busy || c.signal.aborted) return
      busy = true
      getPullHead({ client: o.client, owner: o.j.owner, repo: o.j.repo, pullNumber })
        .then((head) => {
          if (head && head.sha.toLowerCase() !== o.j.headSha.toLowerCase()) {
            o.log.info({ current: head.sha.slice(0, 7) }, 'head superseded while its checks ran: cancelling')
            c.abort(new SupersededError(head.sha))
          }
        })
        .catch((e: unknown) => o.log.warn({ err: String(e) }, 'could not read the pull request head'))
        .finally(() => (busy = false))
    }, deps.headPollMs ?? 10_000)
    timer.unref()
    return { signal: c.signal, stop: () => clearInterval(timer) }
  }

  async function createQueuedRun(op: Op, runId: string, j: CheckJob): Promise<string> {
    await deps.store.createRun({
      id: runId,
      op: op.name,
      input: { sha: j.headSha, pull: j.pullNumber ?? null },
      actor: j.actor,
      face: 'app',
      state: 'queued',
      externalRef: { repo: `${j.owner}/${j.repo}`, sha: j.headSha, delivery: j.deliveryId },
      trace: [],
      pdrs: [],
      artifacts: [],
      scope: op.name,
      createdAt: now().toISOString(),
    })
    return runId
  }
}

/**
 * What PR-aware checks get about the PR (see `OpCheck.input`): its files and diff from the API,
 * or, for a change too large for the API, two commits of a repository made in the workspace (or
 * nothing: the whole tree), with a note for the summary.
 */
type PrScope =
  | { changedFiles: string[]; patchFile: string; unpatchedFiles: string[]; note?: undefined }
  | { base: string; head: string; note: string }
  | { note: string }

function prInput(pr: PrScope | undefined): Record<string, unknown> {
  if (!pr) return {}
  const { note: _note, ...rest } = pr
  return rest
}

/** Why a job's checks stop: the PR's head moved to another commit. */
class SupersededError extends Error {
  override name = 'SupersededError'
  readonly sha: string
  constructor(sha: string) {
    super(`superseded by ${sha}`)
    this.sha = sha
  }
}

/** A run cancelled because a push superseded its commit says so first. */
function withSupersededNote(report: Report, signal: AbortSignal): Report {
  if (report.conclusion !== 'cancelled' || !(signal.reason instanceof SupersededError)) return report
  return {
    ...report,
    title: `Cancelled: a newer push (${signal.reason.sha.slice(0, 7)}) superseded this commit`,
    summary: `The pull request's head moved to \`${signal.reason.sha.slice(0, 7)}\` while this check ran, so it was stopped; the new head has checks of its own.\n\n${report.summary}`,
  }
}

/** The report, with the way a PR's change was read said first when it was not the usual one. */
function withChangeNote(report: Report, pr: PrScope | undefined): Report {
  return pr?.note ? { ...report, summary: `${pr.note}\n\n${report.summary}` } : report
}

/**
 * The permission the runs are judged with. Read-only checks run for every PR author (they
 * only read the PR's files); a check that needs more (Odoo CI runs the PR's code) runs only
 * when the author has it on the repository, so an outsider's PR cannot start it unasked.
 */
async function permissionFor(
  checks: readonly Op[],
  config: OdaConfig,
  j: CheckJob,
  client: GitHubClient,
): Promise<Permission> {
  const needsMore = checks.some(
    (op) => !permits('read', config.policy.permissions[op.name] ?? op.guard?.permission ?? 'read'),
  )
  if (!needsMore) return 'read'
  const actual = await getActorPermission({ client, owner: j.owner, repo: j.repo, username: j.actor })
  return permits(actual, 'read') ? actual : 'read'
}

/** The check of an untrusted author's code: what would run, whose it is, and how to approve it. */
function approvalReport(denied: Report, reason: string): Report {
  return makeReport({
    conclusion: 'action_required',
    title: 'Waiting for a maintainer to approve running this code',
    summary: [
      `**${reason}.**`,
      '',
      "Odoo CI runs the pull request's code. Someone with the permission it requires can click " +
        '**Approve and run** to run this commit once; the approval is recorded with who gave it. ' +
        'A Re-run asks again, and a new push needs a new approval.',
      '',
      denied.summary,
    ].join('\n'),
  })
}

function progressFor(progress: JobProgress, name: string, now: () => Date): CheckProgress {
  progress.checks[name] ??= { runId: newRunId(now()), started: false, next: 0, done: false }
  return progress.checks[name]
}
