import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_CONFIG_BYTES } from '../../../src/config/config-ref.ts'
import { githubConfigSource } from '../../../src/github/github-config-source.ts'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import { octokitFor } from '../sim/sim-harness.ts'

function gitRepo(files: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'oda-config-source-'))
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
  git('init', '-q', '-b', 'main')
  files(dir)
  git('add', '-A')
  git('commit', '-q', '-m', 'files')
  return dir
}

describe('githubConfigSource: config files through the contents API', () => {
  let sim: Simulator
  const dirs: string[] = []
  beforeAll(async () => {
    dirs.push(
      gitRepo((dir) => {
        mkdirSync(join(dir, '.github'))
        writeFileSync(join(dir, '.github', 'oda.yml'), 'version: 1\n')
        writeFileSync(join(dir, 'big.yml'), `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`)
        symlinkSync('/etc/passwd', join(dir, 'link.yml'))
        symlinkSync('.github/oda.yml', join(dir, 'inside.yml'))
      }),
      gitRepo((dir) => {
        mkdirSync(join(dir, '.github'))
        writeFileSync(join(dir, '.github', 'oda.yml'), 'secrets:\n  enabled: false\n')
      }),
    )
    sim = await startSimulator({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: dirs[0]! },
        { owner: 'acme', repo: '.github', gitDir: dirs[1]! },
      ],
    })
  })
  afterAll(async () => {
    await sim?.close()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('reads the repository and its organisation repository from the default branch, naming both', async () => {
    const source = githubConfigSource({ client: octokitFor(sim), owner: 'acme', repo: 'shop' })
    const own = await source.read({ repo: 'self', path: '.github/oda.yml' }, MAX_CONFIG_BYTES)
    expect(own.kind === 'bytes' && Buffer.from(own.bytes).toString()).toBe('version: 1\n')
    const org = await source.read({ repo: 'org', path: '.github/oda.yml' }, MAX_CONFIG_BYTES)
    expect(org.kind === 'bytes' && Buffer.from(org.bytes).toString()).toBe('secrets:\n  enabled: false\n')
    expect(source.name({ repo: 'org', path: 'x.yml' })).toBe('acme/.github:x.yml')
    expect(source.name({ repo: 'self', path: 'x.yml' })).toBe('acme/shop:x.yml')
  })

  it('tells a missing file from one it refuses: a link, a folder, a file over the limit', async () => {
    const source = githubConfigSource({ client: octokitFor(sim), owner: 'acme', repo: 'shop' })
    const read = (path: string) => source.read({ repo: 'self', path }, MAX_CONFIG_BYTES)
    expect(await read('nope.yml')).toEqual({ kind: 'missing' })
    // GitHub serves a link to a file of the repository as that file.
    const inside = await read('inside.yml')
    expect(inside.kind === 'bytes' && Buffer.from(inside.bytes).toString()).toBe('version: 1\n')
    expect(await read('link.yml')).toEqual({ kind: 'refused', reason: expect.stringMatching(/symbolic link/) })
    expect(await read('.github')).toEqual({ kind: 'refused', reason: expect.stringMatching(/is a folder/) })
    expect(await read('big.yml')).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/over the 262144-byte limit/),
    })
    sim.assertNoViolations()
  })
})
