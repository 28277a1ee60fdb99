import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { allRules } from '../../src/secrets/all-rules.ts'
import { compileRules } from '../../src/secrets/compile-rules.ts'
import { scanText } from '../../src/secrets/scan-text.ts'
import { defineRule } from '../../src/secrets/define-rule.ts'
import type { SecretRule } from '../../src/secrets/rule.ts'
import { makeBase62Token } from '../../src/secrets/checksums.ts'
import { createOpContext } from '../../src/engine/create-context.ts'
import { defaultConfig } from '../../src/config/schema.ts'
import { secretsScanOp } from '../../src/ops/secrets-scan/index.ts'
import type { SecretsScanData } from '../../src/secrets/build-secrets-report.ts'
import { FINDING_CAPS } from '../../src/secrets/scan-session.ts'
import { CountingRegex } from './support/counting-regex.ts'
import { worstCases } from './support/worst-cases.ts'

// Work per input character a rule may cost on its worst inputs (keyword prefilter included),
// and how much that may grow when the input is eight times longer: a linear rule stays
// flat; one whose bounded quantifiers rescan the same text from every start grows with the
// bound (the old private-key rule went from 448 to 13,618 units per character).
const MAX_WORK_PER_CHAR = 200
const MAX_GROWTH = 1.4
// A rule bounded at a few hundred characters (a 186-character token) has not reached its full
// per-character cost on the small input yet; this much growth is that, not a trend.
const GROWTH_SLACK = 20

/** Files that path-bound rules scan: each rule is measured on a path it runs on, or it would cost nothing. */
const SAMPLE_PATHS = [
  'deploy/run.sh',
  'odoo.conf',
  '.pgpass',
  '.htpasswd',
  '.s3cfg',
  'config/master.key',
  'mysite/settings.py',
  'data/ir.config_parameter.csv',
  'infra/main.tf',
  '.npmrc',
  'fs.php',
]

function pathFor(rule: SecretRule): string {
  const path = SAMPLE_PATHS.find((p) => !rule.paths || rule.paths.test(p))
  if (!path) throw new Error(`no sample path for ${rule.id}: add one its paths match`)
  return path
}

/** Work per character of the costliest worst case of `rule` at size `n`, counted by the interpreter. */
function workPerChar(rule: SecretRule, n: number): { perChar: number; input: string } {
  let worst = { perChar: 0, input: '' }
  const path = pathFor(rule)
  for (const text of worstCases(rule, n)) {
    let counter: CountingRegex | undefined
    const counted = compileRules([rule], [], (re) => (counter = new CountingRegex(re)))
    const found = scanText({ path, text }, counted)
    // The interpreter must find what V8 finds, or its count would describe another pattern.
    const real = scanText({ path, text }, compileRules([rule]))
    expect(found.map((c) => [c.line, c.column, c.secret.length])).toEqual(
      real.map((c) => [c.line, c.column, c.secret.length]),
    )
    const perChar = ((counter?.steps ?? 0) + text.length) / text.length
    if (perChar > worst.perChar) worst = { perChar, input: text.slice(0, 60) }
  }
  return worst
}

describe('every secret rule costs linear work on adversarial input (counted, not timed)', () => {
  for (const rule of allRules()) {
    it(rule.id, () => {
      const small = workPerChar(rule, 500)
      const big = workPerChar(rule, 4000)
      const why = `${rule.id} on ${JSON.stringify(big.input)}: ${small.perChar.toFixed(1)} then ${big.perChar.toFixed(1)} units/char`
      expect(big.perChar, why).toBeLessThan(MAX_WORK_PER_CHAR)
      expect(big.perChar, why).toBeLessThan(small.perChar * MAX_GROWTH + GROWTH_SLACK)
    })
  }

  it('the counter catches a rule whose bounded quantifier rescans from every start (the old private-key shape)', () => {
    const old = defineRule(
      'old-private-key',
      'the former pattern',
      ['private key'],
      '(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S]{64,8000}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)',
      { multiline: 8400 },
    )
    const small = workPerChar(old, 500)
    const big = workPerChar(old, 4000)
    expect(big.perChar).toBeGreaterThan(MAX_WORK_PER_CHAR)
    expect(big.perChar).toBeGreaterThan(small.perChar * MAX_GROWTH + GROWTH_SLACK)
  })
})

describe('findings are capped per file and per rule, and every one still counts', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  it('a file of 3,000 leaked tokens lists at most the cap, says how many more, and still fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-sec-caps-'))
    dirs.push(dir)
    const tokens = Array.from({ length: 3000 }, (_, i) =>
      makeBase62Token(
        'ghp_',
        `k${String(i).padStart(5, '0')}`.padEnd(30, 'Qx7Zm2Rt9Lp4Vw8Ny3Bc6Df1Gh5Jk0'.slice(i % 7)),
      ),
    )
    writeFileSync(join(dir, 'leaks.env'), tokens.map((t, i) => `T${i}=${t}`).join('\n'))
    writeFileSync(join(dir, 'one.env'), `DEPLOY=${tokens[0]}\n`)
    const ctx = createOpContext({ cwd: dir, config: defaultConfig() })
    const report = await secretsScanOp.run(ctx, secretsScanOp.input.parse({ dir: '.' }))
    const data = report.data as SecretsScanData
    expect(report.findings.filter((f) => f.path === 'leaks.env')).toHaveLength(FINDING_CAPS.perFile)
    // The other file is listed: one noisy file cannot hide the rest.
    expect(report.findings.filter((f) => f.path === 'one.env')).toHaveLength(1)
    expect(data.findings).toBe(3001)
    expect(data.notShown).toBe(2900)
    expect(data.failing).toBe(3001)
    expect(report.conclusion).toBe('failure')
    expect(report.summary).toMatch(/2900 more findings are not shown .*`github-pat` 2900.*`leaks\.env` 2900/)
  })
})

describe('the scan runs off the event loop and its cancellation really stops it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oda-sec-stall-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  // 24 MB of the inputs that stalled the old scanner: repeated key headers and JWT starts.
  const hostile = Buffer.from(('-----BEGIN RSA PRIVATE KEY-----\n'.repeat(64) + 'eyJ-'.repeat(400) + '\n').repeat(6000))
  writeFileSync(join(dir, 'hostile.txt'), hostile)

  it('keeps the calling thread free while it scans a hostile file', async () => {
    const ctx = createOpContext({ cwd: dir, config: defaultConfig() })
    let turns = 0
    let scanning = true
    const spin = (): void => {
      turns++
      if (scanning) setImmediate(spin)
    }
    setImmediate(spin)
    const report = await secretsScanOp.run(ctx, secretsScanOp.input.parse({ dir: '.' }))
    scanning = false
    expect(report.conclusion).toBe('success')
    // A scan on this thread would allow one turn at most; off it, the loop turns freely.
    expect(turns).toBeGreaterThan(100)
  })

  it('stops when its signal is aborted, instead of running to the end', async () => {
    const controller = new AbortController()
    const ctx = createOpContext({ cwd: dir, config: defaultConfig(), signal: controller.signal })
    const run = secretsScanOp.run(ctx, secretsScanOp.input.parse({ dir: '.' }))
    setImmediate(() => controller.abort(new Error('timed out')))
    await expect(run).rejects.toThrow('timed out')
    // Past the grace period, no thread of this process is still scanning: CPU use is flat.
    await new Promise((r) => setTimeout(r, 1500))
    const before = process.cpuUsage()
    await new Promise((r) => setTimeout(r, 500))
    const used = process.cpuUsage(before)
    expect((used.user + used.system) / 1000).toBeLessThan(200)
  })
})
