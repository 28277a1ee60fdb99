import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { z } from 'zod'
import type { CommandSpec, ParsedCommand } from '../../src/commands/command-spec.ts'
import { commandSpecs } from '../../src/commands/command-specs.ts'
import { parseComment } from '../../src/commands/parse-comment.ts'
import { ConfigError } from '../../src/config/config-error.ts'
import type { OdaConfig } from '../../src/config/schema.ts'
import { createGitHubDeployLock } from '../../src/deploy/github/github-deploy-lock.ts'
import type { DeployLock, LockInfo } from '../../src/deploy/ports.ts'
import { enabledChecks } from '../../src/engine/run-checks.ts'
import { newRunId } from '../../src/engine/new-run-id.ts'
import type { RunRecord } from '../../src/engine/run-record.ts'
import { isTerminal } from '../../src/engine/run-state.ts'
import { runOp } from '../../src/engine/run-op.ts'
import type { Store } from '../../src/engine/store/store.ts'
import { configRedactor } from '../../src/face/config-redactor.ts'
import { loadFaceConfig } from '../../src/face/load-face-config.ts'
import { addCommentReaction, type CommandReaction } from '../../src/github/comments/add-comment-reaction.ts'
import { writeIssueComment } from '../../src/github/comments/write-issue-comment.ts'
import { getActorPermission } from '../../src/github/get-actor-permission.ts'
import { getPullHead } from '../../src/github/get-pull-head.ts'
import { githubConfigSource } from '../../src/github/github-config-source.ts'
import { isTeamMember } from '../../src/github/is-team-member.ts'
import type { GitHubClient } from '../../src/op/github-client.ts'
import type { Op, Permission } from '../../src/op/define-op.ts'
import { redactionSources } from '../../src/ops/registry.ts'
import type { Job } from '../../src/queue/job-queue.ts'
import type { JobControl } from '../../src/queue/start-worker.ts'
import { fenceWrites } from '../worker/fence-writes.ts'
import type { CheckJob } from '../check-job.ts'
import { commandJobSchema, type CommandJob } from './command-job.ts'
import { readCommandProgress, type CommandStep } from './command-progress.ts'
import { commandRules } from './command-rules.ts'
import { renderStatusComment } from './render-status-comment.ts'
import { helpOp } from './own-ops/help-op.ts'
import { lockOp } from './own-ops/lock-op.ts'
import { locksOp } from './own-ops/locks-op.ts'
import { rerunOp } from './own-ops/rerun-op.ts'
import { unlockOp } from './own-ops/unlock-op.ts'
import { dispatchDeployOp } from './own-ops/dispatch-deploy-op.ts'

export interface CommandWorkerDeps {
  auth: (installationId: number) => Promise<GitHubClient>
  store: Store
  dataDir: string
  ops: () => readonly Op[]
  /** Queues a check job (for `/rerun`). */
  enqueueChecks: (job: CheckJob) => Promise<{ created: boolean }>
  /** Variables the App hands to deploy ops (SSH keys, database passwords), by the names the config gives. */
  deployEnv: Readonly<Record<string, string | undefined>>
  log: Logger
  now?: () => Date
}

/**
 * Answers the slash commands of one comment:
 * 1. read the job and what earlier attempts did
 * 2. load `.github/oda.yml` from the default branch (never the PR's); a broken one is answered once
 * 3. ignore the comment when commands are off, or it is a bot's or an edit and the config does not read those
 * 4. parse it; no command: nothing happens
 * 5. `eyes` on the comment
 * 6. per command: a rejected one gets `confused` and its usage; an accepted one is judged by the
 *    policy (commenter's permission from GitHub, allow lists with teams, environment lock) and
 *    run through the engine, every decision recorded; one status comment, edited in place
 * 7. `rocket` on success, `-1` on denial or failure
 */
