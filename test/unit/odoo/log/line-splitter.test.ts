import { describe, expect, it } from 'vitest'
import { LineSplitter } from '../../../../src/odoo/log/line-splitter.ts'

async function collect(chunks: (string | Uint8Array)[]): Promise<string[]> {
  const out: string[] = []
  const splitter = new LineSplitter((l) => out.push(l))
  for (const c of chunks) splitter.push(c)
  splitter.end()
  return out
}

describe('LineSplitter', () => {
  it('joins lines split across chunks and accepts CRLF endings', async () => {
    expect(await collect(['a\r\nbb', 'b\ncc', 'c'])).toEqual(['a', 'bbb', 'ccc'])
  })
  it('decodes a multi-byte character split between two chunks', async () => {
    const bytes = Buffer.from('café\n', 'utf8')
    expect(await collect([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual(['café'])
  })
  it('cuts a line longer than 1 MiB and drops the rest of it instead of growing', async () => {
    const huge = 'x'.repeat(600 * 1024)
    const lines = await collect([huge, huge, huge, '\nnext\n'])
    expect(lines).toHaveLength(2)
    expect(lines[0]).toHaveLength(1024 * 1024)
    expect(lines[1]).toBe('next')
  })
  it('yields nothing for an empty stream', async () => {
    expect(await collect([])).toEqual([])
  })
})
