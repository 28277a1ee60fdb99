import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePythonLiteral } from '../../../../src/odoo/manifest/parse-python-literal.ts'
import { toJsonValue } from '../../../../src/odoo/manifest/to-json-value.ts'

// A copy of the shared corpus lives in the repo so a fresh clone runs this test.
const CORPUS = join(import.meta.dirname, '../../../fixtures/manifest/oca-manifests')

// Each <repo>@<series>.expected.json maps addon -> what CPython's ast.literal_eval returned.
const sets = readdirSync(CORPUS).filter((f) => f.endsWith('.expected.json'))

describe('parsePythonLiteral on the real OCA manifest corpus', () => {
  it('finds the corpus', () => {
    expect(sets.length).toBeGreaterThanOrEqual(9)
  })

  for (const file of sets) {
    const folder = file.replace(/\.expected\.json$/, '')
    const expected: Record<string, unknown> = JSON.parse(readFileSync(join(CORPUS, file), 'utf8'))
    it(`agrees exactly with Python on every addon of ${folder} (${Object.keys(expected).length})`, () => {
      const onDisk = readdirSync(join(CORPUS, folder)).sort()
      expect(onDisk).toEqual(Object.keys(expected).sort())
      for (const addon of onDisk) {
        const source = readFileSync(join(CORPUS, folder, addon, '__manifest__.py'), 'utf8')
        expect({ addon, value: toJsonValue(parsePythonLiteral(source)) }).toEqual({ addon, value: expected[addon] })
      }
    })
  }
})
