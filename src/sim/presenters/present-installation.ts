import { isJsonObject, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { InstallationState } from '../sim-state.ts'
import { presentUser } from './present-user.ts'

/** An `installation` of the simulated app on an account. */
export function presentInstallation(core: SimCore, inst: InstallationState): JsonObject {
  const base = core.openapi.namedExample('installation')
  if (!isJsonObject(base)) throw new Error('installation example is not an object')
  const at = core.state.timestamp()
  return {
    ...base,
    id: inst.id,
    account: presentUser(core, inst.account),
    repository_selection: 'selected',
    access_tokens_url: `${core.url}/app/installations/${inst.id}/access_tokens`,
    repositories_url: `${core.url}/installation/repositories`,
    html_url: `${core.url}/settings/installations/${inst.id}`,
    app_id: core.app.id,
    client_id: `Iv1.sim${core.app.id}`,
    target_id: core.state.userId(inst.account),
    target_type: 'User',
    permissions: inst.permissions,
    events: inst.events,
    created_at: at,
    updated_at: at,
    single_file_name: null,
    single_file_paths: [],
    app_slug: core.app.slug,
    suspended_at: null,
    suspended_by: null,
  }
}
