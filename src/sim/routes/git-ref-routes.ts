import { isJsonObject, type JsonObject } from '../json.ts'
import type { TagObject } from '../git-reader.ts'
import { botLogin } from '../presenters/present-app.ts'
import { listRefs } from '../resolve-ref.ts'
import { defineRoute, type Route } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound, unprocessable } from '../sim-http-error.ts'
import { param, type SimRequest } from '../sim-request.ts'
import type { RepoState } from '../sim-state.ts'

const repoOf = (req: SimRequest, core: SimCore): RepoState => core.state.repo(param(req, 'owner'), param(req, 'repo'))

async function presentRef(core: SimCore, repo: RepoState, name: string, sha: string): Promise<JsonObject> {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const type = (await core.git(repo).objectType(sha)) ?? 'commit'
  return {
    ref: name,
    node_id: Buffer.from(`03:Ref${repo.id}:${name}`).toString('base64'),
    url: `${api}/git/${name}`,
    object: { type, sha, url: `${api}/git/${type}s/${sha}` },
  }
}

function presentTag(core: SimCore, repo: RepoState, t: TagObject): JsonObject {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  return {
    node_id: Buffer.from(`03:Tag${t.sha}`).toString('base64'),
    tag: t.tag,
    sha: t.sha,
    url: `${api}/git/tags/${t.sha}`,
    message: t.message,
    tagger: t.tagger,
    object: { type: t.type, sha: t.object, url: `${api}/git/${t.type}s/${t.object}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  }
}

/** The current value of a full ref name, API writes first. */
async function current(core: SimCore, repo: RepoState, name: string): Promise<string | undefined> {
  const overlay = repo.refs.get(name)
  if (overlay !== undefined) return overlay ?? undefined
  return (await core.git(repo).refs()).get(name)
}

/**
 * Git refs. Environment locks are refs (`refs/oda/locks/<env>`), so create must be atomic:
 * all awaiting (git lookups) happens first, then the existence check and the write run
 * in one synchronous step, and of two concurrent creates exactly one gets 201.
 */
export function gitRefRoutes(): Route[] {
  return [
    defineRoute('POST /repos/{owner}/{repo}/git/refs', async (req, core) => {
      const repo = repoOf(req, core)
      const body = isJsonObject(req.body) ? req.body : {}
      const name = String(body.ref)
      const sha = String(body.sha)
      if (!name.startsWith('refs/') || name.split('/').length < 3)
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.")
      if (!(await core.git(repo).isValidRefName(name))) throw unprocessable(`${name} is not a valid ref name.`)
      if (!/^[0-9a-f]{40}$/.test(sha) || !(await core.git(repo).hasObject(sha)))
        throw unprocessable('Object does not exist')
      const inGit = (await core.git(repo).refs()).get(name)
      const overlay = repo.refs.get(name)
      if (overlay !== undefined ? overlay !== null : inGit !== undefined)
        throw unprocessable('Reference already exists')
      repo.refs.set(name, sha)
      return {
        status: 201,
        body: await presentRef(core, repo, name, sha),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/git/${name}` },
      }
    }),
    defineRoute('GET /repos/{owner}/{repo}/git/ref/{ref}', async (req, core) => {
      const repo = repoOf(req, core)
      const name = `refs/${param(req, 'ref')}`
      const sha = await current(core, repo, name)
      if (!sha) throw notFound()
      return { status: 200, body: await presentRef(core, repo, name, sha) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', async (req, core) => {
      const repo = repoOf(req, core)
      const prefix = `refs/${param(req, 'ref')}`
      const refs = [...(await listRefs(core, repo))].filter(([n]) => n.startsWith(prefix))
      return { status: 200, body: await Promise.all(refs.map(([n, sha]) => presentRef(core, repo, n, sha))) }
    }),
    defineRoute('PATCH /repos/{owner}/{repo}/git/refs/{ref}', async (req, core) => {
      const repo = repoOf(req, core)
      const name = `refs/${param(req, 'ref')}`
      const body = isJsonObject(req.body) ? req.body : {}
      const sha = String(body.sha)
      const overlayBefore = repo.refs.get(name)
      const before = await current(core, repo, name)
      if (!before) throw unprocessable('Reference does not exist')
      if (!(await core.git(repo).hasObject(sha))) throw unprocessable('Object does not exist')
      if (body.force !== true && !(await core.git(repo).isAncestor(before, sha)))
        throw unprocessable('Update is not a fast forward')
      // Another update may have landed while git answered: refuse rather than lose it.
      if (repo.refs.get(name) !== overlayBefore) throw unprocessable('Reference cannot be updated')
      repo.refs.set(name, sha)
      return { status: 200, body: await presentRef(core, repo, name, sha) }
    }),
    // Annotated tag objects: written into the git directory's object store (no ref), so a
    // lock ref can point at a tag whose message carries the holder.
    defineRoute('POST /repos/{owner}/{repo}/git/tags', async (req, core) => {
      const repo = repoOf(req, core)
      const body = isJsonObject(req.body) ? req.body : {}
      const object = String(body.object)
      const git = core.git(repo)
      const actual = /^[0-9a-f]{40}$/.test(object) ? await git.objectType(object) : undefined
      if (actual === undefined) throw unprocessable('Object does not exist')
      if (actual !== body.type) throw unprocessable(`Object type is ${actual}, not ${String(body.type)}`)
      const t = isJsonObject(body.tagger) ? body.tagger : {}
      const tagger = {
        name: typeof t.name === 'string' ? t.name : botLogin(core),
        email: typeof t.email === 'string' ? t.email : `${core.app.id}+${botLogin(core)}@users.noreply.github.com`,
        date: typeof t.date === 'string' ? t.date : core.state.timestamp(),
      }
      const sha = await git.writeTag({
        object,
        type: actual,
        tag: String(body.tag),
        tagger,
        message: String(body.message),
      })
      const tag = await git.readTag(sha)
      if (!tag) throw new Error(`tag ${sha} not readable after writing it`)
      return {
        status: 201,
        body: presentTag(core, repo, tag),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/git/tags/${sha}` },
      }
    }),
    defineRoute('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', async (req, core) => {
      const repo = repoOf(req, core)
      const sha = param(req, 'tag_sha')
      const tag = /^[0-9a-f]{40}$/.test(sha) ? await core.git(repo).readTag(sha) : undefined
      if (!tag) throw notFound()
      return { status: 200, body: presentTag(core, repo, tag) }
    }),
    defineRoute('DELETE /repos/{owner}/{repo}/git/refs/{ref}', async (req, core) => {
      const repo = repoOf(req, core)
      const name = `refs/${param(req, 'ref')}`
      const overlayBefore = repo.refs.get(name)
      if (!(await current(core, repo, name)) || repo.refs.get(name) !== overlayBefore)
        throw unprocessable('Reference does not exist')
      repo.refs.set(name, null)
      return { status: 204 }
    }),
  ]
}
