import type { ServedRepo } from '../serve/served-repos.ts'
import { remoteInputSchema, type JsonSchema } from '../serve/remote-input.ts'
import type { McpTool } from './mcp-tools.ts'

/** Inputs every tool that changes something takes: the agent must say yes explicitly. */
export const CONFIRM_KEY = 'confirm'

/**
 * The JSON Schema an MCP client sees for a tool: the op's input (kebab-case, from its zod
 * schema), `repo` (one of the served names), `action` for a family tool and `confirm` for tools
 * that change anything.
 */
export function toolInputSchema(tool: McpTool, repos: readonly ServedRepo[]): JsonSchema {
  const repo = {
    type: 'string',
    enum: repos.map((r) => r.name),
    description: `Repository, by the name this server serves it under${repos.length === 1 ? ` (default: ${repos[0]!.name})` : ''}`,
  }
  const required = repos.length === 1 ? [] : ['repo']
  if (tool.kind === 'ciGuard')
    return object(
      {
        repo,
        base: {
          type: 'string',
          description: 'Git ref to compare against (PR base); empty: the whole tree',
          default: '',
        },
      },
      required,
    )
  if (tool.kind === 'runs')
    return object(
      {
        action: { type: 'string', enum: ['list', 'show'], default: 'list' },
        id: { type: 'string', description: 'Run id (show)' },
        op: { type: 'string', description: 'Only runs of this op (list)' },
        state: { type: 'string', enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'] },
        limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
      },
      [],
    )
  const actions = Object.keys(tool.ops)
  const properties: Record<string, unknown> = { repo }
  if (actions[0] !== '') {
    properties['action'] = { type: 'string', enum: actions, description: 'What to do' }
    required.push('action')
  }
  for (const op of Object.values(tool.ops)) {
    const schema = remoteInputSchema(op)
    for (const [key, value] of Object.entries(schema['properties'] as Record<string, unknown>))
      properties[key] ??= value
    if (actions[0] === '') required.push(...(schema['required'] as string[]))
  }
  if (Object.values(tool.ops).some((op) => op.sideEffects))
    properties[CONFIRM_KEY] = {
      type: 'boolean',
      default: false,
      description: 'Must be true to change anything (a dry run needs no confirmation)',
    }
  return object(properties, required)
}

function object(properties: Record<string, unknown>, required: string[]): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false }
}
