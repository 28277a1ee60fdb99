import { describe, expect, it } from 'vitest'
import { licenseConflict } from '../../../../src/odoo/manifest/license-compatibility.ts'

describe('licenseConflict', () => {
  it('lets AGPL depend on anything but proprietary and GPL-2-only', () => {
    for (const dep of [
      'AGPL-3',
      'GPL-3',
      'GPL-3 or any later version',
      'GPL-2 or any later version',
      'LGPL-3',
      'Other OSI approved licence',
    ])
      expect(licenseConflict('AGPL-3', dep)).toBeUndefined()
    expect(licenseConflict('AGPL-3', 'OPL-1')).toBe('a AGPL-3 module may not depend on proprietary code (OPL-1)')
    expect(licenseConflict('AGPL-3', 'GPL-2')).toBe('GPL-2-only and AGPL-3 are incompatible')
  })

  it('lets LGPL depend only on LGPL and permissive code', () => {
    expect(licenseConflict('LGPL-3', 'LGPL-3')).toBeUndefined()
    expect(licenseConflict('LGPL-3', 'Other OSI approved licence')).toBeUndefined()
    expect(licenseConflict('LGPL-3', 'AGPL-3')).toBe(
      'LGPL-3 is weaker than the AGPL-3 it builds on; the combined work must be AGPL-3',
    )
    expect(licenseConflict('LGPL-3', 'OEEL-1')).toContain('proprietary')
  })

  it('lets proprietary code build on LGPL and proprietary, never on copyleft', () => {
    expect(licenseConflict('OPL-1', 'LGPL-3')).toBeUndefined()
    expect(licenseConflict('Other proprietary', 'OEEL-1')).toBeUndefined()
    expect(licenseConflict('OPL-1', 'GPL-3')).toBe('proprietary code may not build on copyleft GPL-3 code')
  })

  it('passes unknown licenses (another rule reports them)', () => {
    expect(licenseConflict('MIT', 'AGPL-3')).toBeUndefined()
  })
})
