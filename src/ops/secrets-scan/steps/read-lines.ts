import { createReadStream } from 'node:fs'
import type { OnLine } from '../../../exec/line-splitter.ts'
import { LineSplitter } from '../../../exec/line-splitter.ts'

/**
 * Reads a text file line by line in linear time and bounded memory (see LineSplitter): a
 * patch holding a line of megabytes arrives in pieces instead of whole.
 */
export async function readLines(file: string, onLine: OnLine, signal?: AbortSignal): Promise<void> {
  const splitter = new LineSplitter(onLine)
  for await (const chunk of createReadStream(file, { encoding: 'utf8', signal })) splitter.push(chunk as string)
  splitter.end()
}
