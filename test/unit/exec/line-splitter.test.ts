import { describe, expect, it } from 'vitest'
import { LineSplitter } from '../../../src/exec/line-splitter.ts'

function split(chunks: readonly string[], max?: number) {
  const out: [string, boolean][] = []
  const s = new LineSplitter((line, partial) => out.push([line, partial]), max)
  for (const c of chunks) s.push(c)
  s.end()
  return { out, work: s.work }
}

describe('LineSplitter', () => {
  it('splits lines across chunk boundaries and hands on a last line without a break', () => {
    expect(split(['ab', 'c\nd', '', 'e\n\nf']).out).toEqual([
      ['abc', false],
      ['de', false],
      ['', false],
      ['f', false],
    ])
  })

  it('costs linear work on a 5 MB single line fed in 64 KB chunks (the old splitter rescanned it per chunk)', () => {
    const line = 'x'.repeat(5 * 1024 * 1024)
    const chunks: string[] = []
    for (let i = 0; i < line.length; i += 64 * 1024) chunks.push(line.slice(i, i + 64 * 1024))
    chunks.push('\nend\n')
    const { out, work } = split(chunks, 8 * 1024 * 1024)
    expect(out.map(([l]) => l.length)).toEqual([line.length, 3])
    // Each character is searched once and copied once when its line completes.
    expect(work).toBeLessThanOrEqual(2 * (line.length + 5))
  })

  it('hands on a line longer than the cap in pieces, keeping no more than the cap', () => {
    const { out, work } = split(['a'.repeat(2500), 'b'.repeat(10), '\nnext\n'], 1000)
    expect(out.map(([l, p]) => [l.length, p])).toEqual([
      [1000, true],
      [1000, true],
      [510, false],
      [4, false],
    ])
    expect(
      out
        .slice(0, 3)
        .map(([l]) => l)
        .join(''),
    ).toBe('a'.repeat(2500) + 'b'.repeat(10))
    expect(work).toBeLessThanOrEqual(3 * 2516)
  })
})
