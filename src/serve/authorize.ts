import type { PolicyRule } from '../engine/policy/evaluate-policy.ts'
import type { Op } from '../op/define-op.ts'
import { AccessError } from './access-error.ts'
import type { Principal } from './principal.ts'

/** What the scope check looks at for one request. */
export interface ScopeRequest {
  op: Op
  repo: string
  environment?: string
  /** The environment is marked `production: true` in the repository's config. */
  production: boolean
}

/**
 * The scope that lets `principal` run the request, or AccessError 403 (nothing runs):
 * - `*` any op, `manifest` any `manifest.*` op, `manifest.verify` that op;
 * - `deploy:staging` an op for that environment only;
 * - an op that changes a production environment needs its explicit `op:<environment>` scope:
 *   `*` and family scopes never cover it.
 * The local user of `oda mcp` has every scope.
 */
export function authorize(principal: Principal, r: ScopeRequest): PolicyRule {
  if (principal.repo !== undefined && principal.repo !== r.repo)
    throw new AccessError(403, `${principal.actor} is limited to repository ${principal.repo}, not ${r.repo}`)
  const guarded = r.production && r.op.sideEffects === true
  const scope = principal.kind === 'local' ? 'local user' : matchingScope(principal.scopes, r, guarded)
  if (scope === undefined) {
    const needed = guarded ? `${r.op.name}:${r.environment}` : `${r.op.name} (or ${family(r.op.name)}, or *)`
    throw new AccessError(
      403,
      `${principal.actor} may not run ${r.op.name}${r.environment ? ` on ${r.environment}` : ''}: it needs the scope ${needed}; it has ${principal.scopes.join(', ') || 'none'}`,
    )
  }
  return {
    rule: 'api-scope',
    evaluate: () => ({
      verdict: 'allow',
      reason: `${principal.actor} has scope ${scope}`,
      inputs: { principal: principal.kind, credential: principal.credential, scope, repo: r.repo },
    }),
  }
}

function matchingScope(scopes: readonly string[], r: ScopeRequest, guarded: boolean): string | undefined {
  return scopes.find((s) => {
    const [name, env] = s.split(':', 2) as [string, string | undefined]
    if (env !== undefined) return name === r.op.name && env === r.environment
    if (guarded) return false
    return name === '*' || name === r.op.name || name === family(r.op.name)
  })
}

/** `manifest.verify` -> `manifest`; an op without a dot is its own family. */
function family(op: string): string {
  return op.split('.')[0]!
}