export function commandJobHandler(deps: CommandWorkerDeps): (job: Job, control: JobControl) => Promise<void> {
  const now = deps.now ?? (() => new Date())
  return async (job, control) => {
    const j = commandJobSchema.parse(job.payload)
    const progress = readCommandProgress(job.progress)
    const save = (): Promise<void> => control.saveProgress(progress)
    const log = deps.log.child({ job: job.id, repo: `${j.owner}/${j.repo}`, comment: j.commentId })
    const client = fenceWrites(await deps.auth(j.installationId), control.assertLease)
    const react = (content: CommandReaction): Promise<void> =>
      addCommentReaction({ client, owner: j.owner, repo: j.repo, commentId: j.commentId, content })

    let config: OdaConfig
    try {
      config = (await loadFaceConfig(githubConfigSource({ client, owner: j.owner, repo: j.repo }), deps.ops())).config
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      if (progress.acknowledged) return
      await writeIssueComment({
        client,
        owner: j.owner,
        repo: j.repo,
        issueNumber: j.issueNumber,
        body: `### oda\n❓ **Not run**: .github/oda.yml on the default branch is invalid, so no command runs.\n\n\`\`\`\n${error.message}\n\`\`\``,
      })
      progress.acknowledged = true
      await save()
      await react('confused')
      return
    }
    const c = config.commands
    if (!c.enabled || (j.actorIsBot && !c.bots) || (j.edited && !c.edited)) {
      log.info({ bot: j.actorIsBot, edited: j.edited }, 'comment not read as commands')
      return
    }
    const ops = deps.ops()
    const specs = commandSpecs(ops)
    const parsed = parseComment(j.body, {
      specs,
      environments: Object.keys(config.environments),
      perComment: c.perComment,
    })
    if (parsed.length === 0) return
    if (!progress.acknowledged) {
      await react('eyes')
      progress.acknowledged = true
      await save()
    }

    const permission = await getActorPermission({ client, owner: j.owner, repo: j.repo, username: j.actor })
    const allowed = await allowListMembership(client, config, j.actor, specs)
    const lockId = `pr:${j.issueNumber}`
    const lock = createGitHubDeployLock({
      octokit: client,
      owner: j.owner,
      repo: j.repo,
      now,
      anchorSha: () => anchorSha(client, j),
    })
    for (const [index, command] of parsed.entries()) {
      const step = (progress.commands[index] ??= { done: false })
      if (step.done) continue
      const status = async (body: string): Promise<void> => {
        const written = await writeIssueComment({
          client,
          owner: j.owner,
          repo: j.repo,
          issueNumber: j.issueNumber,
          ...(step.statusCommentId !== undefined ? { commentId: step.statusCommentId } : {}),
          body,
        })
        if (step.statusCommentId === undefined) {
          step.statusCommentId = written.id
          await save()
        }
      }
      const text = configRedactor().redact(command.text)
      if (!command.ok) {
        await status(
          renderStatusComment({
            text,
            actor: j.actor,
            permission,
            commentUrl: j.commentUrl,
            phase: 'rejected',
            rejection: command,
          }),
        )
        step.done = true
        await save()
        await react('confused')
        continue
      }
      const spec = specs.find((s) => s.name === command.name)!
      const record = await runCommand({
        client,
        j,
        spec,
        command,
        step,
        config,
        permission,
        allowed,
        lock,
        lockId,
        status,
        save,
        control,
        log,
        text,
      })
      await status(
        renderStatusComment({ text, actor: j.actor, permission, commentUrl: j.commentUrl, phase: 'done', record }),
      )
      step.done = true
      await save()
      await react(record.state === 'succeeded' && !record.pdrs.some((d) => d.verdict === 'deny') ? 'rocket' : '-1')
    }
  }

  async function runCommand(o: {
    client: GitHubClient
    j: CommandJob
    spec: CommandSpec
    command: Extract<ParsedCommand, { ok: true }>
    step: CommandStep
    config: OdaConfig
    permission: Permission
    allowed: ReadonlyMap<string, boolean>
    lock: DeployLock
    lockId: string
    status: (body: string) => Promise<void>
    save: () => Promise<void>
    control: JobControl
    log: Logger
    text: string
  }): Promise<RunRecord> {
    const { j, spec, command } = o
    // A run an earlier attempt started is never started twice (a deploy must not run again):
    // its record is reported as it stands.
    if (o.step.runId) {
      const previous = await deps.store.getRun(o.step.runId)
      if (previous && isTerminal(previous.state)) return previous
      if (previous) throw new Error(`run ${previous.id} was interrupted in state ${previous.state}; not started again`)
    }
    const environment = typeof command.args['environment'] === 'string' ? command.args['environment'] : undefined
    const held: LockInfo | undefined = environment === undefined ? undefined : await o.lock.read(environment)
    const args = { ...command.args }
    // On a PR, `/deploy staging` deploys the PR's head commit (resolved now, so a later push is not deployed unseen).
    if (spec.name === 'deploy' && !args['ref'] && j.isPull) {
      const head = await getPullHead({ client: o.client, owner: j.owner, repo: j.repo, pullNumber: j.issueNumber })
      if (head) args['ref'] = head.sha
    }
    const op = ownOp(spec, o, held) ?? deps.ops().find((x) => x.name === spec.op)
    if (!op) throw new Error(`command /${spec.name} names op ${spec.op ?? '?'} that is not registered`)
    const runId = newRunId(now())
    o.step.runId = runId
    await o.save()
    if (spec.op)
      await o.status(
        renderStatusComment({
          text: o.text,
          actor: j.actor,
          permission: o.permission,
          commentUrl: j.commentUrl,
          phase: 'running',
        }),
      )
    const cwd = join(deps.dataDir, 'command-runs', runId)
    mkdirSync(cwd, { recursive: true })
    return runOp({
      op,
      rawInput: args,
      face: 'app',
      actor: j.actor,
      actorPermission: o.permission,
      store: deps.store,
      config: o.config,
      cwd,
      dataDir: deps.dataDir,
      env: { ...deps.deployEnv },
      redaction: redactionSources(),
      runId: await createQueuedRun(op, runId, j, args),
      signal: o.control.signal,
      log: o.log,
      policyRules: commandRules(
        {
          spec,
          environment,
          actor: j.actor,
          permission: o.permission,
          inAllowList: o.allowed.get(spec.name),
          lock: held,
          lockId: o.lockId,
          now: now(),
        },
        o.config,
      ),
      ports: { github: o.client, repo: { owner: j.owner, repo: j.repo }, runUrl: j.commentUrl },
      externalRef: {
        repo: `${j.owner}/${j.repo}`,
        issue: String(j.issueNumber),
        comment: j.commentUrl,
        delivery: j.deliveryId,
      },
    })
  }

  function ownOp(
    spec: CommandSpec,
    o: {
      client: GitHubClient
      j: CommandJob
      config: OdaConfig
      permission: Permission
      allowed: ReadonlyMap<string, boolean>
      lock: DeployLock
      lockId: string
    },
    held: LockInfo | undefined,
  ): Op | undefined {
    switch (spec.name) {
      case 'deploy': {
        const d = o.config.commands.deploy
        if (d.run !== 'workflow') return undefined
        return dispatchDeployOp({
          client: o.client,
          owner: o.j.owner,
          repo: o.j.repo,
          workflow: d.workflow,
          pollS: d.pollS,
        })
      }
      case 'help':
        return helpOp({
          specs: commandSpecs(deps.ops()),
          config: o.config,
          actor: o.j.actor,
          permission: o.permission,
          allowed: o.allowed,
        })
      case 'locks':
        return locksOp({ lock: o.lock, environments: Object.keys(o.config.environments) })
      case 'lock':
        return lockOp({ lock: o.lock, lockId: o.lockId, issueUrl: o.j.issueUrl })
      case 'unlock':
        return unlockOp({ lock: o.lock, judged: held?.runId })
      case 'rerun':
        return rerunOp({
          known: enabledChecks(deps.ops(), o.config).map((op) => op.check?.name ?? ''),
          queue: async (checks) => {
            if (!o.j.isPull) return undefined
            const head = await getPullHead({
              client: o.client,
              owner: o.j.owner,
              repo: o.j.repo,
              pullNumber: o.j.issueNumber,
            })
            if (!head) return undefined
            const job: CheckJob = {
              installationId: o.j.installationId,
              owner: o.j.owner,
              repo: o.j.repo,
              headSha: head.sha,
              pullNumber: o.j.issueNumber,
              checks,
              reason: 'issue_comment.rerun',
              actor: o.j.actor,
              deliveryId: o.j.deliveryId,
            }
            const { created } = await deps.enqueueChecks(job)
            return { created, sha: head.sha }
          },
        })
      default:
        return undefined
    }
  }

  async function createQueuedRun(op: Op, runId: string, j: CommandJob, args: Record<string, unknown>): Promise<string> {
    await deps.store.createRun({
      id: runId,
      op: op.name,
      input: configRedactor().redactValue(args),
      actor: j.actor,
      face: 'app',
      state: 'queued',
      externalRef: { repo: `${j.owner}/${j.repo}`, comment: j.commentUrl, delivery: j.deliveryId },
      trace: [],
      pdrs: [],
      artifacts: [],
      scope: op.name,
      createdAt: now().toISOString(),
    })
    return runId
  }
}

