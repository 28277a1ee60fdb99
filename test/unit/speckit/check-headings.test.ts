import { describe, expect, it } from 'vitest'
import { checkHeadings, normalizeHeading } from '../../../src/speckit/check-headings.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

describe('checkHeadings', () => {
  it('accepts a Spec Kit spec with the mandatory headings, whatever the markup', () => {
    const doc = parseDoc(
      md(
        '# Feature',
        '## User Scenarios & Testing *(mandatory)*',
        'x',
        '## Requirements *(mandatory)*',
        'x',
        '## Success Criteria',
        'x',
      ),
      'spec',
    )
    expect(checkHeadings(doc, 'spec-kit')).toEqual([])
  })
  it('reports each missing mandatory heading of a spec and of a plan', () => {
    const spec = parseDoc(md('# Feature', '## User Scenarios and Testing', 'x'), 'spec')
    expect(checkHeadings(spec, 'spec-kit').map((f) => f.message)).toEqual([
      'mandatory heading "## Requirements" is missing',
      'mandatory heading "## Success Criteria" is missing',
    ])
    const plan = parseDoc(md('# Plan', '## Summary', 'x'), 'plan')
    expect(checkHeadings(plan, 'spec-kit')).toMatchObject([
      { ruleId: 'spec-kit/missing-heading', message: expect.stringContaining('Technical Context') },
    ])
  })
  it('lets a four-file PRD meet "Requirements" with "Functional Requirements"', () => {
    expect(checkHeadings(parseDoc(md('# PRD', '## Functional Requirements', 'x'), 'prd'), 'four-file')).toEqual([])
    expect(checkHeadings(parseDoc(md('# PRD', '## Goals', 'x'), 'prd'), 'four-file')).toHaveLength(1)
  })
  it('accepts specs written from the older template with its review checklist', () => {
    const doc = parseDoc(
      md(
        '# Feature',
        '## User Scenarios & Testing *(mandatory)*',
        'x',
        '## Requirements *(mandatory)*',
        'x',
        '## Review & Acceptance Checklist',
        'x',
      ),
      'spec',
    )
    expect(checkHeadings(doc, 'spec-kit')).toEqual([])
  })
  it('accepts the headings of localised templates', () => {
    const spec = parseDoc(
      md('# 功能规格说明', '## 用户场景与测试 *(必填)*', 'x', '## 需求 *(必填)*', 'x', '## 成功标准 *(必填)*', 'x'),
      'spec',
    )
    expect(checkHeadings(spec, 'spec-kit')).toEqual([])
  })
  it('reports a document without any heading', () => {
    expect(checkHeadings(parseDoc('just text\n', 'plan'), 'four-file')).toMatchObject([
      { ruleId: 'spec-kit/missing-heading', line: 1 },
    ])
  })
  it('normalises emphasis, notes and emoji away', () => {
    expect(normalizeHeading('User Scenarios & Testing *(mandatory)* 🎯')).toBe('user scenarios and testing')
  })
})
