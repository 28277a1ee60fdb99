import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './sim-harness.ts'

describe('repository, contents, tarball, compare, commits, pulls', () => {
  let h: Harness
  let number: number
  beforeAll(async () => {
    h = await startHarness()
    number = (
      await h.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'pr-spec-kit-problems', title: 'Gift cards' })
    ).pull.number
  })
  afterAll(async () => {
    await h.close()
  })
  const repo = { owner: 'acme', repo: 'shop' }

  it('serves a file base64-encoded, a directory listing, raw bytes, and 404 for a missing path', async () => {
    const { data } = await h.gh.rest.repos.getContent({ ...repo, path: 'spec/shop/prd.md', ref: 'main' })
    const onDisk = readFileSync(join(h.seed.gitDir, 'spec/shop/prd.md'))
    expect(!Array.isArray(data) && data.type === 'file' && Buffer.from(data.content, 'base64').equals(onDisk)).toBe(
      true,
    )
    const { data: dir } = await h.gh.rest.repos.getContent({ ...repo, path: 'spec/shop' })
    expect(Array.isArray(dir) ? dir.map((e) => e.name).sort() : []).toEqual([
      'constitution.md',
      'plan.md',
      'prd.md',
      'tasks.md',
    ])
    const raw = await h.gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'spec/shop/prd.md',
      mediaType: { format: 'raw' },
    })
    expect(String(raw.data)).toBe(onDisk.toString('utf8'))
    await expect(
      h.gh.rest.repos.getContent({ ...repo, path: 'spec/shop/plan.md', ref: 'pr-spec-kit-problems' }),
    ).rejects.toMatchObject({ status: 404 })
    expect(h.sim.violations).toEqual([])
  })

  it('keeps binary files intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-sim-bin-'))
    try {
      const bytes = Buffer.from([0, 255, 1, 254, 10, 13, 0, 128])
      execFileSync('git', ['init', '-q', '-b', 'main', dir])
      writeFileSync(join(dir, 'icon.png'), bytes)
      execFileSync('git', ['-C', dir, 'add', '-A'])
      execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'bin'])
      h.sim.addRepo({ owner: 'acme', repo: 'bin', gitDir: dir })
      const { data } = await h.gh.rest.repos.getContent({ owner: 'acme', repo: 'bin', path: 'icon.png' })
      expect(!Array.isArray(data) && data.type === 'file' ? Buffer.from(data.content, 'base64') : undefined).toEqual(
        bytes,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('redirects a tarball request to a gzip of the commit, which Octokit follows', async () => {
    const sha = h.seed.branches['pr-spec-kit-problems'] ?? ''
    const res = await h.gh.rest.repos.downloadTarballArchive({ ...repo, ref: sha })
    expect(res.status).toBe(200)
    expect(res.data).toBeInstanceOf(ArrayBuffer)
    const dir = mkdtempSync(join(tmpdir(), 'oda-sim-tar-'))
    try {
      writeFileSync(join(dir, 'a.tar.gz'), Buffer.from(res.data as ArrayBuffer))
      const list = execFileSync('tar', ['-tzf', join(dir, 'a.tar.gz')], { encoding: 'utf8' }).split('\n')
      expect(list).toContain(`acme-shop-${sha.slice(0, 7)}/specs/001-gift-cards/spec.md`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(h.sim.routeLog.entries.slice(-2).map((e) => e.status)).toEqual([302, 200])
  })

  it('gets a pull request and pages through its files with Link headers', async () => {
    const { data: pr } = await h.gh.rest.pulls.get({ ...repo, pull_number: number })
    expect(pr).toMatchObject({
      number,
      title: 'Gift cards',
      state: 'open',
      head: { ref: 'pr-spec-kit-problems', sha: h.seed.branches['pr-spec-kit-problems'] },
      base: { ref: 'main', sha: h.seed.branches.main },
    })
    const first = await h.gh.rest.pulls.listFiles({ ...repo, pull_number: number, per_page: 5 })
    expect(first.headers.link).toMatch(/rel="next"/)
    expect(first.data).toHaveLength(5)
    const all = await h.gh.paginate(h.gh.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 5 })
    const byName = new Map(all.map((f) => [f.filename, f]))
    expect(byName.get('spec/shop/plan.md')?.status).toBe('removed')
    expect(byName.get('specs/001-gift-cards/spec.md')?.status).toBe('added')
    expect(byName.get('spec/shop/prd.md')).toMatchObject({ status: 'modified', patch: expect.stringMatching(/^@@ /) })
    const open = await h.gh.rest.pulls.list({ ...repo, state: 'open', head: 'acme:pr-spec-kit-problems' })
    expect(open.data.map((p) => p.number)).toEqual([number])
    expect(h.sim.violations).toEqual([])
  })

  it('compares two branches and reads commits', async () => {
    const { data } = await h.gh.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...pr-spec-kit-problems',
    })
    expect(data).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 })
    const commit = await h.gh.rest.repos.getCommit({ ...repo, ref: 'pr-spec-kit-problems' })
    expect(commit.data.parents.map((p) => p.sha)).toEqual([h.seed.branches.main])
    expect(commit.data.commit.author?.date).toMatch(/^2024-01-01T00:\d\d:00Z$/)
    const list = await h.gh.rest.repos.listCommits({ ...repo, sha: 'pr-spec-kit-problems' })
    expect(list.data.map((c) => c.commit.message)).toEqual(['Scenario pr-spec-kit-problems', 'Initial shop'])
    const branch = await h.gh.rest.repos.getBranch({ ...repo, branch: 'main' })
    expect(branch.data.commit.sha).toBe(h.seed.branches.main)
    await expect(h.gh.rest.repos.getBranch({ ...repo, branch: 'nope' })).rejects.toMatchObject({ status: 404 })
    expect(h.sim.violations).toEqual([])
  })

  it('tells collaborator permissions: owner admin, set ones, others read', async () => {
    h.sim.setPermission({ ...repo, user: 'dev', permission: 'write' })
    const get = async (username: string) =>
      (await h.gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data
    expect((await get('acme')).permission).toBe('admin')
    expect(await get('dev')).toMatchObject({ permission: 'write', role_name: 'write' })
    expect((await get('stranger')).permission).toBe('read')
    expect(h.sim.violations).toEqual([])
  })

  it('refuses an installation token on a repository of another installation with 404', async () => {
    const dir = h.seed.gitDir
    h.sim.addRepo({ owner: 'other', repo: 'shop', gitDir: dir })
    await expect(h.gh.rest.repos.get({ owner: 'other', repo: 'shop' })).rejects.toMatchObject({ status: 404 })
  })
})
