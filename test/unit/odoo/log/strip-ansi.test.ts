import { describe, expect, it } from 'vitest'
import { stripAnsi } from '../../../../src/odoo/log/strip-ansi.ts'
import { parseRecordHeader } from '../../../../src/odoo/log/parse-record-header.ts'

describe('stripAnsi', () => {
  it('turns a coloured Odoo record back into the plain format the parser reads', () => {
    // Odoo's ColoredFormatter wraps the level name in SGR codes when writing to a TTY.
    const coloured =
      '2026-11-21 14:37:12,999 19033 \x1b[1;31m\x1b[1;49mERROR\x1b[0m ci17 odoo.addons.ci_demo.tests.test_demo: FAIL: TestDemo.test_fail'
    expect(parseRecordHeader(coloured)).toBeUndefined()
    expect(parseRecordHeader(stripAnsi(coloured))).toMatchObject({
      level: 'ERROR',
      logger: 'odoo.addons.ci_demo.tests.test_demo',
      message: 'FAIL: TestDemo.test_fail',
    })
  })
  it('removes OSC hyperlinks and leaves plain text untouched', () => {
    expect(stripAnsi('\x1b]8;;http://x\x07link\x1b]8;;\x07 ok')).toBe('link ok')
    expect(stripAnsi('plain')).toBe('plain')
  })
})

describe('parseRecordHeader', () => {
  it('drops the trailing space of the record format and keeps the `?` database', () => {
    const line = '2026-11-21 14:36:59,027 19033 INFO ? odoo: Odoo version 17.0 '
    expect(parseRecordHeader(line)).toEqual({
      line,
      level: 'INFO',
      db: '?',
      logger: 'odoo',
      message: 'Odoo version 17.0',
    })
    expect(parseRecordHeader('2026-11-21 14:36:59,027 19033 INFO db odoo.sql_db:')).toMatchObject({
      logger: 'odoo.sql_db',
      message: '',
    })
  })
  it('rejects traceback and stray lines', () => {
    expect(parseRecordHeader('  File "/x.py", line 3, in f')).toBeUndefined()
    expect(parseRecordHeader("Running as user 'root' is a security risk.")).toBeUndefined()
    expect(parseRecordHeader('2026-11-21 not a record at all, really not')).toBeUndefined()
    expect(parseRecordHeader('2026-11-21 14:36:59,027 19033 info db odoo: lower-case level')).toBeUndefined()
    expect(parseRecordHeader('2026-11-21 14:36:59,027 19033 INFO db no colon here at all')).toBeUndefined()
  })
})
