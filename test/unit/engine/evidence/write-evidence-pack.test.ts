import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { writeEvidencePack } from '../../../../src/engine/evidence/write-evidence-pack.ts'
import { verifyEvidence } from '../../../../src/engine/evidence/verify-evidence.ts'
import { sha256 } from '../../../../src/engine/evidence/sha256-sums.ts'
import { EvidenceError } from '../../../../src/engine/evidence/evidence-error.ts'
import { Redactor } from '../../../../src/log/redactor.ts'
import { record } from './pack-fixtures.ts'
import { tempRoot } from './temp-root.ts'

const when = new Date('2026-11-21T15:40:59.999Z')
const redactor = new Redactor()

describe('writeEvidencePack', () => {
  it('writes VERIFICATION.md, evidence.json and a SHA256SUMS that sha256sum -c accepts', async () => {
    const root = tempRoot()
    const { dir, digest } = await writeEvidencePack({ root, topic: 'manifest', when, record: record(), redactor })
    expect(dir).toBe(join(root, '20261121-1540', 'manifest'))
    expect(readdirSync(dir).sort()).toEqual(['SHA256SUMS', 'VERIFICATION.md', 'evidence.json'])
    expect(digest).toBe(sha256(readFileSync(join(dir, 'SHA256SUMS'))))
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toBe(
      'VERIFICATION.md: OK\nevidence.json: OK\n',
    )
    const md = readFileSync(join(dir, 'VERIFICATION.md'), 'utf8')
    expect(md).toContain('# Verification: manifest — FAIL')
    expect(md).toContain('| Commit | 3f786850e387550fdab836ed7e6dc881de23001b |')
    expect(md).toContain('| By | octocat via cli |')
    expect(md).toContain('| When | 2026-11-21T15:40:12.000Z |')
    expect(md).toContain(
      '| failure | manifest/version | addons/ipai_sale/__manifest__.py:4:5 | version "17.0.1" must have 5 parts \\| like 17.0.1.0.0 |',
    )
    expect(md).toContain('none: first pack of this topic')
    const json = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8'))
    expect(json).toMatchObject({
      schemaVersion: 1,
      kind: 'oda-evidence-pack',
      topic: 'manifest',
      path: '20261121-1540/manifest',
      status: 'FAIL',
      op: 'manifest.verify',
      commit: '3f786850e387550fdab836ed7e6dc881de23001b',
      previous: null,
      writtenAt: when.toISOString(),
    })
    expect(json.findings).toHaveLength(2)
  })

  it('adds -2, -3 to the stamp folder instead of overwriting, and links each pack to the one before', async () => {
    const root = tempRoot()
    const a = await writeEvidencePack({ root, topic: 'manifest', when, record: record(), redactor })
    const b = await writeEvidencePack({ root, topic: 'manifest', when, record: record({ status: 'PASS' }), redactor })
    const c = await writeEvidencePack({ root, topic: 'manifest', when, record: record(), redactor })
    const other = await writeEvidencePack({ root, topic: 'secrets', when, record: record(), redactor })
    expect([a.dir, b.dir, c.dir, other.dir].map((d) => d.slice(root.length + 1))).toEqual([
      '20261121-1540/manifest',
      '20261121-1540-2/manifest',
      '20261121-1540-3/manifest',
      '20261121-1540/secrets',
    ])
    const prev = (d: string) => JSON.parse(readFileSync(join(d, 'evidence.json'), 'utf8')).previous
    expect(prev(b.dir)).toEqual({ path: '20261121-1540/manifest', digest: a.digest })
    expect(prev(c.dir)).toEqual({ path: '20261121-1540-2/manifest', digest: b.digest })
    expect(prev(other.dir)).toBeNull()
    const later = await writeEvidencePack({
      root,
      topic: 'manifest',
      when: new Date('2026-11-21T16:05:00Z'),
      record: record(),
      redactor,
    })
    expect(later.dir).toBe(join(root, '20261121-1605', 'manifest'))
    expect(prev(later.dir)).toEqual({ path: '20261121-1540-3/manifest', digest: c.digest })
    expect(readFileSync(join(later.dir, 'VERIFICATION.md'), 'utf8')).toContain(
      `| Previous pack | 20261121-1540-3/manifest (sha256 ${c.digest}) |`,
    )
    expect(await verifyEvidence(root)).toEqual({ packs: 5, problems: [] })
    expect(readdirSync(root).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('passes every written byte through the redactor, artifacts and their names included', async () => {
    const root = tempRoot()
    const src = tempRoot()
    const secret = 'ghp_s3cretT0kenValue' // oda:allow fake credential for this test
    writeFileSync(join(src, 'deploy.log'), `pulling with ${secret}\ndone\n`)
    const r = new Redactor({ values: [secret] })
    const { dir } = await writeEvidencePack({
      root,
      topic: 'deploy',
      when,
      redactor: r,
      artifactsBase: src,
      record: record({
        title: `token ${secret}`,
        summary: `used ${secret}`,
        inputs: { token: secret, [secret]: 1 },
        findings: [{ path: 'x', line: 1, level: 'failure', ruleId: 'r', message: secret }],
        artifacts: [
          { name: 'deploy.log', path: 'deploy.log' },
          { name: `${secret}.txt`, path: join(src, 'deploy.log') },
        ],
      }),
    })
    for (const f of ['VERIFICATION.md', 'evidence.json', 'SHA256SUMS', 'artifacts/deploy.log'])
      expect(readFileSync(join(dir, f), 'utf8')).not.toContain(secret)
    expect(readFileSync(join(dir, 'artifacts/deploy.log'), 'utf8')).toBe('pulling with ***\ndone\n')
    expect(readdirSync(join(dir, 'artifacts')).sort()).toEqual(['___.txt', 'deploy.log'])
    expect(JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')).inputs).toEqual({ token: '***', '***': 1 })
    expect((await verifyEvidence(root)).problems).toEqual([])
  })

  it('copies binary artifacts byte for byte, renames clashing names and records missing ones', async () => {
    const root = tempRoot()
    const src = tempRoot()
    const bin = Buffer.from([0x50, 0x47, 0x44, 0x4d, 0x50, 0x00, 0xff, 0xfe, 0x01])
    writeFileSync(join(src, 'db.dump'), bin)
    writeFileSync(join(src, 'a.txt'), 'one')
    const { dir } = await writeEvidencePack({
      root,
      topic: 'backup',
      when,
      redactor,
      artifactsBase: src,
      record: record({
        artifacts: [
          { name: 'db.dump', path: 'db.dump' },
          { name: 'out/a.txt', path: 'a.txt' },
          { name: 'a.txt', path: 'a.txt' },
          { name: 'report.xml', path: 'missing.xml' },
          { name: 'dir', path: '.' },
        ],
      }),
    })
    expect(readFileSync(join(dir, 'artifacts/db.dump'))).toEqual(bin)
    const json = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8'))
    expect(json.artifacts).toEqual([
      { name: 'db.dump', file: 'artifacts/db.dump', sha256: sha256(bin), bytes: bin.length, redacted: false },
      { name: 'out/a.txt', file: 'artifacts/a.txt', sha256: sha256('one'), bytes: 3, redacted: true },
      { name: 'a.txt', file: 'artifacts/a-2.txt', sha256: sha256('one'), bytes: 3, redacted: true },
      { name: 'report.xml', missing: true, reason: 'file not found' },
      { name: 'dir', missing: true, reason: 'not a regular file' },
    ])
    expect(readFileSync(join(dir, 'VERIFICATION.md'), 'utf8')).toContain('| report.xml | missing: file not found |')
    expect(execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toBe('')
  })

  it('tells text from binary past the first 8 KiB: a cut multi-byte character is text, invalid UTF-8 is binary', async () => {
    const root = tempRoot()
    const src = tempRoot()
    const secret = 'pg-password-123'
    const text = `${'a'.repeat(8191)}é ${secret}\n`
    const noNul = Buffer.alloc(10_000, 0xff)
    writeFileSync(join(src, 'long.log'), text)
    writeFileSync(join(src, 'blob'), noNul)
    const { dir } = await writeEvidencePack({
      root,
      topic: 'backup',
      when,
      redactor: new Redactor({ values: [secret] }),
      artifactsBase: src,
      record: record({
        artifacts: [
          { name: 'long.log', path: 'long.log' },
          { name: 'blob', path: 'blob' },
        ],
      }),
    })
    expect(readFileSync(join(dir, 'artifacts/long.log'), 'utf8')).toBe(`${'a'.repeat(8191)}é ***\n`)
    expect(readFileSync(join(dir, 'artifacts/blob'))).toEqual(noNul)
    const json = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8'))
    expect(json.artifacts.map((a: { redacted: boolean }) => a.redacted)).toEqual([true, false])
  })

  it('leaves nothing behind when writing fails half-way', async () => {
    const root = tempRoot()
    class FailingRedactor extends Redactor {
      override redact(text: string): string {
        if (text.includes('# Verification')) throw new Error('disk full')
        return super.redact(text)
      }
    }
    await expect(
      writeEvidencePack({ root, topic: 'manifest', when, record: record(), redactor: new FailingRedactor() }),
    ).rejects.toThrow('disk full')
    expect(readdirSync(root)).toEqual([])
    await writeEvidencePack({ root, topic: 'manifest', when, record: record(), redactor })
    expect(readdirSync(root)).toEqual(['20261121-1540'])
  })

  it('refuses a topic that is not one plain folder name, and a time before the newest pack', async () => {
    const root = tempRoot()
    for (const topic of ['../escape', 'a/b', '.hidden', '', '-x']) {
      await expect(writeEvidencePack({ root, topic, when, record: record(), redactor })).rejects.toBeInstanceOf(
        EvidenceError,
      )
    }
    await writeEvidencePack({ root, topic: 'manifest', when, record: record(), redactor })
    await expect(
      writeEvidencePack({
        root,
        topic: 'manifest',
        when: new Date('2026-11-21T15:39:00Z'),
        record: record(),
        redactor,
      }),
    ).rejects.toThrow(/newest manifest pack is 20261121-1540\/manifest, later than 20261121-1539/)
    await expect(
      writeEvidencePack({ root, topic: 'manifest', when: new Date('nope'), record: record(), redactor }),
    ).rejects.toThrow(/not a valid date/)
    expect(existsSync(join(root, '20261121-1539'))).toBe(false)
  })

  it('keeps one unbroken chain when many writers of a topic run at once', async () => {
    const root = tempRoot()
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        writeEvidencePack({ root, topic: 'odoo-ci', when, record: record({ title: `run ${i}` }), redactor }),
      ),
    )
    expect(new Set(results.map((r) => r.dir)).size).toBe(12)
    expect(await verifyEvidence(root)).toEqual({ packs: 12, problems: [] })
  })
})
