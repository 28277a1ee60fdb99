/** What repairDoubleEncoding found: the repaired text, or nothing when the text is not double-encoded. */
export interface DoubleEncoding {
  text: string
  /** The charset the UTF-8 bytes were wrongly read as: `Mac Roman` or `Windows-1252`. */
  charset: string
  /** The iconv name of that charset, for the repair command. */
  iconv: string
  /** How many characters were repaired, and the first one (as written and as meant). */
  repaired: number
  first: { offset: number; written: string; meant: string }
}

const charsets = [
  { charset: 'Mac Roman', iconv: 'MACINTOSH', label: 'macintosh' },
  { charset: 'Windows-1252', iconv: 'WINDOWS-1252', label: 'windows-1252' },
] as const
const strict = new TextDecoder('utf-8', { fatal: true })

/** Byte of each non-ASCII character the charset decodes from 0x80-0xFF. */
function byteMap(label: string): Map<string, number> {
  const d = new TextDecoder(label)
  const map = new Map<string, number>()
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = d.decode(Uint8Array.of(b))
    if (ch !== '\uFFFD' && !map.has(ch)) map.set(ch, b)
  }
  return map
}
const maps = charsets.map((c) => ({ ...c, bytes: byteMap(c.label) }))
// UTF-8 lead bytes 0xC2-0xF4 as Mac Roman and Windows-1252 show them, plus the 0x9F of an emoji whose 0xF0 was lost
const leadChars = new RegExp(
  `[${[...new Set(maps.flatMap((m) => [...m.bytes].filter(([, b]) => (b >= 0xc2 && b <= 0xf4) || b === 0x9f).map(([ch]) => ch)))].join('').replace(/[\\\]^-]/g, '\\$&')}]`,
  'u',
)

/**
 * Recognises UTF-8 that was decoded as Mac Roman or Windows-1252 and saved again as UTF-8
 * (`✅` written as `‚úÖ` or `âœ…`, `🔄` as `üîÑ` or `ðŸ”„`), and returns the text as meant.
 * Only runs that decode to valid multi-byte UTF-8 are repaired, so ordinary accented text
 * stays as it is. A lost lead byte of a 4-byte emoji (Mac Roman's 0xF0 is a private-use
 * character that editors drop) is restored.
 */
export function repairDoubleEncoding(text: string): DoubleEncoding | undefined {
  // every double-encoded lead byte shows as one of these; most files have none and cost one scan
  if (!leadChars.test(text)) return undefined
  let best: DoubleEncoding | undefined
  for (const m of maps) {
    // letters are repaired too once symbols show the file is double-encoded (`caf√©` is `café`)
    const r = repairWith(text, m.bytes, false) && repairWith(text, m.bytes, true)
    if (r && (!best || r.repaired > best.repaired)) best = { ...r, charset: m.charset, iconv: m.iconv }
  }
  return best
}

function repairWith(
  text: string,
  bytes: Map<string, number>,
  letters: boolean,
): Omit<DoubleEncoding, 'charset' | 'iconv'> | undefined {
  let out = ''
  let repaired = 0
  let first: DoubleEncoding['first'] | undefined
  let i = 0
  while (i < text.length) {
    const start = i
    const run: number[] = []
    while (i < text.length && bytes.has(text[i]!)) run.push(bytes.get(text[i++]!)!)
    if (run.length < 2) {
      out += i > start ? text.slice(start, i) : text[i++]
      continue
    }
    // decode the run's bytes as UTF-8 where they form whole sequences, keep the rest as written
    let j = 0
    while (j < run.length) {
      const len = sequenceLength(run[j]!)
      const lostLead = len === 0 && run[j] === 0x9f && j + 2 < run.length
      const seq = lostLead ? [0xf0, ...run.slice(j, j + 3)] : len > 1 ? run.slice(j, j + len) : []
      const meant =
        seq.length > 1 && seq.length <= run.length - j + (lostLead ? 1 : 0) ? decode(seq, letters) : undefined
      const used = lostLead ? 3 : len
      if (meant) {
        if (!first) first = { offset: start + j, written: text.slice(start + j, start + j + used), meant }
        out += meant
        repaired++
        j += used
      } else {
        out += text[start + j]
        j++
      }
    }
  }
  return repaired > 0 && first ? { text: out, repaired, first } : undefined
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

function decode(seq: number[], letters: boolean): string | undefined {
  try {
    const s = strict.decode(Uint8Array.from(seq))
    // a symbol, not a letter: double-encoded kits break their emoji and dashes, not their words
    return letters || /^[\u2000-\u2BFF\u2E00-\u2E7F\u3000-\u303F]|^\uFE0F|^[\u{1F000}-\u{1FAFF}]/u.test(s)
      ? s
      : undefined
  } catch {
    return undefined
  }
}
