import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'

/** A tool call that could not run (bad input, refused): an error result; nothing ran. */
export function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] }
}
