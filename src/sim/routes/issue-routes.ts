import { isJsonObject, type JsonObject } from '../json.ts'
import { botLogin } from '../presenters/present-app.ts'
import { presentLabel } from '../presenters/present-label.ts'
import { presentUser } from '../presenters/present-user.ts'
import { defineRoute, type Route } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound, SimHttpError } from '../sim-http-error.ts'
import { intParam, param, type SimRequest } from '../sim-request.ts'
import { repoKey, type CommentState, type ReactionState, type RepoState } from '../sim-state.ts'

const repoOf = (req: SimRequest, core: SimCore): RepoState => core.state.repo(param(req, 'owner'), param(req, 'repo'))
const bodyOf = (req: SimRequest): JsonObject => (isJsonObject(req.body) ? req.body : {})
const issueKey = (repo: RepoState, n: number): string => `${repoKey(repo)}#${n}`

/** Issues exist in the simulator only as pull requests; anything else is a 404. */
function requireIssue(core: SimCore, repo: RepoState, n: number): void {
  core.state.pull(repo, n)
}

function commentOf(req: SimRequest, core: SimCore, repo: RepoState): CommentState {
  const c = core.state.comments.get(intParam(req, 'comment_id'))
  if (!c || c.repo !== repoKey(repo)) throw notFound()
  return c
}

