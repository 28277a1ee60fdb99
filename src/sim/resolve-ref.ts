import type { SimCore } from './sim-core.ts'
import type { RepoState } from './sim-state.ts'

/**
 * The commit a ref names, looking first at refs written through the API and then at the
 * git directory: a branch (`main`), a full ref (`refs/heads/main`), a tag or a SHA.
 */
export async function resolveRef(core: SimCore, repo: RepoState, ref: string): Promise<string | undefined> {
  for (const full of ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`]) {
    const v = repo.refs.get(full)
    if (v === null) return undefined
    if (v !== undefined) return v
  }
  return core.git(repo).resolveCommit(ref)
}

/** Every ref of a repo (git's, overlaid with the API's writes), sorted by name. */
export async function listRefs(core: SimCore, repo: RepoState): Promise<Map<string, string>> {
  const refs = await core.git(repo).refs()
  for (const [name, sha] of repo.refs) {
    if (sha === null) refs.delete(name)
    else refs.set(name, sha)
  }
  return new Map(
    [...refs].filter(([n]) => n !== 'HEAD' && !n.startsWith('refs/remotes/')).sort(([a], [b]) => a.localeCompare(b)),
  )
}
