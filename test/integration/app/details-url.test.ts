import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineOp } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

/** A check that keeps a raw log among its run's artifacts, as Odoo CI does. */
const withArtifact = defineOp({
  name: 'test.with-artifact',
  summary: 'Reports one finding and keeps a raw log',
  input: z.object({ dir: z.string().describe('Repository root') }),
  check: { name: 'logged', input: ({ dir }) => ({ dir }) },
  run: async (ctx) => {
    writeFileSync(join(ctx.artifactsDir, 'raw.log'), 'the whole log\n')
    return makeReport({
      conclusion: 'failure',
      title: '1 problem',
      summary: 'Looked at the log.',
      findings: [{ path: 'a.txt', line: 1, level: 'failure', ruleId: 'x', message: 'broken' }],
      artifacts: [{ name: 'raw.log', path: 'raw.log' }],
    })
  },
})

async function run(env: Record<string, string> = {}) {
  const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': 'b\n' } })
  bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [withArtifact], env })
  const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
  await bed.app.idle()
  return checkRunsFor(bed.sim, pull.headSha).get('oda / logged')!
}

describe('where a check run points its readers', () => {
  it('without a Control Room: no details URL and no file of the App host, only the run id', async () => {
    const r = await run()
    // GitHub shows the App's own page when a check run has no details URL; the simulator too.
    expect(r.detailsUrl).toBe(bed!.sim.url)
    expect(r.output.summary).not.toContain('raw.log')
    expect(r.output.summary).not.toContain(bed!.dataDir)
    expect(r.output.summary).toMatch(/Every finding: run `(r[0-9a-z]+)` \(`oda runs show \1`\)\./)
    expectValidRequests(bed!.sim)
  })

  it('with a Control Room: the details URL and the full-list link are the run page', async () => {
    const r = await run({ ODA_CONTROL_ROOM_URL: 'https://oda.example.com/control/' })
    expect(r.detailsUrl).toBe(`https://oda.example.com/control/runs/${r.externalId}`)
    expect(r.output.summary).toContain(
      `Every finding: [run \`${r.externalId}\`](https://oda.example.com/control/runs/${r.externalId}).`,
    )
    expect(r.output.summary).not.toContain('raw.log')
    expectValidRequests(bed!.sim)
  })
})
