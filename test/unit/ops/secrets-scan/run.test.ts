import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { defaultConfig } from '../../../../src/config/schema.ts'
import type { OdaConfig } from '../../../../src/config/schema.ts'
import { secretsScanOp } from '../../../../src/ops/secrets-scan/index.ts'
import type { SecretsScanData } from '../../../../src/secrets/build-secrets-report.ts'
import { GitRepo } from '../../../fixtures/secrets/git-repo.ts'
import { expandTemplate } from '../../../fixtures/secrets/expand-template.ts'

const ghToken = (seed: string): string => expandTemplate('{gh:ghp_}', seed)
const awsKey = (seed: string): string => expandTemplate('AKIA{b32:16}', seed)

async function scan(dir: string, input: Record<string, unknown>, config: OdaConfig = defaultConfig()) {
  const ctx = createOpContext({ cwd: dir, config })
  const report = await secretsScanOp.run(ctx, secretsScanOp.input.parse(input))
  return { report, data: report.data as SecretsScanData }
}

describe('secrets.scan in diff mode', () => {
  it('reports only added lines, with new-file line numbers', async () => {
    const repo = new GitRepo()
    const old = ghToken('old')
    repo.commit('base', { 'app/settings.py': `A = 1\nOLD = "${old}"\nB = 2\n` })
    repo.git('checkout', '-q', '-b', 'feature')
    const fresh = ghToken('new')
    repo.commit('add key', {
      'app/settings.py': `A = 1\nOLD = "${old}"\nB = 2\nC = 3\nNEW = "${fresh}"\n`,
      'app/aws.py': `KEY = "${awsKey('aws')}"\n`,
    })
    const { report, data } = await scan(repo.dir, { diff: 'main..feature' })
    expect(data.mode).toBe('diff')
    expect(report.conclusion).toBe('failure')
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId]).sort()).toEqual([
      ['app/aws.py', 1, 'aws-access-key-id'],
      ['app/settings.py', 5, 'github-pat'],
    ])
  })

  it('reads the ignore file from the base revision, so a PR cannot allow its own leak', async () => {
    const repo = new GitRepo()
    const old = ghToken('old-allowed')
    repo.commit('base', { 'a.py': 'x = 1\n' })
    const first = await scan(repo.dir, {})
    expect(first.report.findings).toEqual([])
    repo.git('checkout', '-q', '-b', 'leak')
    const fresh = ghToken('fresh')
    repo.commit('leak and allow it', { 'a.py': `x = 1\nT = "${fresh}"\n` })
    const probe = await scan(repo.dir, { diff: 'main..leak' })
    const fingerprint = probe.report.findings[0]!.fingerprint!
    repo.commit('allow it', { '.oda-secrets-ignore': `${fingerprint}\n` })
    const pr = await scan(repo.dir, { diff: 'main..leak' })
    expect(pr.report.findings.map((f) => f.fingerprint)).toEqual([fingerprint])
    // Once the entry is on the base branch, the same finding is accepted.
    repo.git('checkout', '-q', 'main')
    repo.commit('reviewed allow', { '.oda-secrets-ignore': `${fingerprint}\n` })
    repo.git('checkout', '-q', '-b', 'leak2')
    repo.commit('leak again', { 'a.py': `x = 1\nT = "${fresh}"\nU = "${old}"\n` })
    const later = await scan(repo.dir, { diff: 'main..leak2' })
    expect(later.report.findings.map((f) => f.line)).toEqual([3])
    expect(later.data.suppressed.ignoreFile).toBe(1)
  })

  it('is quiet when the PR adds no secret, and refuses a range that looks like an option', async () => {
    const repo = new GitRepo()
    repo.commit('base', { 'a.txt': 'x\n' })
    repo.commit('more', { 'a.txt': 'x\ny = "<your-token>"\n' })
    const { report } = await scan(repo.dir, { diff: 'HEAD~1..HEAD' })
    expect(report.conclusion).toBe('success')
    expect(report.findings).toEqual([])
    await expect(scan(repo.dir, { diff: '--output=/tmp/x..HEAD' })).rejects.toThrow(/not a valid revision/)
    await expect(scan(repo.dir, { diff: 'HEAD' })).rejects.toThrow(/expected base\.\.head/)
    await expect(scan(repo.dir, { diff: 'deadbeef..HEAD' })).rejects.toThrow(
      /must both be in the clone: check out with full history/,
    )
  })
})

