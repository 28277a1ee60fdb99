import type { Route } from '../route.ts'
import { actionsRoutes, type DispatchListener } from './actions-routes.ts'
import { appRoutes, type IssueToken } from './app-routes.ts'
import { checkRoutes } from './check-routes.ts'
import { deploymentRoutes } from './deployment-routes.ts'
import { gitRefRoutes } from './git-ref-routes.ts'
import { issueRoutes } from './issue-routes.ts'
import { pullRoutes } from './pull-routes.ts'
import { repoRoutes } from './repo-routes.ts'
import { rulesetRoutes } from './ruleset-routes.ts'
import { statusRoutes } from './status-routes.ts'
import { teamRoutes } from './team-routes.ts'

/** Every route the simulator serves; each key must appear once in served-operations.ts. */
export function routes(hooks: { issueToken: IssueToken; onDispatch: () => DispatchListener[] }): Route[] {
  return [
    ...appRoutes(hooks.issueToken),
    ...repoRoutes(),
    ...teamRoutes(),
    ...pullRoutes(),
    ...checkRoutes(),
    ...statusRoutes(),
    ...issueRoutes(),
    ...deploymentRoutes(),
    ...gitRefRoutes(),
    ...actionsRoutes(hooks.onDispatch),
    ...rulesetRoutes(),
  ]
}
