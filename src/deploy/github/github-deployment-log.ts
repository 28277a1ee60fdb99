import { z } from 'zod'
import type { DeploymentLog, DeploymentRecord } from '../ports.ts'
import { DeployError } from '../deploy-error.ts'
import type { GitHubClient } from '../../op/github-client.ts'
import { statusOf } from '../../github/status-of.ts'

const deploymentSchema = z.object({
  id: z.number(),
  sha: z.string(),
  ref: z.string(),
  created_at: z.string(),
  payload: z.unknown(),
})
const statusSchema = z.object({ state: z.string() })

/** GitHub caps a deployment status description at 140 characters. */
const MAX_DESCRIPTION = 140

/**
 * Deployments and statuses through the GitHub Deployments API: the record both Actions
 * and the App read, so "last good deployment" means the same thing everywhere.
 */
export function createGitHubDeploymentLog(github: {
  octokit: GitHubClient
  owner: string
  repo: string
}): DeploymentLog {
  const repo = { owner: github.owner, repo: github.repo }
  return {
    async create(d) {
      const res = await github.octokit
        .request('POST /repos/{owner}/{repo}/deployments', {
          ...repo,
          ref: d.sha,
          task: d.task,
          environment: d.environment,
          payload: d.payload,
          description: d.description.slice(0, MAX_DESCRIPTION),
          auto_merge: false,
          required_contexts: [...d.requiredContexts],
          production_environment: d.production,
          transient_environment: d.transient,
        })
        .catch((error: unknown) => {
          // 409: a required status context is not green on this commit; a clear refusal, not a crash.
          if (statusOf(error) === 409)
            throw new DeployError(
              'preflight_failed',
              `GitHub refused the deployment: ${messageOf(error)} (required contexts: ${d.requiredContexts.join(', ') || 'all'})`,
              { cause: error },
            )
          throw error
        })
      return z.object({ id: z.number() }).parse(res.data).id
    },
    async setStatus(id, s) {
      await github.octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repo,
        deployment_id: id,
        state: s.state,
        description: s.description.slice(0, MAX_DESCRIPTION),
        ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
        ...(s.logUrl ? { log_url: s.logUrl } : {}),
      })
    },
    async history(environment, limit = 30): Promise<DeploymentRecord[]> {
      const res = await github.octokit.request('GET /repos/{owner}/{repo}/deployments', {
        ...repo,
        environment,
        per_page: Math.min(limit, 100),
      })
      // Only oda's own deployments count: a job with `environment:` makes Actions record one of its
      // own for the workflow's commit, which says nothing about what runs on the target.
      const list = z
        .array(deploymentSchema)
        .parse(res.data)
        .filter((d) => isOdaPayload(typeof d.payload === 'string' ? safeJson(d.payload) : d.payload))
      return Promise.all(
        list.map(async (d) => {
          const statuses = z.array(statusSchema).parse(
            (
              await github.octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                ...repo,
                deployment_id: d.id,
                per_page: 100,
              })
            ).data,
          )
          const payload = typeof d.payload === 'string' ? safeJson(d.payload) : d.payload
          const from =
            payload !== null &&
            typeof payload === 'object' &&
            'rolledBackFrom' in payload &&
            typeof payload.rolledBackFrom === 'number'
              ? payload.rolledBackFrom
              : undefined
          return {
            id: d.id,
            sha: d.sha,
            ref: d.ref,
            createdAt: d.created_at,
            succeeded: statuses.some((s) => s.state === 'success'),
            rolledBackFrom: from,
            ...(payload !== null &&
            typeof payload === 'object' &&
            'runId' in payload &&
            typeof payload.runId === 'string'
              ? { runId: payload.runId }
              : {}),
            ended: statuses.some((s) => FINAL_STATES.has(s.state)),
          }
        }),
      )
    },
  }
}

const FINAL_STATES = new Set(['success', 'failure', 'error'])

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isOdaPayload(payload: unknown): boolean {
  return payload !== null && typeof payload === 'object' && 'tool' in payload && payload.tool === 'oda'
}

const errorBodySchema = z.object({ response: z.object({ data: z.object({ message: z.string() }) }) })

function messageOf(error: unknown): string {
  const parsed = errorBodySchema.safeParse(error)
  return parsed.success ? parsed.data.response.data.message : error instanceof Error ? error.message : String(error)
}