export function presentComment(core: SimCore, repo: RepoState, c: CommentState): JsonObject {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: presentUser(core, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/issues/${c.issueNumber}`,
    author_association: c.user === repo.owner ? 'OWNER' : 'NONE',
    reactions: reactionRollup(core, `comment:${c.id}`, `${api}/issues/comments/${c.id}/reactions`),
  }
}

function reactionRollup(core: SimCore, subject: string, url: string): JsonObject {
  const counts: Record<string, number> = {
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  }
  let total = 0
  for (const r of core.state.reactions.values()) {
    if (r.subject !== subject) continue
    counts[r.content] = (counts[r.content] ?? 0) + 1
    total++
  }
  return { url, total_count: total, ...counts }
}

function presentReaction(core: SimCore, r: ReactionState): JsonObject {
  return {
    id: r.id,
    node_id: Buffer.from(`08:Reaction${r.id}`).toString('base64'),
    user: presentUser(core, r.user),
    content: r.content,
    created_at: r.createdAt,
  }
}

/** POST a reaction: the same user and content twice answers 200 with the existing one, as GitHub does. */
function react(core: SimCore, subject: string, content: string): { status: number; body: JsonObject } {
  const user = botLogin(core)
  const existing = [...core.state.reactions.values()].find(
    (r) => r.subject === subject && r.user === user && r.content === content,
  )
  if (existing) return { status: 200, body: presentReaction(core, existing) }
  const r: ReactionState = {
    id: core.state.nextId('reaction'),
    subject,
    content,
    user,
    createdAt: core.state.timestamp(),
  }
  core.state.reactions.set(r.id, r)
  return { status: 201, body: presentReaction(core, r) }
}

function labelNames(body: unknown): string[] {
  const list = isJsonObject(body) ? body.labels : body
  if (!Array.isArray(list)) return []
  return list
    .map((l) => (typeof l === 'string' ? l : isJsonObject(l) && typeof l.name === 'string' ? l.name : ''))
    .filter(Boolean)
}

/** Issue comments, reactions and labels (on pull requests, which are issues). */
export function issueRoutes(): Route[] {
  const labelsOf = (core: SimCore, repo: RepoState, n: number): string[] =>
    core.state.issueLabels.get(issueKey(repo, n)) ?? []
  const setLabels = (core: SimCore, repo: RepoState, n: number, names: string[]): JsonObject[] => {
    const unique = [...new Map(names.map((x) => [x.toLowerCase(), x])).values()]
    core.state.issueLabels.set(issueKey(repo, n), unique)
    return unique.map((x) => presentLabel(core, repo, x))
  }
  return [
    defineRoute('GET /repos/{owner}/{repo}/issues/{issue_number}', (req, core) => {
      const repo = repoOf(req, core)
      const n = intParam(req, 'issue_number')
      const pr = core.state.pull(repo, n)
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`
      const comments = [...core.state.comments.values()].filter(
        (c) => c.repo === repoKey(repo) && c.issueNumber === n,
      ).length
      const body: JsonObject = {
        id: n * 1000 + repo.id,
        node_id: Buffer.from(`05:Issue${repo.id}:${n}`).toString('base64'),
        url: `${api}/issues/${n}`,
        repository_url: api,
        labels_url: `${api}/issues/${n}/labels{/name}`,
        comments_url: `${api}/issues/${n}/comments`,
        events_url: `${api}/issues/${n}/events`,
        html_url: `${core.url}/${repo.owner}/${repo.name}/pull/${n}`,
        number: n,
        state: pr.state,
        title: pr.title,
        body: pr.body,
        user: presentUser(core, pr.user),
        labels: labelsOf(core, repo, n).map((x) => presentLabel(core, repo, x)),
        assignee: null,
        assignees: [],
        milestone: null,
        locked: false,
        comments,
        pull_request: {
          url: `${api}/pulls/${n}`,
          html_url: `${core.url}/${repo.owner}/${repo.name}/pull/${n}`,
          diff_url: null,
          patch_url: null,
        },
        closed_at: null,
        created_at: pr.createdAt,
        updated_at: pr.updatedAt,
        author_association: 'OWNER',
      }
      return { status: 200, body }
    }),
    defineRoute('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', (req, core) => {
      const repo = repoOf(req, core)
      const n = intParam(req, 'issue_number')
      requireIssue(core, repo, n)
      const list = [...core.state.comments.values()].filter((c) => c.repo === repoKey(repo) && c.issueNumber === n)
      return { status: 200, page: { items: list.map((c) => presentComment(core, repo, c)) } }
    }),
    defineRoute('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', (req, core) => {
      const repo = repoOf(req, core)
      const n = intParam(req, 'issue_number')
      requireIssue(core, repo, n)
      const at = core.state.timestamp()
      const c: CommentState = {
        id: core.state.nextId('comment'),
        repo: repoKey(repo),
        issueNumber: n,
        body: String(bodyOf(req).body),
        user: botLogin(core),
        createdAt: at,
        updatedAt: at,
      }
      core.state.comments.set(c.id, c)
      return {
        status: 201,
        body: presentComment(core, repo, c),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/issues/comments/${c.id}` },
      }
    }),
    defineRoute('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', (req, core) => {
      const repo = repoOf(req, core)
      return { status: 200, body: presentComment(core, repo, commentOf(req, core, repo)) }
    }),
    defineRoute('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', (req, core) => {
      const repo = repoOf(req, core)
      const c = commentOf(req, core, repo)
      c.body = String(bodyOf(req).body)
      c.updatedAt = core.state.timestamp()
      return { status: 200, body: presentComment(core, repo, c) }
    }),
    defineRoute('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', (req, core) => {
      const repo = repoOf(req, core)
      core.state.comments.delete(commentOf(req, core, repo).id)
      return { status: 204 }
    }),
    defineRoute('GET /repos/{owner}/{repo}/issues/{issue_number}/reactions', (req, core) => {
      const repo = repoOf(req, core)
      const subject = `issue:${issueKey(repo, intParam(req, 'issue_number'))}`
      const items = [...core.state.reactions.values()].filter(
        (r) => r.subject === subject && (req.query.content === undefined || r.content === req.query.content),
      )
      return { status: 200, page: { items: items.map((r) => presentReaction(core, r)) } }
    }),
    defineRoute('POST /repos/{owner}/{repo}/issues/{issue_number}/reactions', (req, core) => {
      const repo = repoOf(req, core)
      const n = intParam(req, 'issue_number')
      requireIssue(core, repo, n)
      return react(core, `issue:${issueKey(repo, n)}`, String(bodyOf(req).content))
    }),
    defineRoute('GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', (req, core) => {
      const repo = repoOf(req, core)
      const c = commentOf(req, core, repo)
      const items = [...core.state.reactions.values()].filter(
        (r) => r.subject === `comment:${c.id}` && (req.query.content === undefined || r.content === req.query.content),
      )
      return { status: 200, page: { items: items.map((r) => presentReaction(core, r)) } }
    }),
    defineRoute('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', (req, core) => {
      const repo = repoOf(req, core)
      return react(core, `comment:${commentOf(req, core, repo).id}`, String(bodyOf(req).content))
    }),
    defineRoute('GET /repos/{owner}/{repo}/labels', (req, core) => {
      const repo = repoOf(req, core)
      return { status: 200, page: { items: [...repo.labels.values()].map((l) => presentLabel(core, repo, l.name)) } }
    }),
    defineRoute('POST /repos/{owner}/{repo}/labels', (req, core) => {
      const repo = repoOf(req, core)
      const body = bodyOf(req)
      const name = String(body.name)
      if (repo.labels.has(name.toLowerCase()))
        throw new SimHttpError(422, 'Validation Failed', {
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        })
      repo.labels.set(name.toLowerCase(), {
        id: core.state.nextId('label'),
        name,
        color: typeof body.color === 'string' ? body.color.replace(/^#/, '') : 'ededed',
        description: typeof body.description === 'string' ? body.description : null,
      })
      return { status: 201, body: presentLabel(core, repo, name) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', (req, core) => {
      const repo = repoOf(req, core)
      const n = intParam(req, 'issue_number')
      requireIssue(core, repo, n)
      return { status: 200, page: { items: labelsOf(core, repo, n).map((x) => presentLabel(core, repo, x)) } }
    }),
    defineRoute('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', (req, core) => {
      const repo = repoOf(req, core)
      const n = intParam(req, 'issue_number')
      requireIssue(core, repo, n)
      return { status: 200, body: setLabels(core, repo, n, [...labelsOf(core, repo, n), ...labelNames(req.body)]) }
    }),
    defineRoute('PUT /repos/{owner}/{repo}/issues/{issue_number}/labels', (req, core) => {
      const repo = repoOf(req, core)
      const n = intParam(req, 'issue_number')
      requireIssue(core, repo, n)
      return { status: 200, body: setLabels(core, repo, n, labelNames(req.body)) }
    }),
    defineRoute('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', (req, core) => {
      const repo = repoOf(req, core)
      const n = intParam(req, 'issue_number')
      const name = param(req, 'name').toLowerCase()
      const current = labelsOf(core, repo, n)
      if (!current.some((x) => x.toLowerCase() === name)) throw new SimHttpError(404, 'Label does not exist')
      return {
        status: 200,
        body: setLabels(
          core,
          repo,
          n,
          current.filter((x) => x.toLowerCase() !== name),
        ),
      }
    }),
  ]
}
