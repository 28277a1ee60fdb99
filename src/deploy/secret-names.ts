import type { OdaConfig } from '../config/schema.ts'

/**
 * Every env-var name the environments section refers to as a secret (step secrets, SSH
 * keys, database passwords). Faces pass these variables to ops and register their values
 * with the redactor before a run starts, alongside `redact.env`.
 */
export function secretNames(config: OdaConfig): string[] {
  const names = new Set<string>()
  for (const env of Object.values(config.environments)) {
    for (const n of env.secrets) names.add(n)
    if (env.target.type === 'ssh') names.add(env.target.keySecret)
    if (env.backup.passwordSecret) names.add(env.backup.passwordSecret)
    for (const c of env.health.checks) if (c.passwordSecret) names.add(c.passwordSecret)
  }
  return [...names].sort()
}
