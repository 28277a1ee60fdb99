import { isJsonObject, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import { presentUser } from './present-user.ts'

/** The simulated GitHub App (`integration`), as `GET /app` and check runs show it. */
export function presentApp(core: SimCore): JsonObject {
  const base = core.openapi.namedExample('integration')
  if (!isJsonObject(base)) throw new Error('integration example is not an object')
  const { app } = core
  return {
    ...base,
    id: app.id,
    slug: app.slug,
    name: app.name,
    client_id: `Iv1.sim${app.id}`,
    node_id: Buffer.from(`08:Integration${app.id}`).toString('base64'),
    owner: presentUser(core, app.owner),
    description: 'GitHub App served by the oda simulator',
    external_url: core.url,
    html_url: `${core.url}/apps/${app.slug}`,
    permissions: {
      checks: 'write',
      contents: 'read',
      pull_requests: 'write',
      issues: 'write',
      deployments: 'write',
      statuses: 'write',
      actions: 'write',
      metadata: 'read',
    },
    events: ['pull_request', 'check_run', 'check_suite', 'issue_comment', 'deployment_status', 'workflow_run'],
  }
}

/** The app's bot login, the author of everything written with an installation token. */
export const botLogin = (core: SimCore): string => `${core.app.slug}[bot]`
