import type { Op } from '../op/define-op.ts'

/** `oda --help`: the commands and every op. */
export function mainHelp(ops: readonly Op[]): string {
  const width = Math.max(...ops.map((o) => o.name.length), 28) + 4
  return [
    'oda: the Odoo DevOps Agent',
    '',
    'usage: oda <command> [args] [--format text|json|...] [--help]',
    '',
    'commands:',
    '  check [dir]'.padEnd(width) + 'run every enabled PR check on a repository folder',
    '  ops'.padEnd(width) + 'list operations with their input schemas',
    '  runs list | runs show <id>'.padEnd(width) + 'recorded runs',
    '  evidence verify <dir>'.padEnd(width) + 'check evidence packs and their chain',
    '  evidence [dir]'.padEnd(width) + 'run the checks and write evidence packs under <dir>/docs/evidence',
    '  config validate [dir]'.padEnd(width) + 'validate .github/oda.yml',
    '  start [--once]'.padEnd(width) + 'the main job: check examples/odoo-shop, then serve the sandbox (or the App)',
    '  mcp [--repo name=<dir>]...'.padEnd(width) + 'serve the ops as MCP tools over stdio (agents, editors)',
    '  serve [--repo name=<dir>]... [--port n]'.padEnd(width) +
      'REST API /api/v1 and MCP /mcp over HTTP, with API keys',
    '  keys create | list | revoke'.padEnd(width) + 'API keys for oda serve (REST and MCP over HTTP)',
    '  sandbox pr --head <branch>'.padEnd(width) + 'open a PR on a simulated GitHub and print its check runs',
    '',
    'operations:',
    ...ops.map((o) => `  ${o.name.replaceAll('.', ' ')}`.padEnd(width) + o.summary),
    '',
    'exit codes: 0 ok, 1 problems found or run failed, 2 usage or config error, 3 internal error',
    '',
  ].join('\n')
}
