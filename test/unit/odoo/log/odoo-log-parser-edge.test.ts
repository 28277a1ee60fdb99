import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseOdooLogStream, parseOdooLogText } from '../../../../src/odoo/log/parse-odoo-log.ts'
import type { OdooTest } from '../../../../src/odoo/log/odoo-log-types.ts'
import { odooLogFixtures } from '../../../fixtures/odoo/fixture-logs.ts'

const demo = readFileSync(odooLogFixtures().find((f) => f.name === 'odoo17_ci_demo_install.log')!.path, 'utf8')

describe('OdooLogParser on partial and unusual logs', () => {
  it('a log cut in the middle of a test (timeout, kill) keeps what ran and says it is incomplete', () => {
    const cut = demo.split('\n')
    const at = cut.findIndex((l) => l.includes('Starting TestDemo.test_pass'))
    const log = parseOdooLogText(cut.slice(0, at + 1).join('\n'))
    expect(log.incomplete).toBe(true)
    expect(log.summary).toBeUndefined()
    expect(log.tests.map((t) => t.method)).toEqual(['test_error', 'test_fail', 'test_logged_error', 'test_pass'])
    expect(log.tests.at(-1)?.status).toBe('passed')
  })
  it('streams tests to onTest without keeping them when keepTests is off', async () => {
    const seen: OdooTest[] = []
    const log = await parseOdooLogStream(Readable.from([demo]), { keepTests: false, onTest: (t) => seen.push(t) })
    expect(log.tests).toEqual([])
    expect(seen).toHaveLength(10)
    expect(log.counted).toMatchObject({ tests: 9, failures: 3, errors: 2 })
  })
  it('caps issues outside tests and counts the ones it dropped', () => {
    const lines = Array.from(
      { length: 5 },
      (_, i) => `2026-11-21 14:37:12,99${i} 1 WARNING db odoo.models: warning ${i} `,
    )
    const log = parseOdooLogText(lines.join('\n'), { maxIssues: 2 })
    expect(log.issues.map((i) => i.message)).toEqual(['warning 0', 'warning 1'])
    expect(log.droppedIssues).toBe(3)
  })
  it('caps the lines kept for one record so a runaway traceback stays bounded', () => {
    const text = [
      '2026-11-21 14:37:12,990 1 ERROR db odoo.models: boom ',
      ...Array.from({ length: 1000 }, (_, i) => `line ${i}`),
    ].join('\n')
    const log = parseOdooLogText(text, { maxRecordLines: 10 })
    expect(log.issues[0]!.message.split('\n').length).toBeLessThanOrEqual(11)
  })
  it('parses a coloured log the same as the plain one', () => {
    const coloured = demo.replace(/ (INFO|ERROR|WARNING) /g, ' \x1b[1;32m\x1b[1;49m$1\x1b[0m ')
    expect(parseOdooLogText(coloured).counted).toEqual(parseOdooLogText(demo).counted)
  })
  it('an empty log yields no tests, no summary, and is incomplete', () => {
    expect(parseOdooLogText('')).toMatchObject({ tests: [], fatal: [], incomplete: true, lines: 0 })
  })
})
