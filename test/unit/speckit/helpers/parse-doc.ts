import type { DocRole, ParsedDoc } from '../../../../src/speckit/kit-types.ts'
import { parseMarkdown } from '../../../../src/speckit/parse-markdown.ts'

/** Parses markdown written in a test as a kit document of the given role. */
export function parseDoc(text: string, role: DocRole = 'tasks', path = `spec/kit/${role}.md`): ParsedDoc {
  return parseMarkdown({ path, role, text }).doc
}

/** Joins lines, so tests can write documents line by line with exact line numbers. */
export function md(...lines: string[]): string {
  return lines.join('\n') + '\n'
}
