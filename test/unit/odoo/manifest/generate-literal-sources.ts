/** A small seeded PRNG (mulberry32) so generated cases are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const STRING_PIECES = [
  'a',
  'é',
  '日',
  ' ',
  '\\n',
  '\\t',
  '\\x41',
  '\\u00e9',
  '\\101',
  '\\\\',
  "\\'",
  '\\"',
  '\\q',
  '#',
  '\\N{BULLET}',
  '{',
  '"',
  "'",
]
const NUMBERS = [
  '0',
  '1',
  '42',
  '-7',
  '+3',
  '1_000',
  '0x1F',
  '0o17',
  '0b11',
  '1.5',
  '-0.0',
  '.5',
  '1e3',
  '2j',
  '1+2j',
  '-1-0.5j',
  '123456789012345678901234',
  '1e-7',
  '00',
]
const SPACE = [' ', '', '  ', '\n', ' # note\n', '\t', '\\\n']

/**
 * Random Python literal sources in the shape of manifests (dicts of lists, tuples, sets,
 * strings in every quote and prefix form, numbers, comments, odd spacing), and for each a
 * mutated twin with one character removed, which usually becomes a syntax error.
 */
export function generateLiteralSources(count: number, seed = 17): string[] {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] ?? xs[0]!
  const sp = (): string => (r() < 0.7 ? pick(SPACE.slice(0, 3)) : pick(SPACE))
  const str = (): string => {
    const quote = pick(['"', "'", '"""', "'''"])
    const prefix = pick(['', '', '', 'r', 'u', 'R', 'b'])
    let body = ''
    for (let n = Math.floor(r() * 5); n > 0; n--) {
      let piece = pick(STRING_PIECES)
      if (prefix.toLowerCase() === 'b' && /[\u0080-\uffff]|\\N/.test(piece)) piece = 'x'
      if (piece === quote[0] || (prefix.toLowerCase().includes('r') && piece.endsWith('\\'))) piece = 'q'
      body += piece
    }
    const s = prefix + quote + body + quote
    return r() < 0.15 ? `${s}${sp()}${prefix}${quote}z${quote}` : s
  }
  const scalar = (): string => pick([str, str, () => pick(NUMBERS), () => pick(['True', 'False', 'None'])])()
  const value = (depth: number): string => {
    if (depth > 3 || r() < 0.4) return scalar()
    const items = Array.from({ length: Math.floor(r() * 4) }, () => value(depth + 1))
    const trail = items.length > 0 && r() < 0.4 ? ',' : ''
    switch (pick(['list', 'tuple', 'set', 'dict'])) {
      case 'list':
        return `[${sp()}${items.join(`,${sp()}`)}${trail}${sp()}]`
      case 'tuple':
        return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')}${trail})`
      case 'set':
        return items.length === 0 ? 'set()' : `{${items.map(() => scalar()).join(', ')}}`
      default:
        return `{${sp()}${items.map((v) => `${scalar()}${sp()}:${sp()}${v}`).join(`,${sp()}`)}${trail}${sp()}}`
    }
  }
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const src = `# generated ${i}\n{${Array.from({ length: 1 + Math.floor(r() * 5) }, () => `\n    ${str()}: ${value(0)}`).join(',')},\n}\n`
    out.push(src)
    const cut = Math.floor(r() * src.length)
    out.push(src.slice(0, cut) + src.slice(cut + 1))
  }
  return out
}
