/** The one Octokit method the deploy adapters use; any Octokit (core, rest, Probot's) has it. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>
}

/** Narrows the face-provided `ports.github` without a cast. */
export function isOctokitLike(value: unknown): value is OctokitLike {
  return typeof value === 'object' && value !== null && 'request' in value && typeof value.request === 'function'
}

/** HTTP status of an Octokit RequestError, or undefined for other errors. */
export function httpStatusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined
}
