import { Server } from '@modelcontextprotocol/sdk/server/index.js'
import {
  CallToolRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js'
import type { Principal } from '../serve/principal.ts'
import type { RemoteRuns } from '../serve/remote-runs.ts'
import { callTool } from './call-tool.ts'
import { toolError } from './tool-error.ts'
import { mcpTools } from './mcp-tools.ts'
import { listRunResources, readRunResource } from './run-resources.ts'
import { toolInputSchema } from './tool-input-schema.ts'

/**
 * The MCP face: one tool per op (or op family) of the registry, run through the same engine,
 * policy and evidence as every face; recent runs and evidence packs as resources. The same
 * server serves stdio (`oda mcp`, the local user) and streamable HTTP (`/mcp`, one server per
 * request for the principal its API key or JWT established).
 */
export function createMcpServer(o: { runs: RemoteRuns; principal: Principal }): Server {
  const server = new Server(
    { name: 'oda', version: '0.1.0' },
    {
      capabilities: { tools: {}, resources: {} },
      instructions:
        'oda runs Odoo DevOps operations (manifest checks, secret scans, Odoo CI, deploys) on the repositories this server serves. Tools that change anything need confirm: true.',
    },
  )
  const tools = mcpTools()
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: tools.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      inputSchema: toolInputSchema(t, o.runs.repos) as { type: 'object' },
      annotations: {
        title: t.title,
        readOnlyHint: t.kind !== 'op' || !Object.values(t.ops).some((op) => op.sideEffects),
        destructiveHint: t.kind === 'op' && Object.values(t.ops).some((op) => op.sideEffects),
        openWorldHint: false,
      },
    })),
  }))
  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const tool = tools.find((t) => t.name === request.params.name)
    if (!tool) return toolError(`unknown tool ${request.params.name}; known: ${tools.map((t) => t.name).join(', ')}`)
    return callTool({ tool, args: request.params.arguments ?? {}, runs: o.runs, principal: o.principal, extra })
  })
  server.setRequestHandler(ListResourcesRequestSchema, () => listRunResources(o.runs))
  server.setRequestHandler(ReadResourceRequestSchema, (request) => readRunResource(o.runs, request.params.uri))
  return server
}
