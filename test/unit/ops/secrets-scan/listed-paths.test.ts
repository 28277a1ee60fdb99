import { afterAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { defaultConfig } from '../../../../src/config/schema.ts'
import { runCommand } from '../../../../src/exec/run-command.ts'
import { secretsScanOp } from '../../../../src/ops/secrets-scan/index.ts'
import { listedPathNotes } from '../../../../src/ops/secrets-scan/steps/listed-path-notes.ts'
import { parseOpArgs } from '../../../../src/cli/parse-op-args.ts'
import type { SecretsScanData } from '../../../../src/secrets/build-secrets-report.ts'
import { GitRepo } from '../../../fixtures/secrets/git-repo.ts'
import { expandTemplate } from '../../../fixtures/secrets/expand-template.ts'

const ghToken = (seed: string): string => expandTemplate('{gh:ghp_}', seed)
const cleanup: string[] = []
const servers: Server[] = []
afterAll(async () => {
  for (const s of servers) await new Promise((r) => s.close(r))
  for (const d of cleanup) rmSync(d, { recursive: true, force: true })
})

function repo(): GitRepo {
  const r = new GitRepo()
  cleanup.push(r.dir)
  return r
}

function outsideDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'oda-secrets-outside-'))
  cleanup.push(d)
  return d
}

async function scan(dir: string, input: Record<string, unknown>) {
  const ctx = createOpContext({ cwd: dir, config: defaultConfig() })
  const report = await secretsScanOp.run(ctx, secretsScanOp.input.parse(input))
  return { report, data: report.data as SecretsScanData }
}

describe('secrets.scan --paths: what is not a regular file', () => {
  it('skips a FIFO, a socket and a folder without opening them, names them in the summary, and still scans the real files', async () => {
    const r = repo()
    const token = ghToken('fifo-neighbour')
    r.write({ 'a.py': `T = "${token}"\n`, 'dir/b.py': 'x = 1\n' })
    const mk = await runCommand({ file: 'mkfifo', args: [join(r.dir, 'pipe')] })
    expect(mk.exitCode).toBe(0)
    const server = createServer()
    servers.push(server)
    await new Promise<void>((res) => server.listen(join(r.dir, 'sock'), res))
    // Nobody ever writes to the FIFO: opening it for reading the blocking way would never return.
    const { report, data } = await scan(r.dir, { paths: ['pipe', 'sock', 'dir', 'a.py'] })
    expect(report.findings.map((f) => [f.path, f.ruleId])).toEqual([['a.py', 'github-pat']])
    expect(data.files).toBe(1)
    expect(report.summary).toContain(
      '3 listed paths are not a regular file and were skipped: `dir` (folder), `pipe` (FIFO), `sock` (socket).',
    )
  })

  it('skips a symlink inside the repository that points at a FIFO', async () => {
    const r = repo()
    await runCommand({ file: 'mkfifo', args: [join(r.dir, 'pipe')] })
    symlinkSync('pipe', join(r.dir, 'out.txt'))
    const { report, data } = await scan(r.dir, { paths: ['out.txt'] })
    expect(data.files).toBe(0)
    expect(report.summary).toContain('1 listed path is not a regular file and was skipped: `out.txt` (FIFO).')
  })
})

describe('secrets.scan --paths: symlinks leaving the repository', () => {
  it('refuses a symlinked file whose target is outside the repository and never reads it', async () => {
    const r = repo()
    const out = outsideDir()
    writeFileSync(join(out, 'secret.txt'), `T = "${ghToken('outside')}"\n`)
    symlinkSync(join(out, 'secret.txt'), join(r.dir, 'out.txt'))
    const { report, data } = await scan(r.dir, { paths: ['out.txt'] })
    expect(report.findings).toEqual([])
    expect(data.files).toBe(0)
    expect(data.bytes).toBe(0)
    expect(report.summary).toContain(
      '1 listed path resolves outside the repository (through a symlink) and was refused, not read: `out.txt`.',
    )
  })

  it('refuses a file under a symlinked folder that leaves the repository, and a relative ../ symlink', async () => {
    const r = repo()
    const out = outsideDir()
    writeFileSync(join(out, 'k.env'), `T = "${ghToken('outside-dir')}"\n`)
    symlinkSync(out, join(r.dir, 'linked'))
    mkdirSync(join(r.dir, 'sub'))
    symlinkSync(join('..', '..', out.split('/').pop()!, 'k.env'), join(r.dir, 'sub', 'rel.env'))
    const { report } = await scan(r.dir, { paths: ['linked/k.env', 'sub/rel.env'] })
    expect(report.findings).toEqual([])
    expect(report.summary).toContain(
      '2 listed paths resolve outside the repository (through a symlink) and were refused, not read: `linked/k.env`, `sub/rel.env`.',
    )
  })

  it('scans a symlink whose target stays inside the repository, under the listed name', async () => {
    const r = repo()
    r.write({ 'real/settings.py': `T = "${ghToken('inside-link')}"\n` })
    symlinkSync(join('real', 'settings.py'), join(r.dir, 'alias.py'))
    const { report } = await scan(r.dir, { paths: ['alias.py'] })
    expect(report.findings.map((f) => [f.path, f.line])).toEqual([['alias.py', 1]])
    expect(report.summary).not.toContain('refused')
  })

  it('still refuses a path that leaves the repository by name, as a usage error', async () => {
    const r = repo()
    await expect(scan(r.dir, { paths: ['../../etc/passwd'] })).rejects.toMatchObject({
      usage: true,
      message: expect.stringMatching(/outside the repository/),
    })
  })
})

describe('secrets.scan --paths: absent and empty', () => {
  it('lists paths that do not exist (a deleted file, a dangling symlink) in the summary, and passes', async () => {
    const r = repo()
    r.write({ 'kept.py': 'x = 1\n' })
    symlinkSync('gone.txt', join(r.dir, 'dangling.txt'))
    const { report, data } = await scan(r.dir, { paths: ['missing.txt', 'kept.py', 'dangling.txt'] })
    expect(report.conclusion).toBe('success')
    expect(data.files).toBe(1)
    expect(report.summary).toContain(
      '2 listed paths do not exist (deleted or renamed) and were not scanned: `dangling.txt`, `missing.txt`.',
    )
  })

  it('names the missing listed files beside a patch file too', async () => {
    const r = repo()
    writeFileSync(join(r.dir, 'pr.diff'), '')
    const { report } = await scan(r.dir, { patchFile: 'pr.diff', paths: ['deleted.bin'] })
    expect(report.conclusion).toBe('success')
    expect(report.summary).toContain(
      '1 listed path does not exist (deleted or renamed) and was not scanned: `deleted.bin`.',
    )
  })

  it('treats an empty --paths= value as not given: the whole tree is scanned', async () => {
    const r = repo()
    r.write({ 'deep/a.py': `T = "${ghToken('empty-paths')}"\n` })
    const raw = parseOpArgs(secretsScanOp, [r.dir, '--paths='])
    expect(raw.paths).toEqual([''])
    const { report, data } = await scan(r.dir, raw)
    expect(data.mode).toBe('tree')
    expect(data.target).toBe(r.dir)
    expect(report.findings.map((f) => f.path)).toEqual(['deep/a.py'])
    expect(report.summary).not.toContain('listed path')
  })

  it('caps each list at 20 names', () => {
    const missing = Array.from({ length: 23 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`)
    const [note] = listedPathNotes({ missing, outside: [], notFiles: [], unreadable: [] })
    expect(note).toContain('`f19.txt` and 3 more.')
    expect(note).not.toContain('f20.txt')
  })
})
