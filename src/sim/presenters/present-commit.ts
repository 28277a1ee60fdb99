import type { JsonObject } from '../json.ts'
import type { ChangedFile, CommitInfo } from '../git-reader.ts'
import type { SimCore } from '../sim-core.ts'
import type { RepoState } from '../sim-state.ts'
import { presentUser } from './present-user.ts'

/** A `commit` (as in `GET /repos/{o}/{r}/commits/{ref}`), optionally with stats and files. */
export function presentCommit(core: SimCore, repo: RepoState, c: CommitInfo, files?: ChangedFile[]): JsonObject {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const person = (who: CommitInfo['author']): JsonObject => ({ name: who.name, email: who.email, date: who.date })
  const login = (email: string): string => email.split('@')[0]?.replace(/[^A-Za-z0-9-]/g, '-') || 'ghost'
  const out: JsonObject = {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: Buffer.from(`06:Commit${c.sha}`).toString('base64'),
    html_url: `${core.url}/${repo.owner}/${repo.name}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person(c.author),
      committer: person(c.committer),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: presentUser(core, login(c.author.email)),
    committer: presentUser(core, login(c.committer.email)),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${core.url}/${repo.owner}/${repo.name}/commit/${sha}`,
    })),
  }
  if (files) {
    const additions = files.reduce((n, f) => n + f.additions, 0)
    const deletions = files.reduce((n, f) => n + f.deletions, 0)
    out.stats = { additions, deletions, total: additions + deletions }
    out.files = files.map((f) => presentFile(core, repo, c.sha, f))
  }
  return out
}

/** A `diff-entry`, as in `pulls/{n}/files` and compare. */
export function presentFile(core: SimCore, repo: RepoState, headSha: string, f: ChangedFile): JsonObject {
  const enc = f.filename.split('/').map(encodeURIComponent).join('/')
  const out: JsonObject = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${core.url}/${repo.owner}/${repo.name}/blob/${headSha}/${enc}`,
    raw_url: `${core.url}/${repo.owner}/${repo.name}/raw/${headSha}/${enc}`,
    contents_url: `${core.url}/repos/${repo.owner}/${repo.name}/contents/${enc}?ref=${headSha}`,
  }
  if (f.patch !== undefined) out.patch = f.patch
  if (f.previousFilename !== undefined) out.previous_filename = f.previousFilename
  return out
}
