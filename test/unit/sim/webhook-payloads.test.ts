import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './sim-harness.ts'

const require = createRequire(import.meta.url)
const webhooksSpec: { webhooks: Record<string, unknown>; components: unknown } = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8'),
)
const ajv = new Ajv({ strict: false, allErrors: true, logger: false })
addFormatsModule.default(ajv)
ajv.addSchema(webhooksSpec, 'hooks')

/** Validates a payload against @octokit/openapi-webhooks' schema for `event-action`. */
function errorsFor(name: string, payload: unknown): string[] {
  const validate = ajv.getSchema(`hooks#/webhooks/${name}/post/requestBody/content/application~1json/schema`)
  if (!validate) throw new Error(`no webhook schema ${name}`)
  return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

describe('webhook payload builders', () => {
  let h: Harness
  let runId: number
  let suiteId: number
  const repo = { owner: 'acme', repo: 'shop' }
  beforeAll(async () => {
    h = await startHarness()
    await h.sim.openPullRequest({ ...repo, head: 'pr-spec-kit-problems', title: 'Gift cards', body: 'Adds gift cards' })
    const sha = h.seed.branches['pr-spec-kit-problems'] ?? ''
    const { data } = await h.gh.rest.checks.create({
      ...repo,
      name: 'oda / spec-kit',
      head_sha: sha,
      conclusion: 'failure',
      output: { title: 't', summary: 's' },
      actions: [{ label: 'Re-run', description: 'Run the check again', identifier: 'rerun' }],
    })
    runId = data.id
    suiteId = data.check_suite?.id ?? 0
  })
  afterAll(async () => {
    await h.close()
  })

  for (const action of ['opened', 'synchronize', 'reopened', 'ready_for_review', 'closed'] as const) {
    it(`builds pull_request.${action} that validates against @octokit/openapi-webhooks and names the simulated PR`, () => {
      const payload = h.sim.webhooks.pullRequest({ ...repo, number: 1, action })
      expect(errorsFor(`pull-request-${action.replaceAll('_', '-')}`, payload)).toEqual([])
      expect(payload).toMatchObject({
        action,
        number: 1,
        installation: { id: h.sim.state.repo('acme', 'shop').installationId },
        repository: { full_name: 'acme/shop' },
        pull_request: {
          title: 'Gift cards',
          head: { sha: h.seed.branches['pr-spec-kit-problems'], ref: 'pr-spec-kit-problems' },
          base: { ref: 'main' },
        },
      })
    })
  }

  for (const action of ['created', 'completed', 'rerequested', 'requested_action'] as const) {
    it(`builds check_run.${action} that validates and carries the run`, () => {
      const payload = h.sim.webhooks.checkRun({ checkRunId: runId, action, identifier: 'rerun', sender: 'acme' })
      expect(errorsFor(`check-run-${action.replaceAll('_', '-')}`, payload)).toEqual([])
      expect(payload).toMatchObject({
        action,
        check_run: { id: runId, name: 'oda / spec-kit', check_suite: { id: suiteId } },
        repository: { full_name: 'acme/shop' },
      })
      if (action === 'requested_action') expect(payload.requested_action).toEqual({ identifier: 'rerun' })
    })
  }

  for (const action of ['requested', 'rerequested', 'completed'] as const) {
    it(`builds check_suite.${action} that validates`, async () => {
      const payload = await h.sim.webhooks.checkSuite({ ...repo, checkSuiteId: suiteId, action })
      expect(errorsFor(`check-suite-${action}`, payload)).toEqual([])
      expect(payload).toMatchObject({
        action,
        check_suite: { id: suiteId, head_sha: h.seed.branches['pr-spec-kit-problems'] },
      })
    })
  }

  it('builds deployment.created and deployment_status.created that validate', async () => {
    const res = await h.gh.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'staging',
      required_contexts: [],
      auto_merge: false,
    })
    const id = 'id' in res.data ? res.data.id : 0
    await h.gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'success',
      environment_url: 'https://staging.example.com',
    })
    const d = h.sim.webhooks.deployment({ deploymentId: id })
    expect(errorsFor('deployment-created', d)).toEqual([])
    expect(d).toMatchObject({ deployment: { id, environment: 'staging', sha: h.seed.branches.main } })
    const s = h.sim.webhooks.deploymentStatus({ deploymentId: id })
    expect(errorsFor('deployment-status-created', s)).toEqual([])
    expect(s).toMatchObject({
      deployment_status: { state: 'success', environment_url: 'https://staging.example.com' },
      deployment: { id },
    })
  })

  it('builds workflow_run.requested and .completed that validate', async () => {
    const res = await h.gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      ...repo,
      workflow_id: 42,
      ref: 'main',
      return_run_details: true,
    })
    const runId = z.object({ workflow_run_id: z.number() }).parse(res.data).workflow_run_id
    const requested = await h.sim.webhooks.workflowRun({ runId, action: 'requested' })
    expect(errorsFor('workflow-run-requested', requested)).toEqual([])
    h.sim.completeWorkflowRun(runId, { conclusion: 'failure' })
    const completed = await h.sim.webhooks.workflowRun({ runId, action: 'completed' })
    expect(errorsFor('workflow-run-completed', completed)).toEqual([])
    expect(completed).toMatchObject({
      action: 'completed',
      workflow_run: { id: runId, conclusion: 'failure', head_sha: h.seed.branches.main },
      repository: { full_name: 'acme/shop' },
    })
  })

  it('commits only templates that validate (the repaired examples)', () => {
    const templates: Record<string, unknown> = JSON.parse(
      readFileSync(new URL('../../../src/sim/openapi/webhook-examples.json', import.meta.url), 'utf8'),
    )
    const bad = Object.entries(templates).flatMap(([name, payload]) =>
      errorsFor(name.replace('.', '-').replaceAll('_', '-'), payload).map((e) => `${name}: ${e}`),
    )
    expect(bad).toEqual([])
  })

  it('builds issue_comment.created for a PR comment, recorded in state, that validates', () => {
    const { comment, payload } = h.sim.webhooks.issueComment({
      ...repo,
      number: 1,
      body: '/deploy staging',
      user: 'maintainer',
    })
    expect(errorsFor('issue-comment-created', payload)).toEqual([])
    expect(payload).toMatchObject({
      action: 'created',
      comment: { id: comment.id, body: '/deploy staging', user: { login: 'maintainer' } },
      issue: { number: 1, pull_request: expect.any(Object) },
      sender: { login: 'maintainer' },
    })
    expect(h.sim.state.comments.get(comment.id)?.body).toBe('/deploy staging')
  })
})
