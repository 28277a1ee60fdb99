import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import type { WorkflowRunState } from '../../../src/sim/sim-state.ts'
import { octokitFor } from './sim-harness.ts'

describe('workflow dispatch, runs and artifacts', () => {
  let sim: Simulator
  let dir: string
  const dispatched: WorkflowRunState[] = []
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oda-sim-wf-'))
    mkdirSync(join(dir, '.github/workflows'), { recursive: true })
    writeFileSync(join(dir, '.github/workflows/deploy.yml'), 'on: workflow_dispatch\njobs: {}\n')
    execFileSync('git', ['init', '-q', '-b', 'main', dir])
    execFileSync('git', ['-C', dir, 'add', '-A'])
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'wf'])
    sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'ops', gitDir: dir }] })
    sim.onWorkflowDispatch((run) => dispatched.push(run))
  })
  afterAll(async () => {
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const repo = { owner: 'acme', repo: 'ops' }

  it('dispatches with return_run_details, then lists and gets the run', async () => {
    const gh = octokitFor(sim)
    const res = await gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      ...repo,
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { environment: 'staging' },
      return_run_details: true,
    })
    expect(res.status).toBe(200)
    const id = z.object({ workflow_run_id: z.number() }).parse(res.data).workflow_run_id
    expect(dispatched.map((r) => r.id)).toEqual([id])
    expect(dispatched[0]?.inputs).toEqual({ environment: 'staging' })
    const runs = await gh.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'deploy.yml',
      event: 'workflow_dispatch',
    })
    expect(runs.data.workflow_runs.map((r) => [r.id, r.status])).toEqual([[id, 'queued']])
    sim.completeWorkflowRun(id, { conclusion: 'success', artifacts: [{ name: 'evidence', sizeInBytes: 1234 }] })
    const run = await gh.rest.actions.getWorkflowRun({ ...repo, run_id: id })
    expect(run.data).toMatchObject({ status: 'completed', conclusion: 'success', head_branch: 'main' })
    const artifacts = await gh.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: id })
    expect(artifacts.data.artifacts.map((a) => [a.name, a.size_in_bytes])).toEqual([['evidence', 1234]])
    const all = await gh.rest.actions.listWorkflowRunsForRepo({ ...repo, status: 'success' })
    expect(all.data.total_count).toBe(1)
    expect(sim.violations).toEqual([])
  })

  it('answers 204 without run details, 404 for a missing workflow and 422 for a missing ref', async () => {
    const gh = octokitFor(sim)
    const plain = await gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'deploy.yml', ref: 'main' })
    expect(plain.status).toBe(204)
    await expect(
      gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'nope.yml', ref: 'main' }),
    ).rejects.toMatchObject({ status: 404 })
    await expect(
      gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'deploy.yml', ref: 'nope' }),
    ).rejects.toMatchObject({ status: 422 })
  })
})
