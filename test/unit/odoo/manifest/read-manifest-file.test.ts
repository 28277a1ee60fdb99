import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readManifestFile } from '../../../../src/odoo/manifest/read-manifest-file.ts'
import { toJsonValue } from '../../../../src/odoo/manifest/to-json-value.ts'

function file(content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'oda-read-')), '__manifest__.py')
  writeFileSync(path, content)
  return path
}

describe('readManifestFile', () => {
  it('reads CRLF and lone CR files with universal newlines, as Python text mode does', () => {
    const r = readManifestFile(file('{\r\n  "a": """x\r\ny""",\r  "b": 1,\r\n}\r\n'), 1 << 20)
    expect(r.ok && toJsonValue(r.manifest)).toEqual({ a: 'x\ny', b: 1 })
    expect(r.ok && r.manifest.entries[1]?.key.line).toBe(4)
  })

  it('rejects a UTF-8 byte order mark as Python does for text input', () => {
    const r = readManifestFile(file('\ufeff{"a": 1}'), 1 << 20)
    expect(r.ok ? 'ok' : `${r.problem.ruleId} ${r.problem.line}:${r.problem.column} ${r.problem.message}`).toBe(
      'manifest/syntax 1:1 invalid non-printable character U+FEFF',
    )
  })

  it('reads UTF-8 text with accents and reports the position of a problem after them', () => {
    const r = readManifestFile(file('{"name": "Café", "x": y}'), 1 << 20)
    expect(r.ok ? 'ok' : `${r.problem.ruleId} ${r.problem.line}:${r.problem.column}`).toBe('manifest/not-literal 1:23')
  })

  it('refuses a named pipe, a folder and a device without waiting or reading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-read-'))
    execFileSync('mkfifo', [join(dir, 'fifo.py')])
    mkdirSync(join(dir, 'folder.py'))
    for (const path of [join(dir, 'fifo.py'), join(dir, 'folder.py'), '/dev/zero'])
      expect(readManifestFile(path, 1 << 20)).toEqual({
        ok: false,
        problem: { ruleId: 'manifest/unreadable', message: 'the manifest is not a regular file', line: 1 },
      })
  })
})
