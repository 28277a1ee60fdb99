import { findOp } from '../ops/registry.ts'
import type { Op } from '../op/define-op.ts'

/**
 * An MCP tool over one op, or over a family of ops picked by `action` (the name Odoo DevOps
 * users know, e.g. `manifestSteward` for verify/show/graph/affected).
 */
export interface OpTool {
  kind: 'op'
  name: string
  title: string
  description: string
  /** `action` value -> op; a single-op tool has the one key `''` and no `action` input. */
  ops: Readonly<Record<string, Op>>
}

/** Tools that are not one op: the PR checks together, and the run history. */
export interface SpecialTool<K extends 'ciGuard' | 'runs'> {
  kind: K
  name: string
  title: string
  description: string
}

export type McpTool = OpTool | SpecialTool<'ciGuard'> | SpecialTool<'runs'>

function op(name: string): Op {
  const found = findOp(name)
  if (!found) throw new Error(`MCP tool table names unknown op ${name}`)
  return found
}

/** The MCP tools, in listing order. Every op of the registry is reachable through one of them. */
export function mcpTools(): McpTool[] {
  const one = (name: string, title: string, opName: string, description?: string): OpTool => ({
    kind: 'op',
    name,
    title,
    description: description ?? op(opName).summary,
    ops: { '': op(opName) },
  })
  return [
    {
      kind: 'ciGuard',
      name: 'ciGuard',
      title: 'CI guard',
      description:
        'Run the PR checks enabled in .github/oda.yml (manifest, spec-kit, secrets, Odoo CI) on a repository and return the verdict and findings; with base, only what changed since that git ref.',
    },
    {
      kind: 'op',
      name: 'manifestSteward',
      title: 'Manifest steward',
      description:
        'Odoo addon manifests: verify them (action verify), show them (show), graph dependencies (graph) or list the addons a change affects (affected).',
      ops: {
        verify: op('manifest.verify'),
        show: op('manifest.show'),
        graph: op('manifest.graph'),
        affected: op('manifest.affected'),
      },
    },
    one(
      'addonsGraph',
      'Addons graph',
      'manifest.graph',
      'Neighbourhood of an addon in the dependency graph, with the manifest line that declares each edge.',
    ),
    one('secretScan', 'Secret scan', 'secrets.scan'),
    {
      kind: 'op',
      name: 'specKit',
      title: 'Spec Kit',
      description: "Validate the repository's Spec Kit documents (action validate) or report their progress (report).",
      ops: { validate: op('spec-kit.validate'), report: op('spec-kit.report') },
    },
    one('checkHealth', 'Check health', 'health'),
    one(
      'deployProd',
      'Deploy',
      'deploy',
      'Deploy a ref to an environment (production included, with the scope for it). Changes the target: needs confirm: true.',
    ),
    one(
      'rollbackProd',
      'Roll back',
      'rollback',
      'Return an environment to its last good deployment (or a given SHA). Changes the target: needs confirm: true.',
    ),
    one('backup', 'Back up', 'backup'),
    one('restore', 'Restore', 'restore'),
    one('odooTest', 'Odoo tests', 'odoo.test'),
    one('odooStackCheck', 'Odoo stack check', 'odoo.stack-check'),
    one('odooParseLog', 'Parse an Odoo log', 'odoo.parse-log'),
    one(
      'protectBranch',
      'Require the oda checks',
      'protect',
      "Make the default branch require the enabled oda checks through a repository ruleset, keeping every other rule. Changes the repository's settings: needs confirm: true (or dry-run: true to see the diff).",
    ),
    {
      kind: 'runs',
      name: 'runs',
      title: 'Runs',
      description: 'Recent runs (action list, filtered by op and state) or one run with its PDRs and trace (show).',
    },
  ]
}
