import { createServer, type Server } from 'node:http'
import { renderSandboxPr } from './render-sandbox-pr.ts'
import type { SandboxPrResult } from './sandbox-pr.ts'
import { sandboxVerdict } from './sandbox-check-run.ts'
import { startSandbox, type Sandbox, type SandboxOptions } from './start-sandbox.ts'

export interface ServeSandboxOptions extends SandboxOptions {
  /** Port of the sandbox's own control page on 127.0.0.1 (0 picks a free one). */
  controlPort?: number
  /** Branch to open a first PR from at start, so the report shows at once (default: the first scenario branch). */
  demoHead?: string | false
  /** Where the human-readable text goes. */
  out: (text: string) => void
}

/** A running sandbox with its control page. */
export interface ServedSandbox {
  sandbox: Sandbox
  controlUrl: string
  close(): Promise<void>
}

/**
 * What `npm start` runs without GitHub App credentials: the sandbox, a first PR so the check
 * runs show at once, and a small control page on loopback to open more PRs:
 * `curl -X POST 'http://127.0.0.1:<port>/pulls?head=<branch>'` answers with the check runs.
 */
export async function serveSandbox(o: ServeSandboxOptions): Promise<ServedSandbox> {
  o.out('Starting the sandbox (a simulated GitHub and the oda App)...\n')
  const sandbox = await startSandbox({ progress: (step) => o.out(`  ${step}...\n`), ...o })
  let busy: Promise<unknown> = Promise.resolve()
  const open = (head: string, base?: string): Promise<SandboxPrResult> => {
    // One PR at a time keeps the printed reports in order.
    const next = busy.then(async () => {
      o.out(`Opening a pull request from ${head}; the App is running its checks...\n`)
      const pr = await sandbox.openPr({ head, ...(base ? { base } : {}) })
      const exitCode = pr.checkRuns.length === 0 ? 0 : sandboxVerdict(pr.checkRuns)
      const result: SandboxPrResult = {
        schemaVersion: 1,
        repo: `${sandbox.owner}/${sandbox.repo}`,
        pull: { number: pr.number, head, base: base ?? sandbox.defaultBranch, headSha: pr.headSha },
        checkRuns: pr.checkRuns,
        verdict: exitCode === 0 ? 'success' : 'failure',
        exitCode,
      }
      o.out(renderSandboxPr(result))
      return result
    })
    busy = next.catch(() => undefined)
    return next
  }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox')
    if (req.method === 'POST' && url.pathname === '/pulls') {
      const head = url.searchParams.get('head') ?? ''
      open(head, url.searchParams.get('base') ?? undefined).then(
        (r) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(r, null, 2)),
        (e: unknown) =>
          res
            .writeHead(400, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: e instanceof Error ? e.message : String(e) })),
      )
      return
    }
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(help(sandbox, controlUrl))
      return
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: GET / or POST /pulls?head=<branch>\n')
  })
  await new Promise<void>((resolve) => server.listen(o.controlPort ?? 0, '127.0.0.1', () => resolve()))
  const address = server.address()
  const controlUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  o.out(help(sandbox, controlUrl))
  const demo = o.demoHead === undefined ? sandbox.branches.find((b) => b !== sandbox.defaultBranch) : o.demoHead
  if (demo) await open(demo)
  return {
    sandbox,
    controlUrl,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await sandbox.close()
    },
  }
}

function help(s: Sandbox, controlUrl: string): string {
  const heads = s.branches.filter((b) => b !== s.defaultBranch)
  return [
    'oda sandbox: no GitHub App credentials (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET), so oda runs against a simulated GitHub.',
    `  simulated GitHub  ${s.sim.url}  serving ${s.owner}/${s.repo} from ${s.gitDir}`,
    `  oda App           ${s.app.webhookUrl}`,
    '',
    `Open a pull request from one of its branches (${heads.join(', ') || 'none besides the default branch'}):`,
    `  curl -X POST '${controlUrl}/pulls?head=${heads[0] ?? '<branch>'}'`,
    'or, in one command that starts and stops everything itself:',
    `  oda sandbox pr --head ${heads[0] ?? '<branch>'}`,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n')
}
