import { describe, expect, it } from 'vitest'
import { decodeKitFile } from '../../../src/speckit/decode-kit-file.ts'

const file = (text: string | Uint8Array) => ({
  path: 'spec/a/tasks.md',
  kind: 'bytes' as const,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
})

describe('decodeKitFile', () => {
  it('returns the text of valid UTF-8 markdown', () => {
    expect(decodeKitFile(file('# Tasks\n'), 100)).toEqual({ ok: true, text: '# Tasks\n', findings: [] })
  })
  it('reports a NUL byte as a binary file with its line and column', () => {
    const r = decodeKitFile(file(new Uint8Array([0x23, 0x0a, 0x41, 0x00])), 100)
    expect(r).toMatchObject({ ok: false, findings: [{ ruleId: 'spec-kit/binary-file', line: 2, column: 2 }] })
  })
  it('reports invalid UTF-8 with line, column and the byte', () => {
    const r = decodeKitFile(file(new Uint8Array([0x23, 0x0a, 0x4c, 0x69, 0xe8, 0x67])), 100)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.findings[0]).toMatchObject({ ruleId: 'spec-kit/invalid-encoding', line: 2, column: 3 })
      expect(r.findings[0]!.message).toContain('0xe8')
    }
  })
  it('recognises UTF-16 files by their byte order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x54, 0x00])
    expect(decodeKitFile(file(utf16), 100)).toMatchObject({
      ok: false,
      findings: [{ ruleId: 'spec-kit/invalid-encoding', line: 1, message: expect.stringContaining('UTF-16') }],
    })
  })
  it('reports empty and whitespace-only files', () => {
    expect(decodeKitFile(file(''), 100)).toMatchObject({ ok: false, findings: [{ ruleId: 'spec-kit/empty-file' }] })
    expect(decodeKitFile(file(' \n\t\n'), 100)).toMatchObject({
      ok: false,
      findings: [{ ruleId: 'spec-kit/empty-file' }],
    })
  })
  it('reports files over the size limit without reading them', () => {
    expect(decodeKitFile({ path: 'x.md', kind: 'too-large', bytes: 5_000_000 }, 2_000_000)).toMatchObject({
      ok: false,
      findings: [{ ruleId: 'spec-kit/file-too-large', properties: { bytes: 5_000_000, limit: 2_000_000 } }],
    })
    expect(decodeKitFile(file('# big enough'), 4)).toMatchObject({
      ok: false,
      findings: [{ ruleId: 'spec-kit/file-too-large' }],
    })
  })
  it('reports a folder or pipe named like a kit file', () => {
    expect(decodeKitFile({ path: 'tasks.md', kind: 'not-a-file' }, 100)).toMatchObject({
      ok: false,
      findings: [{ ruleId: 'spec-kit/binary-file' }],
    })
  })
  it('yields nothing for a missing file (missing-file is reported by the kit)', () => {
    expect(decodeKitFile({ path: 'tasks.md', kind: 'missing' }, 100)).toEqual({ ok: false, findings: [] })
  })
})
