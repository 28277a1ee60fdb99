import {
  McpError,
  ErrorCode,
  type ListResourcesResult,
  type ReadResourceResult,
} from '@modelcontextprotocol/sdk/types.js'
import type { RemoteRuns } from '../serve/remote-runs.ts'
import { readEvidence } from '../serve/read-evidence.ts'
import { runView } from '../serve/run-view.ts'

const RECENT = 50
const RUN_URI = /^oda:\/\/runs\/(r[0-9a-z]{9,}[0-9a-f]*)(\/evidence)?$/

/** The most recent runs and their evidence packs (`VERIFICATION.md`), as MCP resources. */
export async function listRunResources(runs: RemoteRuns): Promise<ListResourcesResult> {
  const recent = await runs.store.listRuns({ limit: RECENT })
  return {
    resources: recent.flatMap((r) => [
      {
        uri: `oda://runs/${r.id}`,
        name: `run ${r.id}`,
        title: `${r.op}: ${r.title ?? r.state}`,
        mimeType: 'application/json',
      },
      ...(r.evidenceDigest
        ? [{ uri: `oda://runs/${r.id}/evidence`, name: `evidence of ${r.id}`, mimeType: 'text/markdown' }]
        : []),
    ]),
  }
}

/** A run as JSON (`oda://runs/<id>`) or its evidence pack's VERIFICATION.md (`oda://runs/<id>/evidence`). */
export async function readRunResource(runs: RemoteRuns, uri: string): Promise<ReadResourceResult> {
  const m = RUN_URI.exec(uri)
  const run = m ? await runs.store.getRun(m[1]!) : undefined
  if (!m || !run) throw new McpError(ErrorCode.InvalidParams, `no resource ${uri.slice(0, 200)}`)
  if (!m[2]) return { contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(runView(run), null, 2) }] }
  const text = await readEvidence(run, 'VERIFICATION.md')
  if (text === undefined) throw new McpError(ErrorCode.InvalidParams, `run ${run.id} has no evidence pack`)
  return { contents: [{ uri, mimeType: 'text/markdown', text }] }
}
