import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runDist } from '../helpers/run-dist.ts'

// A pull request controls every byte of its manifests. Under the 1 MiB size limit a manifest
// can still hold half a million values, a million-byte literal or brackets nested a quarter of
// a million deep. The commands that read it (the PR check, `manifest show`) must answer with a
// finding at the manifest's file:line:column, never crash (exit 3) or grind through all of it.

const HALF_MILLION = 500_000
const HEAD = '{"name": "x", "version": "17.0.1.0.0", "license": "LGPL-3", "author": "A", '
const PREFIX = HEAD + '"depends": '
const HOSTILE = {
  // half a million values in one-item lists: cost seconds and hundreds of MB per MB of input
  nested_lists: PREFIX + '[' + '[1],'.repeat(HALF_MILLION / 2) + ']}\n',
  // a set of half a million items: its items were spread into one function call (stack overflow)
  big_set: PREFIX + '{' + '1,'.repeat(HALF_MILLION) + '}}\n',
  // a bytes literal of a million bytes: the same spread, one argument per byte
  big_bytes: HEAD + '"depends": [], "data": b"' + 'a'.repeat(2 * HALF_MILLION) + '"}\n',
  // brackets nested 250,000 deep: recursion must stop long before the stack does
  deep: PREFIX + '['.repeat(HALF_MILLION / 2) + ']'.repeat(HALF_MILLION / 2) + '}\n',
}
// Reading stops at the 100,001st token. Up to the bracket after "depends" there are 20 (the brace,
// four `key : value ,`, `"depends" :` and the bracket), then 4 per `[1],`: the limit falls on the
// `[` of item 24,996 (4 characters per item).
const NESTED_STOP = PREFIX.length + 1 + 24_995 * 4 + 1
// The same 20, then 2 per `1,`: the 100,001st token is the `1` of item 49,991.
const SET_STOP = PREFIX.length + 1 + 49_990 * 2 + 1
// The dict's brace is the first nesting level, so the 200th `[` is one too many.
const DEEP_STOP = PREFIX.length + 200

const root = mkdtempSync(join(tmpdir(), 'oda-sec-manifest-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
for (const [name, source] of Object.entries(HOSTILE)) {
  mkdirSync(join(root, 'addons', name), { recursive: true })
  writeFileSync(join(root, 'addons', name, '__manifest__.py'), source)
  writeFileSync(join(root, 'addons', name, '__init__.py'), '')
}

/** `path:line:column rule` of each failure line the CLI printed. */
function findingLines(stdout: string): string[] {
  return [...stdout.matchAll(/^\s*(\S+__manifest__\.py:\d+:\d+)\s+failure\s+(manifest\/\S+)/gm)].map(
    (m) => `${m[1]} ${m[2]}`,
  )
}

describe('hostile manifests under the 1 MiB size limit', () => {
  it('are each at most 1 MiB', () => {
    for (const source of Object.values(HOSTILE)) expect(Buffer.byteLength(source)).toBeLessThanOrEqual(1024 * 1024)
  })

  it('manifest show answers each with a positioned finding or its value, never a crash', () => {
    const r = runDist(['manifest', 'show', ...Object.keys(HOSTILE).map((n) => `addons/${n}`)], { cwd: root })
    expect(r.stdout + r.stderr).not.toMatch(/Maximum call stack|internal error/)
    expect(r.code).toBe(1)
    expect(findingLines(r.stdout).sort()).toEqual([
      `addons/big_set/__manifest__.py:1:${SET_STOP} manifest/too-large`,
      `addons/deep/__manifest__.py:1:${DEEP_STOP} manifest/syntax`,
      `addons/nested_lists/__manifest__.py:1:${NESTED_STOP} manifest/too-large`,
    ])
    expect(r.stdout).toContain(
      'nested_lists: the manifest holds more than 100,000 tokens (values, brackets and commas); oda stops reading here: a manifest is a small dict',
    )
    expect(r.stdout).toContain('deep: too many nested brackets (more than 200)')
    // The million-byte literal is legal Python and is shown, not refused.
    expect(r.stdout).toContain('manifest show: 1 of 4 manifests read')
  })

  it('the manifest check reports them at the same places and still checks the rest', () => {
    const r = runDist(['manifest', 'verify', '.', '--series', '17.0'], { cwd: root })
    expect(r.stdout + r.stderr).not.toMatch(/Maximum call stack|internal error/)
    expect(r.code).toBe(1)
    expect(findingLines(r.stdout).sort()).toEqual([
      // the bytes literal parsed; it is checked like any manifest ("data" must be a list)
      `addons/big_bytes/__manifest__.py:1:${HEAD.length + '"depends": [], "data": '.length + 1} manifest/key-type`,
      `addons/big_set/__manifest__.py:1:${SET_STOP} manifest/too-large`,
      `addons/deep/__manifest__.py:1:${DEEP_STOP} manifest/syntax`,
      `addons/nested_lists/__manifest__.py:1:${NESTED_STOP} manifest/too-large`,
    ])
  })
})