describe('secrets.scan in tree mode', () => {
  it('respects .gitignore and the allowlist, and skips binary files and lockfiles by content', async () => {
    const repo = new GitRepo()
    const t = (s: string) => `TOKEN = "${ghToken(s)}"\n`
    repo.write({
      '.gitignore': 'ignored/\n*.local\n',
      'src/a.py': t('a'),
      'ignored/b.py': t('b'),
      'conf.local': t('c'),
      'nested/.gitignore': 'secret-*.txt\n',
      'nested/secret-1.txt': t('d'),
      'nested/kept.txt': t('e'),
      'vendor/docs.md': t('f'),
      'blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(t('g'))]),
      'deps/renamed.lock': `{\n  "name": "x",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "t": "${ghToken('h')}"\n}\n`,
    })
    const config = defaultConfig()
    config.secrets.allowPaths = ['vendor/']
    const { report, data } = await scan(repo.dir, {}, config)
    expect(report.findings.map((f) => f.path).sort()).toEqual(['nested/kept.txt', 'src/a.py'])
    expect(data.suppressed.allowPaths).toBe(1)
  })

  it('reads UTF-8 files with a BOM and CRLF line ends (Windows editors)', async () => {
    const repo = new GitRepo()
    repo.write({
      'deploy/odoo.conf': `\ufeffadmin_passwd = ${expandTemplate('{a62:16}', 'bom')}\r\ndb_password = False\r\n`,
    })
    const { report } = await scan(repo.dir, {})
    expect(report.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['odoo-admin-passwd', 1, 1]])
  })

  it('never puts the secret itself in the report, only a preview and a hash', async () => {
    const repo = new GitRepo()
    const token = ghToken('secret')
    repo.write({ 'a.env': `GITHUB_TOKEN=${token}\n` })
    const { report } = await scan(repo.dir, {})
    expect(report.findings).toHaveLength(1)
    expect(JSON.stringify(report)).not.toContain(token)
    expect(JSON.stringify(report)).not.toContain(token.slice(4))
    expect(report.findings[0]!.properties).toMatchObject({
      secretPreview: 'ghp_…(40)',
      confidence: 'high',
      severity: 'high',
    })
    expect(report.findings[0]!.fingerprint).toMatch(/^github-pat:a\.env:[0-9a-f]{28}$/)
  })

  it('suppresses inline oda:allow / gitleaks:allow and ignore-file entries, and keeps the ignore when the line moves', async () => {
    const repo = new GitRepo()
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(ghToken)
    repo.write({ 'x.py': `A = "${a}"  # oda:allow\nB = "${b}"  # gitleaks:allow\nC = "${c}"\nD = "${d}"\n` })
    const first = await scan(repo.dir, {})
    expect(first.report.findings.map((f) => f.line)).toEqual([3, 4])
    const [fc, fd] = first.report.findings
    const hashD = String(fd!.properties!.secretHash)
    writeFileSync(
      join(repo.dir, '.oda-secrets-ignore'),
      `# reviewed\n${fc!.fingerprint}\nsha256:${hashD.slice(0, 16)}\n`,
    )
    repo.write({
      'x.py': `# moved down\n\nA = "${a}"  # oda:allow\nB = "${b}"  # gitleaks:allow\nC = "${c}"\nD = "${d}"\n`,
    })
    const second = await scan(repo.dir, {})
    expect(second.report.findings).toEqual([])
    expect(second.report.conclusion).toBe('success')
    expect(second.data.suppressed.ignoreFile).toBe(2)
  })

  it('names file and line of a malformed ignore entry', async () => {
    const repo = new GitRepo()
    repo.write({ '.oda-secrets-ignore': '# ok\nnot an entry\n' })
    await expect(scan(repo.dir, {})).rejects.toThrow(/\.oda-secrets-ignore:2:1: "not an entry" is not an ignore entry/)
  })

  it('accepts baselined findings by content hash, fails on new ones, and lists stale entries', async () => {
    const repo = new GitRepo()
    const [a, b] = ['a', 'b'].map(ghToken)
    repo.write({ 'x.py': `A = "${a}"\nB = "${b}"\n` })
    const before = await scan(repo.dir, {})
    const baselinePath = join(repo.dir, 'baseline.json')
    writeFileSync(baselinePath, JSON.stringify(before.report))
    // A moves to another file, B is removed, C is new.
    const c = ghToken('c')
    repo.write({ 'x.py': `C = "${c}"\n`, 'moved/y.py': `\n\nA = "${a}"\n` })
    const after = await scan(repo.dir, { baseline: 'baseline.json' })
    expect(after.report.findings.map((f) => f.path)).toEqual(['x.py'])
    expect(after.report.conclusion).toBe('failure')
    expect(after.data.suppressed.baseline).toBe(1)
    expect(after.data.staleBaseline.map((s) => s.path)).toEqual(['x.py'])
    expect(after.report.summary).toMatch(/1 baseline entry is stale/)
    await expect(scan(repo.dir, { baseline: 'missing.json' })).rejects.toThrow(/missing\.json: cannot be read/)
  })

  it('fails only at or above the configured severity; checksum failures never fail', async () => {
    const repo = new GitRepo()
    const bad = expandTemplate('{ghbad:ghp_}', 'bad')
    repo.write({ 'a.sh': `#!/bin/sh\nread -p "Deploy token: " T\n`, 'b.py': `T = "${bad}"\n` })
    const medium = await scan(repo.dir, {})
    expect(medium.report.conclusion).toBe('failure')
    const high = await scan(repo.dir, { failOn: 'high' })
    expect(high.report.conclusion).toBe('success')
    expect(high.report.title).toMatch(/No leak; 2 findings below the threshold/)
    const low = high.report.findings.find((f) => f.ruleId === 'github-pat')!
    expect(low.level).toBe('notice')
    expect(low.properties!.confidence).toBe('low')
  })
})

