import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.ts'
import { allOps } from '../../../src/ops/registry.ts'

const home = mkdtempSync(join(tmpdir(), 'oda-cli-'))
afterAll(() => rmSync(home, { recursive: true, force: true }))

async function cli(args: string[], cwd = home): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: { ODA_DATA_DIR: join(home, 'data'), HOME: home, USER: 'tester' },
    cwd,
  })
  return { code, out, err }
}

describe('oda CLI', () => {
  it('prints help and exits 2 with no command, 0 with --help', async () => {
    expect((await cli([])).code).toBe(2)
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('usage: oda <command>')
    for (const op of allOps()) expect(help.out).toContain(op.name.replaceAll('.', ' '))
  })

  it('lists ops with JSON Schemas of their inputs', async () => {
    const r = await cli(['ops', '--format', 'json'])
    expect(r.code).toBe(0)
    const list = JSON.parse(r.out) as { name: string; input: { type: string } }[]
    expect(list.map((o) => o.name)).toEqual(allOps().map((o) => o.name))
    for (const o of list) expect(o.input.type).toBe('object')
  })

  it('answers an unknown command with exit 2 and a suggestion', async () => {
    const r = await cli(['chekc'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('unknown command "chekc"; did you mean "check"?')
  })

  it('rejects an unknown format with exit 2', async () => {
    const r = await cli(['ops', '--format', 'yaml'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('oda ops prints text or json, not "yaml"')
  })

  it('validates a config and exits 2 with file:line:column on errors', async () => {
    const repo = join(home, 'repo')
    mkdirSync(join(repo, '.github'), { recursive: true })
    writeFileSync(join(repo, '.github', 'oda.yml'), 'secrets:\n  enabled: true\n')
    expect(await cli(['config', 'validate', 'repo'])).toMatchObject({
      code: 0,
      out: 'valid: .github/oda.yml\n',
    })
    writeFileSync(join(repo, '.github', 'oda.yml'), 'secrets:\n  enable: true\n')
    const bad = await cli(['config', 'validate', 'repo'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('.github/oda.yml:2:3: secrets.enable: unknown key "enable"; did you mean "enabled"?')
  })

  it('check exits 2 on an invalid config instead of running anything', async () => {
    const repo = join(home, 'badrepo')
    mkdirSync(join(repo, '.github'), { recursive: true })
    writeFileSync(join(repo, '.github', 'oda.yml'), 'version: 2\n')
    const r = await cli(['check', 'badrepo'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('.github/oda.yml:1:10: version:')
  })

  it('shows an empty run list and a clear error for an unknown run', async () => {
    const fresh = await cli(['runs', 'list', '--data-dir', join(home, 'empty')])
    expect(fresh).toMatchObject({ code: 0, out: 'no runs recorded\n' })
    const missing = await cli(['runs', 'show', 'r-nope'])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('no run with id r-nope')
  })

  it('records the runs of oda check and shows them', async () => {
    const repo = join(home, 'plain')
    mkdirSync(repo, { recursive: true })
    const check = await cli(['check', 'plain', '--format', 'json'])
    expect([0, 1]).toContain(check.code)
    const runs = JSON.parse(check.out) as { id: string; check: string }[]
    const listed = await cli(['runs', 'list', '--format', 'json'])
    const ids = (JSON.parse(listed.out) as { id: string }[]).map((r) => r.id)
    for (const r of runs) expect(ids).toContain(r.id)
    if (runs[0]) {
      const shown = await cli(['runs', 'show', runs[0].id])
      expect(shown.out).toContain(`run ${runs[0].id}`)
      expect(shown.out).toContain('ALLOW permission')
    }
  })

  it('refuses a repository folder that does not exist instead of passing a check of nothing', async () => {
    for (const args of [
      ['check', 'nowhere'],
      ['secrets', 'scan', 'nowhere'],
      ['manifest', 'verify', 'nowhere'],
      ['config', 'validate', 'nowhere'],
    ]) {
      const r = await cli(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toContain('repository folder nowhere does not exist')
    }
    writeFileSync(join(home, 'afile'), 'x')
    expect((await cli(['check', 'afile'])).err).toContain('afile is not a folder')
  })

  it('rejects stray options instead of reading them as folders', async () => {
    expect((await cli(['config', 'validate', '--bogus'])).code).toBe(2)
    expect((await cli(['evidence', '.', '--bogus'])).code).toBe(2)
    expect((await cli(['runs', 'list', '--format', 'sarif'])).code).toBe(2)
  })

  it('never prints a credential found in the config', async () => {
    const repo = join(home, 'leaky')
    mkdirSync(join(repo, '.github'), { recursive: true })
    const token = 'ghp_' + 'Ab1'.repeat(12) // oda:allow built at run time, not a credential
    writeFileSync(join(repo, '.github', 'oda.yml'), `redact:\n  env: ["${token}"]\n`)
    const r = await cli(['config', 'validate', 'leaky', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(r.out).not.toContain(token)
  })

  it('answers "oda help <command>" with that command\'s help', async () => {
    const r = await cli(['help', 'config'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('usage: oda config validate')
  })
})
