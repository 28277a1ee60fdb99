import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writePullDiff } from '../../../src/github/write-pull-diff.ts'
import { DiffStream } from '../../../src/secrets/diff-stream.ts'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import { formatViolation } from '../../../src/sim/violation.ts'
import { octokitFor } from '../sim/sim-harness.ts'

describe("writePullDiff: every page of a PR's files as one unified diff", () => {
  let sim: Simulator
  let gitDir: string
  let out: string
  beforeAll(async () => {
    gitDir = mkdtempSync(join(tmpdir(), 'oda-pull-diff-'))
    out = mkdtempSync(join(tmpdir(), 'oda-pull-diff-out-'))
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
    git('init', '-q', '-b', 'main')
    mkdirSync(join(gitDir, 'm'))
    for (let i = 0; i < 150; i++)
      writeFileSync(join(gitDir, 'm', `f${String(i).padStart(3, '0')}.txt`), 'one\ntwo\nthree\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    git('checkout', '-q', '-b', 'wide')
    for (let i = 0; i < 150; i++)
      writeFileSync(join(gitDir, 'm', `f${String(i).padStart(3, '0')}.txt`), `one\ntwo\nadded ${i}\nthree\n`)
    git('commit', '-q', '-am', 'wide')
    git('checkout', '-q', 'main')
    sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
  })
  afterAll(async () => {
    await sim?.close()
    rmSync(gitDir, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  })

  it('reads both pages and writes 150 sections whose added lines keep their line numbers', async () => {
    const { pull } = await sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'wide', emit: false })
    const file = join(out, 'pr.diff')
    const d = await writePullDiff({
      client: octokitFor(sim),
      owner: 'acme',
      repo: 'shop',
      pullNumber: pull.number,
      file,
    })
    expect(d).toMatchObject({ patchedFiles: 150, unpatchedFiles: [] })
    expect(d.changedFiles).toHaveLength(150)
    const added: string[] = []
    const stream = new DiffStream({ onFragment: (f) => added.push(`${f.path}:${f.lineNumbers?.[0]}:${f.text}`) })
    for (const line of readFileSync(file, 'utf8').split('\n')) stream.push(line)
    stream.end()
    expect(added).toHaveLength(150)
    expect(added[0]).toBe('m/f000.txt:3:added 0')
    expect(added[149]).toBe('m/f149.txt:3:added 149')
    expect(
      sim.routeLog.calls('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').map((e) => e.url.replace(/^.*\?/, '')),
    ).toEqual(['per_page=100&page=1', 'per_page=100&page=2'])
    expect(sim.violations.map(formatViolation)).toEqual([])
  })

  it('refuses to overwrite an existing file (the caller owns the path)', async () => {
    const file = join(out, 'taken.diff')
    writeFileSync(file, 'x')
    await expect(
      writePullDiff({ client: octokitFor(sim), owner: 'acme', repo: 'shop', pullNumber: 1, file }),
    ).rejects.toThrow(/EEXIST/)
  })
})
