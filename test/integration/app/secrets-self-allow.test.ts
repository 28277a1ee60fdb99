import { afterEach, describe, expect, it } from 'vitest'
import { secretsScanOp } from '../../../src/ops/secrets-scan/index.ts'
import { makeBase62Token } from '../../../src/secrets/checksums.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

// Checksum-valid, made-up tokens, built here so no token sits in the source.
const leaked = makeBase62Token('ghp_', 'R5tY9uI3oP7aS1dF6gH2jK8lZ4xC0v')
const reviewed = makeBase62Token('ghp_', 'W2eR6tY0uI4oP8aS3dF7gH1jK5lZ9x')

describe('a pull request cannot allow its own leak with an inline comment', () => {
  it('reports the token whose oda:allow the PR itself adds, and says why; an allow already on the base stays out of the diff', async () => {
    const gitDir = makeGitRepo({
      main: { 'conf/keys.py': `REVIEWED = "${reviewed}"  # oda:allow fixture reviewed in #12\n` },
      feature: {
        'conf/keys.py': `REVIEWED = "${reviewed}"  # oda:allow fixture reviewed in #12\nDEPLOY = "${leaked}"  # oda:allow\nOTHER = "${leaked}x"  # gitleaks:allow\n`,
      },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [secretsScanOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    await bed.app.idle()
    const run = checkRunsFor(bed.sim, pull.headSha).get('oda / secrets')
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run?.output.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['conf/keys.py:2'])
    expect(run?.output.annotations[0]?.message).toContain('part of the change itself')
    expect(run?.output.summary).toContain('carries an inline oda:allow added by this change itself')
    expect(JSON.stringify(run?.output)).not.toContain(leaked)
    expectValidRequests(bed.sim)
  })

  it('lets the repository opt in from its default branch, and then lists what the allow suppressed', async () => {
    const gitDir = makeGitRepo({
      main: { '.github/oda.yml': 'secrets:\n  prInlineAllow: true\n', 'README.md': 'shop\n' },
      feature: { 'conf/keys.py': `DEPLOY = "${leaked}"  # oda:allow test fixture\n` },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [secretsScanOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    await bed.app.idle()
    const run = checkRunsFor(bed.sim, pull.headSha).get('oda / secrets')
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(run?.output.summary).toContain(
      '1 suppressed (0 by the ignore file, 0 by the baseline, 1 by an inline oda:allow):',
    )
    expect(run?.output.summary).toContain('- `github-pat` at `conf/keys.py:1` (inline-allow)')
    expectValidRequests(bed.sim)
  })
})
