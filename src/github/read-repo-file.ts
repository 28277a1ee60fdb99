import type { CheckRunClient } from './write-check-run.ts'

/**
 * Reads a text file through the contents API. Without `ref` GitHub answers from the default
 * branch, which is what config reads need. Returns undefined when the file or repo is absent.
 */
export async function readRepoFile(o: {
  client: CheckRunClient
  owner: string
  repo: string
  path: string
  ref?: string
}): Promise<string | undefined> {
  try {
    const res = await o.client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: o.owner,
      repo: o.repo,
      path: o.path,
      ...(o.ref ? { ref: o.ref } : {}),
    })
    const data = res.data
    if (typeof data !== 'object' || data === null || !('content' in data) || typeof data.content !== 'string') {
      throw new Error(`${o.owner}/${o.repo}:${o.path} is not a file`)
    }
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

/** HTTP status of an Octokit RequestError, or undefined for any other error. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined
}
