import type { OdaConfig } from '../config/schema.ts'
import { githubActionsPermission } from '../face/github-actions-permission.ts'
import type { Op, Permission } from '../op/define-op.ts'
import type { CliIo } from './cli-io.ts'
import { cliToken } from './load-cli-config.ts'

/**
 * Who the CLI runs as. On a developer's machine, the local user with every permission (it is
 * their machine and their checkout). Inside a GitHub Actions job (the umbrella action, or a
 * `run: oda ...` step), the user who triggered the workflow, with the permission GitHub gives
 * them: a workflow anyone can start must not hand out admin.
 */
export async function cliActor(
  ops: readonly Op[],
  config: OdaConfig,
  io: CliIo,
): Promise<{ actor: string; permission: Permission }> {
  if (io.env['GITHUB_ACTIONS'] !== 'true') return { actor: io.env['USER'] ?? 'local', permission: 'admin' }
  return githubActionsPermission({
    ops,
    config,
    env: io.env,
    token: cliToken(io),
    tokenHint: 'give the oda action its github-token input, or set GITHUB_TOKEN for the step',
  })
}
