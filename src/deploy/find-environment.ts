import type { OdaConfig } from '../config/schema.ts'
import type { EnvironmentConfig } from '../config/sections/environments.ts'
import { DeployError } from './deploy-error.ts'

/** The named environment from config, or a clear error listing the ones that exist. */
export function findEnvironment(config: OdaConfig, name: string): EnvironmentConfig {
  const env = Object.hasOwn(config.environments, name) ? config.environments[name] : undefined
  if (!env) {
    const known = Object.keys(config.environments)
    throw new DeployError('unknown_environment', `environment ${JSON.stringify(name.slice(0, 60))} is not in .github/oda.yml (environments: ${known.length > 0 ? known.join(', ') : 'none configured'})`)
  }
  return env
}
