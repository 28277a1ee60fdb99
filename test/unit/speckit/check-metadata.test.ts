import { describe, expect, it } from 'vitest'
import { checkMetadata } from '../../../src/speckit/check-metadata.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

const constitution = (line: string) => parseDoc(md('# C', '', '## Governance', '', 'Rules.', '', line), 'constitution')

describe('checkMetadata', () => {
  it('accepts a semver version line with ISO dates in order', () => {
    expect(
      checkMetadata(constitution('**Version**: 2.1.1 | **Ratified**: 2025-06-13 | **Last Amended**: 2025-07-16')),
    ).toEqual([])
    expect(checkMetadata(constitution('- Version: 1.0.0-rc.1+build.5'))).toEqual([])
  })
  it('reads localised version and date labels with full-width colons', () => {
    expect(
      checkMetadata(constitution('**版本**：1.0.0 | **批准日期**：2026-03-29 | **最后修订**：2026-03-29')),
    ).toEqual([])
    expect(checkMetadata(constitution('**版本**：1.0'))).toMatchObject([{ ruleId: 'spec-kit/constitution-version' }])
  })
  it('reports a constitution without a version line', () => {
    expect(checkMetadata(constitution('**Ratified**: 2025-06-13'))).toMatchObject([
      { ruleId: 'spec-kit/constitution-version', line: 1 },
    ])
  })
  it('reports a version that is not semver, at its column', () => {
    const f = checkMetadata(constitution('**Version**: 1.2 | **Ratified**: 2025-06-13'))
    expect(f).toMatchObject([
      { ruleId: 'spec-kit/constitution-version', line: 7, column: 14, properties: { value: '1.2' } },
    ])
    expect(checkMetadata(constitution('**Version**: v1.0.0'))[0]!.message).toContain('"v1.0.0"')
  })
  it('leaves a template slot to the placeholder rule', () => {
    expect(
      checkMetadata(constitution('**Version**: [CONSTITUTION_VERSION] | **Ratified**: [RATIFICATION_DATE]')),
    ).toEqual([])
  })
  it('reports dates that are not ISO or not real days', () => {
    const f = checkMetadata(
      constitution('**Version**: 1.0.0 | **Ratified**: 14/10/2026 | **Last Amended**: 2026-02-30'),
    )
    expect(f.map((x) => [x.ruleId, x.properties?.value, x.level])).toEqual([
      ['spec-kit/iso-date', '14/10/2026', 'warning'],
      ['spec-kit/iso-date', '2026-02-30', 'warning'],
    ])
  })
  it('reports a last amended date before the ratified date', () => {
    const f = checkMetadata(
      constitution('**Version**: 1.0.0 | **Ratified**: 2026-05-01 | **Last Amended**: 2026-04-30'),
    )
    expect(f).toMatchObject([
      { ruleId: 'spec-kit/iso-date', message: expect.stringContaining('before the ratified date 2026-05-01') },
    ])
  })
  it('checks dates of other documents at warning level and needs no version there', () => {
    const spec = parseDoc(md('# S', '', '**Created**: March 3rd', '', '**Status**: Draft'), 'spec')
    expect(checkMetadata(spec)).toMatchObject([{ ruleId: 'spec-kit/iso-date', level: 'warning', line: 3, column: 14 }])
    expect(checkMetadata(parseDoc(md('# S', '', '**Created**: 2026-03-03 (kick-off)'), 'spec'))).toEqual([])
  })
  it('ignores version and date lines inside code blocks', () => {
    const doc = parseDoc(
      md('# C', '', '**Version**: 1.0.0', '', '```', 'Version: nope', 'Date: nope', '```'),
      'constitution',
    )
    expect(checkMetadata(doc)).toEqual([])
  })
})
