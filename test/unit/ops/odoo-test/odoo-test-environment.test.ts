import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../../../src/op/report.ts'
import { runWithFake } from './odoo-test-helpers.ts'

/** The value of `--name=` in the test run's arguments. */
function option(argv: string[][], name: string): string | undefined {
  return argv
    .at(-1)!
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
}

describe('odoo.test runs leave nothing behind and get their own HTTP port', () => {
  it('by default: a free port, a data dir and a TMPDIR of the run, all removed afterwards', async () => {
    const envLog = join(mkdtempSync(join(tmpdir(), 'oda-env-')), 'env.jsonl')
    const { report, argv } = await runWithFake({
      log: 'odoo17_ci_passing.log',
      addons: ['ci_passing'],
      input: { modules: ['ci_passing'] },
      fakeArgs: ['--env-log', envLog],
    })
    expect(report.conclusion).toBe('success')
    const port = Number(option(argv, 'http-port'))
    expect(port).toBeGreaterThan(1023)
    expect((report.data as { httpPort: number }).httpPort).toBe(port)
    const dataDir = option(argv, 'data-dir')!
    // Both invocations (dependencies, tests) share the data dir: the filestore must survive between them.
    expect(argv.map((a) => a.find((x) => x.startsWith('--data-dir=')))).toEqual([
      `--data-dir=${dataDir}`,
      `--data-dir=${dataDir}`,
    ])
    const tmp = readFileSync(envLog, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { TMPDIR: string }).TMPDIR)
    expect(new Set(tmp).size).toBe(1)
    expect(dirname(tmp[0]!)).toBe(dirname(dataDir))
    // The fake wrote a filestore file and a temporary file, as Odoo does; the run's folder is gone.
    expect(existsSync(dirname(dataDir))).toBe(false)
  })

  it("a port or data dir set in odoo-ci.args is respected; the run's filestore is removed from that data dir", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oda-own-data-'))
    mkdirSync(join(dataDir, 'filestore', 'someone_elses_db'), { recursive: true })
    writeFileSync(join(dataDir, 'filestore', 'someone_elses_db', 'keep.bin'), 'x')
    const { argv } = await runWithFake({
      log: 'odoo17_ci_passing.log',
      addons: ['ci_passing'],
      input: { modules: ['ci_passing'] },
      odooCi: { args: ['--http-port=8070', `--data-dir=${dataDir}`] },
    })
    const run = argv.at(-1)!
    expect(run.filter((a) => a.startsWith('--http-port'))).toEqual(['--http-port=8070'])
    expect(run.filter((a) => a.startsWith('--data-dir'))).toEqual([`--data-dir=${dataDir}`])
    const database = run[run.indexOf('-d') + 1]!
    expect(existsSync(join(dataDir, 'filestore', database))).toBe(false)
    expect(existsSync(join(dataDir, 'filestore', 'someone_elses_db', 'keep.bin'))).toBe(true)
  })

  it('odoo-ci.httpPort and odoo-ci.dataDir: a fixed port, none, a given folder', async () => {
    const fixed = await runWithFake({
      log: 'odoo17_ci_passing.log',
      addons: ['ci_passing'],
      input: { modules: ['ci_passing'] },
      odooCi: { httpPort: '8071', dataDir: 'none' },
    })
    expect(option(fixed.argv, 'http-port')).toBe('8071')
    expect(option(fixed.argv, 'data-dir')).toBeUndefined()
    const none = await runWithFake({
      log: 'odoo17_ci_passing.log',
      addons: ['ci_passing'],
      input: { modules: ['ci_passing'] },
      odooCi: { httpPort: 'none', dataDir: 'ci-data' },
    })
    expect(option(none.argv, 'http-port')).toBeUndefined()
    expect(option(none.argv, 'data-dir')).toBe(join(none.root, 'ci-data'))
    const db = none.argv.at(-1)![none.argv.at(-1)!.indexOf('-d') + 1]!
    expect(existsSync(join(none.root, 'ci-data', 'filestore', db))).toBe(false)
  })

  it('docker-compose mode leaves the data dir to the container but still picks the port', async () => {
    const { report } = await runWithFake({
      log: 'odoo17_ci_passing.log',
      addons: ['ci_passing'],
      input: { modules: ['ci_passing'], dryRun: true },
      odooCi: { mode: 'docker-compose' },
    })
    const commands = (report.data as { commands: { file: string; args: string[] }[] }).commands
    expect(commands.at(-1)!.file).toBe('docker')
    expect(commands.at(-1)!.args.some((a) => a.startsWith('--data-dir'))).toBe(false)
    expect(commands.at(-1)!.args.some((a) => /^--http-port=\d+$/.test(a))).toBe(true)
  })

  it('a bad odoo-ci.httpPort is a configuration error', async () => {
    const error = await runWithFake({
      log: 'odoo17_ci_passing.log',
      addons: ['ci_passing'],
      input: { modules: ['ci_passing'] },
      odooCi: { httpPort: 'eighty' },
    }).then(
      (r: { report: Report }) => r,
      (e: unknown) => e,
    )
    expect(String(error)).toMatch(/httpPort/)
  })
})
