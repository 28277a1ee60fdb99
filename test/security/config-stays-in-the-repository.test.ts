import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runDistAsync } from '../helpers/run-dist.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, okOp, startBed, type Bed } from '../integration/app/harness.ts'

// `.github/oda.yml` and what it `_extends` are repository content: the config loader must read
// nothing outside the repository (absolute paths, `..`, symlinks), never block or balloon on a
// FIFO or a device, cap sizes, and print no credential a config carries by mistake. In the App,
// `_extends` reaches only the organisation's `.github` repository of the same installation.

const temp = mkdtempSync(join(tmpdir(), 'oda-sec-config-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

// A host file that is valid oda config: if it were read, it would switch secret scanning off.
const outside = join(temp, 'outside.yml')
writeFileSync(outside, 'secrets:\n  enabled: false\n')

let n = 0
function repo(files: Record<string, string>): string {
  const dir = join(temp, `repo-${++n}`)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  mkdirSync(join(dir, '.github'), { recursive: true })
  return dir
}

function validate(dir: string, ...more: string[]) {
  return runDistAsync(['config', 'validate', '.', ...more], { cwd: dir, env: { HOME: temp }, timeoutMs: 30_000 })
}

describe('the CLI and Action config loader stays inside the repository', () => {
  it('refuses an absolute _extends path without reading it', async () => {
    const r = await validate(repo({ '.github/oda.yml': `_extends: ${outside}\n` }))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml:1:11: _extends: .*absolute path/)
  })

  it('refuses an _extends path that climbs out with ..', async () => {
    const dir = repo({ '.github/oda.yml': '_extends: ../../outside.yml\n' })
    const r = await validate(dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml:1:11: _extends: .*outside the repository/)
  })

  it('refuses an _extends file that is a symlink out of the repository', async () => {
    const dir = repo({ '.github/oda.yml': '_extends: base.yml\n' })
    symlinkSync(outside, join(dir, '.github', 'base.yml'))
    const r = await validate(dir, '--format', 'json')
    expect(r.code).toBe(2)
    expect(r.stdout).not.toContain('"enabled": false')
    expect(r.stderr).toMatch(/base\.yml.*leads outside the repository/)
  })

  it('refuses a .github/oda.yml that is itself a symlink out of the repository', async () => {
    const dir = repo({})
    symlinkSync(outside, join(dir, '.github', 'oda.yml'))
    const r = await validate(dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml.*leads outside the repository/)
  })

  it('does not hang on a FIFO as config', async () => {
    const dir = repo({})
    execFileSync('mkfifo', [join(dir, '.github', 'oda.yml')])
    const r = await validate(dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml.*not a regular file/)
  })

  it('does not read /dev/zero, through _extends or a symlink', async () => {
    const viaExtends = await validate(repo({ '.github/oda.yml': '_extends: /dev/zero\n' }))
    expect(viaExtends.code).toBe(2)
    const dir = repo({ '.github/oda.yml': '_extends: zero.yml\n' })
    symlinkSync('/dev/zero', join(dir, '.github', 'zero.yml'))
    const viaLink = await validate(dir)
    expect(viaLink.code).toBe(2)
    expect(viaLink.stderr).toMatch(/zero\.yml.*leads outside the repository/)
  })

  it('refuses a config file over the size limit unread', async () => {
    const big = `# ${'x'.repeat(1000)}\n`.repeat(2000) + 'version: 1\n'
    const r = await validate(repo({ '.github/oda.yml': big }))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/oda\.yml:1:1: .*bytes, over the .*limit/)
  })

  it('still follows _extends to a file inside the repository, also through .. that stays inside', async () => {
    const dir = repo({
      '.github/oda.yml': '_extends: ../ci/oda-base.yml\n',
      'ci/oda-base.yml': 'secrets:\n  enabled: false\n',
    })
    const r = await validate(dir, '--format', 'json')
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toMatchObject({
      files: ['.github/oda.yml', 'ci/oda-base.yml'],
      config: { secrets: { enabled: false } },
    })
  })

  it('masks credentials in the printed config and in config errors', async () => {
    const token = `ghp_${'A1b2C3d4E5'.repeat(3)}123456` // oda:allow fake credential for this test
    const printed = await validate(
      repo({
        '.github/oda.yml': `environments:\n  prod:\n    steps:\n      - name: x\n        run: curl -H "token ${token}" x\n`,
      }),
      '--format',
      'json',
    )
    expect(printed.code).toBe(0)
    expect(printed.stdout).not.toContain(token)
    const failed = await validate(repo({ '.github/oda.yml': `secrets:\n  enabled: ${token}\n` }))
    expect(failed.code).toBe(2)
    expect(failed.stderr).toMatch(/\.github\/oda\.yml:2:12: secrets\.enabled/)
    expect(failed.stderr).not.toContain(token)
  })
})

describe('the App follows _extends only to the organisation’s .github repository', () => {
  let bed: Bed | undefined
  afterEach(async () => {
    await bed?.close()
    bed = undefined
  })

  async function configCheck(
    extendsValue: string,
    extraRepos: { owner: string; repo: string; files: Record<string, string> }[],
  ) {
    const shop = makeGitRepo({ main: { '.github/oda.yml': `_extends: ${extendsValue}\n` }, f: { 'a.txt': 'x\n' } })
    bed = await startBed({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: shop },
        ...extraRepos.map((r) => ({ owner: r.owner, repo: r.repo, gitDir: makeGitRepo({ main: r.files }) })),
      ],
      ops: [okOp],
    })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    expectValidRequests(bed.sim)
    return checkRunsFor(bed.sim, pull.headSha)
  }

  it('refuses another organisation’s .github repository', async () => {
    const runs = await configCheck('evil/.github', [
      { owner: 'evil', repo: '.github', files: { '.github/oda.yml': 'secrets:\n  enabled: false\n' } },
    ])
    expect([...runs.keys()]).toEqual(['oda / config'])
    expect(runs.get('oda / config')?.output.annotations[0]?.message).toMatch(
      /_extends: .*organisation's \.github repository/,
    )
  })

  it('refuses another repository of the same organisation', async () => {
    const runs = await configCheck('acme/secrets-vault:deploy.yml', [
      { owner: 'acme', repo: 'secrets-vault', files: { 'deploy.yml': 'version: 1\n' } },
    ])
    expect([...runs.keys()]).toEqual(['oda / config'])
    expect(bed!.sim.routeLog.entries.some((e) => e.url.includes('/secrets-vault/'))).toBe(false)
  })

  it('refuses a path that climbs out of the .github repository', async () => {
    const runs = await configCheck('.github:../../etc/passwd', [
      { owner: 'acme', repo: '.github', files: { '.github/oda.yml': 'version: 1\n' } },
    ])
    expect([...runs.keys()]).toEqual(['oda / config'])
    expect(runs.get('oda / config')?.output.annotations[0]?.message).toMatch(/outside the repository/)
  })
})
