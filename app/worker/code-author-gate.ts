import type { OdaConfig } from '../../src/config/schema.ts'
import type { PolicyRule } from '../../src/engine/policy/evaluate-policy.ts'
import { permits } from '../../src/engine/policy/evaluate-policy.ts'
import { requiredPermission } from '../../src/engine/policy/required-permission.ts'
import { getActorPermission } from '../../src/github/get-actor-permission.ts'
import { getPullOrigin } from '../../src/github/get-pull-origin.ts'
import type { Permission } from '../../src/op/define-op.ts'
import type { GitHubClient } from '../../src/op/github-client.ts'
import { statusOf } from '../../src/github/status-of.ts'
import type { CheckJob } from '../check-job.ts'

/** Rule names of the PDRs this gate writes. */
export const CODE_AUTHOR_RULE = 'code-author'
export const APPROVAL_RULE = 'approval'

/** Whose code a job would run, as GitHub says (never as the event's sender says). */
export interface CodeFacts {
  commit: string
  pull: number | undefined
  /** The PR's author; undefined for a commit without a PR oda can see. */
  author: string | undefined
  authorPermission: Permission
  fork: boolean
  headRepo: string | undefined
  forkOwner: string | undefined
  forkOwnerPermission: Permission | undefined
  /** For a commit without a PR: it is the tip of this branch of the repository itself. */
  branchTip: string | undefined
  approval: { by: string; permission: Permission } | undefined
}

/**
 * Reads the facts the gate needs: the PR's author and head repository from the pulls API, their
 * permissions on the repository, for a commit without a PR whether it is a branch tip of the
 * repository, and the approver's permission when the job carries an approval.
 */
export async function codeFacts(client: GitHubClient, j: CheckJob): Promise<CodeFacts> {
  const perm = (username: string): Promise<Permission> =>
    getActorPermission({ client, owner: j.owner, repo: j.repo, username })
  const origin =
    j.pullNumber !== undefined
      ? await getPullOrigin({ client, owner: j.owner, repo: j.repo, pullNumber: j.pullNumber })
      : undefined
  const authorPermission = origin ? await perm(origin.author) : 'none'
  const forkOwnerPermission =
    origin?.forkOwner === undefined
      ? undefined
      : origin.forkOwner === origin.author
        ? authorPermission
        : await perm(origin.forkOwner)
  const branchTip = origin ? undefined : await tipOf(client, j)
  return {
    commit: j.headSha,
    pull: j.pullNumber,
    author: origin?.author,
    authorPermission,
    fork: origin?.fork ?? false,
    headRepo: origin?.headRepo,
    forkOwner: origin?.forkOwner,
    forkOwnerPermission,
    branchTip,
    approval: j.approval ? { by: j.approval.by, permission: await perm(j.approval.by) } : undefined,
  }
}

async function tipOf(client: GitHubClient, j: CheckJob): Promise<string | undefined> {
  if (!j.headBranch) return undefined
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/branches/{branch}', {
      owner: j.owner,
      repo: j.repo,
      branch: j.headBranch,
    })
    const data: unknown = res.data
    const sha =
      typeof data === 'object' && data !== null && 'commit' in data && typeof data.commit === 'object'
        ? (data.commit as { sha?: unknown }).sha
        : undefined
    return typeof sha === 'string' && sha.toLowerCase() === j.headSha.toLowerCase() ? j.headBranch : undefined
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

/**
 * Policy rules for checks that run repository code. `code-author` allows the run when the PR's
 * author (and, for a fork, its owner, and only with `odoo-ci.forkPullRequests`) has the op's
 * permission, or a commit without a PR is the tip of a branch of the repository; otherwise
 * only an approval by someone with that permission lets it run. `approval` records who
 * approved, their permission and whose code at which commit.
 */
export function codeAuthorRules(facts: CodeFacts): PolicyRule[] {
  const sha = facts.commit.slice(0, 7)
  const whose = (): string =>
    facts.author
      ? `the code of @${facts.author}${facts.fork ? ` from the fork ${facts.headRepo ?? '(deleted)'}` : ''} at ${sha}`
      : `commit ${sha}`
  const inputsOf = (config: OdaConfig, required: Permission): Record<string, unknown> => ({
    commit: facts.commit,
    pull: facts.pull ?? null,
    author: facts.author ?? null,
    authorPermission: facts.author ? facts.authorPermission : null,
    fork: facts.fork,
    headRepo: facts.headRepo ?? null,
    forkOwner: facts.forkOwner ?? null,
    forkOwnerPermission: facts.forkOwnerPermission ?? null,
    forkPullRequests: config['odoo-ci'].forkPullRequests,
    branchTip: facts.branchTip ?? null,
    required,
  })
  const untrusted = (config: OdaConfig, required: Permission): string | undefined => {
    if (facts.pull === undefined)
      return facts.branchTip
        ? undefined
        : `commit ${sha} is neither on a pull request nor the tip of a branch of this repository`
    if (!permits(facts.authorPermission, required))
      return `@${facts.author} has ${facts.authorPermission} permission, ${required} required`
    if (!facts.fork) return undefined
    if (!config['odoo-ci'].forkPullRequests)
      return 'pull requests from forks run only once approved (odoo-ci.forkPullRequests is false)'
    if (!facts.forkOwner || !permits(facts.forkOwnerPermission ?? 'none', required))
      return `the fork's owner ${facts.forkOwner ? `@${facts.forkOwner}` : '(deleted fork)'} has ${facts.forkOwnerPermission ?? 'none'} permission, ${required} required`
    return undefined
  }
  const applies = (op: { check?: { runsRepositoryCode?: boolean } }): boolean => op.check?.runsRepositoryCode === true

  const codeAuthor: PolicyRule = {
    rule: CODE_AUTHOR_RULE,
    evaluate: ({ op, config }) => {
      if (!applies(op)) return undefined
      const { permission: required } = requiredPermission(op, config)
      const inputs = inputsOf(config, required)
      const why = untrusted(config, required)
      if (why === undefined)
        return { verdict: 'allow', reason: `${whose()} is trusted to run (${required} or above)`, inputs }
      if (facts.approval && permits(facts.approval.permission, required))
        return {
          verdict: 'allow',
          reason: `${whose()} runs once, approved by @${facts.approval.by} (${facts.approval.permission}): ${why}`,
          inputs,
        }
      return {
        verdict: 'deny',
        reason: `${whose()} needs a maintainer's approval to run: ${why}`,
        inputs,
      }
    },
  }
  const approval: PolicyRule = {
    rule: APPROVAL_RULE,
    evaluate: ({ op, config }) => {
      if (!applies(op) || !facts.approval) return undefined
      const { permission: required } = requiredPermission(op, config)
      const ok = permits(facts.approval.permission, required)
      return {
        verdict: ok ? 'allow' : 'deny',
        reason: ok
          ? `@${facts.approval.by} (${facts.approval.permission}) approved running ${whose()} once`
          : `@${facts.approval.by} has ${facts.approval.permission} permission and cannot approve running ${whose()}: ${required} required`,
        inputs: {
          approver: facts.approval.by,
          approverPermission: facts.approval.permission,
          ...inputsOf(config, required),
        },
      }
    },
  }
  return [codeAuthor, approval]
}
