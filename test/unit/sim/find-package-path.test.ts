import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findPackagePath } from '../../../src/sim/find-package-path.ts'

describe('findPackagePath', () => {
  it('finds files relative to the package root from inside src/sim', () => {
    const p = findPackagePath('src/sim/openapi/api.github.com.subset.json')
    expect(existsSync(p)).toBe(true)
    expect(findPackagePath('examples/odoo-shop')).toMatch(/examples\/odoo-shop$/)
  })

  it('names the missing path when it is nowhere above', () => {
    expect(() => findPackagePath('no/such/thing.json')).toThrow('no/such/thing.json not found')
  })
})
