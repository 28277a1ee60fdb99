import type { GitHubClient } from '../../src/op/github-client.ts'

const READ = /^(GET|HEAD) /i

/**
 * The installation client a job's work gets: every request that can change something on
 * GitHub (anything but GET and HEAD) first confirms, through `assertLease`, that this worker
 * still holds the job. A worker that stalled past its lease, while another one took the job
 * over, is refused there and writes nothing: no second check run, no stale completion.
 */
export function fenceWrites(client: GitHubClient, assertLease: () => Promise<void>): GitHubClient {
  return {
    async request(route, params) {
      // A route without a method is a GET, as in Octokit.
      if (/^[A-Z]+ /i.test(route) && !READ.test(route)) await assertLease()
      return client.request(route, params)
    },
  }
}
