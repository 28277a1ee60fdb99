import type { OdaConfig } from '../config/schema.ts'
import { clientFromToken } from '../github/client-from-token.ts'
import { getActorPermission } from '../github/get-actor-permission.ts'
import type { Op, Permission } from '../op/define-op.ts'
import { actorPermission } from './actor-permission.ts'
import { githubActionsActor } from './github-actions-actor.ts'
import { PermissionUnknownError } from './permission-unknown-error.ts'

/**
 * Actor and permission of a run inside a GitHub Actions job (an `actions/<op>` step, or the CLI
 * a workflow step runs): the user who triggered the run, with the permission GitHub gives them
 * on `GITHUB_REPOSITORY`. The workflow's author chose to run oda; whoever triggered it is who
 * acts, so a restore dispatched by a maintainer is refused where the policy asks for admin.
 */
export async function githubActionsPermission(runner: {
  ops: readonly Op[]
  config: OdaConfig
  env: Readonly<Record<string, string | undefined>>
  token: string | undefined
  /** How the user gives the token on this face, for the refusal message. */
  tokenHint: string
}): Promise<{ actor: string; permission: Permission }> {
  const actor = githubActionsActor(runner.env) ?? 'github-actions'
  const permission = await actorPermission({
    ops: runner.ops,
    config: runner.config,
    ask: async (need) => {
      const [owner, repo, ...more] = (runner.env['GITHUB_REPOSITORY'] ?? '').split('/')
      const refuse = (why: string): PermissionUnknownError =>
        new PermissionUnknownError(
          `${need.op.name} requires ${need.permission} permission (${need.source}), and oda asks GitHub what ${actor} has: ${why}`,
        )
      if (!owner || !repo || more.length > 0) throw refuse('GITHUB_REPOSITORY is not set to owner/repo')
      if (!runner.token) throw refuse(`no token to ask with; ${runner.tokenHint}`)
      const client = await clientFromToken({
        token: runner.token,
        baseUrl: runner.env['GITHUB_API_URL'] ?? 'https://api.github.com',
      })
      return getActorPermission({ client, owner, repo, username: actor })
    },
  })
  return { actor, permission }
}
