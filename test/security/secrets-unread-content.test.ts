import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createOpContext } from '../../src/engine/create-context.ts'
import { defaultConfig } from '../../src/config/schema.ts'
import { secretsScanOp } from '../../src/ops/secrets-scan/index.ts'
import { makeBase62Token } from '../../src/secrets/checksums.ts'
import { STREAM_CHUNK_BYTES } from '../../src/ops/secrets-scan/steps/scan-file.ts'

// Checksum-valid, made-up tokens built here, so none sits in the source.
const token = makeBase62Token('ghp_', 'Z8qW3eR6tY1uI4oP7aS2dF5gH9jK0l')
const other = makeBase62Token('ghp_', 'M4nB7vC1xZ5lK8jH2gF6dS9aP3oI0u')

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function scanTree(files: Record<string, Buffer | string>) {
  dir = mkdtempSync(join(tmpdir(), 'oda-sec-unread-'))
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body)
  const ctx = createOpContext({ cwd: dir, config: defaultConfig() })
  return secretsScanOp.run(ctx, secretsScanOp.input.parse({ dir: '.' }))
}

describe('nothing is left unread while the result says clean', () => {
  it('scans a file over 25 MB in streaming mode and finds the token at its end', async () => {
    const filler = 'const x = 1 // ordinary code line of a large generated bundle\n'
    const big = filler.repeat(Math.ceil((26 * 1024 * 1024) / filler.length)) + `TOKEN = "${token}"\n`
    const report = await scanTree({ 'bundle.js': big })
    expect(report.conclusion).toBe('failure')
    expect(report.findings.map((f) => [f.path, f.line])).toEqual([['bundle.js', big.split('\n').length - 1]])
    expect(report.summary).toContain('1 large file was scanned in streaming mode')
  })

  it('finds a key block cut by a chunk boundary exactly once', async () => {
    const key = `-----BEGIN OPENSSH PRIVATE KEY-----\n${'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn\n'.repeat(20)}-----END OPENSSH PRIVATE KEY-----\n`
    const line = 'x = 1\n'
    // The key starts a few lines before the first chunk's end (chunks are half the read size at least).
    const before = line.repeat(Math.floor(STREAM_CHUNK_BYTES / line.length) - 5)
    const text = before + key + line.repeat(5_000_000)
    const report = await scanTree({ 'dump.sql': text })
    const keys = report.findings.filter((f) => f.ruleId === 'private-key')
    expect(keys.map((f) => f.line)).toEqual([before.split('\n').length])
  })

  it('scans text with a stray NUL near its start instead of calling it binary', async () => {
    const report = await scanTree({ 'settings.conf': `[main]\u0000\nname = shop\ntoken = ${token}\n` })
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([['settings.conf', 3, 'github-pat']])
  })

  it('decodes UTF-16 text (with and without a byte-order mark) and scans it', async () => {
    const body = `Windows Registry Editor Version 5.00\r\n"DeployToken"="${token}"\r\n`
    const be = Buffer.from(`"Other"="${other}"\r\n`, 'utf16le').swap16()
    const report = await scanTree({
      'deploy.reg': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]),
      'no-bom.ps1': Buffer.from(body, 'utf16le'),
      'big-endian.txt': be,
    })
    expect(report.findings.map((f) => [f.path, f.line]).sort()).toEqual([
      ['big-endian.txt', 1],
      ['deploy.reg', 2],
      ['no-bom.ps1', 2],
    ])
    expect(report.summary).toContain('3 UTF-16 files were decoded and scanned')
  })

  it('lists every file it did not scan, with the reason, and never says clean without saying so', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.alloc(200, 0),
      Buffer.from(token),
    ])
    const report = await scanTree({
      'logo.png': png,
      'package-lock.json':
        '{\n  "name": "shop",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true\n}\n',
      'README.md': 'shop\n',
    })
    expect(report.conclusion).toBe('success')
    expect(report.summary).toMatch(/1 file not scanned, binary content .*: `logo\.png`\./)
    expect(report.summary).toMatch(/1 file not scanned, generated dependency lockfiles .*: `package-lock\.json`\./)
  })
})
