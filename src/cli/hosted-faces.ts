import type { Store } from '../engine/store/store.ts'
import type { Op } from '../op/define-op.ts'
import type { ServedRepo } from '../serve/served-repos.ts'
import type { CliIo } from './cli-io.ts'
import type { GlobalOptions } from './global-options.ts'
import { UsageError } from './usage-error.ts'

type Env = Readonly<Record<string, string | undefined>>

/**
 * The other faces the `oda` binary also runs as commands. The entry point (bin/oda.ts) hands
 * them in, so the CLI imports no other face and nothing under src/ imports the App.
 */
export interface HostedFaces {
  /** `oda action <op>`: the Actions face (inputs from INPUT_*); resolves with the exit code. */
  action(op: Op, env: Env): Promise<number>
  /** Whether the environment holds a GitHub App's credentials (`oda start` serves the App then). */
  hasAppCredentials(env: Env): Promise<boolean>
  /** `oda start`: the App with credentials, else the sandbox, until `signal`; the exit code. */
  serveAppOrSandbox(o: { env: Env; out: (text: string) => void; signal?: AbortSignal }): Promise<number>
  /** `oda sandbox pr`: one PR on a simulated GitHub checked by the App, rendered as text or JSON. */
  sandboxPr(o: {
    head: string
    base?: string
    repo?: string
    format: 'text' | 'json'
  }): Promise<{ exitCode: number; output: string }>
  /** `oda serve`: REST and MCP over HTTP on one port (src/server), until stopped; the exit code. */
  serve(o: {
    args: readonly string[]
    options: GlobalOptions
    io: CliIo
    openStore: () => Promise<Store>
    dataDir: string
  }): Promise<number>
  /** `oda mcp`: the MCP server over stdio on `repos`, until the client closes stdin. */
  mcp(o: { repos: ServedRepo[]; store: Store; dataDir: string; env: Env }): Promise<void>
}

/** For a CLI run without the other faces (tests in-process): their commands are usage errors. */
export const noHostedFaces: HostedFaces = {
  action: () => unavailable('action'),
  hasAppCredentials: async () => false,
  serveAppOrSandbox: () => unavailable('start'),
  sandboxPr: () => unavailable('sandbox'),
  serve: () => unavailable('serve'),
  mcp: () => unavailable('mcp'),
}

function unavailable(command: string): never {
  throw new UsageError(`oda ${command} is not available here (run the oda binary)`)
}
