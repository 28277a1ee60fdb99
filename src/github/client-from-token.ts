import type { GitHubClient } from '../op/github-client.ts'

/**
 * An Octokit client for a plain token (Actions' `GITHUB_TOKEN`, a PAT) at `baseUrl`. Loaded on
 * demand: probot is heavy, and only runs that talk to GitHub need it.
 */
export async function clientFromToken(o: { token: string; baseUrl: string }): Promise<GitHubClient> {
  const { ProbotOctokit } = await import('probot')
  return new ProbotOctokit({ auth: { token: o.token }, baseUrl: o.baseUrl })
}
