import { describe, expect, it } from 'vitest'
import { checkPlaceholders } from '../../../src/speckit/check-placeholders.ts'
import { findPlaceholders } from '../../../src/speckit/find-placeholders.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

const tokens = (text: string): string[] => findPlaceholders(text).map((h) => h.token)

describe('findPlaceholders', () => {
  it('finds Spec Kit template slots', () => {
    expect(tokens('# Feature Specification: [FEATURE NAME] on [DATE] for [PROJECT_NAME]')).toEqual([
      '[FEATURE NAME]',
      '[DATE]',
      '[PROJECT_NAME]',
    ])
    expect(tokens('### User Story 1 - [Brief Title] (Priority: P1)')).toEqual(['[Brief Title]'])
    expect(tokens('**Language/Version**: [e.g., Python 3.11]')).toEqual(['[e.g., Python 3.11]'])
    expect(tokens('- TXXX Code cleanup; input "$ARGUMENTS"; TODO(RATIFICATION_DATE)')).toEqual([
      'TXXX',
      '$ARGUMENTS',
      'TODO(RATIFICATION_DATE)',
    ])
    expect(tokens('Branch `[###-feature-name]`')).toEqual(['[###-feature-name]'])
  })
  it('leaves task markers, requirement IDs and clarification markers alone', () => {
    expect(
      tokens('T012 [P] [US1] [P1] [T001] [FR-001] [SC-002] [x] [~] [NEEDS CLARIFICATION: auth?] [ID] [Story] [P?]'),
    ).toEqual([])
  })
  it('leaves ordinary bracketed prose and upper-case words alone', () => {
    expect(tokens('see [the OCA guide] and [1] or [ok]')).toEqual([])
    expect(tokens('T050 [DEFERRED] and [DEFERRED TO PHASE 2] and [WIP] [MVP]')).toEqual([])
  })
})

describe('checkPlaceholders', () => {
  it('reports each leftover at its exact line and column', () => {
    const doc = parseDoc(md('# Tasks: [FEATURE NAME]', '', '- [ ] T001 Initialize [language] project'), 'tasks')
    expect(checkPlaceholders(doc).map((f) => [f.line, f.column, f.properties?.token])).toEqual([
      [1, 10, '[FEATURE NAME]'],
      [3, 23, '[language]'],
    ])
  })
  it('ignores links, and bracketed code inside longer inline code', () => {
    const doc = parseDoc(
      md('# T', '', 'See [DATE](https://example.org) and `arr[INDEX]` and `[ID] [P?] [Story] Description`.'),
    )
    expect(checkPlaceholders(doc)).toEqual([])
  })
  it('reports an inline code span that is only a slot', () => {
    const doc = parseDoc(md('# T', '', '**Feature Branch**: `[###-feature-name]`'))
    expect(checkPlaceholders(doc)).toMatchObject([{ line: 3, column: 22 }])
  })
  it('leaves a slot quoted inside prose alone', () => {
    const doc = parseDoc(
      md('# C', '', '- **Branch naming**: branches MUST follow the pattern `[###-feature-name]`.'),
      'constitution',
    )
    expect(checkPlaceholders(doc)).toEqual([])
  })
  it('reports template guidance comments and slots inside the plan template code block', () => {
    const doc = parseDoc(
      md(
        '# T',
        '',
        '<!--',
        '  IMPORTANT: The tasks below are SAMPLE TASKS',
        '-->',
        '',
        '```text',
        '# [REMOVE IF UNUSED] Option 1',
        '```',
      ),
    )
    expect(checkPlaceholders(doc).map((f) => f.line)).toEqual([3, 8])
  })
  it('ignores ordinary HTML comments and code', () => {
    const doc = parseDoc(md('# T', '', '<!-- reviewed by the team -->', '', '```py', 'x = d[KEY_NAME]', '```'))
    expect(checkPlaceholders(doc)).toEqual([])
  })
})
