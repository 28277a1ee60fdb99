import { readFileSync } from 'node:fs'
import { findPackagePath } from '../find-package-path.ts'
import { isJsonObject, type Json, type JsonObject } from '../json.ts'
import { rebaseExample } from '../presenters/rebase-example.ts'
import type { SimCore } from '../sim-core.ts'
import type { RepoState } from '../sim-state.ts'

let templates: JsonObject | undefined

/** A deep copy of the committed example payload for `event.action` (from @octokit/webhooks-examples). */
export function webhookTemplate(name: string): JsonObject {
  templates ??= loadTemplates()
  const t = templates[name]
  if (!isJsonObject(t)) throw new Error(`no webhook template ${name}; add it to scripts/gen-openapi-subset.ts`)
  return structuredClone(t)
}

function loadTemplates(): JsonObject {
  const parsed: Json = JSON.parse(readFileSync(findPackagePath('src/sim/openapi/webhook-examples.json'), 'utf8'))
  if (!isJsonObject(parsed)) throw new Error('webhook-examples.json is not an object')
  return parsed
}

/**
 * Rewrites an example payload so it speaks of the simulated repository: every URL and
 * name of the example's repository and owner now name ours, then ids and the default
 * branch are set from state.
 */
export function retarget(core: SimCore, payload: JsonObject, repo: RepoState): JsonObject {
  const exampleRepo = isJsonObject(payload.repository) ? payload.repository : {}
  const fromFull = typeof exampleRepo.full_name === 'string' ? exampleRepo.full_name : 'Codertocat/Hello-World'
  const [fromOwner = 'Codertocat'] = fromFull.split('/')
  const full = `${repo.owner}/${repo.name}`
  const out = rebaseExample(payload, {
    'https://api.github.com': core.url,
    'https://github.com': core.url,
    [fromFull]: full,
    [`/users/${fromOwner}`]: `/users/${repo.owner}`,
    [`github.com/${fromOwner}`]: `github.com/${repo.owner}`,
    'git@github.com:': 'git@127.0.0.1:',
    'git://github.com/': 'git://127.0.0.1/',
  })
  if (!isJsonObject(out)) throw new Error('payload is not an object')
  out.repository = webhookRepo(core, repo, out.repository)
  out.installation = {
    id: repo.installationId,
    node_id: Buffer.from(`023:Installation${repo.installationId}`).toString('base64'),
  }
  delete out.organization
  delete out.enterprise
  return out
}

/** The example's repository object with the simulated repo's identity. */
export function webhookRepo(core: SimCore, repo: RepoState, example: Json | undefined): JsonObject {
  const base = isJsonObject(example) ? example : {}
  return {
    ...base,
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: webhookUser(core, repo.owner, base.owner),
    default_branch: repo.defaultBranch,
  }
}

/** The example's user object with another login and id. */
export function webhookUser(core: SimCore, login: string, example: Json | undefined): JsonObject {
  const base = isJsonObject(example) ? example : {}
  const fromLogin = typeof base.login === 'string' ? base.login : ''
  const rebased = fromLogin ? rebaseExample(base, { [`/${fromLogin}`]: `/${encodeURIComponent(login)}` }) : base
  const obj = isJsonObject(rebased) ? rebased : {}
  const id = core.state.userId(login)
  return {
    ...obj,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
  }
}
