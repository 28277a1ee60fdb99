import type { ConfigSource } from '../config/config-source.ts'
import { diskConfigSource } from '../config/disk-config-source.ts'
import { clientFromToken } from '../github/client-from-token.ts'
import { githubConfigSource } from '../github/github-config-source.ts'

/**
 * Config files of a checkout (CLI, Action): from disk, and the organisation's `.github`
 * repository through the API when the environment names the repository (`GITHUB_REPOSITORY`,
 * as on a runner) and a token is given, so a workflow sees the config the App sees.
 */
export function checkoutConfigSource(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
  token: string | undefined,
): ConfigSource {
  const [owner, repo, ...more] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  const repository = owner && repo && more.length === 0 ? { owner, repo } : undefined
  if (!repository || !token)
    return diskConfigSource(dir, {
      repository,
      orgUnavailable:
        'oda reads it through the GitHub API, which needs GITHUB_REPOSITORY (owner/repo) and a token (the action input github-token, or GITHUB_TOKEN)',
    })
  let org: ConfigSource | undefined
  const api = async (): Promise<ConfigSource> =>
    (org ??= githubConfigSource({
      client: await clientFromToken({ token, baseUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com' }),
      ...repository,
    }))
  return diskConfigSource(dir, {
    repository,
    org: {
      name: (ref) => `${repository.owner}/.github:${ref.path}`,
      read: async (ref, maxBytes) => (await api()).read(ref, maxBytes),
    },
  })
}
