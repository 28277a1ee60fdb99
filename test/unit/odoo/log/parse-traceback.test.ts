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
    const fatal = classifyFatal({
      message: 'Failed to load registry',
      logLine: 7,
      loadingModule: 'x',
      lines: [
        'Traceback (most recent call last):',
        '  File "/opt/odoo/odoo/modules/registry.py", line 1, in new',
        'psycopg2.OperationalError: connection refused',
      ],
    })
    expect(fatal).toMatchObject({
      kind: 'registry_failure',
      module: 'x',
      message: 'psycopg2.OperationalError: connection refused',
      logLine: 7,
    })
  })
  it('returns undefined for a record without traceback', () => {
    expect(classifyFatal({ message: 'Failed to load registry', logLine: 1, lines: [] })).toBeUndefined()
  })
})

describe('classifyFatal on a record-level XML error', () => {
  it('reads `while parsing <file>:<line>, somewhere inside` (a missing external ID) as an XML error', () => {
    const fatal = classifyFatal({
      message: 'Failed to load registry',
      logLine: 3,
      loadingModule: 'base',
      lines: [
        'Traceback (most recent call last):',
        '  File "/opt/odoo/odoo/tools/convert.py", line 698, in _tag_root',
        'ValueError: External ID not found in the system: base.module_category_services_timesheets',
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'Traceback (most recent call last):',
        '  File "/opt/odoo/odoo/tools/convert.py", line 700, in _tag_root',
        "    raise ParseError('while parsing %s:%s, somewhere inside\\n%s' % (",
        'odoo.tools.convert.ParseError: while parsing /opt/odoo/odoo/addons/base/data/ir_module_module.xml:19, somewhere inside',
        '<record model="ir.module.module" id="base.module_timesheet_grid">',
      ],
    })
    expect(fatal).toMatchObject({
      kind: 'xml_parse_error',
      file: '/opt/odoo/odoo/addons/base/data/ir_module_module.xml',
      line: 19,
      module: 'base',
    })
    expect(fatal!.message).toContain('<record model="ir.module.module" id="base.module_timesheet_grid">')
    expect(fatal!.message).toContain(
      'caused by ValueError: External ID not found in the system: base.module_category_services_timesheets',
    )
  })
})
