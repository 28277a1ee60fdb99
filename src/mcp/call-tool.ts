import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { ConfigError } from '../config/config-error.ts'
import { isUsageError } from '../engine/errors.ts'
import type { RunRecord } from '../engine/run-record.ts'
import { eachCheck } from '../engine/run-checks.ts'
import { toKebab } from '../engine/errors.ts'
import { allOps } from '../ops/registry.ts'
import { AccessError } from '../serve/access-error.ts'
import type { Principal } from '../serve/principal.ts'
import type { RemoteRuns } from '../serve/remote-runs.ts'
import { runView } from '../serve/run-view.ts'
import { findServedRepo } from '../serve/served-repos.ts'
import type { McpTool, OpTool } from './mcp-tools.ts'
import { CONFIRM_KEY } from './tool-input-schema.ts'
import { toolError } from './tool-error.ts'
import type { Op } from '../op/define-op.ts'

const RUN_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'] as const

interface CallExtra {
  signal: AbortSignal
}

/**
 * Runs one tool call: picks the op, refuses a change without `confirm: true`, checks the
 * principal's scopes (refusal: nothing runs), runs through the engine and returns the run as
 * structured content plus a short text. Bad input, refusals and config errors are tool errors.
 */
export async function callTool(o: {
  tool: McpTool
  args: Record<string, unknown>
  runs: RemoteRuns
  principal: Principal
  extra: CallExtra
}): Promise<CallToolResult> {
  try {
    if (o.tool.kind === 'runs') return await listOrShowRuns(o.runs, o.principal, o.args)
    const { repo: repoArg, ...rest } = o.args
    const repo = typeof repoArg === 'string' ? repoArg : o.runs.repos.length === 1 ? o.runs.repos[0]!.name : ''
    if (o.tool.kind === 'ciGuard') return await ciGuard({ ...o, repo, base: rest['base'] })
    return await callOpTool({ ...o, tool: o.tool, repo, rest })
  } catch (error) {
    if (error instanceof AccessError || error instanceof ConfigError || isUsageError(error))
      return toolError(error.message)
    throw error
  }
}

async function callOpTool(o: {
  tool: OpTool
  repo: string
  rest: Record<string, unknown>
  runs: RemoteRuns
  principal: Principal
  extra: CallExtra
}): Promise<CallToolResult> {
  const { action, [CONFIRM_KEY]: confirm, ...input } = o.rest
  const actions = Object.keys(o.tool.ops)
  const key = actions[0] === '' ? '' : typeof action === 'string' ? action : ''
  const op = o.tool.ops[key]
  if (!op || (key === '' && action !== undefined))
    return toolError(`${o.tool.name}: action must be one of ${actions.join(', ')}`)
  if (op.sideEffects && input['dry-run'] !== true && confirm !== true)
    return toolError(
      `${o.tool.name} changes ${String(input['environment'] ?? 'the target')}: call it again with confirm: true to go ahead (or dry-run: true to see the plan). Nothing ran.`,
    )
  const record = await runFor(o, op, input)
  return runResult(record)
}

async function runFor(
  o: { repo: string; runs: RemoteRuns; principal: Principal; extra: CallExtra },
  op: Op,
  input: Record<string, unknown>,
): Promise<RunRecord> {
  // An agent's actions are few and worth an audit trail each: every MCP run gets an evidence pack.
  const started = await o.runs.start({ op, repo: o.repo, input, principal: o.principal, face: 'mcp', evidence: true })
  const cancel = (): void => void o.runs.cancel(started.id)
  o.extra.signal.addEventListener('abort', cancel, { once: true })
  try {
    return await started.done
  } finally {
    o.extra.signal.removeEventListener('abort', cancel)
  }
}

/** Every enabled PR check on the repository (PR-aware with `base`), one verdict over them. */
async function ciGuard(o: {
  repo: string
  base: unknown
  runs: RemoteRuns
  principal: Principal
  extra: CallExtra
}): Promise<CallToolResult> {
  const repo = findServedRepo(o.runs.repos, o.repo)
  const base = typeof o.base === 'string' && o.base !== '' ? o.base : undefined
  const records: RunRecord[] = await eachCheck({
    ops: allOps(),
    config: await o.runs.config(repo),
    scope: { dir: repo.dir, base, head: base ? 'HEAD' : undefined },
    run: ({ op, rawInput }) => {
      const { dir: _dir, ...raw } = rawInput
      return runFor(o, op, Object.fromEntries(Object.entries(raw).map(([k, v]) => [toKebab(k), v])))
    },
  })
  const failed = records.filter((r) => r.state !== 'succeeded')
  const verdict = failed.length === 0 ? 'pass' : 'fail'
  const lines = records.map((r) => `- ${r.op}: ${r.state} — ${r.title ?? ''} (run ${r.id})`)
  return {
    isError: false,
    content: [{ type: 'text', text: `ciGuard ${verdict} on ${repo.name}\n${lines.join('\n')}` }],
    structuredContent: { verdict, repo: repo.name, checks: records.map((r) => runView(r)) },
  }
}

/** Runs of the served repositories (only the principal's one when it is limited to one). */
async function listOrShowRuns(
  runs: RemoteRuns,
  principal: Principal,
  args: Record<string, unknown>,
): Promise<CallToolResult> {
  const visible = (r: RunRecord): boolean =>
    principal.repo === undefined
      ? runs.repos.some((repo) => repo.name === r.externalRef['repo']) || principal.kind === 'local'
      : r.externalRef['repo'] === principal.repo
  if (args['action'] === 'show') {
    const run = typeof args['id'] === 'string' ? await runs.store.getRun(args['id']) : undefined
    if (!run || !visible(run))
      return toolError(`no run ${JSON.stringify(args['id'] ?? '')}; list them with action list`)
    return runResult(run)
  }
  const limit = typeof args['limit'] === 'number' ? Math.min(Math.max(1, Math.floor(args['limit'])), 100) : 20
  const list = await runs.store.listRuns({
    op: typeof args['op'] === 'string' ? args['op'] : undefined,
    state: RUN_STATES.find((s) => s === args['state']),
    limit,
  })
  const rows = list.filter(visible).map((r) => ({
    id: r.id,
    op: r.op,
    repo: r.externalRef['repo'],
    state: r.state,
    title: r.title,
    createdAt: r.createdAt,
  }))
  return {
    content: [
      { type: 'text', text: rows.map((r) => `${r.id} ${r.op} ${r.state} ${r.title ?? ''}`).join('\n') || 'no runs' },
    ],
    structuredContent: { runs: rows },
  }
}

function runResult(record: RunRecord): CallToolResult {
  const findings = record.report?.findings ?? []
  const head = `${record.title ?? record.op} — ${record.state}${record.conclusion ? ` (${record.conclusion})` : ''}, run ${record.id}`
  const top = findings.slice(0, 10).map((f) => `- ${f.level} ${f.path}:${f.line} ${f.message}`)
  const more = findings.length > 10 ? [`… ${findings.length - 10} more findings in the run`] : []
  return {
    content: [{ type: 'text', text: [head, ...top, ...more].join('\n') }],
    structuredContent: runView(record),
  }
}
