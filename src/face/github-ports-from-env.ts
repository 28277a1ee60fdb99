import type { OpPorts } from '../op/context.ts'

/**
 * The GitHub ports a face gives ops from the variables GitHub's runners set
 * (GITHUB_REPOSITORY=owner/name, GITHUB_API_URL) and a token when it has one; none without a
 * repository. The Actions face passes its github-token input, the CLI GITHUB_TOKEN or GH_TOKEN.
 */
export function githubPortsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  token: string | undefined,
): Pick<OpPorts, 'repo' | 'githubToken' | 'githubApiUrl'> | undefined {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '/').split('/')
  if (!owner || !repo) return undefined
  return {
    repo: { owner, repo },
    ...(token ? { githubToken: token } : {}),
    githubApiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
  }
}
