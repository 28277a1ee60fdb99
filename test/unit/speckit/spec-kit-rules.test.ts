import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { specKitRules } from '../../../src/speckit/spec-kit-rules.ts'

describe('specKitRules', () => {
  it('has unique ids in the spec-kit/ namespace', () => {
    const ids = specKitRules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => /^spec-kit\/[a-z]+(-[a-z]+)*$/.test(id))).toBe(true)
  })
  it('has every rule used by the domain and documented', () => {
    const src = readdirSync('src/speckit')
      .map((f) => readFileSync(`src/speckit/${f}`, 'utf8'))
      .join('\n')
    const doc = readFileSync('docs/ops/spec-kit.validate.md', 'utf8')
    for (const r of specKitRules) {
      expect(src.includes(`rule: '${r.id}'`), `${r.id} is never reported`).toBe(true)
      expect(doc.includes(`\`${r.id}\``), `${r.id} is not in the docs`).toBe(true)
    }
  })
})
