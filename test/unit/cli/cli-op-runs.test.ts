import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.ts'
import { allOps } from '../../../src/ops/registry.ts'

// Any op through the CLI face, in-process: every output format, help for every op, evidence
// packs, and the usage errors of the global options.

const home = mkdtempSync(join(tmpdir(), 'oda-cli-ops-'))
const repo = join(home, 'shop')
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

beforeAll(() => {
  // One addon whose manifest lacks a license: manifest.verify reports it on its line.
  mkdirSync(join(repo, 'addons', 'shop_sale'), { recursive: true })
  writeFileSync(
    join(repo, 'addons', 'shop_sale', '__manifest__.py'),
    "{\n    'name': 'Shop Sale',\n    'version': '17.0.1.0.0',\n    'depends': ['sale'],\n}\n",
  )
  writeFileSync(join(repo, 'addons', 'shop_sale', '__init__.py'), '')
})

describe('an op through the CLI', () => {
  it('prints the same findings as text, JSON, GitHub workflow commands and SARIF', async () => {
    const json = await cli(['manifest', 'verify', 'shop', '--format', 'json'])
    const run = JSON.parse(json.out) as {
      id: string
      conclusion: string
      findings: { path: string; line?: number; ruleId: string; level: string }[]
    }
    expect(run.findings.length).toBeGreaterThan(0)
    const finding = run.findings[0]!
    expect(finding.path).toBe('addons/shop_sale/__manifest__.py')
    const code = run.conclusion === 'failure' ? 1 : 0
    expect(json.code).toBe(code)

    const text = await cli(['manifest', 'verify', 'shop'])
    expect(text.code).toBe(code)
    expect(text.out).toContain('addons/shop_sale/__manifest__.py')

    const github = await cli(['manifest', 'verify', 'shop', '--format=github'])
    expect(github.out).toMatch(/^::(error|warning|notice) file=addons\/shop_sale\/__manifest__\.py/m)

    const sarif = JSON.parse((await cli(['manifest', 'verify', 'shop', '-f', 'sarif'])).out) as {
      version: string
      runs: { results: { ruleId: string }[] }[]
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain(finding.ruleId)
  })

  it("prints an op's own format (JUnit for odoo.parse-log) and refuses one the op does not have", async () => {
    const log = join(home, 'odoo.log')
    writeFileSync(
      log,
      '2024-05-01 10:00:00,000 1 INFO db odoo.modules.module: odoo.addons.shop_sale.tests.test_sale running\n' +
        '2024-05-01 10:00:01,000 1 INFO db odoo.tests.stats: shop_sale: 1 tests 0.10s 5 queries\n',
    )
    const junit = await cli(['odoo', 'parse-log', log, '--format', 'junit'])
    expect(junit.out).toMatch(/^<\?xml/)
    const wrong = await cli(['manifest', 'verify', 'shop', '--format', 'junit'])
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('unknown format "junit" for manifest.verify; use one of text, json, github, sarif')
  })

  it('answers --help and `oda help <op>` for every op with its usage and options', async () => {
    for (const op of allOps()) {
      const words = op.name.split('.')
      const help = await cli([...words, '--help'])
      expect(help.code, op.name).toBe(0)
      expect(help.out, op.name).toMatch(new RegExp(`^usage: oda ${words.join(' ')}`))
      expect(help.out, op.name).toContain('global options:')
      expect((await cli(['help', ...words])).out, op.name).toBe(help.out)
    }
  })

  it('asks for the subcommand of a family named alone', async () => {
    const r = await cli(['manifest'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/"oda manifest" needs a subcommand: .*verify/)
  })

  it('writes an evidence pack where --evidence=<root> says, and records the run', async () => {
    const root = join(home, 'packs')
    const r = await cli(['manifest', 'verify', 'shop', '--evidence=' + root, '--format', 'json'])
    const run = JSON.parse(r.out) as { id: string; evidence: string }
    expect(run.evidence.startsWith(root)).toBe(true)
    expect(existsSync(join(run.evidence, 'SHA256SUMS'))).toBe(true)
    expect(readdirSync(run.evidence)).toEqual(expect.arrayContaining(['evidence.json', 'VERIFICATION.md']))
    expect((await cli(['runs', 'show', run.id])).out).toContain(`evidence: ${run.evidence}`)
  })

  it('rejects a global option without its value, and a folder that does not exist', async () => {
    const noValue = await cli(['manifest', 'verify', 'shop', '--format'])
    expect(noValue.code).toBe(2)
    expect(noValue.err).toContain('--format needs a value')
    const dataDir = await cli(['runs', 'list', '--data-dir', '--format', 'json'])
    expect(dataDir.code).toBe(2)
    expect(dataDir.err).toContain('--data-dir needs a value')
    const missing = await cli(['manifest', 'verify', 'nowhere'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('nowhere')
  })
})
