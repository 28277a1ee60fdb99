import type { OdaConfig } from '../../config/schema.ts'
import type { Op, Permission } from '../../op/define-op.ts'

/** The permission an op needs and where that requirement comes from (recorded in the PDR). */
export interface RequiredPermission {
  permission: Permission
  source: string
}

/** `policy.permissions.<op>` when the config sets it, else the op's own default, else `read`. */
export function requiredPermission(op: Op, config: OdaConfig): RequiredPermission {
  const configured = config.policy.permissions[op.name]
  if (configured) return { permission: configured, source: `.github/oda.yml policy.permissions.${op.name}` }
  return { permission: op.guard?.permission ?? 'read', source: `op ${op.name} default` }
}
