import { presentFile } from '../presenters/present-commit.ts'
import { presentPull } from '../presenters/present-pull.ts'
import { defineRoute, type Route } from '../route.ts'
import { intParam, param, queryString } from '../sim-request.ts'
import { repoKey } from '../sim-state.ts'

/** Pull requests: list, get, and the changed files (paginated, 3000 at most like GitHub). */
export function pullRoutes(): Route[] {
  return [
    defineRoute('GET /repos/{owner}/{repo}/pulls', (req, core) => {
      const repo = core.state.repo(param(req, 'owner'), param(req, 'repo'))
      const state = queryString(req, 'state') ?? 'open'
      const head = queryString(req, 'head')
      const base = queryString(req, 'base')
      const pulls = [...core.state.pulls.values()]
        .filter((p) => p.repo === repoKey(repo) && (state === 'all' || p.state === state))
        .filter((p) => (!head || `${repo.owner}:${p.head}` === head || p.head === head) && (!base || p.base === base))
        .sort((a, b) => b.number - a.number)
      return { status: 200, page: { items: pulls.map((p) => presentPull(core, repo, p)) } }
    }),
    defineRoute('GET /repos/{owner}/{repo}/pulls/{pull_number}', (req, core) => {
      const repo = core.state.repo(param(req, 'owner'), param(req, 'repo'))
      return { status: 200, body: presentPull(core, repo, core.state.pull(repo, intParam(req, 'pull_number'))) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', async (req, core) => {
      const repo = core.state.repo(param(req, 'owner'), param(req, 'repo'))
      const pr = core.state.pull(repo, intParam(req, 'pull_number'))
      const git = core.git(repo)
      const base = (await git.mergeBase(pr.baseSha, pr.headSha)) ?? pr.baseSha
      const files = (await git.diff(base, pr.headSha)).slice(0, 3000)
      return { status: 200, page: { items: files.map((f) => presentFile(core, repo, pr.headSha, f)) } }
    }),
  ]
}
