import { readFileSync } from 'node:fs'
import { safeStat } from '../layout/safe-stat.ts'
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
  const stat = safeStat(abs)
  if (stat.kind === 'loop') return fail('manifest/unreadable', 'the manifest is a symlink loop')
  if (stat.kind === 'missing') return fail('manifest/unreadable', 'the manifest does not exist (dangling symlink?)')
  if (stat.kind !== 'file') return fail('manifest/unreadable', 'the manifest is not a regular file')
  if (stat.size > maxBytes) {
    return fail(
      'manifest/too-large',
      `the manifest is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit (manifest.maxManifestBytes); a manifest is a small dict`,
    )
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(abs)
  } catch (error) {
    return fail(
      'manifest/unreadable',
      `cannot read the manifest: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
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
  const text = bytes.toString('utf8').replace(/\r\n?/g, '\n')
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
