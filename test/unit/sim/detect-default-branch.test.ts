import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { detectDefaultBranch } from '../../../src/sim/detect-default-branch.ts'

const dirs: string[] = []
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' })

describe('detectDefaultBranch', () => {
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  it('reads the branch HEAD names, in a work tree and in a bare clone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-sim-head-'))
    dirs.push(dir)
    git('init', '-q', '-b', 'trunk', dir)
    git('-C', dir, 'commit', '-q', '--allow-empty', '-m', 'x')
    expect(await detectDefaultBranch(dir)).toBe('trunk')
    const bare = `${dir}-bare`
    dirs.push(bare)
    git('clone', '-q', '--bare', dir, bare)
    expect(await detectDefaultBranch(bare)).toBe('trunk')
  })

  it('falls back to main on a detached HEAD or a folder that is not a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-sim-head-'))
    dirs.push(dir)
    git('init', '-q', '-b', 'dev', dir)
    git('-C', dir, 'commit', '-q', '--allow-empty', '-m', 'x')
    git('-C', dir, 'checkout', '-q', '--detach')
    expect(await detectDefaultBranch(dir)).toBe('main')
    expect(await detectDefaultBranch(tmpdir())).toBe('main')
  })
})
