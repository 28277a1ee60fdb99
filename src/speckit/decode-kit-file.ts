import type { Finding } from '../op/report.ts'
import type { RawFile } from './kit-types.ts'
import { findInvalidUtf8 } from './find-invalid-utf8.ts'
import { linkOutsideMessage } from '../fs/link-outside-message.ts'
import { makeFinding } from './make-finding.ts'
import { lineStartsOf, positionAt } from './position-at.ts'
import { repairDoubleEncoding } from './repair-double-encoding.ts'
import { MAX_TOTAL_BYTES } from './read-kit-tree.ts'

/** Text of a file, or the findings that say why it cannot be checked as markdown. */
export type DecodedFile = { ok: true; text: string; findings: Finding[] } | { ok: false; findings: Finding[] }

const decoder = new TextDecoder('utf-8')

/**
 * Turns raw bytes into text, refusing binary content, invalid UTF-8 and empty files
 * with a finding that names the file, line and column.
 */
export function decodeKitFile(file: RawFile, maxFileBytes: number): DecodedFile {
  const path = file.path
  if (file.kind === 'missing') return { ok: false, findings: [] }
  if (file.kind === 'outside')
    return fail(makeFinding({ rule: 'spec-kit/link-outside', path, message: linkOutsideMessage(path) }))
  if (file.kind === 'not-a-file') {
    return fail(
      makeFinding({
        rule: 'spec-kit/binary-file',
        path,
        message: `${path} is not a regular file (a folder, device or pipe?): expected a markdown file`,
      }),
    )
  }
  if (file.kind === 'over-budget') {
    return fail(
      makeFinding({
        rule: 'spec-kit/file-too-large',
        path,
        message: `${path} was not read: the kit files before it already total the ${MAX_TOTAL_BYTES / 1e6} MB one run reads; validate fewer kits at a time (paths)`,
        properties: { bytes: file.bytes, limit: MAX_TOTAL_BYTES },
      }),
    )
  }
  if (file.kind === 'too-large' || file.bytes.length > maxFileBytes) {
    const size = file.kind === 'too-large' ? file.bytes : file.bytes.length
    return fail(
      makeFinding({
        rule: 'spec-kit/file-too-large',
        path,
        message: `${path} is ${size} bytes, over the limit of ${maxFileBytes} (spec-kit.maxFileBytes): it was not checked`,
        properties: { bytes: size, limit: maxFileBytes },
      }),
    )
  }
  const bytes = file.bytes
  // Windows editors save "Unicode" as UTF-16 with a byte order mark: every other byte is NUL
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(
      makeFinding({
        rule: 'spec-kit/invalid-encoding',
        path,
        line: 1,
        column: 1,
        message: `${path} is UTF-16 (byte order mark ${bytes[0] === 0xff ? 'FF FE' : 'FE FF'}); save the file as UTF-8`,
      }),
    )
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const at = locateByte(bytes, nul)
    return fail(
      makeFinding({
        rule: 'spec-kit/binary-file',
        path,
        ...at,
        message: `${path} contains a NUL byte at line ${at.line}, column ${at.column}: this is a binary file, expected UTF-8 markdown`,
      }),
    )
  }
  const bad = findInvalidUtf8(bytes)
  if (bad >= 0) {
    const at = locateByte(bytes, bad)
    const hex = bytes[bad]!.toString(16).padStart(2, '0')
    return fail(
      makeFinding({
        rule: 'spec-kit/invalid-encoding',
        path,
        ...at,
        message: `${path}:${at.line}:${at.column}: byte 0x${hex} is not valid UTF-8; save the file as UTF-8`,
      }),
    )
  }
  const text = decoder.decode(bytes)
  if (text.trim() === '') {
    return fail(
      makeFinding({ rule: 'spec-kit/empty-file', path, message: `${path} is empty: expected the ${describe(path)}` }),
    )
  }
  const fixed = repairDoubleEncoding(text)
  if (!fixed) return { ok: true, text, findings: [] }
  const at = positionAt(lineStartsOf(text), fixed.first.offset)
  return {
    ok: true,
    text: fixed.text,
    findings: [
      makeFinding({
        rule: 'spec-kit/double-encoded',
        path,
        ...at,
        message: `${path} is double-encoded: its UTF-8 was read as ${fixed.charset} and saved again, so "${fixed.first.meant}" is written "${fixed.first.written}" (${fixed.repaired} character${fixed.repaired === 1 ? '' : 's'}); they were read as meant. Repair the file with \`iconv -f UTF-8 -t ${fixed.iconv} ${path.slice(path.lastIndexOf('/') + 1)} > fixed.md\` and check the result`,
        properties: { charset: fixed.charset, repaired: fixed.repaired },
      }),
    ],
  }
}

function fail(f: Finding): DecodedFile {
  return { ok: false, findings: [f] }
}

/** 1-based line and byte column of a byte offset. */
function locateByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

function describe(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '')
  return `${name} document of the kit`
}
