import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProbotOctokit } from 'probot'
import { servedOperations } from '../../../src/sim/served-operations.ts'
import { startSimulator } from '../../../src/sim/start-simulator.ts'
import { startHarness, type Harness } from './sim-harness.ts'

describe('every served operation', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h.close()
  })

  it('answers once each with a response that validates against the description', async () => {
    const { gh, sim } = h
    const repo = { owner: 'acme', repo: 'shop' }
    const main = h.seed.branches.main ?? ''
    const head = h.seed.branches['pr-spec-kit-problems'] ?? ''
    const app = new ProbotOctokit({
      baseUrl: sim.url,
      auth: { appId: sim.app.id, privateKey: sim.app.privateKey },
      throttle: { enabled: false },
      retry: { enabled: false },
    })
    const { pull } = await sim.openPullRequest({ ...repo, head: 'pr-spec-kit-problems' })
    const pull_number = pull.number
    sim.onWorkflowDispatch(() => undefined)

    await app.rest.apps.getAuthenticated()
    await app.rest.apps.listInstallations()
    const { data: inst } = await app.rest.apps.getRepoInstallation(repo)
    await app.rest.apps.getInstallation({ installation_id: inst.id })
    await app.rest.apps.createInstallationAccessToken({ installation_id: inst.id })
    await gh.rest.rateLimit.get()

    await gh.rest.repos.get(repo)
    await gh.rest.repos.getContent({ ...repo, path: 'spec/shop/prd.md' })
    await gh.rest.repos.downloadTarballArchive({ ...repo, ref: 'main' })
    await gh.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'main...pr-spec-kit-problems' })
    await gh.rest.repos.listCommits(repo)
    await gh.rest.repos.getCommit({ ...repo, ref: head })
    await gh.rest.repos.getBranch({ ...repo, branch: 'main' })
    await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'someone' })
    sim.setTeam({ org: 'acme', slug: 'release', members: [] })
    sim.setTeam({ org: 'acme', slug: 'oncall', members: ['nora'], parent: 'release' })
    const { data: membership } = await gh.rest.teams.getMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'release',
      username: 'nora',
    })
    expect(membership.state).toBe('active')
    await expect(
      gh.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'oncall', username: 'rex' }),
    ).rejects.toMatchObject({ status: 404 })

    await gh.rest.pulls.list(repo)
    await gh.rest.pulls.get({ ...repo, pull_number })
    await gh.rest.pulls.listFiles({ ...repo, pull_number })

    const { data: run } = await gh.rest.checks.create({
      ...repo,
      name: 'oda / spec-kit',
      head_sha: head,
      status: 'in_progress',
    })
    await gh.rest.checks.get({ ...repo, check_run_id: run.id })
    await gh.rest.checks.update({
      ...repo,
      check_run_id: run.id,
      conclusion: 'neutral',
      output: {
        title: 't',
        summary: 's',
        annotations: [{ path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' }],
      },
    })
    await gh.rest.checks.listAnnotations({ ...repo, check_run_id: run.id })
    await gh.rest.checks.rerequestRun({ ...repo, check_run_id: run.id })
    await gh.rest.checks.listForRef({ ...repo, ref: head })
    const { data: suite } = await gh.rest.checks.createSuite({ ...repo, head_sha: main })
    await gh.rest.checks.getSuite({ ...repo, check_suite_id: suite.id })
    await gh.rest.checks.rerequestSuite({ ...repo, check_suite_id: suite.id })
    await gh.rest.checks.listForSuite({ ...repo, check_suite_id: suite.id })
    await gh.rest.checks.listSuitesForRef({ ...repo, ref: head })

    await gh.rest.repos.createCommitStatus({
      ...repo,
      sha: head,
      state: 'pending',
      context: 'ci',
      description: 'running',
      target_url: 'https://ci.example.com/1',
    })
    await gh.rest.repos.listCommitStatusesForRef({ ...repo, ref: head })
    await gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: head })

    await gh.rest.issues.get({ ...repo, issue_number: pull_number })
    const { data: comment } = await gh.rest.issues.createComment({ ...repo, issue_number: pull_number, body: 'hello' })
    await gh.rest.issues.listComments({ ...repo, issue_number: pull_number })
    await gh.rest.issues.getComment({ ...repo, comment_id: comment.id })
    await gh.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'hello again' })
    await gh.rest.reactions.createForIssue({ ...repo, issue_number: pull_number, content: 'rocket' })
    await gh.rest.reactions.listForIssue({ ...repo, issue_number: pull_number })
    await gh.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: 'eyes' })
    await gh.rest.reactions.listForIssueComment({ ...repo, comment_id: comment.id })
    await gh.rest.issues.deleteComment({ ...repo, comment_id: comment.id })
    await gh.rest.issues.createLabel({ ...repo, name: 'oda', color: '00ff00', description: 'checked' })
    await gh.rest.issues.listLabelsForRepo(repo)
    await gh.rest.issues.addLabels({ ...repo, issue_number: pull_number, labels: ['oda'] })
    await gh.rest.issues.setLabels({ ...repo, issue_number: pull_number, labels: ['oda', 'x'] })
    await gh.rest.issues.listLabelsOnIssue({ ...repo, issue_number: pull_number })
    await gh.rest.issues.removeLabel({ ...repo, issue_number: pull_number, name: 'x' })

    const created = await gh.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'staging',
      required_contexts: [],
      auto_merge: false,
      description: 'deploy',
    })
    const deployment_id = 'id' in created.data ? created.data.id : 0
    await gh.rest.repos.listDeployments(repo)
    await gh.rest.repos.getDeployment({ ...repo, deployment_id })
    const { data: status } = await gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id,
      state: 'in_progress',
    })
    await gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id })
    await gh.rest.repos.getDeploymentStatus({ ...repo, deployment_id, status_id: status.id })

    const { data: tag } = await gh.rest.git.createTag({
      ...repo,
      tag: 'lock',
      message: 'held',
      object: main,
      type: 'commit',
    })
    await gh.rest.git.getTag({ ...repo, tag_sha: tag.sha })
    await gh.rest.git.createRef({ ...repo, ref: 'refs/oda/locks/staging', sha: tag.sha })
    await gh.rest.git.getRef({ ...repo, ref: 'oda/locks/staging' })
    await gh.rest.git.listMatchingRefs({ ...repo, ref: 'oda/' })
    await gh.rest.git.updateRef({ ...repo, ref: 'oda/locks/staging', sha: main, force: true })
    await gh.rest.git.deleteRef({ ...repo, ref: 'oda/locks/staging' })

    const dispatched = await gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      ...repo,
      workflow_id: 123,
      ref: 'main',
      return_run_details: true,
    })
    const run_id = z.object({ workflow_run_id: z.number() }).parse(dispatched.data).workflow_run_id
    sim.completeWorkflowRun(run_id, { conclusion: 'success', artifacts: [{ name: 'evidence' }] })
    await gh.rest.actions.listWorkflowRunsForRepo(repo)
    await gh.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 123 })
    await gh.rest.actions.getWorkflowRun({ ...repo, run_id })
    await gh.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id })

    const { data: ruleset } = await gh.rest.repos.createRepoRuleset({
      ...repo,
      name: 'checks',
      enforcement: 'active',
      rules: [{ type: 'deletion' }],
    })
    await gh.rest.repos.getRepoRulesets(repo)
    await gh.rest.repos.getRepoRuleset({ ...repo, ruleset_id: ruleset.id })
    await gh.rest.repos.updateRepoRuleset({ ...repo, ruleset_id: ruleset.id, enforcement: 'evaluate' })

    await sim.webhooks.idle()
    sim.assertNoViolations()
    const answered = new Set(sim.routeLog.entries.filter((e) => e.status < 400).map((e) => e.route))
    expect(servedOperations.filter((op) => !answered.has(op))).toEqual([])
  })

  it('accepts unknown body fields when strict is off, and still validates the rest', async () => {
    const lax = await startSimulator({ strict: false, repos: [{ owner: 'acme', repo: 'shop', gitDir: h.seed.gitDir }] })
    try {
      const gh = new ProbotOctokit({
        baseUrl: lax.url,
        auth: { token: lax.issueToken() },
        throttle: { enabled: false },
        retry: { enabled: false },
      })
      const sha = h.seed.branches.main ?? ''
      expect(
        (
          await gh.request('POST /repos/{owner}/{repo}/check-runs', {
            owner: 'acme',
            repo: 'shop',
            name: 'x',
            head_sha: sha,
            colour: 'red',
          })
        ).status,
      ).toBe(201)
      const bad = await fetch(`${lax.url}/repos/acme/shop/check-runs`, {
        method: 'POST',
        headers: { authorization: `token ${lax.issueToken()}` },
        body: JSON.stringify({ name: 'x', head_sha: sha, status: 'sleeping' }),
      })
      expect(bad.status).toBe(422)
      expect(lax.violations.map((v) => v.where)).toEqual(['body'])
    } finally {
      await lax.close()
    }
  })

  it('refuses an installation token after it expires', async () => {
    let clock = new Date('2026-01-01T00:00:00Z')
    const timed = await startSimulator({
      now: () => clock,
      repos: [{ owner: 'acme', repo: 'shop', gitDir: h.seed.gitDir }],
    })
    try {
      const token = timed.issueToken()
      const get = () => fetch(`${timed.url}/repos/acme/shop`, { headers: { authorization: `token ${token}` } })
      expect((await get()).status).toBe(200)
      clock = new Date('2026-01-01T01:00:01Z')
      expect((await get()).status).toBe(401)
    } finally {
      await timed.close()
    }
  })
})
