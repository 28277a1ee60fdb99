import { defineRoute, type Route } from '../route.ts'
import { notFound } from '../sim-http-error.ts'
import type { SimState } from '../sim-state.ts'
import { param } from '../sim-request.ts'

/** Whether `login` is in team `org/slug` or any team below it, as GitHub's membership endpoint counts. */
function isMember(state: SimState, org: string, slug: string, login: string, depth = 0): boolean {
  const team = state.teams.get(`${org}/${slug}`)
  if (!team || depth > 10) return false
  if (team.members.has(login)) return true
  for (const [key, child] of state.teams)
    if (
      child.parent === slug &&
      key.startsWith(`${org}/`) &&
      isMember(state, org, key.slice(org.length + 1), login, depth + 1)
    )
      return true
  return false
}

/** Team membership (what slash-command allow lists ask). */
export function teamRoutes(): Route[] {
  return [
    defineRoute('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', (req, core) => {
      const org = param(req, 'org')
      const slug = param(req, 'team_slug')
      const login = param(req, 'username')
      if (!core.state.teams.has(`${org}/${slug}`) || !isMember(core.state, org, slug, login)) throw notFound()
      return {
        status: 200,
        body: {
          url: `${core.url}/organizations/1/team/1/memberships/${login}`,
          role: 'member',
          state: 'active',
        },
      }
    }),
  ]
}
