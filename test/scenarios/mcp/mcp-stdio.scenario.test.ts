import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allOps } from '../../../src/ops/registry.ts'
import { mcpTools } from '../../../src/mcp/mcp-tools.ts'
import { childEnv, DIST_CLI } from '../../helpers/run-dist.ts'

// `oda mcp` as an editor starts it: the built CLI over stdio, driven by the SDK's own client.
const root = mkdtempSync(join(tmpdir(), 'oda-mcp-stdio-'))
const shop = join(root, 'shop')
const dataDir = join(root, 'data')
let client: Client

beforeAll(async () => {
  cpSync(join(import.meta.dirname, '..', '..', '..', 'examples', 'odoo-shop'), shop, { recursive: true })
  client = new Client({ name: 'oda-test', version: '1.0.0' })
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [DIST_CLI, 'mcp', '--repo', `shop=${shop}`, '--data-dir', dataDir],
      cwd: root,
      env: childEnv({ USER: 'dev' }),
      stderr: 'pipe',
    }),
  )
})

afterAll(async () => {
  await client?.close()
  rmSync(root, { recursive: true, force: true })
})

function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return client.callTool({ name, arguments: args }) as Promise<CallToolResult>
}

function text(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n')
}

describe('oda mcp over stdio', () => {
  it('lists a tool for every op of the registry, with the repository names as the only repo values', async () => {
    const { tools } = await client.listTools()
    const names = tools.map((t) => t.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'ciGuard',
        'manifestSteward',
        'deployProd',
        'rollbackProd',
        'checkHealth',
        'secretScan',
        'specKit',
        'addonsGraph',
        'runs',
      ]),
    )
    const reachable = new Set(
      mcpTools().flatMap((t) => (t.kind === 'op' ? Object.values(t.ops).map((op) => op.name) : [])),
    )
    expect([...reachable].sort()).toEqual(
      allOps()
        .map((op) => op.name)
        .sort(),
    )
    const steward = tools.find((t) => t.name === 'manifestSteward')!
    expect(steward.inputSchema.properties?.['repo']).toMatchObject({ enum: ['shop'] })
    expect(steward.inputSchema.properties?.['fail-on']).toBeDefined() // kebab-case like every face
    expect(steward.inputSchema.properties?.['dir']).toBeUndefined() // repositories are named, never paths
    expect(tools.find((t) => t.name === 'deployProd')!.inputSchema.properties?.['confirm']).toBeDefined()
    expect(tools.find((t) => t.name === 'odooTest')!.inputSchema.properties?.['command']).toBeUndefined()
  })

  it('runs a read-only op through the engine: structured run with PDRs and an evidence pack', async () => {
    const result = await call('manifestSteward', { action: 'verify' })
    expect(result.isError).toBeFalsy()
    const run = result.structuredContent as Record<string, unknown>
    expect(run['op']).toBe('manifest.verify')
    expect(run['repo']).toBe('shop')
    expect(run['face']).toBe('mcp')
    expect(run['actor']).toBe('dev')
    expect(['succeeded', 'failed']).toContain(run['state'])
    expect(run['pdrs']).toContainEqual(expect.objectContaining({ rule: 'permission', verdict: 'allow' }))
    expect(run['evidence']).toMatchObject({ digest: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(text(result)).toContain(run['id'])
    const resource = await client.readResource({ uri: `oda://runs/${run['id']}/evidence` })
    expect(resource.contents[0]).toMatchObject({ mimeType: 'text/markdown' })
    expect(String((resource.contents[0] as { text: string }).text)).toContain('manifest.verify')
    const shown = await call('runs', { action: 'show', id: run['id'] as string })
    expect((shown.structuredContent as Record<string, unknown>)['state']).toBe(run['state'])
  })

  it('refuses a deploy without confirm: true and records no run', async () => {
    const result = await call('deployProd', { environment: 'prod', ref: 'main' })
    expect(result.isError).toBe(true)
    expect(text(result)).toMatch(/confirm: true/)
    const listed = await call('runs', { action: 'list', op: 'deploy' })
    expect((listed.structuredContent as { runs: unknown[] }).runs).toEqual([])
  })

  it('refuses a file input that leads outside the repository, naming the input', async () => {
    const result = await call('manifestSteward', { action: 'show', addons: ['../../../etc'] })
    expect(result.isError).toBe(true)
    expect(text(result)).toMatch(/addons: .*outside the repository shop/)
    const dir = await call('manifestSteward', { action: 'verify', dir: '/etc' })
    expect(dir.isError).toBe(true)
    expect(text(dir)).toMatch(/unknown input "dir"/)
  })

  it('answers bad input with the zod issue in kebab-case, running nothing', async () => {
    const result = await call('addonsGraph', { depth: 99 })
    expect(result.isError).toBe(true)
    expect(text(result)).toMatch(/depth: /)
  })
})
