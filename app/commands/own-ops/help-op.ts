import { z } from 'zod'
import type { CommandSpec } from '../../../src/commands/command-spec.ts'
import { commandUsage } from '../../../src/commands/command-usage.ts'
import type { OdaConfig } from '../../../src/config/schema.ts'
import { permits } from '../../../src/engine/policy/evaluate-policy.ts'
import { defineOp, type Op, type Permission } from '../../../src/op/define-op.ts'
import { makeReport } from '../../../src/op/report.ts'
import { commandPermission } from '../command-rules.ts'

/**
 * `/help`: the commands this commenter may run here, one usage line each, generated from the
 * command specs (the ops' schemas) and the policy; the others with what they would need.
 */
export function helpOp(o: {
  specs: readonly CommandSpec[]
  config: OdaConfig
  actor: string
  permission: Permission
  /** Allow-list membership per command name (absent: the command has no list). */
  allowed: ReadonlyMap<string, boolean>
}): Op {
  return defineOp({
    name: 'command.help',
    summary: 'Lists the commands the commenter may run',
    input: z.object({}),
    run: async () => {
      const may: string[] = []
      const not: string[] = []
      for (const spec of o.specs) {
        const need = commandPermission(spec, undefined, o.config)
        const listed = o.allowed.get(spec.name)
        const line = `| \`${commandUsage(spec)}\` | ${spec.summary} |`
        if (permits(o.permission, need.permission) && listed !== false) may.push(line)
        else
          not.push(
            `| \`/${spec.name}\` | needs ${need.permission}${listed === false ? ' and the allow list of .github/oda.yml' : ''} |`,
          )
      }
      const envs = Object.keys(o.config.environments)
      const envLevels = Object.entries(o.config.commands.environments)
      const summary = [
        `Commands @${o.actor} (${o.permission}) may run here:`,
        '',
        '| usage | what it does |',
        '|---|---|',
        ...may,
        ...(not.length > 0 ? ['', 'Not for you here:', '', '| command | why |', '|---|---|', ...not] : []),
        '',
        `Environments: ${envs.length > 0 ? envs.map((e) => `\`${e}\``).join(', ') : 'none defined in .github/oda.yml'}.`,
        ...(envLevels.length > 0
          ? [`Per environment: ${envLevels.map(([e, p]) => `\`${e}\` needs ${p}`).join(', ')}.`]
          : []),
        'One command per line, as the first thing on the line; quoted and code-formatted lines are ignored.',
      ].join('\n')
      return makeReport({ conclusion: 'success', title: `${may.length} command(s) available`, summary })
    },
  })
}
