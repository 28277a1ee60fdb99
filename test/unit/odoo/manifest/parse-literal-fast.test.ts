import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parseLiteralFast } from '../../../../src/odoo/manifest/parse-literal-fast.ts'
import { parseLiteralFully } from '../../../../src/odoo/manifest/parse-python-literal.ts'
import { differentialCases } from './differential-cases.ts'
import { generateLiteralSources } from './generate-literal-sources.ts'

const CORPUS = join(import.meta.dirname, '../../../fixtures/manifest/oca-manifests')
const OCA_LAYOUT = join(import.meta.dirname, '../../../fixtures/manifest/oca-layout')

function corpus(): string[] {
  const out: string[] = []
  for (const set of readdirSync(CORPUS).filter((f) => f.includes('@') && !f.endsWith('.json')))
    for (const addon of readdirSync(join(CORPUS, set)))
      out.push(readFileSync(join(CORPUS, set, addon, '__manifest__.py'), 'utf8'))
  return out
}

function full(src: string): unknown {
  try {
    return parseLiteralFully(src)
  } catch (error) {
    return error
  }
}

/** Sources where the fast path answers and its answer differs from the full parser's (value and positions). */
function differences(sources: readonly string[]): string[] {
  return sources.filter((src) => {
    const fast = parseLiteralFast(src, 100_000)
    return fast !== undefined && !isDeepStrictEqual(fast, full(src))
  })
}

describe('parseLiteralFast', () => {
  it('reads nearly every real manifest, each exactly as the full parser does, positions included', () => {
    const sources = corpus()
    expect(differences(sources)).toEqual([])
    const taken = sources.filter((s) => parseLiteralFast(s, 100_000) !== undefined).length
    expect(taken / sources.length).toBeGreaterThan(0.97)
  })

  it('agrees with the full parser whenever it answers, on corner cases and 2,400 generated sources', () => {
    expect(differences(differentialCases)).toEqual([])
    const generated = generateLiteralSources(1200, 17)
    expect(differences(generated)).toEqual([])
    // It must answer often enough on them for the comparison to mean something.
    expect(generated.filter((s) => parseLiteralFast(s, 100_000) !== undefined).length).toBeGreaterThan(100)
  })

  it('never answers for an error, leaving message and position to the full parser', () => {
    for (const src of [
      '{"a": 1',
      '{"a": 1 "b": 2}',
      '{"name": "x"\n "version": "1"}',
      '"a"\n"b"',
      '\n  {}',
      '{"a": 01}',
      '{"a": 1}, {"b": 2}',
      '{"a": True.x}',
      '{"a": "\\x4"}',
      '{"a": f"x"}',
      '[' + '['.repeat(250) + ']'.repeat(251),
    ])
      expect({ src, fast: parseLiteralFast(src, 100_000) }).toEqual({ src, fast: undefined })
    expect(parseLiteralFast('[' + '1,'.repeat(50) + ']', 20)).toBeUndefined()
  })

  it('keeps the first position and the last value of a repeated key, as Python does', () => {
    const src = '{\n  "a": 1,\n  "b": 2,\n  "a": 3,\n}\n'
    expect(parseLiteralFast(src, 100_000)).toEqual(parseLiteralFully(src))
    expect(parseLiteralFast(src, 100_000)).toMatchObject({
      entries: [{ key: { value: 'a', line: 2, column: 3 }, value: { value: 3n, line: 4 } }, { key: { value: 'b' } }],
    })
  })

  it('reads the OCA layout fixtures', () => {
    for (const series of ['oca-16.0', 'oca-17.0', 'oca-18.0'])
      for (const addon of readdirSync(join(OCA_LAYOUT, series)).filter((d) => /^(api|web)_/.test(d))) {
        const src = readFileSync(join(OCA_LAYOUT, series, addon, '__manifest__.py'), 'utf8')
        expect(parseLiteralFast(src, 100_000)).toEqual(parseLiteralFully(src))
      }
  })
})
