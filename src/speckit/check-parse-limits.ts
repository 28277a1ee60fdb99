import type { Finding } from '../op/report.ts'
import { makeFinding } from './make-finding.ts'

// Markdown parsers slow down super-linearly on deep nesting and on long runs of brackets or
// emphasis in one paragraph (400 nested lists: 20 s; 10,000 brackets: 7 s). No real kit
// comes near these limits; a file that does is reported instead of parsed.
const MAX_INDENT = 120
const MAX_QUOTE_DEPTH = 50
const MAX_BRACKETS_PER_BLOCK = 2000
const MAX_EMPHASIS_PER_BLOCK = 20_000
// Every list item, heading and table row becomes several objects; a 5,000-task file has about
// 5,000 of them. Far past that a file is not a kit but a way to make the check eat memory.
export const MAX_BLOCKS = 50_000
const blockStartLine = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)|\|)/

/**
 * Scans the text, before parsing, for structures that would make the markdown parser
 * crawl or overflow its stack. Returns one finding for the first such place, or none.
 */
export function checkParseLimits(path: string, text: string): Finding | undefined {
  let brackets = 0
  let emphasis = 0
  let blockStart = 1
  let blocks = 0
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const lineNo = i + 1
    if (line.trim() === '') {
      brackets = 0
      emphasis = 0
      blockStart = lineNo + 1
      continue
    }
    // a list item, heading or table row starts a new inline run: counts are per paragraph, not per list
    if (blockStartLine.test(line)) {
      brackets = 0
      emphasis = 0
      blockStart = lineNo
      if (++blocks > MAX_BLOCKS)
        return limit(
          path,
          lineNo,
          `is list item, heading or table row number ${blocks}: more than ${MAX_BLOCKS} in one file is not a spec document`,
        )
    }
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
    if (indent > MAX_INDENT)
      return limit(
        path,
        lineNo,
        `is indented ${indent} columns (more than ${MAX_INDENT}): nesting this deep is not a spec document`,
      )
    const quotes = /^(?:\s*>)*/.exec(line)![0].split('>').length - 1
    if (quotes > MAX_QUOTE_DEPTH)
      return limit(path, lineNo, `nests ${quotes} block quotes (more than ${MAX_QUOTE_DEPTH})`)
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k)
      if (c === 0x5b) brackets++
      else if (c === 0x2a || c === 0x5f) emphasis++
    }
    if (brackets > MAX_BRACKETS_PER_BLOCK)
      return limit(path, blockStart, `starts a paragraph with more than ${MAX_BRACKETS_PER_BLOCK} "[" characters`)
    if (emphasis > MAX_EMPHASIS_PER_BLOCK)
      return limit(
        path,
        blockStart,
        `starts a paragraph with more than ${MAX_EMPHASIS_PER_BLOCK} "*" or "_" characters`,
      )
  }
  return undefined
}

function limit(path: string, line: number, what: string): Finding {
  return makeFinding({
    rule: 'spec-kit/invalid-markdown',
    path,
    line,
    message: `line ${line} ${what}; the file was not parsed`,
  })
}
