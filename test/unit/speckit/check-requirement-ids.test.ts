import { describe, expect, it } from 'vitest'
import { checkRequirementIds } from '../../../src/speckit/check-requirement-ids.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

describe('checkRequirementIds', () => {
  it('accepts unique FR, SC and NFR IDs and references to them in prose', () => {
    const doc = parseDoc(
      md(
        '# S',
        '',
        '- **FR-001**: a',
        '- **FR-002**: b, refines FR-001',
        '- **SC-001**: c',
        '- **NFR-001**: d',
        '',
        'FR-001 is the key one.',
      ),
      'spec',
    )
    expect(checkRequirementIds(doc)).toEqual([])
  })
  it('reports an ID defined twice, at the second definition, naming the first line', () => {
    const doc = parseDoc(md('# S', '', '- **FR-001**: a', '- **FR-002**: b', '- **FR-002**: c'), 'spec')
    expect(checkRequirementIds(doc)).toMatchObject([
      { ruleId: 'spec-kit/duplicate-requirement-id', line: 5, properties: { id: 'FR-002', firstLine: 4 } },
    ])
  })
  it('finds duplicates in tables too', () => {
    const doc = parseDoc(md('# S', '', '| ID | Text |', '|---|---|', '| SC-001 | a |', '| SC-001 | b |'), 'prd')
    expect(checkRequirementIds(doc)).toMatchObject([{ line: 6 }])
  })
})
