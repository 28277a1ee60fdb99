import { readRegularFile } from '../layout/read-regular-file.ts'
import { findInvalidUtf8 } from './find-invalid-utf8.ts'
import { LiteralSyntaxError } from './literal-syntax-error.ts'
import { parsePythonLiteral } from './parse-python-literal.ts'
import type { PyValue } from './python-value.ts'

/** Why a manifest file could not be turned into a dict, with a position when there is one. */
export interface ManifestProblem {
  ruleId:
    'manifest/unreadable' | 'manifest/syntax' | 'manifest/not-literal' | 'manifest/not-dict' | 'manifest/too-large'
  message: string
  line: number
  column?: number
}

export type ReadManifestResult =
  { ok: true; manifest: Extract<PyValue, { kind: 'dict' }> } | { ok: false; problem: ManifestProblem }

/**
 * Reads a `__manifest__.py` as Odoo does (UTF-8 text, universal newlines, then
 * ast.literal_eval) without running anything. Binary files, invalid UTF-8, oversized files,
 * symlink loops, syntax errors and non-literals come back as a problem, never as a throw.
 */
export function readManifestFile(abs: string, maxBytes: number): ReadManifestResult {
  const fail = (ruleId: ManifestProblem['ruleId'], message: string, line = 1, column?: number): ReadManifestResult => ({
    ok: false,
    problem: { ruleId, message, line, column },
  })
  const file = readRegularFile(abs, maxBytes)
  if (file.kind === 'loop') return fail('manifest/unreadable', 'the manifest is a symlink loop')
  if (file.kind === 'missing') return fail('manifest/unreadable', 'the manifest does not exist (dangling symlink?)')
  if (file.kind === 'not-file') return fail('manifest/unreadable', 'the manifest is not a regular file')
  if (file.kind === 'too-large') {
    return fail(
      'manifest/too-large',
      `the manifest is ${formatBytes(file.size)}, over the ${formatBytes(maxBytes)} limit (manifest.maxManifestBytes); a manifest is a small dict`,
    )
  }
  if (file.kind === 'error') return fail('manifest/unreadable', `cannot read the manifest: ${file.message}`)
  const bytes = file.bytes
  const nul = bytes.subarray(0, 8192).indexOf(0)
  if (nul >= 0)
    return fail(
      'manifest/unreadable',
      'the manifest is a binary file (it contains NUL bytes); expected UTF-8 Python source',
      lineOf(bytes, nul),
    )
  const bad = findInvalidUtf8(bytes)
  if (bad >= 0) {
    return fail(
      'manifest/unreadable',
      `invalid UTF-8 at byte ${bad} (0x${(bytes[bad] ?? 0).toString(16)}); Odoo reads manifests as UTF-8 and would fail to load this addon`,
      lineOf(bytes, bad),
    )
  }
  // Universal newlines, as Python's text mode gives literal_eval.
  const decoded = bytes.toString('utf8')
  const text = decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded
  let value: PyValue
  try {
    value = parsePythonLiteral(text)
  } catch (error) {
    if (!(error instanceof LiteralSyntaxError)) throw error
    const ruleId =
      error.kind === 'syntax'
        ? 'manifest/syntax'
        : error.kind === 'too-large'
          ? 'manifest/too-large'
          : 'manifest/not-literal'
    return fail(ruleId, error.message, error.line, error.column)
  }
  if (value.kind !== 'dict')
    return fail(
      'manifest/not-dict',
      `the manifest is a ${value.kind}, not a dict; Odoo expects a dict literal such as {"name": ..., "version": ...}`,
      value.line,
      value.column,
    )
  return { ok: true, manifest: value }
}

function lineOf(bytes: Buffer, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MiB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${n} bytes`
}
