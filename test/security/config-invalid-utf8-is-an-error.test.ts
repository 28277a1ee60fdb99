import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runDistAsync } from '../helpers/run-dist.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, okOp, startBed, type Bed } from '../integration/app/harness.ts'

// Bytes that are not UTF-8 used to become U+FFFD silently: a config then meant something its
// author never wrote (a redacted env name that matches nothing, a mangled command).
const temp = mkdtempSync(join(tmpdir(), 'oda-sec-utf8-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

// Line 3, column 12: a Latin-1 "é" (0xE9) in the middle of an env name.
const LATIN1 = Buffer.concat([
  Buffer.from('version: 1\nredact:\n  env: [CAF'),
  Buffer.from([0xe9]),
  Buffer.from('_KEY]\n'),
])

describe('invalid UTF-8 in .github/oda.yml', () => {
  it('is a config error at its line and column on the CLI', async () => {
    const dir = mkdtempSync(join(temp, 'repo-'))
    mkdirSync(join(dir, '.github'))
    writeFileSync(join(dir, '.github', 'oda.yml'), LATIN1)
    const r = await runDistAsync(['config', 'validate', '.'], { cwd: dir, env: { HOME: temp } })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml:3:12: .*not valid UTF-8/)
  })

  describe('in the App', () => {
    let bed: Bed | undefined
    afterEach(async () => {
      await bed?.close()
      bed = undefined
    })

    it('is the failed oda / config check, annotated on the line', async () => {
      const gitDir = makeGitRepo({ main: { '.github/oda.yml': 'version: 1\n' }, f: { 'a.txt': 'x\n' } })
      writeFileSync(join(gitDir, '.github', 'oda.yml'), LATIN1)
      const { execFileSync } = await import('node:child_process')
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qam', 'latin-1'], { cwd: gitDir })
      bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [okOp] })
      const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
      await bed.app.idle()
      const config = checkRunsFor(bed.sim, pull.headSha).get('oda / config')
      expect(config).toMatchObject({ status: 'completed', conclusion: 'failure' })
      expect(config?.output.annotations).toEqual([expect.objectContaining({ path: '.github/oda.yml', start_line: 3 })])
      expectValidRequests(bed.sim)
    })
  })
})
