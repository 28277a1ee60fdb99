import type { ParsedDoc } from './kit-types.ts'
import { visibleLines } from './visible-lines.ts'

/** "T008 blocks T009, T015": the first task must come before each of the others. */
export interface BlockStatement {
  blocker: string
  blocked: string[]
  line: number
  column: number
}

const ID = String.raw`(?:T\d+(?:\.\d+)*[a-z]?|Task\s+\d+(?:\.\d+)*)`
const statement = new RegExp(String.raw`\b(${ID})\s+blocks\s+(${ID}(?:\s*(?:,|and|&)\s*${ID})*)`, 'g')

/** Reads the "X blocks Y, Z" lines Spec Kit writes under "Dependencies". */
export function readBlockStatements(doc: ParsedDoc): BlockStatement[] {
  const out: BlockStatement[] = []
  for (const { line, text } of visibleLines(doc)) {
    for (const m of text.matchAll(statement)) {
      out.push({
        blocker: m[1]!,
        blocked: [...m[2]!.matchAll(new RegExp(ID, 'g'))].map((x) => x[0]),
        line,
        column: m.index + 1,
      })
    }
  }
  return out
}
