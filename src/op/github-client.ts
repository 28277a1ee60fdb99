/**
 * The one GitHub client type: the `request` method every Octokit (core, rest, Probot's) has.
 * Faces hand one to ops through `ctx.ports.github`; every adapter (check runs, contents, pulls,
 * deployments, lock refs) takes this type, so any Octokit fits and tests point a real one at the
 * simulator.
 */
export interface GitHubClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>
}
