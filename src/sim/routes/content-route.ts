import { posix } from 'node:path'
import type { JsonObject } from '../json.ts'
import type { TreeEntry } from '../git-reader.ts'
import { resolveRef } from '../resolve-ref.ts'
import { defineRoute } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound } from '../sim-http-error.ts'
import { param, queryString } from '../sim-request.ts'
import type { RepoState } from '../sim-state.ts'

function entryJson(core: SimCore, repo: RepoState, ref: string, e: TreeEntry): JsonObject {
  const enc = e.path.split('/').map(encodeURIComponent).join('/')
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'symlink' : 'file'
  const url = `${api}/contents/${enc}?ref=${encodeURIComponent(ref)}`
  const gitUrl = `${api}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`
  const htmlUrl = `${core.url}/${repo.owner}/${repo.name}/${e.type === 'tree' ? 'tree' : 'blob'}/${ref}/${enc}`
  return {
    type,
    size: e.size,
    name: e.path.split('/').pop() ?? e.path,
    path: e.path,
    sha: e.sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: type === 'file' ? `${core.url}/${repo.owner}/${repo.name}/raw/${ref}/${enc}` : null,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  }
}

/**
 * `GET /repos/{o}/{r}/contents/{path}`: a file (base64, wrapped at 60 columns as GitHub
 * does), a directory listing, or the raw bytes when the client asks for
 * `application/vnd.github.raw` (Probot's config plugin does).
 */
export const contentRoute = defineRoute('GET /repos/{owner}/{repo}/contents/{path}', async (req, core) => {
  const repo = core.state.repo(param(req, 'owner'), param(req, 'repo'))
  const ref = queryString(req, 'ref') ?? repo.defaultBranch
  const sha = await resolveRef(core, repo, ref)
  if (!sha) throw notFound()
  const path = String(req.params.path ?? '')
  const git = core.git(repo)
  const found = await git.listPath(sha, path)
  if (!found) throw notFound()
  if (found.kind === 'dir') return { status: 200, body: found.entries.map((e) => entryJson(core, repo, ref, e)) }
  let [entry] = found.entries
  if (!entry) throw notFound()
  if (entry.mode === '120000') {
    // GitHub answers a symlink to a file of the repository with that file, any other with the link itself.
    const link = entry
    const target = await git.linkTarget(link)
    const resolved = posix.normalize(posix.join(posix.dirname(link.path), target))
    const file = target.startsWith('/') || resolved.startsWith('..') ? undefined : await git.listPath(sha, resolved)
    const fileEntry = file?.kind === 'file' ? file.entries[0] : undefined
    if (!fileEntry || fileEntry.mode === '120000')
      return { status: 200, body: { ...entryJson(core, repo, ref, link), target } }
    entry = fileEntry
  }
  const bytes = (await git.readFile(sha, entry.path)) ?? Buffer.alloc(0)
  const accept = String(req.headers.accept ?? '')
  if (accept.includes('raw'))
    return { status: 200, raw: bytes, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
  const content = (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n'
  return { status: 200, body: { ...entryJson(core, repo, ref, entry), encoding: 'base64', content } }
})
