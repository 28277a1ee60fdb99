import { z } from 'zod'

const permission = z.enum(['none', 'read', 'triage', 'write', 'maintain', 'admin'])

/** Who besides the permission level may run one command: GitHub logins and teams (`org/team-slug`). */
export const commandAllowSchema = z.strictObject({
  /** Logins allowed; with `teams`, the commenter must be in one of them. */
  users: z.array(z.string()).default([]).describe('GitHub logins allowed to run the command'),
  /** Teams allowed, as `org/team-slug`; members of child teams count (GitHub resolves nesting). */
  teams: z
    .array(z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'a team as org/team-slug'))
    .default([])
    .describe('Teams (org/team-slug) allowed to run the command; child teams count'),
})

/** Where `/deploy` runs. */
export const commandDeploySchema = z.strictObject({
  /**
   * `worker`: the deploy op runs in the App's worker. `workflow`: the App dispatches the
   * repository's deploy workflow with the environment and the resolved SHA, so GitHub Environment
   * protection rules and required reviewers apply, and follows that run to its end.
   */
  run: z
    .enum(['worker', 'workflow'])
    .default('worker')
    .describe('worker: deploy from the App; workflow: dispatch the deploy workflow (Environment rules apply)'),
  /** File name of the deploy workflow under .github/workflows (inputs `environment` and `ref`). */
  workflow: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+\.ya?ml$/, 'a workflow file name such as deploy.yml')
    .default('deploy.yml')
    .describe('Deploy workflow file under .github/workflows (inputs environment and ref)'),
  /** Seconds between two looks at the dispatched run. */
  pollS: z.number().min(0.05).max(60).default(5).describe('Seconds between two looks at the dispatched run'),
})

/** `commands:` section: the maintainers' slash commands on pull requests and issues. */
export const commandsSectionSchema = z.strictObject({
  /** Whether the App answers slash commands at all. */
  enabled: z.boolean().default(true).describe('Answer slash commands in comments'),
  /** How many commands of one comment run (the first N lines that are commands). */
  perComment: z.number().int().min(1).max(10).default(1).describe('Commands read per comment (the first N)'),
  /** Read comments written by bots (oda itself included) as commands. */
  bots: z.boolean().default(false).describe('Read comments by bots as commands'),
  /** Read edited comments as new commands. */
  edited: z.boolean().default(false).describe('Read edited comments as commands'),
  /** Minimum repository permission per command (`deploy`, `lock`...), over the command's default. */
  permissions: z
    .record(z.string(), permission)
    .default({})
    .describe('Minimum repository permission per command, over its default'),
  /** Minimum permission for any command aimed at an environment, e.g. `production: maintain`. */
  environments: z
    .record(z.string(), permission)
    .default({})
    .describe('Minimum repository permission for any command aimed at the environment'),
  deploy: commandDeploySchema.prefault({}),
  /** Allow lists per command; a command listed here runs only for those users and team members. */
  allow: z
    .record(z.string(), commandAllowSchema)
    .default({})
    .describe('Users and teams allowed per command (in addition to the permission level)'),
})
export type CommandsConfig = z.output<typeof commandsSectionSchema>
