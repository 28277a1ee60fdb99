import { isJsonObject, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import { rebaseExample } from './rebase-example.ts'

/** A `simple-user` for a login; logins ending in `[bot]` are Bots, as GitHub shows apps. */
export function presentUser(core: SimCore, login: string): JsonObject {
  const integration = core.openapi.namedExample('integration')
  const owner = isJsonObject(integration) ? integration.owner : undefined
  const user = rebaseExample(owner ?? {}, {
    'https://api.github.com': core.url,
    'https://github.com': core.url,
    octocat: encodeURIComponent(login),
  })
  if (!isJsonObject(user)) throw new Error('integration example has no owner')
  const id = core.state.userId(login)
  return {
    ...user,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
  }
}
