import type { SecretRule } from '../rule.ts'
import { defineRule, keyedRule } from '../define-rule.ts'
import { base62Crc32Token } from '../checksums.ts'

const github = (id: string, description: string, prefix: string): SecretRule =>
  defineRule(id, description, [prefix], `\\b(${prefix}[A-Za-z0-9]{36})\\b`, { validate: base62Crc32Token })

const gitlab = (id: string, description: string, prefix: string, body: string): SecretRule =>
  defineRule(id, description, [prefix.toLowerCase()], `\\b(${prefix}${body})(?![\\w-])`, { entropy: 3 })

/** Code hosts and their CI: GitHub, GitLab, Bitbucket, Atlassian, Sourcegraph, Harness, CircleCI, Buildkite, Travis, Drone. */
export const codeHostRules: readonly SecretRule[] = [
  github('github-pat', 'GitHub personal access token (classic)', 'ghp_'),
  github('github-oauth', 'GitHub OAuth access token', 'gho_'),
  github('github-user-to-server', 'GitHub App user-to-server token', 'ghu_'),
  github('github-app-token', 'GitHub App installation (server-to-server) token', 'ghs_'),
  github('github-refresh-token', 'GitHub refresh token', 'ghr_'),
  defineRule(
    'github-fine-grained-pat',
    'GitHub fine-grained personal access token',
    ['github_pat_'],
    '\\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\\b',
    { entropy: 3.5 },
  ),
  defineRule(
    'gitlab-pat',
    'GitLab personal, project or group access token',
    ['glpat-'],
    '(?<![\\w-])(glpat-[\\w-]{20}(?:[\\w-]{7,200}\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?)(?![\\w-])',
    { entropy: 3 },
  ),
  gitlab('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'glptt-', '[0-9a-f]{40}'),
  gitlab('gitlab-runner-registration-token', 'GitLab runner registration token', 'GR1348941', '[\\w-]{20}'),
  gitlab('gitlab-runner-auth-token', 'GitLab runner authentication token', 'glrt-', '[\\w-]{20}'),
  gitlab('gitlab-deploy-token', 'GitLab deploy token', 'gldt-', '[\\w-]{20}'),
  gitlab('gitlab-feed-token', 'GitLab feed token', 'glft-', '[\\w-]{20}'),
  gitlab('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'glimt-', '[\\w-]{25}'),
  gitlab('gitlab-kubernetes-agent-token', 'GitLab agent for Kubernetes token', 'glagent-', '[\\w-]{50}'),
  gitlab('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gloas-', '[\\w-]{64}'),
  gitlab('gitlab-scim-token', 'GitLab SCIM token', 'glsoat-', '[\\w-]{20}'),
  gitlab('gitlab-feature-flag-client-token', 'GitLab feature flag client token', 'glffct-', '[\\w-]{20}'),
  gitlab('gitlab-cicd-job-token', 'GitLab CI/CD job token', 'glcbt-', '[0-9a-zA-Z]{1,5}_[\\w-]{20}'),
  keyedRule('bitbucket-client-id', 'Bitbucket OAuth client id', ['bitbucket'], 'bitbucket', '[a-zA-Z0-9]{32}', {
    severity: 'medium',
  }),
  keyedRule(
    'bitbucket-client-secret',
    'Bitbucket OAuth client secret',
    ['bitbucket'],
    'bitbucket',
    '[a-zA-Z0-9=_-]{64}',
    { entropy: 3.5 },
  ),
  defineRule(
    'atlassian-api-token',
    'Atlassian (Jira, Confluence, Bitbucket) API token',
    ['atatt3'],
    '(?<![\\w-])(ATATT3[A-Za-z0-9_=-]{186})(?![\\w=-])',
    { entropy: 3.5 },
  ),
  keyedRule(
    'atlassian-legacy-api-token',
    'Atlassian legacy API token',
    ['atlassian', 'confluence', 'jira'],
    'atlassian|confluence|jira',
    '[a-zA-Z0-9]{24}',
    { entropy: 3.5 },
  ),
  defineRule(
    'sourcegraph-access-token',
    'Sourcegraph access token',
    ['sgp_'],
    '\\b(sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})\\b',
    { entropy: 3 },
  ),
  defineRule(
    'harness-api-key',
    'Harness personal or service account token',
    ['pat.', 'sat.'],
    '\\b((?:pat|sat)\\.[\\w-]{22}\\.[a-zA-Z0-9]{24}\\.[a-zA-Z0-9]{20})\\b',
    { entropy: 3 },
  ),
  defineRule(
    'circleci-personal-token',
    'CircleCI personal API token',
    ['ccipat_'],
    '\\b(CCIPAT_[a-zA-Z0-9]{22}_[a-f0-9]{40})\\b',
    { entropy: 3 },
  ),
  defineRule('buildkite-api-token', 'Buildkite API access token', ['bkua_'], '\\b(bkua_[a-f0-9]{40})\\b', {
    entropy: 3,
  }),
  keyedRule('travisci-access-token', 'Travis CI access token', ['travis'], 'travis', '[a-zA-Z0-9]{22}', {
    entropy: 3.5,
  }),
  keyedRule('droneci-access-token', 'Drone CI access token', ['drone'], 'drone', '[a-zA-Z0-9]{32}', { entropy: 3.5 }),
  keyedRule('gitter-access-token', 'Gitter access token', ['gitter'], 'gitter', '[a-z0-9_-]{40}', { entropy: 3.5 }),
  defineRule(
    'docker-hub-token',
    'Docker Hub personal or organisation access token',
    ['dckr_pat_', 'dckr_oat_'],
    '\\b(dckr_(?:pat|oat)_[\\w-]{27,32})(?![\\w-])',
    { entropy: 3.5 },
  ),
  defineRule(
    'gitlab-session-cookie',
    'GitLab session cookie',
    ['_gitlab_session='],
    '_gitlab_session=([0-9a-z]{32})\\b',
    { entropy: 3 },
  ),
]
