import type { HostedFaces } from '../src/cli/hosted-faces.ts'

/**
 * The faces the `oda` binary hosts besides the CLI. Each loads when its command runs (the
 * bundle is split at these imports): `oda --help` starts without the App or the MCP SDK.
 */
export const hostedFaces: HostedFaces = {
  action: async (op, env) => (await import('../src/action/run-from-action.ts')).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import('../app/server.ts')).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import('../app/sandbox/serve-app-or-sandbox.ts')).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import('../app/sandbox/sandbox-pr.ts')
    const { renderSandboxPr } = await import('../app/sandbox/render-sandbox-pr.ts')
    const result = await sandboxPr(options)
    return {
      exitCode: result.exitCode,
      output: format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderSandboxPr(result),
    }
  },
  serve: async (command) => (await import('../src/server/serve-command.ts')).serveCommand(command),
  mcp: async (o) => (await import('../src/mcp/serve-mcp-stdio.ts')).serveMcpStdio(o),
}
