import { statusOf } from './status-of.ts'
import type { GitHubClient } from '../op/github-client.ts'

/**
 * Whether `username` is an active member of the team `org/slug`. GitHub counts the members of
 * child teams as members of the parent here, so nested teams need no walking of our own. A 404
 * (no such team, not a member, or a team the installation cannot see) is "no".
 */
export async function isTeamMember(o: { client: GitHubClient; team: string; username: string }): Promise<boolean> {
  const [org = '', slug = ''] = o.team.split('/')
  try {
    const res = await o.client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
      org,
      team_slug: slug,
      username: o.username,
    })
    const data = res.data
    return typeof data === 'object' && data !== null && 'state' in data && data.state === 'active'
  } catch (error) {
    if (statusOf(error) === 404) return false
    throw error
  }
}
