import type { CommandSpec, ParsedCommand } from './command-spec.ts'
import { extractCommandLines } from './extract-command-lines.ts'
import { parseCommandLine } from './parse-command-line.ts'

/** Longest body read: GitHub's own limit for a comment. A longer one holds no command. */
export const MAX_COMMENT_CHARS = 65_536

/**
 * The commands of one comment, in order, at most `perComment` (default 1: the first). Pure: the
 * App decides who wrote the comment and whether to look at it; this only reads its text.
 */
export function parseComment(
  body: string,
  o: { specs: readonly CommandSpec[]; environments?: readonly string[]; perComment?: number },
): ParsedCommand[] {
  if (body.length > MAX_COMMENT_CHARS) return []
  return extractCommandLines(body)
    .slice(0, Math.max(1, o.perComment ?? 1))
    .map((line) => parseCommandLine(line, o.specs, o.environments))
}
