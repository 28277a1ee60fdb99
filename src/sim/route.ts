import type { SimCore } from './sim-core.ts'
import type { SimRequest, SimResponse } from './sim-request.ts'
import type { ServedOperation } from './served-operations.ts'

/** A handler for one served operation. */
export interface Route {
  key: ServedOperation
  handle(req: SimRequest, core: SimCore): Promise<SimResponse> | SimResponse
  /** Who may call it: the app itself (JWT) or an installation token (default). */
  auth?: 'app' | 'installation'
}

/** Declares a route; the key must be one of the served operations. */
export function defineRoute(
  key: ServedOperation,
  handle: Route['handle'],
  auth: Route['auth'] = 'installation',
): Route {
  return { key, handle, auth }
}
