import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { secretsScanOp } from '../../../src/ops/secrets-scan/index.ts'
import { makeBase62Token } from '../../../src/secrets/checksums.ts'
import { secretHash } from '../../../src/secrets/secret-digest.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

// Checksum-valid, made-up GitHub tokens, built here so no token sits in the source.
const onBase = makeBase62Token('ghp_', 'Q7mZ2xK9pL4vR8tN3wY6bC1dF5gH0j')
const added = makeBase62Token('ghp_', 'A3kP9sD2fG7hJ4lZ8xC6vB1nM5qW0e')
const moved = makeBase62Token('ghp_', 'T4yU8iO2pA6sD9fG3hJ7kL1zX5cV0b')
const inBinary = makeBase62Token('ghp_', 'M2nB6vC9xZ3lK7jH1gF5dS8aP4oI0u')

describe("the App's oda / secrets check covers only the lines a pull request adds", () => {
  it('annotates the token the PR adds, not the one already on the base branch in the same file, nor a file it only renames', async () => {
    const gitDir = makeGitRepo({
      main: {
        'addons/shop/settings.py': `import os\nGITHUB_TOKEN = "${onBase}"\nDEBUG = False\n`,
        'old/keys.py': `KEY = "${moved}"\n`,
        'gone.py': `KEY = "${added}"\n`,
      },
      feature: {
        'addons/shop/settings.py': `import os\nGITHUB_TOKEN = "${onBase}"\nDEBUG = False\nTIMEOUT = 30\nDEPLOY_TOKEN = "${added}"\n`,
      },
    })
    // The feature branch also renames a file untouched and removes one: neither adds a line.
    const { execFileSync } = await import('node:child_process')
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: gitDir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      })
    git('checkout', '-q', 'feature')
    git('mv', 'old/keys.py', 'keys.py')
    git('rm', '-q', 'gone.py')
    git('commit', '-q', '-m', 'move and remove')
    git('checkout', '-q', 'main')

    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [secretsScanOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    await bed.app.idle()

    const run = checkRunsFor(bed.sim, pull.headSha).get('oda / secrets')
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run?.output.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['addons/shop/settings.py:5'])
    expect(run?.output.summary).toContain('in diff mode')
    expect(run?.output.summary).not.toContain('scanned whole')
    // Never the token itself, and never where the diff was kept on the server.
    const shown = JSON.stringify(run?.output)
    expect(shown).not.toContain(added)
    expect(shown).not.toContain(bed.dataDir)
    // The diff was written outside the checkout and removed after the run.
    expect(readdirSync(join(bed.dataDir, 'patches'))).toEqual([])
    expectValidRequests(bed.sim)
    expect(bed.sim.violations).toEqual([])
  })

  it("honours the base branch's ignore entries but not the ones the PR adds for its own token", async () => {
    const gitDir = makeGitRepo({
      main: { '.oda-secrets-ignore': `# known test value\nsha256:${secretHash(onBase)}\n`, 'README.md': 'shop\n' },
      feature: {
        '.oda-secrets-ignore': `# known test value\nsha256:${secretHash(onBase)}\nsha256:${secretHash(added)}\n`,
        'conf/a.py': `ALLOWED = "${onBase}"\nLEAK = "${added}"\n`,
      },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [secretsScanOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    await bed.app.idle()
    const run = checkRunsFor(bed.sim, pull.headSha).get('oda / secrets')
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run?.output.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['conf/a.py:2'])
    expect(run?.output.summary).toContain('1 suppressed (1 by the ignore file')
    expectValidRequests(bed.sim)
    expect(bed.sim.violations).toEqual([])
  })

  it('scans whole the files GitHub sends no patch for (binary, over the diff limits), says so in the summary, and passes a clean PR', async () => {
    const gitDir = makeGitRepo({
      main: { '.gitattributes': '*.dat -diff\n', 'README.md': 'shop\n' },
      // `-diff` makes git (and GitHub) show the file as binary: no patch, though it is text.
      leak: {
        'data/export.dat': `id,token\n1,${added}\n`,
        'logo.png': `\u0089PNG\u0000\u0000${inBinary}\u0000`,
        // Past GitHub's 20,000-line diff limit: listed without a patch.
        'data/big.csv':
          Array.from({ length: 25_000 }, (_, i) => (i === 12_344 ? `${i},${moved}` : `${i},row`)).join('\n') + '\n',
        'README.md': 'shop\nmore\n',
      },
      clean: { 'data/export.dat': 'id,value\n1,42\n', 'README.md': 'shop\nmore\n' },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [secretsScanOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'leak' })
    const { pull: cleanPull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'clean' })
    await bed.app.idle()

    const run = checkRunsFor(bed.sim, pull.headSha).get('oda / secrets')
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    // The text file is read whole; a real binary file is recognised by its bytes and skipped.
    expect(run?.output.annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual([
      'data/big.csv:12345',
      'data/export.dat:2',
    ])
    expect(run?.output.summary).toContain(
      '3 changed files have no patch (binary, or a diff too large for the API) and were scanned whole: `data/big.csv`, `data/export.dat`, `logo.png`.',
    )

    const clean = checkRunsFor(bed.sim, cleanPull.headSha).get('oda / secrets')
    expect(clean).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(clean?.output.annotations).toEqual([])
    expectValidRequests(bed.sim)
    expect(bed.sim.violations).toEqual([])
  })
})
