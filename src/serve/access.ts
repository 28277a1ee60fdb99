import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js'
import type { Op } from '../op/define-op.ts'
import type { RemoteCaller } from './remote-runs.ts'

/** A request the caller may not make (no or bad credentials, missing scope): nothing ran. */
export class AccessError extends Error {
  override name = 'AccessError'
  /** 401: who you are is not established; 403: you may not do this. */
  readonly status: 401 | 403
  constructor(status: 401 | 403, message: string) {
    super(message)
    this.status = status
  }
}

/** What a remote face knows of a request when it asks who may run what. */
export interface AccessRequest {
  op: Op
  repo: string
  /** Environment the op targets (deploy, rollback...), for environment scopes. */
  environment?: string
  /** The MCP transport's authenticated principal, when there is one. */
  auth?: AuthInfo
}

/**
 * Decides who a remote request runs as, before anything runs: an API key's scopes, a JWT's
 * claims, or the local user of `oda mcp`. Throws AccessError to refuse.
 */
export interface Access {
  caller(request: AccessRequest, face: 'api' | 'mcp'): Promise<RemoteCaller>
}

/**
 * The local user of a stdio MCP server: the agent runs on the user's own machine with the
 * user's rights, as the CLI does (`admin`; policy and confirmations still apply).
 */
export function localAccess(actor: string): Access {
  return { caller: async (_request, face) => ({ actor, permission: 'admin', face }) }
}
