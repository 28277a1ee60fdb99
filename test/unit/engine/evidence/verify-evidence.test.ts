import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { writeEvidencePack } from '../../../../src/engine/evidence/write-evidence-pack.ts'
import { verifyEvidence } from '../../../../src/engine/evidence/verify-evidence.ts'
import { sha256 } from '../../../../src/engine/evidence/sha256-sums.ts'
import { Redactor } from '../../../../src/log/redactor.ts'
import { record } from './pack-fixtures.ts'
import { tempRoot } from './temp-root.ts'

const redactor = new Redactor()
const minutes = ['2026-11-21T10:00:00Z', '2026-11-21T11:00:00Z', '2026-11-21T12:00:00Z', '2026-11-21T13:00:00Z']

/** Rewrites SHA256SUMS so the pack itself looks consistent again, as a careful forger would. */
function reseal(dir: string): void {
  const lines = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n')
  writeFileSync(
    join(dir, 'SHA256SUMS'),
    lines
      .map((l) => {
        const file = l.slice(66)
        return `${sha256(readFileSync(join(dir, file)))}  ${file}\n`
      })
      .join(''),
  )
}

describe('verifyEvidence', () => {
  let root: string
  let packs: string[]
  beforeEach(async () => {
    root = tempRoot()
    const src = tempRoot()
    writeFileSync(join(src, 'log.txt'), 'all fine\n')
    packs = []
    for (const m of minutes) {
      packs.push(
        (
          await writeEvidencePack({
            root,
            topic: 'manifest',
            when: new Date(m),
            record: record({ artifacts: [{ name: 'log.txt', path: join(src, 'log.txt') }] }),
            redactor,
          })
        ).dir,
      )
    }
    await writeEvidencePack({ root, topic: 'secrets', when: new Date(minutes[1]!), record: record(), redactor })
  })

  const codes = async (dir = root) =>
    (await verifyEvidence(dir)).problems.map((p) => `${p.code} ${p.path.slice(root.length + 1)}`)

  it('finds nothing wrong with an untouched root, or with one pack of it', async () => {
    expect(await verifyEvidence(root)).toEqual({ packs: 5, problems: [] })
    expect(await verifyEvidence(packs[2]!)).toEqual({ packs: 1, problems: [] })
  })

  it('detects a changed file, naming it', async () => {
    appendFileSync(join(packs[1]!, 'artifacts/log.txt'), 'edited\n')
    expect(await codes()).toEqual(['changed_file 20261121-1100/manifest/artifacts/log.txt'])
    const [problem] = (await verifyEvidence(root)).problems
    expect(problem?.message).toMatch(/^changed: SHA256SUMS says [0-9a-f]{64}, the file hashes to [0-9a-f]{64}$/)
  })

  it('detects a file added to a pack and a file removed from one', async () => {
    writeFileSync(join(packs[0]!, 'notes.txt'), 'later addition')
    rmSync(join(packs[3]!, 'VERIFICATION.md'))
    expect(await codes()).toEqual([
      'extra_file 20261121-1000/manifest/notes.txt',
      'missing_file 20261121-1300/manifest/VERIFICATION.md',
    ])
  })

  it('detects a resealed pack through the next pack in the chain', async () => {
    const json = join(packs[1]!, 'evidence.json')
    writeFileSync(json, readFileSync(json, 'utf8').replace('"FAIL"', '"PASS"'))
    reseal(packs[1]!)
    expect(await codes()).toEqual(['chain_mismatch 20261121-1200/manifest'])
  })

  it('detects a deleted middle pack', async () => {
    rmSync(packs[1]!, { recursive: true })
    expect(await codes()).toEqual(['chain_missing 20261121-1200/manifest'])
    expect((await verifyEvidence(root)).problems[0]?.message).toBe(
      'links to previous pack 20261121-1100/manifest, which is missing (deleted?); the pack before it now is 20261121-1000/manifest',
    )
  })

  it('detects a deleted first pack', async () => {
    rmSync(packs[0]!, { recursive: true })
    expect(await codes()).toEqual(['chain_missing 20261121-1100/manifest'])
  })

  it('detects reordered packs (two pack folders swapped)', async () => {
    renameSync(packs[1]!, join(root, 'swap'))
    renameSync(packs[2]!, packs[1]!)
    renameSync(join(root, 'swap'), packs[2]!)
    expect(await codes()).toEqual([
      'moved 20261121-1100/manifest',
      'moved 20261121-1200/manifest',
      'chain_order 20261121-1100/manifest',
      'chain_order 20261121-1200/manifest',
      'chain_mismatch 20261121-1300/manifest',
    ])
  })

  it('detects a pack whose link was cut to start a new chain', async () => {
    const json = join(packs[2]!, 'evidence.json')
    const parsed = JSON.parse(readFileSync(json, 'utf8'))
    writeFileSync(json, JSON.stringify({ ...parsed, previous: null }))
    reseal(packs[2]!)
    expect(await codes()).toEqual(['chain_broken 20261121-1200/manifest', 'chain_mismatch 20261121-1300/manifest'])
  })

  it('reports unreadable bookkeeping: bad SHA256SUMS lines, broken evidence.json, missing SHA256SUMS, symlinks', async () => {
    appendFileSync(join(packs[0]!, 'SHA256SUMS'), 'not a checksum line\n')
    writeFileSync(join(packs[3]!, 'evidence.json'), '{ broken')
    reseal(packs[3]!)
    rmSync(join(root, '20261121-1100', 'secrets', 'SHA256SUMS'))
    symlinkSync('/etc/passwd', join(packs[2]!, 'link'))
    const problems = await codes()
    expect(problems).toEqual([
      'bad_sums_line 20261121-1000/manifest/SHA256SUMS:4',
      'missing_sums 20261121-1100/secrets/SHA256SUMS',
      'not_regular_file 20261121-1200/manifest/link',
      'bad_evidence_json 20261121-1300/manifest/evidence.json',
      // The appended line changed pack 1000's SHA256SUMS, so the next pack's link no longer matches.
      'chain_mismatch 20261121-1100/manifest',
    ])
  })

  it('checks a single pack against its predecessor too', async () => {
    rmSync(packs[1]!, { recursive: true })
    expect(await codes(packs[2]!)).toEqual(['chain_missing 20261121-1200/manifest'])
    expect(await codes(packs[3]!)).toEqual([])
  })

  it('checks the packs of one stamp folder, with their links', async () => {
    expect(await verifyEvidence(join(root, '20261121-1100'))).toEqual({ packs: 2, problems: [] })
    rmSync(packs[0]!, { recursive: true })
    appendFileSync(join(packs[2]!, 'VERIFICATION.md'), 'x')
    expect(await codes(join(root, '20261121-1100'))).toEqual(['chain_missing 20261121-1100/manifest'])
    const empty = join(root, '20261121-0900')
    mkdirSync(empty)
    expect((await verifyEvidence(empty)).problems.map((p) => p.code)).toEqual(['no_packs'])
  })

  it('reports a folder that does not exist or holds no packs', async () => {
    const empty = tempRoot()
    expect((await verifyEvidence(empty)).problems).toEqual([
      { path: empty, code: 'no_packs', message: expect.stringMatching(/holds no evidence packs/) },
    ])
    expect((await verifyEvidence(join(empty, 'nope'))).problems[0]?.code).toBe('not_found')
    mkdirSync(join(empty, 'docs'))
    expect((await verifyEvidence(empty)).packs).toBe(0)
  })

  it('verifies a pack copied out of its root on its own files', async () => {
    const copy = join(tempRoot(), 'pack')
    renameSync(packs[3]!, copy)
    expect(await verifyEvidence(copy)).toEqual({ packs: 1, problems: [] })
    writeFileSync(join(copy, 'evidence.json'), '{}')
    expect((await verifyEvidence(copy)).problems.map((p) => p.code)).toEqual(['changed_file', 'bad_evidence_json'])
  })
})
