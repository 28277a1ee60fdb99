import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'
import { deployInputSchema } from '../../../src/deploy/ops/deploy/schema.ts'
import { defineOp, type Op } from '../../../src/op/define-op.ts'
import type { GitHubClient } from '../../../src/op/github-client.ts'
import { makeReport } from '../../../src/op/report.ts'

const runSchema = z.object({
  status: z.string().nullable(),
  conclusion: z.string().nullable(),
  html_url: z.string(),
  run_number: z.number(),
})

/**
 * `/deploy` when `commands.deploy.run` is `workflow`:
 * 1. resolve the ref to a commit now (a later push is never deployed unseen)
 * 2. dispatch the deploy workflow from the default branch with the environment and that SHA, so
 *    the job's `environment:` brings GitHub's protection rules and required reviewers
 * 3. follow the run until it completes (or the command's deadline), and report its conclusion
 */
export function dispatchDeployOp(o: {
  client: GitHubClient
  owner: string
  repo: string
  workflow: string
  pollS: number
}): Op {
  const repo = { owner: o.owner, repo: o.repo }
  return defineOp({
    name: 'command.deploy-workflow',
    summary: 'Dispatches the deploy workflow and follows its run',
    input: deployInputSchema,
    sideEffects: true,
    guard: { timeoutS: 3600 },
    run: async (ctx, input) => {
      const info = z
        .object({ default_branch: z.string() })
        .parse((await o.client.request('GET /repos/{owner}/{repo}', repo)).data)
      const ref = input.ref || info.default_branch
      const sha = await ctx.step('resolve ref', async (h) => {
        const commit = await o.client.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref })
        const found = z.object({ sha: z.string() }).parse(commit.data).sha
        h.note(`${ref} -> ${found}`)
        return found
      })
      const data = { environment: input.environment, refName: ref, sha }
      if (input.dryRun)
        return makeReport({
          conclusion: 'success',
          title: `would dispatch ${o.workflow} to deploy ${sha.slice(0, 7)} to ${input.environment}`,
          data,
        })
      const dispatched = await ctx.step('dispatch workflow', async (h) => {
        const res = await o.client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
          ...repo,
          workflow_id: o.workflow,
          ref: info.default_branch,
          inputs: { environment: input.environment, ref: sha },
          return_run_details: true,
        })
        const d = z.object({ workflow_run_id: z.number(), html_url: z.string() }).parse(res.data)
        h.note(d.html_url)
        return d
      })
      const run = await ctx.step('follow workflow run', async () => {
        for (;;) {
          const r = runSchema.parse(
            (
              await o.client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
                ...repo,
                run_id: dispatched.workflow_run_id,
              })
            ).data,
          )
          if (r.status === 'completed') return r
          await sleep(o.pollS * 1000, undefined, { signal: ctx.signal })
        }
      })
      return makeReport({
        conclusion: run.conclusion === 'success' ? 'success' : 'failure',
        title: `${o.workflow} run #${run.run_number} deploying ${sha.slice(0, 7)} to ${input.environment}: ${run.conclusion ?? 'unknown'}`,
        summary: `Workflow run: ${run.html_url}. GitHub Environment protection rules of \`${input.environment}\` applied to it.`,
        data: { ...data, workflowRunUrl: run.html_url },
      })
    },
  })
}