describe('secrets.scan summary', () => {
  it('groups by rule and file and stays under the check-run summary limit', async () => {
    const repo = new GitRepo()
    const files: Record<string, string> = {}
    for (let i = 0; i < 400; i++)
      files[`very/long/directory/name/for/the/purpose/of/this/test/number/${i}/${'x'.repeat(220)}.env`] =
        `A=${ghToken(`s${i}`)}\nB=${ghToken(`t${i}`)}\n`
    repo.write(files)
    const { report } = await scan(repo.dir, {})
    expect(report.findings).toHaveLength(800)
    expect(report.summary.length).toBeLessThan(65_535)
    expect(report.summary).toMatch(/\| `github-pat` \| `very\/long\/.*\.env` \| 1, 2 \|/)
    expect(report.summary).toMatch(/summary cut at 60,000 characters/)
  })
})

describe('secrets.scan in history mode', () => {
  it('reports each secret once, with the commit, author and date that introduced it', async () => {
    const repo = new GitRepo()
    repo.commit('init', { 'a.txt': 'hello\n' })
    const token = ghToken('hist')
    const intro = repo.commit('add config', { 'cfg/app.env': `X=1\nGITHUB_TOKEN=${token}\n` })
    repo.commit('touch', { 'cfg/app.env': `X=2\nGITHUB_TOKEN=${token}\n` })
    repo.commit('remove', { 'cfg/app.env': 'X=2\n' })
    const { report, data } = await scan(repo.dir, { history: true })
    expect(data.mode).toBe('history')
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]).toMatchObject({ path: 'cfg/app.env', line: 2, ruleId: 'github-pat' })
    expect(report.findings[0]!.properties).toMatchObject({
      commit: intro,
      author: 'Ada Lovelace <ada@example.org>',
      date: '2024-05-01T10:00:00+00:00',
    })
  })
})

describe('secrets.scan on checkouts without git history', () => {
  it('scans only the listed files, and refuses a path outside the repository', async () => {
    const repo = new GitRepo()
    repo.write({
      'a.py': `A = "${ghToken('la')}"\n`,
      'b.py': `B = "${ghToken('lb')}"\n`,
      'dir/c.py': `C = "${ghToken('lc')}"\n`,
    })
    const { report, data } = await scan(repo.dir, { paths: ['a.py', 'dir/c.py', 'deleted.py', 'dir'] })
    expect(report.findings.map((f) => f.path)).toEqual(['a.py', 'dir/c.py'])
    expect(data.target).toBe('4 listed files in .')
    await expect(scan(repo.dir, { paths: ['../etc/passwd'] })).rejects.toThrow(/outside the repository/)
  })

  it('scans the added lines of a unified diff file', async () => {
    const repo = new GitRepo()
    repo.commit('base', { 'a.py': 'x = 1\n' })
    const token = ghToken('patch')
    repo.commit('leak', { 'a.py': `x = 1\ny = 2\nT = "${token}"\n` })
    writeFileSync(join(repo.dir, 'pr.diff'), repo.git('diff', 'HEAD~1', 'HEAD') + '\n')
    const { report, data } = await scan(repo.dir, { patchFile: 'pr.diff' })
    expect(data.mode).toBe('diff')
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([['a.py', 3, 'github-pat']])
  })
})

describe('secrets.scan as a check', () => {
  it('builds diff input for a PR with revisions, listed files without them, the tree otherwise', () => {
    expect(secretsScanOp.check!.input({ dir: '/r', base: 'a', head: 'b', changedFiles: ['x'] })).toEqual({
      dir: '/r',
      diff: 'a..b',
    })
    expect(secretsScanOp.check!.input({ dir: '/r', changedFiles: ['x', 'y'] })).toEqual({
      dir: '/r',
      paths: ['x', 'y'],
    })
    expect(secretsScanOp.check!.input({ dir: '/r', changedFiles: [] })).toEqual({ dir: '/r' })
    expect(secretsScanOp.check!.input({ dir: '/r' })).toEqual({ dir: '/r' })
  })
})
