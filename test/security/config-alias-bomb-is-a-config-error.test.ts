import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runDistAsync } from '../helpers/run-dist.ts'
import { runnerEnv } from '../helpers/actions-runner.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, okOp, startBed, type Bed } from '../integration/app/harness.ts'

// A "billion laughs" YAML document: nine aliases of nine aliases of ... expands to 9^6 values.
const BOMB = [
  'version: 1',
  'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'x-f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  '',
].join('\n')

const temp = mkdtempSync(join(tmpdir(), 'oda-sec-bomb-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function repo(text: string): string {
  const dir = mkdtempSync(join(temp, 'repo-'))
  mkdirSync(join(dir, '.github'))
  writeFileSync(join(dir, '.github', 'oda.yml'), text)
  return dir
}

describe('a YAML alias bomb in .github/oda.yml', () => {
  it('is a config error at its line on the CLI (exit 2), not a crash', async () => {
    const r = await runDistAsync(['config', 'validate', '.'], { cwd: repo(BOMB), env: { HOME: temp } })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml:3:\d+: .*alias/i)
  })

  it('is a config error on the Actions face too', async () => {
    const dir = repo(BOMB)
    const env = runnerEnv({ tempRoot: temp, workspace: dir, name: 'bomb', inputs: { dir: '.' } })
    const r = await runDistAsync(['action', 'secrets.scan'], { cwd: dir, env })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml:3:\d+: .*alias/i)
  })

  it('names an alias used before its anchor instead of crashing', async () => {
    const r = await runDistAsync(['config', 'validate', '.'], {
      cwd: repo('version: 1\nx-early: *later\nx-later: &later 1\n'),
      env: { HOME: temp },
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml:2:10: .*later/)
  })
})

describe('a YAML alias bomb in the App', () => {
  let bed: Bed | undefined
  afterEach(async () => {
    await bed?.close()
    bed = undefined
  })

  it('becomes the failed oda / config check at once and is never retried', async () => {
    const gitDir = makeGitRepo({ main: { '.github/oda.yml': BOMB }, f: { 'a.txt': 'x\n' } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [okOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    const sim = bed.sim
    await sim.waitFor(() => checkRunsFor(sim, pull.headSha).get('oda / config')?.status === 'completed', {
      what: 'oda / config completed',
      timeoutMs: 20_000,
    })
    await bed.app.idle()
    const config = checkRunsFor(sim, pull.headSha).get('oda / config')
    expect(config).toMatchObject({ conclusion: 'failure' })
    expect(config?.output.annotations).toEqual([expect.objectContaining({ path: '.github/oda.yml', start_line: 3 })])
    const reads = sim.routeLog.entries.filter(
      (e) => e.method === 'GET' && e.url.includes('/contents/.github%2Foda.yml'),
    )
    expect(reads).toHaveLength(1)
    expectValidRequests(sim)
  })
})
