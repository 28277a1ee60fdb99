import type { Permission } from '../op/define-op.ts'
import { permissionLevels } from '../op/define-op.ts'
import { statusOf } from './status-of.ts'
import type { GitHubClient } from '../op/github-client.ts'

/**
 * The repository permission of `username` (admin, maintain, write, triage, read, none).
 * GitHub answers 404 for someone who is not a collaborator: that is `none`.
 */
export async function getActorPermission(o: {
  client: GitHubClient
  owner: string
  repo: string
  username: string
}): Promise<Permission> {
  try {
    const res = await o.client.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      owner: o.owner,
      repo: o.repo,
      username: o.username,
    })
    const data = res.data
    // `role_name` carries the finer roles (maintain, triage); `permission` only admin/write/read/none.
    const role = typeof data === 'object' && data !== null && 'role_name' in data ? data.role_name : undefined
    const permission = typeof data === 'object' && data !== null && 'permission' in data ? data.permission : undefined
    return permissionLevels.find((p) => p === role) ?? permissionLevels.find((p) => p === permission) ?? 'none'
  } catch (error) {
    if (statusOf(error) === 404) return 'none'
    throw error
  }
}
