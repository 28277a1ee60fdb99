import { describe, expect, it } from 'vitest'
import { allRules } from '../../../src/secrets/all-rules.ts'
import { compileRules } from '../../../src/secrets/compile-rules.ts'
import { scanText } from '../../../src/secrets/scan-text.ts'
import { labelledCorpus } from '../../fixtures/secrets/labelled-corpus.ts'

const compiled = compileRules(allRules())

/** The lines a scan reports (a multi-line finding reports each of its lines), failed checks left out. */
function reportedLines(path: string, text: string): Set<number> {
  const lines = new Set<number>()
  for (const c of scanText({ path, text }, compiled)) {
    if (c.validation === 'invalid') continue
    for (let l = c.line; l <= c.endLine; l++) lines.add(l)
  }
  return lines
}

describe('labelled corpus: credential files, scripts, provider tokens and Odoo files with clean counterparts', () => {
  const corpus = labelledCorpus()

  it('is a corpus worth scoring: every family has leaks and clean lines', () => {
    for (const family of ['files', 'scripts', 'providers', 'odoo'] as const) {
      const files = corpus.filter((f) => f.family === family)
      expect(
        files.reduce((n, f) => n + f.leakLines.length, 0),
        family,
      ).toBeGreaterThan(8)
      expect(
        files.reduce((n, f) => n + f.cleanLines.length, 0),
        family,
      ).toBeGreaterThan(8)
    }
  })

  it('reports every labelled leak line and no clean line', () => {
    const missed: string[] = []
    const falseAlarms: string[] = []
    for (const f of corpus) {
      const reported = reportedLines(f.path, f.text)
      const lines = f.text.split('\n')
      for (const l of f.leakLines)
        if (!reported.has(l)) missed.push(`${f.path}:${l}: ${lines[l - 1]!.trim().slice(0, 40)}`)
      for (const l of f.cleanLines)
        if (reported.has(l)) falseAlarms.push(`${f.path}:${l}: ${lines[l - 1]!.trim().slice(0, 40)}`)
    }
    expect(missed).toEqual([])
    expect(falseAlarms).toEqual([])
  })

  it('the same corpus with other generated values scores the same (no value is tuned for)', () => {
    let missed = 0
    let falseAlarms = 0
    for (const f of labelledCorpus('another-seed')) {
      const reported = reportedLines(f.path, f.text)
      missed += f.leakLines.filter((l) => !reported.has(l)).length
      falseAlarms += f.cleanLines.filter((l) => reported.has(l)).length
    }
    expect({ missed, falseAlarms }).toEqual({ missed: 0, falseAlarms: 0 })
  })
})