/** Allow-list membership per command that has a list: its users, or a member of one of its teams. */
async function allowListMembership(
  client: GitHubClient,
  config: OdaConfig,
  actor: string,
  specs: readonly CommandSpec[],
): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>()
  const teams = new Map<string, Promise<boolean>>()
  for (const spec of specs) {
    const list = config.commands.allow[spec.name]
    if (!list) continue
    let member = list.users.some((u) => u.toLowerCase() === actor.toLowerCase())
    for (const team of list.teams) {
      if (member) break
      let asked = teams.get(team)
      if (!asked) teams.set(team, (asked = isTeamMember({ client, team, username: actor })))
      member = await asked
    }
    out.set(spec.name, member)
  }
  return out
}

/** A commit for lock tags to point at: the PR head, else the default branch head. */
async function anchorSha(client: GitHubClient, j: CommandJob): Promise<string> {
  if (j.isPull) {
    const head = await getPullHead({ client, owner: j.owner, repo: j.repo, pullNumber: j.issueNumber })
    if (head) return head.sha
  }
  const repo = await client.request('GET /repos/{owner}/{repo}', { owner: j.owner, repo: j.repo })
  const branch = z.object({ default_branch: z.string() }).parse(repo.data).default_branch
  const commit = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    owner: j.owner,
    repo: j.repo,
    ref: branch,
  })
  return z.object({ sha: z.string() }).parse(commit.data).sha
}
