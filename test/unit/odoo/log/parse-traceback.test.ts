import { describe, expect, it } from 'vitest'
import { parseTraceback } from '../../../../src/odoo/log/parse-traceback.ts'
import { classifyFatal } from '../../../../src/odoo/log/classify-fatal.ts'

describe('parseTraceback', () => {
  it('splits a chained traceback into blocks, skipping source lines and caret markers', () => {
    const blocks = parseTraceback([
      'Traceback (most recent call last):',
      '  File "/a.py", line 3, in f',
      '    x = g()',
      '        ^^^',
      'ValueError: inner',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/b.py", line 9, in h',
      '    raise RuntimeError("outer") from e',
      'RuntimeError: outer',
      'second line',
    ])
    expect(blocks).toEqual([
      { frames: [{ file: '/a.py', line: 3, function: 'f' }], exception: 'ValueError: inner' },
      { frames: [{ file: '/b.py', line: 9, function: 'h' }], exception: 'RuntimeError: outer\nsecond line' },
    ])
  })
  it('returns nothing for text without a traceback', () => {
    expect(parseTraceback(['just text'])).toEqual([])
  })
})

describe('classifyFatal', () => {
  it('falls back to a registry failure naming the exception when the cause is unknown', () => {
    const fatal = classifyFatal({ message: 'Failed to load registry', logLine: 7, loadingModule: 'x', lines: ['Traceback (most recent call last):', '  File "/opt/odoo/odoo/modules/registry.py", line 1, in new', 'psycopg2.OperationalError: connection refused'] })
    expect(fatal).toMatchObject({ kind: 'registry_failure', module: 'x', message: 'psycopg2.OperationalError: connection refused', logLine: 7 })
  })
  it('returns undefined for a record without traceback', () => {
    expect(classifyFatal({ message: 'Failed to load registry', logLine: 1, lines: [] })).toBeUndefined()
  })
})
