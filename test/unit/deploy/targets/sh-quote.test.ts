import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { shQuote } from '../../../../src/deploy/targets/sh-quote.ts'

describe('shQuote', () => {
  it.each(["it's", '$(id)', '`id`', 'a; rm -rf /', 'line1\nline2', '\\', "''", '-n', ''])(
    'keeps %j literal through a real sh',
    (value) => {
      expect(execFileSync('sh', ['-c', `printf '%s' ${shQuote(value)}`], { encoding: 'utf8' })).toBe(value)
    },
  )
  it('refuses NUL bytes, which no shell word can carry', () => {
    expect(() => shQuote('a\0b')).toThrow('NUL')
  })
})
