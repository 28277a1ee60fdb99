import type { SecretRule } from '../rule.ts'
import { defineRule, keyedRule } from '../define-rule.ts'
import { base62Crc32Token } from '../checksums.ts'

/** Package registries and artifact stores: npm, PyPI, RubyGems, NuGet, Clojars, Artifactory/JFrog, Pulumi, Terraform Cloud, Vault. */
export const registryRules: readonly SecretRule[] = [
  defineRule('npm-access-token', 'npm access token', ['npm_'], '\\b(npm_[A-Za-z0-9]{36})\\b', {
    validate: base62Crc32Token,
  }),
  defineRule(
    'pypi-upload-token',
    'PyPI upload token',
    ['pypi-ageichlwas5vcmc'],
    '(?<![\\w-])(pypi-AgEIcHlwaS5vcmc[\\w-]{50,1000})(?![\\w-])',
  ),
  defineRule('rubygems-api-token', 'RubyGems API key', ['rubygems_'], '\\b(rubygems_[a-f0-9]{48})\\b', { entropy: 3 }),
  defineRule('nuget-api-key', 'NuGet API key', ['oy2'], '(?<![A-Za-z0-9+/])(oy2[a-z0-9]{43})\\b', { entropy: 3.5 }),
  defineRule('clojars-api-token', 'Clojars deploy token', ['clojars_'], '\\b(CLOJARS_[a-z0-9]{60})\\b', { entropy: 3 }),
  defineRule('artifactory-api-key', 'JFrog Artifactory API key', ['akcp'], '\\b(AKCp[A-Za-z0-9]{69})\\b', {
    entropy: 4.5,
  }),
  defineRule(
    'artifactory-reference-token',
    'JFrog Artifactory reference token',
    ['cmvmd'],
    '\\b(cmVmd[A-Za-z0-9]{59})\\b',
    { entropy: 4.5, severity: 'medium' },
  ),
  keyedRule(
    'jfrog-api-key',
    'JFrog platform API key',
    ['jfrog', 'artifactory', 'bintray', 'xray'],
    'jfrog|artifactory|bintray|xray',
    '[a-zA-Z0-9]{73}',
    { entropy: 4 },
  ),
  defineRule('pulumi-api-token', 'Pulumi access token', ['pul-'], '\\b(pul-[a-f0-9]{40})\\b', { entropy: 3 }),
  defineRule(
    'terraform-cloud-token',
    'Terraform Cloud / Enterprise API token',
    ['atlasv1'],
    '\\b([a-zA-Z0-9]{14}\\.atlasv1\\.[a-zA-Z0-9_=-]{60,70})(?![\\w=-])',
    { entropy: 3.5 },
  ),
  defineRule('vault-service-token', 'HashiCorp Vault service token', ['hvs.'], '\\b(hvs\\.[\\w-]{90,120})(?![\\w-])', {
    entropy: 3.5,
  }),
  // Service tokens before Vault 1.10: `s.` and 24 base62 characters, under a vault name.
  keyedRule(
    'vault-legacy-service-token',
    'HashiCorp Vault service token (before 1.10)',
    ['vault'],
    'vault',
    's\\.[a-zA-Z0-9]{24}',
    {
      entropy: 3.5,
    },
  ),
  defineRule('vault-batch-token', 'HashiCorp Vault batch token', ['hvb.'], '\\b(hvb\\.[\\w-]{138,300})(?![\\w-])', {
    entropy: 4,
  }),
  defineRule('doppler-api-token', 'Doppler service token', ['dp.pt.'], '\\b(dp\\.pt\\.[a-zA-Z0-9]{43})\\b', {
    entropy: 3.5,
  }),
  defineRule('prefect-api-token', 'Prefect API key', ['pnu_'], '\\b(pnu_[a-zA-Z0-9]{36})\\b', { entropy: 3.5 }),
  defineRule('readme-api-token', 'ReadMe API key', ['rdme_'], '\\b(rdme_[a-z0-9]{70})\\b', { entropy: 3.5 }),
  defineRule('scalingo-api-token', 'Scalingo API token', ['tk-us-'], '\\b(tk-us-[\\w-]{48})(?![\\w-])', {
    entropy: 3.5,
  }),
  defineRule(
    'settlemint-token',
    'SettleMint access token',
    ['sm_pat_', 'sm_aat_', 'sm_sat_'],
    '\\b(sm_(?:pat|aat|sat)_[a-zA-Z0-9]{16})\\b',
    { entropy: 3 },
  ),
  defineRule('infracost-api-token', 'Infracost API key', ['ico-'], '\\b(ico-[a-zA-Z0-9]{32})\\b', { entropy: 3.5 }),
  defineRule('octopus-deploy-api-key', 'Octopus Deploy API key', ['api-'], '\\b(API-[A-Z0-9]{26})\\b', { entropy: 3 }),
  defineRule(
    'defined-networking-api-token',
    'Defined Networking API token',
    ['dnkey-'],
    '\\b(dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52})(?![\\w=-])',
    { entropy: 3.5 },
  ),
  keyedRule(
    'sidekiq-secret',
    'Sidekiq Enterprise/Pro gem credentials',
    ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'],
    'BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM',
    '[a-f0-9]{8}:[a-f0-9]{8}',
  ),
  defineRule(
    'sidekiq-sensitive-url',
    'Sidekiq Enterprise/Pro gem source URL with credentials',
    ['contribsys.com'],
    '\\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com',
    { entropy: 2.5 },
  ),
  defineRule(
    'npmrc-auth-token',
    'Registry auth token in an .npmrc',
    ['_authtoken'],
    '_authToken[ \\t]{0,3}=[ \\t]{0,3}["\']?([\\w.+/=-]{20,300})',
    { entropy: 3.5 },
  ),
]
