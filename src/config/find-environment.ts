import type { OdaConfig } from './schema.ts'
import type { EnvironmentConfig } from './sections/environments.ts'
import { didYouMean } from './did-you-mean.ts'
import { UnknownEnvironmentError } from './unknown-environment-error.ts'

/** The named environment from config, or a usage error listing the ones that exist (and the closest). */
export function findEnvironment(config: OdaConfig, name: string): EnvironmentConfig {
  const env = Object.hasOwn(config.environments, name) ? config.environments[name] : undefined
  if (!env) {
    const known = Object.keys(config.environments)
    const hint = didYouMean(name, known)
    throw new UnknownEnvironmentError(
      name,
      `environment ${JSON.stringify(name.slice(0, 60))} is not configured in .github/oda.yml; ${known.length > 0 ? `configured: ${known.join(', ')}` : 'no environments are configured'}${hint ? `; did you mean "${hint}"?` : ''}`,
    )
  }
  return env
}
