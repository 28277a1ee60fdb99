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
const planted = makeBase62Token('ghp_', 'W3eR7tY1uI5oP9aS2dF6gH0jK4lZ8x')
const onBase = makeBase62Token('ghp_', 'C5vB9nM3qW7eR1tY4uI8oP2aS6dF0g')

/** 3,001 changed files: one more than GitHub's list-files API gives; the leak is in the last. */
function bigChange(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < 3000; i++) files[`data/${String(i).padStart(4, '0')}.txt`] = `row ${i}\n`
  files['zz/settings.py'] = `TOKEN = "${planted}"\n`
  return files
}

describe('a pull request with more files than GitHub lists', () => {
  it('finds the secret past the 3,000th file by computing the change with git, and says so', async () => {
    const gitDir = makeGitRepo({
      main: { 'README.md': 'shop\n', 'old.py': `KEY = "${onBase}"\n` },
      big: { 'README.md': 'shop\n', 'old.py': `KEY = "${onBase}"\n`, ...bigChange() },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [secretsScanOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'big' })
    await bed.app.idle()
    const run = checkRunsFor(bed.sim, pull.headSha).get('oda / secrets')
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    // Only the change: the token already on the base branch is not reported.
    expect(run?.output.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['zz/settings.py:1'])
    expect(run?.output.summary).toContain('changes more files than GitHub lists (3,000)')
    expect(run?.output.summary).toContain('computed with git')
    expect(run?.output.summary).not.toContain(bed.dataDir)
    expect(run?.output.summary).not.toMatch(/\/tmp\//)
    expectValidRequests(bed.sim)
  }, 120_000)
})
