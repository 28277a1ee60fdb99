import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runDist } from '../../helpers/run-dist.ts'

// `oda check` as a new user runs it on an unmodified OCA repository of each series: no
// configuration at all, a git checkout of the series branch. No check may fail.
const OCA = join(import.meta.dirname, '../../fixtures/manifest/oca-layout')
const made: string[] = []
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })))

function checkout(fixture: string, branch: string): string {
  const dir = mkdtempSync(join(tmpdir(), `oda-${fixture}-`))
  made.push(dir)
  cpSync(join(OCA, fixture), dir, { recursive: true, verbatimSymlinks: true })
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=OCA-git-bot', '-c', 'user.email=oca@example.com', ...args], { cwd: dir })
  }
  git('init', '-q', '-b', branch)
  git('add', '-A')
  git('commit', '-q', '-m', `[${branch}] initial`)
  return dir
}

interface CheckRun {
  op: string
  conclusion: string
  data?: { series?: string; seriesFrom?: string }
}

describe('oda check on OCA repositories, no configuration', () => {
  for (const [fixture, series] of [
    ['oca-16.0', '16.0'],
    ['oca-17.0', '17.0'],
    ['oca-18.0', '18.0'],
    ['oca-18.0-empty', '18.0'],
  ] as const) {
    it(`${fixture}: every check passes or is neutral, the manifest check on series ${series}`, () => {
      const dir = checkout(fixture, series)
      const r = runDist(['check', dir, '--format', 'json'], { cwd: dir, env: { ODA_DATA_DIR: join(dir, '.oda') } })
      expect(r.stderr).toBe('')
      const runs = JSON.parse(r.stdout) as CheckRun[]
      expect(runs.map((c) => `${c.op}: ${c.conclusion}`).filter((c) => !/: (success|neutral)$/.test(c))).toEqual([])
      expect(r.code).toBe(0)
      expect(runs.find((c) => c.op === 'manifest.verify')?.data?.series).toBe(series)
    })
  }
})
