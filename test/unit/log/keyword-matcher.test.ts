import { describe, expect, it } from 'vitest'
import { KeywordMatcher } from '../../../src/log/keyword-matcher.ts'

function hits(m: KeywordMatcher, text: string): string[] {
  const out: string[] = []
  m.scan(text, (id, end, line, lineStart) => out.push(`${m.keywords[id]}@${end}:${line}:${lineStart}`))
  return out
}

describe('KeywordMatcher', () => {
  it('finds every occurrence of overlapping keywords in one pass, case-insensitively, with line bookkeeping', () => {
    const m = new KeywordMatcher(['he', 'she', 'his', 'hers', 'ghp_'])
    expect(hits(m, 'uSHErs\nGHP_x his')).toEqual(['she@4:0:0', 'he@4:0:0', 'hers@6:0:0', 'ghp_@11:1:7', 'his@16:1:7'])
  })

  it('never matches across a newline or through non-ASCII characters', () => {
    const m = new KeywordMatcher(['token'])
    expect(hits(m, 'tok\nen tokén TOKEN')).toEqual(['token@18:1:4'])
  })

  it('agrees with a naive search on random text, line numbers included', () => {
    const keywords = ['ab', 'bab', 'token', 'to', 'n\u0021']
    const m = new KeywordMatcher(keywords)
    let seed = 7
    const rnd = (n: number): number => (seed = (seed * 48271) % 2147483647) % n
    const alphabet = 'abABtokenTOKEN!\n \u00e9'
    const text = Array.from({ length: 5000 }, () => alphabet[rnd(alphabet.length)]).join('')
    const naive: string[] = []
    const lower = text.toLowerCase()
    for (let end = 1; end <= text.length; end++) {
      keywords.forEach((kw) => {
        const start = end - kw.length
        if (start >= 0 && lower.slice(start, end) === kw) {
          const line = text.slice(0, start).split('\n').length - 1
          naive.push(`${kw}@${end}:${line}:${text.lastIndexOf('\n', start - 1) + 1}`)
        }
      })
    }
    expect(hits(m, text).sort()).toEqual(naive.sort())
  })

  it('rejects keywords that are not lowercase printable ASCII', () => {
    expect(() => new KeywordMatcher(['Token'])).toThrow(/lowercase printable ASCII/)
    expect(() => new KeywordMatcher(['clé'])).toThrow(/lowercase printable ASCII/)
  })
})
