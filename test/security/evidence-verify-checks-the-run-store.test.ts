import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { runDistAsync } from '../helpers/run-dist.ts'

// Evidence packs chain to each other, but the newest pack of a topic has no successor to vouch
// for it: deleting it, or editing the last packs and recomputing every SHA256SUMS and chain
// digest ("resealing"), leaves a folder that checks out by itself. The run store kept each
// pack's digest when the run wrote it; `oda evidence verify` must compare with it, and say so
// when there is no store to compare with.

const temp = mkdtempSync(join(tmpdir(), 'oda-sec-evidence-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

let n = 0
let repo = ''
let data = ''
let evidence = ''

function oda(args: string[], dataDir = data) {
  return runDistAsync(args, {
    cwd: temp,
    env: { ODA_DATA_DIR: dataDir, HOME: temp, USER: 'tester' },
    timeoutMs: 90_000,
  })
}

/** Packs as `<stamp>/<topic>`, oldest first. */
function packs(): string[] {
  return readdirSync(evidence)
    .sort()
    .flatMap((stamp) => readdirSync(join(evidence, stamp)).map((topic) => `${stamp}/${topic}`))
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Rewrites a pack's SHA256SUMS over its current files, as a forger would. */
function reseal(pack: string): void {
  const dir = join(evidence, pack)
  const lines = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n')
  const files = lines.map((l) => l.slice(66))
  writeFileSync(join(dir, 'SHA256SUMS'), files.map((f) => `${sha256(readFileSync(join(dir, f)))}  ${f}\n`).join(''))
}

beforeEach(async () => {
  repo = join(temp, `repo-${++n}`)
  data = join(temp, `data-${n}`)
  evidence = join(repo, 'docs', 'evidence')
  mkdirSync(join(repo, 'addons', 'shop_base'), { recursive: true })
  writeFileSync(
    join(repo, 'addons', 'shop_base', '__manifest__.py'),
    "{'name': 'Shop', 'version': '17.0.1.0.0', 'license': 'LGPL-3', 'author': 'Acme', 'depends': ['base']}\n",
  )
  writeFileSync(join(repo, 'addons', 'shop_base', '__init__.py'), '')
  // two rounds, so each topic has a chain of two packs
  for (let round = 0; round < 2; round++) expect([0, 1]).toContain((await oda(['evidence', repo])).code)
}, 180_000)

describe('oda evidence verify compares packs with the run store', () => {
  it('passes an untouched folder and says the store was checked', async () => {
    const r = await oda(['evidence', 'verify', evidence])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^OK: \d+ pack\(s\) verified under .*; \d+ recorded by the run store match it$/m)
    expect(r.stderr).toBe('')
  })

  it('fails when the newest pack of a topic is deleted', async () => {
    const newest = packs().at(-1)!
    rmSync(join(evidence, newest), { recursive: true })
    // the folder alone cannot tell: the point of the store
    const alone = await oda(['evidence', 'verify', evidence], join(temp, 'no-store'))
    expect(alone.code).toBe(0)
    const r = await oda(['evidence', 'verify', evidence, '--format', 'json'])
    expect(r.code).toBe(1)
    const result = JSON.parse(r.stdout) as { problems: { path: string; code: string; message: string }[] }
    expect(result.problems).toEqual([
      expect.objectContaining({ path: join(evidence, newest), code: 'recorded_missing' }),
    ])
    expect(result.problems[0]?.message).toMatch(/^run \S+ wrote this pack on .*but it is missing \(deleted\?\)$/)
  })

  it('fails when the last packs are edited and resealed', async () => {
    const newest = packs().at(-1)!
    const file = join(evidence, newest, 'VERIFICATION.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/FAIL/g, 'PASS') + '\nAll good.\n')
    reseal(newest)
    const alone = await oda(['evidence', 'verify', evidence], join(temp, 'no-store'))
    expect(alone.code).toBe(0)
    const r = await oda(['evidence', 'verify', evidence])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      new RegExp(
        `^FAIL ${newest}: run \\S+ recorded digest [0-9a-f]{64} for this pack when it wrote it, but its SHA256SUMS now hashes to [0-9a-f]{64}`,
        'm',
      ),
    )
  })

  it('says when there is no store to compare with, and creates none', async () => {
    const none = join(temp, 'no-store-at-all')
    const r = await oda(['evidence', 'verify', evidence], none)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(
      /^oda: no run store to compare with \(.*oda\.sqlite does not exist and DATABASE_URL is not set\)/,
    )
    expect(r.stderr).toMatch(/cannot show the newest pack deleted or packs edited and resealed/)
    expect(() => readdirSync(none)).toThrow()
    const json = await oda(['evidence', 'verify', evidence, '--format', 'json'], none)
    expect(JSON.parse(json.stdout)).toMatchObject({ store: { available: false } })
  })
})
