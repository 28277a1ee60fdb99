import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parsePythonLiteral } from '../../../../src/odoo/manifest/parse-python-literal.ts'
import { differentialCases } from './differential-cases.ts'
import { generateLiteralSources } from './generate-literal-sources.ts'
import { normalizeForOracle } from './normalize-for-oracle.ts'
import { hasPython, pythonLiteralEval } from './python-oracle.ts'
import type { OracleResult } from './python-oracle.ts'

function ours(src: string): OracleResult {
  try {
    return { ok: true, json: normalizeForOracle(parsePythonLiteral(src)) }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : 'unknown' }
  }
}

function agree(a: OracleResult, b: OracleResult): boolean {
  return a.ok === b.ok && (!a.ok || !b.ok || isDeepStrictEqual(a.json, b.json))
}

/**
 * Sources where our parser and CPython disagree. A disagreement is re-checked with CPython in
 * a fresh process: CPython 3.11 sometimes decodes a string wrongly after many failed parses
 * in the same process, which is its state, not the source's meaning.
 */
function disagreements(sources: readonly string[]): { src: string; python: OracleResult; ours: OracleResult }[] {
  const python = pythonLiteralEval(sources)
  return sources
    .map((src, i) => ({ src, python: python[i] ?? { ok: false, error: 'missing' }, ours: ours(src) }))
    .filter((d) => !agree(d.python, d.ours))
    .map((d) => ({ ...d, python: pythonLiteralEval([d.src])[0] ?? d.python }))
    .filter((d) => !agree(d.python, d.ours))
}

describe.runIf(hasPython)('parsePythonLiteral agrees with CPython ast.literal_eval', () => {
  it('on hand-picked corners of the literal grammar (value or failure alike)', () => {
    expect(disagreements(differentialCases)).toEqual([])
  })

  it('on 2,400 generated manifest-shaped sources and their one-character mutations', () => {
    const sources = generateLiteralSources(1200, 17)
    const python = pythonLiteralEval(sources)
    // The generator must produce both outcomes, or the comparison proves little.
    expect(python.filter((r) => r.ok).length).toBeGreaterThan(800)
    expect(python.filter((r) => !r.ok).length).toBeGreaterThan(200)
    expect(disagreements(sources)).toEqual([])
  })
})
