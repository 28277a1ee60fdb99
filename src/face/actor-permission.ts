import type { OdaConfig } from '../config/schema.ts'
import { permits } from '../engine/policy/evaluate-policy.ts'
import { requiredPermission, type RequiredPermission } from '../engine/policy/required-permission.ts'
import type { Op, Permission } from '../op/define-op.ts'

/** The most demanding op of a run, handed to `ask` so a refusal can say what needed asking. */
export interface PermissionNeed extends RequiredPermission {
  op: Op
}

/**
 * The permission a GitHub user runs `ops` with. Whoever's event reached the repository can read
 * it, so `read` needs no question; when an op needs more, `ask` gets GitHub's answer (never
 * counted below `read`). The policy rule then compares it with each op's requirement.
 */
export async function actorPermission(query: {
  ops: readonly Op[]
  config: OdaConfig
  ask: (need: PermissionNeed) => Promise<Permission>
}): Promise<Permission> {
  let need: PermissionNeed | undefined
  for (const op of query.ops) {
    const required = requiredPermission(op, query.config)
    if (!permits(need?.permission ?? 'read', required.permission)) need = { op, ...required }
  }
  if (need === undefined) return 'read'
  const actual = await query.ask(need)
  return permits(actual, 'read') ? actual : 'read'
}
