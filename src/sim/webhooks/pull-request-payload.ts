import { isJsonObject, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { PullState, RepoState } from '../sim-state.ts'
import { pullLinks } from '../presenters/pull-links.ts'
import { retarget, webhookRepo, webhookUser, webhookTemplate } from './webhook-template.ts'

/** A `pull_request` event payload for a simulated PR. */
export function pullRequestEvent(
  core: SimCore,
  repo: RepoState,
  pr: PullState,
  action: 'opened' | 'synchronize' | 'reopened' | 'ready_for_review' | 'closed' | 'labeled',
  sender = pr.user,
  before?: string,
): JsonObject {
  const p = retarget(core, webhookTemplate(`pull_request.${action}`), repo)
  const tpl = isJsonObject(p.pull_request) ? p.pull_request : {}
  const side = (s: unknown, ref: string, sha: string, owner = repo.owner): JsonObject => {
    const repoJson = webhookRepo(core, repo, isJsonObject(s) ? s.repo : undefined)
    const user = webhookUser(core, owner, isJsonObject(s) ? s.user : undefined)
    return {
      ...(isJsonObject(s) ? s : {}),
      label: `${owner}:${ref}`,
      ref,
      sha,
      user,
      // A fork's head names the fork: same files, another owner.
      repo:
        owner === repo.owner ? repoJson : { ...repoJson, full_name: `${owner}/${repo.name}`, owner: user, fork: true },
    }
  }
  p.number = pr.number
  p.pull_request = {
    ...tpl,
    ...pullLinks(core, repo, pr),
    state: pr.state,
    title: pr.title,
    body: pr.body,
    user: webhookUser(core, pr.user, tpl.user),
    draft: pr.draft,
    merged: pr.merged,
    labels: [],
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    head: side(tpl.head, pr.head, pr.headSha, pr.headOwner),
    base: side(tpl.base, pr.base, pr.baseSha),
  }
  // `synchronize` says which head the push replaced.
  if (action === 'synchronize') {
    p.before = before ?? pr.headSha
    p.after = pr.headSha
  }
  p.sender = webhookUser(core, sender, p.sender)
  return p
}
