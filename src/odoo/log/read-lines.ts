const MAX_LINE = 1024 * 1024

/**
 * Yields the lines of a text stream without ever holding more than one chunk and one line.
 * A line longer than 1 MiB is cut (the rest up to its newline is dropped), so a log
 * without newlines cannot exhaust memory. `\r\n` endings are accepted.
 */
export async function* readLines(stream: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  let pending = ''
  let skipping = false
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    let nl: number
    while ((nl = text.indexOf('\n', start)) >= 0) {
      if (skipping) skipping = false
      else yield trimCr(pending.length > 0 ? pending + text.slice(start, nl) : text.slice(start, nl))
      pending = ''
      start = nl + 1
    }
    if (skipping) continue
    pending += text.slice(start)
    if (pending.length > MAX_LINE) {
      yield pending.slice(0, MAX_LINE)
      pending = ''
      skipping = true
    }
  }
  const tail = pending + decoder.decode()
  if (!skipping && tail.length > 0) yield trimCr(tail)
}

function trimCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}
