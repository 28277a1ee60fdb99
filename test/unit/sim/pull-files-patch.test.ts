import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import { formatViolation } from '../../../src/sim/violation.ts'
import { octokitFor } from './sim-harness.ts'

/** A repository whose `feature` branch modifies, adds, renames, removes, adds a binary file and two over GitHub's diff limits. */
function repoWithEveryKindOfChange(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oda-sim-patch-'))
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    })
  const put = (p: string, body: string | Buffer): void => {
    mkdirSync(dirname(join(dir, p)), { recursive: true })
    writeFileSync(join(dir, p), body)
  }
  git('init', '-q', '-b', 'main')
  put('app.py', 'a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\ng = 7\nh = 8\n')
  put('old/name.txt', 'kept as it is\n'.repeat(5))
  put('gone.txt', 'bye\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  git('checkout', '-q', '-b', 'feature')
  put('app.py', 'a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\nadded = True\ng = 7\nh = 8\n')
  put('new.txt', 'one\ntwo\n')
  put('logo.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0, 3]))
  put('data/big.csv', Array.from({ length: 25_000 }, (_, i) => `${i},row`).join('\n') + '\n')
  put('data/wide.txt', 'w'.repeat(600 * 1024) + '\n')
  mkdirSync(join(dir, 'renamed'))
  git('mv', 'old/name.txt', 'renamed/name.txt')
  git('rm', '-q', 'gone.txt')
  git('add', '-A')
  git('commit', '-q', '-m', 'feature')
  git('checkout', '-q', 'main')
  return dir
}

describe('simulator: pull request files carry patches like GitHub', () => {
  let sim: Simulator
  let gitDir: string
  beforeAll(async () => {
    gitDir = repoWithEveryKindOfChange()
    sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
  })
  afterAll(async () => {
    await sim?.close()
    rmSync(gitDir, { recursive: true, force: true })
  })

  it('gives text files their hunks with new-file line numbers, and binary or oversized files no patch', async () => {
    const { pull } = await sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature', emit: false })
    const { data } = await octokitFor(sim).rest.pulls.listFiles({
      owner: 'acme',
      repo: 'shop',
      pull_number: pull.number,
      per_page: 100,
    })
    const by = new Map(data.map((f) => [f.filename, f]))
    expect([...by.keys()].sort()).toEqual([
      'app.py',
      'data/big.csv',
      'data/wide.txt',
      'gone.txt',
      'logo.bin',
      'new.txt',
      'renamed/name.txt',
    ])
    // git diff's default three lines of context around the one added line (new line 7).
    expect(by.get('app.py')?.patch).toBe('@@ -4,5 +4,6 @@ c = 3\n d = 4\n e = 5\n f = 6\n+added = True\n g = 7\n h = 8')
    expect(by.get('new.txt')).toMatchObject({ status: 'added', additions: 2, patch: '@@ -0,0 +1,2 @@\n+one\n+two' })
    expect(by.get('gone.txt')).toMatchObject({ status: 'removed', deletions: 1, patch: '@@ -1 +0,0 @@\n-bye' })
    expect(by.get('logo.bin')).toMatchObject({ status: 'added', additions: 0, changes: 0 })
    expect(by.get('logo.bin')).not.toHaveProperty('patch')
    expect(by.get('renamed/name.txt')).toMatchObject({
      status: 'renamed',
      previous_filename: 'old/name.txt',
      changes: 0,
    })
    expect(by.get('renamed/name.txt')).not.toHaveProperty('patch')
    // Past GitHub's per-file diff limits (20,000 lines, 500 KB) a text file comes without a patch too.
    expect(by.get('data/big.csv')).toMatchObject({ status: 'added', additions: 25_000 })
    expect(by.get('data/big.csv')).not.toHaveProperty('patch')
    expect(by.get('data/wide.txt')).toMatchObject({ status: 'added', additions: 1 })
    expect(by.get('data/wide.txt')).not.toHaveProperty('patch')
    expect(sim.violations.map(formatViolation)).toEqual([])
  })
})
