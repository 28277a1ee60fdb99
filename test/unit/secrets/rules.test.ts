import { describe, expect, it } from 'vitest'
import { allRules } from '../../../src/secrets/all-rules.ts'
import { compileRules } from '../../../src/secrets/compile-rules.ts'
import { scanText } from '../../../src/secrets/scan-text.ts'
import { ruleCases } from '../../fixtures/secrets/rule-cases.ts'
import { expandTemplate } from '../../fixtures/secrets/expand-template.ts'

const compiled = compileRules(allRules())

function scanCase(template: string, seed: string) {
  const sep = template.indexOf('::')
  const path = sep > 0 && !template.slice(0, sep).includes(' ') ? template.slice(0, sep) : 'config/settings.env'
  const text = expandTemplate(sep > 0 && path !== 'config/settings.env' ? template.slice(sep + 2) : template, seed)
  return scanText({ path, text }, compiled)
}

describe('secret rules', () => {
  it('have unique kebab-case ids, a description, lowercase keywords (or the files they are for) and a severity', () => {
    const ids = allRules().map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of allRules()) {
      expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(r.description.length).toBeGreaterThan(5)
      // A file rule (no keyword) runs on every line of the files it names, so it must name them.
      expect(r.keywords.length > 0 || r.paths !== undefined, `${r.id} has neither keywords nor paths`).toBe(true)
      for (const k of r.keywords) expect(k).toBe(k.toLowerCase())
      expect(['high', 'medium', 'low']).toContain(r.severity)
    }
  })

  it('every rule has at least one true and one false positive case', () => {
    const missing = allRules()
      .filter((r) => !ruleCases[r.id] || ruleCases[r.id]!.tp.length === 0 || ruleCases[r.id]!.fp.length === 0)
      .map((r) => r.id)
    expect(missing).toEqual([])
    const unknown = Object.keys(ruleCases).filter((id) => !allRules().some((r) => r.id === id))
    expect(unknown).toEqual([])
  })

  for (const rule of allRules()) {
    const cases = ruleCases[rule.id]
    if (!cases) continue
    it(`${rule.id}: reports its true positives and not its false positives`, () => {
      cases.tp.forEach((tpl, i) => {
        const found = scanCase(tpl, `${rule.id}:tp:${i}`).filter((c) => c.rule.id === rule.id)
        expect(found.length, `true positive ${i} of ${rule.id}: ${tpl}`).toBeGreaterThan(0)
        expect(found[0]!.validation, `true positive ${i} of ${rule.id} must not fail its checks`).not.toBe('invalid')
      })
      cases.fp.forEach((tpl, i) => {
        const leaks = scanCase(tpl, `${rule.id}:fp:${i}`).filter(
          (c) => c.rule.id === rule.id && c.validation !== 'invalid',
        )
        expect(
          leaks.map((c) => c.secret.slice(0, 4)),
          `false positive ${i} of ${rule.id}: ${tpl}`,
        ).toEqual([])
      })
    })
  }
})
