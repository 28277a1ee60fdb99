import { describe, expect, it } from 'vitest'
import { annotationLevel, toAnnotation } from '../../../src/github/to-annotation.ts'

describe('toAnnotation', () => {
  it('maps failure, warning and notice to the annotation levels of the same name', () => {
    expect(['failure', 'warning', 'notice'].map((l) => annotationLevel(l as 'failure'))).toEqual([
      'failure',
      'warning',
      'notice',
    ])
  })

  it('keeps columns on a single-line finding', () => {
    expect(
      toAnnotation({ path: './a.py', line: 3, column: 2, endColumn: 9, level: 'warning', ruleId: 'r', message: 'm' }),
    ).toEqual({
      path: 'a.py',
      start_line: 3,
      end_line: 3,
      start_column: 2,
      end_column: 9,
      annotation_level: 'warning',
      message: 'm',
      title: 'r',
    })
  })

  it('drops columns on a multi-line finding, which GitHub would reject', () => {
    const a = toAnnotation({
      path: 'a.py',
      line: 3,
      endLine: 5,
      column: 2,
      level: 'failure',
      ruleId: 'r',
      message: 'm',
      title: 'Bad',
    })
    expect(a).toEqual({
      path: 'a.py',
      start_line: 3,
      end_line: 5,
      annotation_level: 'failure',
      message: 'm',
      title: 'r: Bad',
    })
  })

  it('cuts a message over 64 KB and a title over 255 characters', () => {
    const a = toAnnotation({
      path: 'a.py',
      line: 1,
      level: 'notice',
      ruleId: 'r',
      message: 'é'.repeat(40_000),
      title: 't'.repeat(400),
    })
    expect(new TextEncoder().encode(a.message).length).toBeLessThanOrEqual(65_536)
    expect(a.message.endsWith('…')).toBe(true)
    expect(a.title?.length).toBe(255)
  })
})
