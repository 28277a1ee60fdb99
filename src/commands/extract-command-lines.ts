/** A line of a comment that may be a command: its text (trimmed) and its 1-based line number. */
export interface CommandLine {
  line: number
  text: string
}

// Slashes that look like `/` but are other characters: they never start a command.
const LOOKALIKE_SLASHES = /^[\uFF0F\u2215\u2044\u29F8\u2571\u27CB\u3033]/

// `/word` then a blank or the end: `/usr/bin/x`, `//` and `/ 1` are text, not commands.
const COMMAND_START = /^\/[A-Za-z][A-Za-z0-9-]*(?=\s|$)/

/**
 * The lines of a comment body that start with `/name`, in order. CRLF and lone CR are read as LF.
 * Never counted, because a maintainer writing about a command must not run it: quoted lines
 * (`>`, and the lines that lazily continue a quote), fenced code blocks (``` and ~~~),
 * indented code (four spaces or a tab), HTML comments and `<pre>` blocks. A line whose first
 * non-blank character is a lookalike slash (fullwidth, division, fraction) is not a command.
 */
export function extractCommandLines(body: string): CommandLine[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  const out: CommandLine[] = []
  let fence: { char: string; size: number } | undefined
  let inComment = false
  let inPre = false
  let inQuote = false
  for (const [index, raw] of lines.entries()) {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(raw)
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.size) fence = undefined
      continue
    }
    if (inComment) {
      if (raw.includes('-->')) inComment = false
      continue
    }
    if (inPre) {
      if (/<\/pre>/i.test(raw)) inPre = false
      continue
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(raw)
    if (open?.[1]) {
      fence = { char: open[1][0] ?? '`', size: open[1].length }
      inQuote = false
      continue
    }
    const trimmed = raw.trim()
    if (trimmed.startsWith('<!--')) {
      inComment = !trimmed.includes('-->', 4)
      continue
    }
    if (/^<pre[\s>]/i.test(trimmed)) {
      inPre = !/<\/pre>/i.test(trimmed)
      continue
    }
    if (trimmed === '') {
      inQuote = false
      continue
    }
    if (/^ {0,3}>/.test(raw)) {
      inQuote = true
      continue
    }
    // A line right after a quoted line, with no blank line between, is part of the quote.
    if (inQuote) continue
    if (/^( {4}|\t| {0,3}\t)/.test(raw)) continue
    if (LOOKALIKE_SLASHES.test(trimmed)) continue
    if (COMMAND_START.test(trimmed)) out.push({ line: index + 1, text: trimmed })
  }
  return out
}
