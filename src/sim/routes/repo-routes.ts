import type { JsonObject } from '../json.ts'
import { presentCommit, presentFile } from '../presenters/present-commit.ts'
import { presentRepo } from '../presenters/present-repo.ts'
import { presentUser } from '../presenters/present-user.ts'
import { resolveRef } from '../resolve-ref.ts'
import { defineRoute, type Route } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound, SimHttpError, unprocessable } from '../sim-http-error.ts'
import { param, queryString, type SimRequest } from '../sim-request.ts'
import type { RepoState } from '../sim-state.ts'
import { contentRoute } from './content-route.ts'

const repoOf = (req: SimRequest, core: SimCore): RepoState => core.state.repo(param(req, 'owner'), param(req, 'repo'))

async function commitOr404(core: SimCore, repo: RepoState, ref: string): Promise<string> {
  const sha = await resolveRef(core, repo, ref)
  if (!sha) throw unprocessable(`No commit found for SHA: ${ref}`)
  return sha
}

/** Repositories, commits, compare, tarball redirect, branches and collaborator permission. */
export function repoRoutes(): Route[] {
  return [
    defineRoute('GET /repos/{owner}/{repo}', (req, core) => ({
      status: 200,
      body: presentRepo(core, repoOf(req, core)),
    })),
    contentRoute,
    // GitHub answers 302 to codeload; Octokit's fetch follows it to the same origin, keeping auth.
    defineRoute('GET /repos/{owner}/{repo}/tarball/{ref}', async (req, core) => {
      const repo = repoOf(req, core)
      const sha = await resolveRef(core, repo, param(req, 'ref'))
      if (!sha) throw notFound()
      return {
        status: 302,
        headers: { location: `${core.url}/_codeload/${repo.owner}/${repo.name}/legacy.tar.gz/${sha}` },
      }
    }),
    defineRoute('GET /repos/{owner}/{repo}/commits', async (req, core) => {
      const repo = repoOf(req, core)
      const sha = await commitOr404(core, repo, queryString(req, 'sha') ?? repo.defaultBranch)
      const commits = await core.git(repo).log(sha, { max: 1000 })
      return { status: 200, page: { items: commits.map((c) => presentCommit(core, repo, c)) } }
    }),
    defineRoute('GET /repos/{owner}/{repo}/commits/{ref}', async (req, core) => {
      const repo = repoOf(req, core)
      const sha = await commitOr404(core, repo, param(req, 'ref'))
      const git = core.git(repo)
      const [c] = await git.log(sha, { max: 1 })
      if (!c) throw notFound()
      const files = c.parents[0] ? await git.diff(c.parents[0], sha) : []
      return { status: 200, body: presentCommit(core, repo, c, files) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/compare/{basehead}', async (req, core) => {
      const repo = repoOf(req, core)
      const [base = '', head = ''] = param(req, 'basehead').split('...')
      const git = core.git(repo)
      const [baseSha, headSha] = await Promise.all([resolveRef(core, repo, base), resolveRef(core, repo, head)])
      if (!baseSha || !headSha) throw notFound()
      const mergeBase = (await git.mergeBase(baseSha, headSha)) ?? baseSha
      const [ahead, behind, files, [baseCommit], [mbCommit]] = await Promise.all([
        git.log(headSha, { exclude: baseSha }),
        git.log(baseSha, { exclude: headSha }),
        git.diff(mergeBase, headSha),
        git.log(baseSha, { max: 1 }),
        git.log(mergeBase, { max: 1 }),
      ])
      if (!baseCommit || !mbCommit) throw notFound()
      const status =
        ahead.length === 0 && behind.length === 0
          ? 'identical'
          : behind.length === 0
            ? 'ahead'
            : ahead.length === 0
              ? 'behind'
              : 'diverged'
      const at = `${core.url}/${repo.owner}/${repo.name}/compare/${base}...${head}`
      const body: JsonObject = {
        url: `${core.url}/repos/${repo.owner}/${repo.name}/compare/${base}...${head}`,
        html_url: at,
        permalink_url: at,
        diff_url: `${at}.diff`,
        patch_url: `${at}.patch`,
        base_commit: presentCommit(core, repo, baseCommit),
        merge_base_commit: presentCommit(core, repo, mbCommit),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: [...ahead].reverse().map((c) => presentCommit(core, repo, c)),
        files: files.map((f) => presentFile(core, repo, headSha, f)),
      }
      return { status: 200, body }
    }),
    defineRoute('GET /repos/{owner}/{repo}/branches/{branch}', async (req, core) => {
      const repo = repoOf(req, core)
      const branch = param(req, 'branch')
      const sha = await resolveRef(core, repo, `refs/heads/${branch}`)
      if (!sha) throw new SimHttpError(404, 'Branch not found')
      const [c] = await core.git(repo).log(sha, { max: 1 })
      if (!c) throw notFound()
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`
      return {
        status: 200,
        body: {
          name: branch,
          commit: presentCommit(core, repo, c),
          _links: { self: `${api}/branches/${branch}`, html: `${core.url}/${repo.owner}/${repo.name}/tree/${branch}` },
          protected: false,
          protection: {
            enabled: false,
            required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
          },
          protection_url: `${api}/branches/${branch}/protection`,
        },
      }
    }),
    defineRoute('GET /repos/{owner}/{repo}/collaborators/{username}/permission', (req, core) => {
      const repo = repoOf(req, core)
      const login = param(req, 'username')
      const permission = repo.collaborators.get(login) ?? (login === repo.owner ? 'admin' : 'read')
      const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission
      const user = presentUser(core, login)
      const flags = {
        admin: permission === 'admin',
        maintain: ['admin', 'maintain'].includes(permission),
        push: ['admin', 'maintain', 'write'].includes(permission),
        triage: permission !== 'read' && permission !== 'none',
        pull: permission !== 'none',
      }
      return {
        status: 200,
        body: {
          permission: legacy,
          role_name: permission,
          user: { ...user, permissions: flags, role_name: permission },
        },
      }
    }),
  ]
}
