import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../../src/config/schema.ts'

describe('secrets: section of .github/oda.yml', () => {
  it('has explicit defaults', () => {
    expect(odaConfigSchema.parse({}).secrets).toEqual({
      enabled: true,
      failOn: 'medium',
      allowPaths: [],
      disableRules: [],
      ignoreFile: '.oda-secrets-ignore',
      prInlineAllow: false,
      baseline: '',
      maxFileBytes: 26214400,
    })
  })
  it('accepts settings and rejects unknown keys and bad severities', () => {
    expect(odaConfigSchema.parse({ secrets: { failOn: 'high', allowPaths: ['vendor/'] } }).secrets.failOn).toBe('high')
    expect(() => odaConfigSchema.parse({ secrets: { failOn: 'critical' } })).toThrow()
    expect(() => odaConfigSchema.parse({ secrets: { allowlist: [] } })).toThrow()
  })
})
