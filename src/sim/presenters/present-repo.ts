import { isJsonObject, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { RepoState } from '../sim-state.ts'
import { rebaseExample } from './rebase-example.ts'
import { presentUser } from './present-user.ts'

/**
 * A repository in the shape a response needs: `full` for `GET /repos/{o}/{r}`,
 * `minimal` inside check suites and workflow runs.
 */
export function presentRepo(core: SimCore, repo: RepoState, shape: 'full' | 'minimal' = 'full'): JsonObject {
  const example =
    shape === 'full'
      ? core.openapi.namedExample('full-repository-default-response')
      : repoInside(core.openapi.namedExample('check-suite'))
  const full = `${repo.owner}/${repo.name}`
  const rebased = rebaseExample(example, {
    'https://api.github.com': core.url,
    'https://github.com': core.url,
    'octocat/Hello-World': full,
    'git@github.com:': 'git@127.0.0.1:',
    'git:github.com': 'git:127.0.0.1',
  })
  if (!isJsonObject(rebased)) throw new Error('repository example is not an object')
  const { parent: _p, source: _s, template_repository: _t, organization: _o, license: _l, ...rest } = rebased
  return {
    ...rest,
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
    name: repo.name,
    full_name: full,
    owner: presentUser(core, repo.owner),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    description: null,
    language: null,
    homepage: null,
    default_branch: repo.defaultBranch,
    clone_url: `file://${repo.gitDir}`,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    topics: [],
    ...(shape === 'full' ? { license: null } : {}),
  }
}

function repoInside(suite: unknown): JsonObject {
  if (isJsonObject(suite) && isJsonObject(suite.repository)) return suite.repository
  throw new Error('check-suite example has no repository')
}
