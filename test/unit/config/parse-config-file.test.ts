import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../../src/config/config-error.ts'
import { parseConfigFile } from '../../../src/config/parse-config-file.ts'

function issues(text: string | Uint8Array): string[] {
  try {
    parseConfigFile('.github/oda.yml', typeof text === 'string' ? Buffer.from(text) : text)
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.line}:${i.column} ${i.message}`)
    throw error
  }
  return []
}

describe('parseConfigFile', () => {
  it('keeps aliases a config really uses', () => {
    const text =
      'x-steps: &steps [{ name: a, run: echo }]\nenvironments:\n  a: { steps: *steps }\n  b: { steps: *steps }\n'
    expect(parseConfigFile('f', Buffer.from(text)).value).toMatchObject({
      environments: { b: { steps: [{ name: 'a' }] } },
    })
  })

  it('stops an alias bomb at the first alias, and an alias before its anchor at that alias', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
    ].join('\n')
    expect(issues(bomb)).toEqual([expect.stringMatching(/^2:8 YAML aliases expand past 100 copies/)])
    expect(issues('a: 1\nb: *c\nc: &c 2\n')).toEqual(['2:4 YAML alias *c has no anchor &c before it'])
  })

  it('names line and column of a byte that is not UTF-8', () => {
    expect(
      issues(Buffer.concat([Buffer.from('version: 1\nredact: { env: [ÄB'), Buffer.from([0xff, 0x5d, 0x7d])])),
    ).toEqual(['2:19 not valid UTF-8 (byte 30); save the file as UTF-8'])
  })
})
