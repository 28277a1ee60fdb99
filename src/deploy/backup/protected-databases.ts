import type { OdaConfig } from '../../config/schema.ts'

/** Databases no restore may overwrite without --i-know-this-is-production: those of production environments. */
export function protectedDatabases(config: OdaConfig): Set<string> {
  const out = new Set<string>()
  for (const env of Object.values(config.environments))
    if (env.production && env.backup.database) out.add(env.backup.database)
  return out
}
