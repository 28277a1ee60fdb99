import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.ts'

// The CLI's face commands that are not ops (runs, config, evidence), in-process: their usage
// errors (exit 2), their text and JSON output, and the paths between.

const home = mkdtempSync(join(tmpdir(), 'oda-cli-commands-'))
const repo = join(home, 'repo')
afterAll(() => rmSync(home, { recursive: true, force: true }))

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: { ODA_DATA_DIR: join(home, 'data'), HOME: home, USER: 'tester' },
    cwd: home,
  })
  return { code, out, err }
}

type Run = { id: string; op: string; state: string; trace: unknown[]; pdrs: unknown[] }

let checked: { id: string; check: string }[] = []
beforeAll(async () => {
  mkdirSync(join(repo, 'addons', 'shop_base'), { recursive: true })
  writeFileSync(
    join(repo, 'addons', 'shop_base', '__manifest__.py'),
    "{'name': 'Shop', 'version': '17.0.1.0.0', 'license': 'LGPL-3', 'depends': ['base']}\n",
  )
  writeFileSync(join(repo, 'addons', 'shop_base', '__init__.py'), '')
  const r = await cli(['check', 'repo', '--format', 'json'])
  checked = JSON.parse(r.out) as { id: string; check: string }[]
})

describe('oda runs', () => {
  it('shows its usage: exit 2 without a subcommand, 0 with --help', async () => {
    const bare = await cli(['runs'])
    expect(bare.code).toBe(2)
    expect(bare.out).toContain('usage: oda runs list')
    expect(await cli(['runs', '--help'])).toMatchObject({ code: 0, out: expect.stringContaining('oda runs show <id>') })
  })

  it('lists recorded runs as text, newest first, filtered by op and limited', async () => {
    expect(checked.length).toBeGreaterThan(1)
    const all = await cli(['runs', 'list'])
    expect(all.code).toBe(0)
    for (const r of checked) expect(all.out).toContain(r.id)
    const ops = (JSON.parse((await cli(['runs', 'list', '--format', 'json'])).out) as Run[]).map((r) => r.op)
    const op = ops[0]!
    const filtered = JSON.parse((await cli(['runs', 'list', '--op', op, '--format', 'json'])).out) as Run[]
    expect(filtered.length).toBeGreaterThan(0)
    expect(filtered.every((r) => r.op === op)).toBe(true)
    const one = JSON.parse((await cli(['runs', 'list', '--limit', '1', '--format', 'json'])).out) as Run[]
    expect(one).toHaveLength(1)
  })

  it('shows one run with its policy decisions and trace, as text or JSON', async () => {
    const id = checked[0]!.id
    const text = await cli(['runs', 'show', id])
    expect(text.code).toBe(0)
    expect(text.out).toMatch(new RegExp(`^run ${id}: \\S+ by tester via cli\\nstate: succeeded`))
    expect(text.out).toMatch(/^policy:\n {2}ALLOW/m)
    expect(text.out).toMatch(/^trace:\n/m)
    expect(text.out).toContain('input: {')
    const json = JSON.parse((await cli(['runs', 'show', id, '--format', 'json'])).out) as Run
    expect(json).toMatchObject({ id, state: 'succeeded' })
    expect(json.pdrs.length).toBeGreaterThan(0)
  })

  it('rejects bad arguments with exit 2 and says what is wrong', async () => {
    const cases: [string[], string][] = [
      [['runs', 'list', '--limit', '0'], '--limit expects a positive whole number'],
      [['runs', 'list', '--limit', 'many'], '--limit expects a positive whole number'],
      [['runs', 'list', '--since', 'today'], 'unknown argument for oda runs list: --since'],
      [['runs', 'show'], 'usage: oda runs show <id>'],
      [['runs', 'show', 'a', 'b'], 'usage: oda runs show <id>'],
      [['runs', 'delete'], 'unknown subcommand "oda runs delete"; use list or show'],
      [['runs', 'list', '--format', 'sarif'], 'oda runs prints text or json, not "sarif"'],
    ]
    for (const [args, message] of cases) {
      const r = await cli(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err, args.join(' ')).toContain(message)
    }
  })
})

describe('oda config validate', () => {
  it('says defaults apply when a repository has no config, and prints the effective config as JSON', async () => {
    expect(await cli(['config', 'validate', 'repo'])).toMatchObject({
      code: 0,
      out: 'no .github/oda.yml: defaults apply\n',
    })
    const json = await cli(['config', 'validate', 'repo', '--format', 'json'])
    expect(json.code).toBe(0)
    const parsed = JSON.parse(json.out) as { files: string[]; config: Record<string, unknown> }
    expect(parsed.files).toEqual([])
    expect(parsed.config).toHaveProperty('secrets')
  })

  it('answers --help with its usage, and a wrong call with exit 2', async () => {
    expect(await cli(['config', '--help'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('Validates .github/oda.yml'),
    })
    for (const args of [['config'], ['config', 'check'], ['config', 'validate', 'repo', 'extra']]) {
      const r = await cli(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err, args.join(' ')).toContain('usage: oda config validate [dir]')
    }
    const format = await cli(['config', 'validate', 'repo', '--format', 'sarif'])
    expect(format.code).toBe(2)
    expect(format.err).toContain('oda config validate prints text or json, not "sarif"')
  })

  it('refuses a folder that does not exist (exit 2)', async () => {
    const r = await cli(['config', 'validate', 'no-such-repo'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('no-such-repo')
  })
})

describe('oda evidence', () => {
  it('writes packs that verify, reports a touched file as FAIL (exit 1), also as JSON', async () => {
    const written = await cli(['evidence', 'repo'])
    expect([0, 1]).toContain(written.code)
    const evidence = join(repo, 'docs', 'evidence')
    expect(readdirSync(evidence)).toHaveLength(1)
    const ok = await cli(['evidence', 'verify', evidence])
    expect(ok.code).toBe(0)
    expect(ok.out).toMatch(/^OK: \d+ pack\(s\) verified under /)
    const stamp = readdirSync(evidence)[0]!
    const pack = readdirSync(join(evidence, stamp))[0]!
    appendFileSync(join(evidence, stamp, pack, 'evidence.json'), ' ')
    const bad = await cli(['evidence', 'verify', evidence])
    expect(bad.code).toBe(1)
    expect(bad.out).toMatch(/^FAIL .*evidence\.json/m)
    const json = await cli(['evidence', 'verify', evidence, '--format', 'json'])
    expect(json.code).toBe(1)
    const result = JSON.parse(json.out) as { problems: { path: string; message: string }[] }
    expect(result.problems.some((p) => p.path.endsWith('evidence.json'))).toBe(true)
  })

  it('answers --help, and exit 2 for verify without a folder or for stray arguments', async () => {
    expect(await cli(['evidence', '--help'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('oda evidence verify <dir>'),
    })
    const noDir = await cli(['evidence', 'verify'])
    expect(noDir).toMatchObject({ code: 2, err: 'usage: oda evidence verify <dir>\n' })
    for (const args of [
      ['evidence', 'a', 'b'],
      ['evidence', '--deep'],
    ]) {
      const r = await cli(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err, args.join(' ')).toContain('usage: oda evidence [dir] | oda evidence verify <dir>')
    }
  })
})
