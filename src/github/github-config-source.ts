import type { ConfigRef } from '../config/config-ref.ts'
import type { ConfigRead, ConfigSource } from '../config/config-source.ts'
import { statusOf } from './status-of.ts'
import type { GitHubClient } from '../op/github-client.ts'

/**
 * Config files through the contents API, from each repository's default branch (never a PR
 * head: a pull request must not loosen its own checks). `self` is `owner/repo`, `org` is
 * `owner/.github`, the same installation's organisation repository. A symlink GitHub does not
 * resolve inside the repository, a folder or a submodule is refused; so is a file over the limit.
 */
export function githubConfigSource(o: { client: GitHubClient; owner: string; repo: string }): ConfigSource {
  const repoOf = (ref: ConfigRef): string => (ref.repo === 'self' ? o.repo : '.github')
  return {
    repository: { owner: o.owner, repo: o.repo },
    name: (ref) => `${o.owner}/${repoOf(ref)}:${ref.path}`,
    read: async (ref, maxBytes) => {
      let data: unknown
      try {
        data = (
          await o.client.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner: o.owner,
            repo: repoOf(ref),
            path: ref.path,
          })
        ).data
      } catch (error) {
        if (statusOf(error) === 404) return { kind: 'missing' }
        throw error
      }
      return toRead(data, maxBytes)
    },
  }
}

function toRead(data: unknown, maxBytes: number): ConfigRead {
  if (Array.isArray(data)) return { kind: 'refused', reason: 'is a folder, not a config file' }
  const entry = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  // GitHub answers a symlink to a file of the repository with that file; anything else stays a symlink.
  if (entry['type'] === 'symlink')
    return { kind: 'refused', reason: 'leads outside the repository (a symbolic link): it was not followed' }
  if (entry['type'] !== 'file') return { kind: 'refused', reason: `is a ${String(entry['type'])}, not a config file` }
  const size = typeof entry['size'] === 'number' ? entry['size'] : 0
  if (size > maxBytes)
    return { kind: 'refused', reason: `is ${size} bytes, over the ${maxBytes}-byte limit of a config file` }
  if (typeof entry['content'] !== 'string') return { kind: 'refused', reason: 'came without content' }
  return { kind: 'bytes', bytes: Buffer.from(entry['content'], 'base64') }
}
