import { isJsonObject, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { PullState, RepoState } from '../sim-state.ts'
import { presentLabel } from './present-label.ts'
import { presentRepo } from './present-repo.ts'
import { presentUser } from './present-user.ts'
import { rebaseExample } from './rebase-example.ts'
import { pullLinks } from './pull-links.ts'

/** A `pull-request` from the simulator's state (head and base are branches of the same repo). */
export function presentPull(core: SimCore, repo: RepoState, pr: PullState): JsonObject {
  const full = `${repo.owner}/${repo.name}`
  const base = rebaseExample(core.openapi.namedExample('pull-request'), {
    'https://api.github.com': core.url,
    'https://github.com': core.url,
    'octocat/Hello-World': full,
  })
  if (!isJsonObject(base)) throw new Error('pull-request example is not an object')
  const repoJson = presentRepo(core, repo)
  const side = (ref: string, sha: string, owner = repo.owner): JsonObject => ({
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: presentUser(core, owner),
    repo:
      owner === repo.owner
        ? repoJson
        : { ...repoJson, full_name: `${owner}/${repo.name}`, owner: presentUser(core, owner), fork: true },
  })
  const labels = (core.state.issueLabels.get(`${full}#${pr.number}`.toLowerCase()) ?? []).map((n) =>
    presentLabel(core, repo, n),
  )
  return {
    ...base,
    ...pullLinks(core, repo, pr),
    state: pr.state,
    locked: false,
    title: pr.title,
    user: presentUser(core, pr.user),
    body: pr.body,
    labels,
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.head, pr.headSha, pr.headOwner),
    base: side(pr.base, pr.baseSha),
    author_association: pr.user === repo.owner ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: pr.draft,
    merged: pr.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: [...core.state.comments.values()].filter(
      (c) => c.repo === full.toLowerCase() && c.issueNumber === pr.number,
    ).length,
    review_comments: 0,
  }
}
