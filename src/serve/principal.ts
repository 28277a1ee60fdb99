import type { Permission } from '../op/define-op.ts'

/**
 * Who a remote request comes from, once authenticated: an API key, a JWT from the configured
 * issuer, or the local user of `oda mcp`. What it may run is decided by `authorize`.
 */
export interface Principal {
  kind: 'key' | 'jwt' | 'local'
  /** Recorded as the run's actor: `key:<name>`, the JWT subject, the local user. */
  actor: string
  /** Permission the calls run with (the policy compares it with each op's requirement). */
  role: Permission
  /** Ops, op families, `*`, or `op:environment` (see docs/api.md). Ignored for `local`. */
  scopes: readonly string[]
  /** The one repository the credential is limited to, when set. */
  repo?: string
  /** Key id or JWT issuer, for the PDR (never the secret). */
  credential?: string
}

/**
 * The local user of a stdio MCP server: the agent runs on the user's own machine with the
 * user's rights, as the CLI does (`admin`; policy and confirmations still apply).
 */
export function localPrincipal(actor: string): Principal {
  return { kind: 'local', actor, role: 'admin', scopes: ['*'] }
}
