import { z } from 'zod'
import type { Logger } from 'pino'
import { createGitHubDeployLock } from '../../src/deploy/github/github-deploy-lock.ts'
import { loadFaceConfig } from '../../src/face/load-face-config.ts'
import { githubConfigSource } from '../../src/github/github-config-source.ts'
import type { GitHubClient } from '../../src/op/github-client.ts'
import type { Op } from '../../src/op/define-op.ts'
import type { Job } from '../../src/queue/job-queue.ts'
import type { JobControl } from '../../src/queue/start-worker.ts'
import { fenceWrites } from '../worker/fence-writes.ts'

/** Job kind for "a PR was closed or merged: release the environment locks it holds". */
export const RELEASE_LOCKS_JOB = 'release-pr-locks'

export const releaseLocksJobSchema = z.object({
  installationId: z.number().int(),
  owner: z.string(),
  repo: z.string(),
  pullNumber: z.number().int(),
})
export type ReleaseLocksJob = z.infer<typeof releaseLocksJobSchema>

/** The job for a `pull_request.closed` event (merged or not), or undefined for any other event. */
export function releaseJobFromEvent(e: { name: string; payload: unknown }): ReleaseLocksJob | undefined {
  if (e.name !== 'pull_request') return undefined
  const parsed = z
    .object({
      action: z.literal('closed'),
      installation: z.object({ id: z.number().int() }),
      repository: z.object({ name: z.string(), owner: z.object({ login: z.string() }) }),
      pull_request: z.object({ number: z.number().int() }),
    })
    .safeParse(e.payload)
  if (!parsed.success) return undefined
  const p = parsed.data
  return {
    installationId: p.installation.id,
    owner: p.repository.owner.login,
    repo: p.repository.name,
    pullNumber: p.pull_request.number,
  }
}

/** Releases every environment lock (of the default branch's config) that the closed PR holds. */
export function releaseLocksHandler(deps: {
  auth: (installationId: number) => Promise<GitHubClient>
  ops: () => readonly Op[]
  log: Logger
  now?: () => Date
}): (job: Job, control: JobControl) => Promise<void> {
  return async (job, control) => {
    const j = releaseLocksJobSchema.parse(job.payload)
    const client = fenceWrites(await deps.auth(j.installationId), control.assertLease)
    const { config } = await loadFaceConfig(githubConfigSource({ client, owner: j.owner, repo: j.repo }), deps.ops())
    const lock = createGitHubDeployLock({
      octokit: client,
      owner: j.owner,
      repo: j.repo,
      now: deps.now ?? (() => new Date()),
      // Releasing never writes a tag; nothing needs an anchor commit.
      anchorSha: () => Promise.reject(new Error('no lock is taken when releasing')),
    })
    for (const env of Object.keys(config.environments)) {
      const held = await lock.read(env)
      if (held?.runId !== `pr:${j.pullNumber}`) continue
      await lock.release(env, held.runId)
      deps.log.info({ repo: `${j.owner}/${j.repo}`, env, pull: j.pullNumber }, 'pull request closed: its lock released')
    }
  }
}
