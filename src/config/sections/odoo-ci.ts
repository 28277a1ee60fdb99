import { z } from 'zod'

/** One HTTP endpoint a stack must answer before smoke commands run. */
const healthCheckSchema = z.strictObject({
  name: z.string().describe('Name shown in findings, e.g. "odoo" or "n8n"'),
  url: z.string().describe('URL to GET, e.g. http://127.0.0.1:8069/web/health'),
  status: z.number().int().min(100).max(599).default(200).describe('HTTP status that counts as healthy'),
  bodyMatch: z.string().default('').describe('Regular expression the response body must match (empty: any body)'),
  timeoutS: z.number().positive().default(5).describe('Seconds one request may take'),
  retries: z.number().int().min(0).default(30).describe('Further attempts after the first failed one'),
  intervalS: z.number().min(0).default(2).describe('Seconds between attempts'),
})

/** A command run against the stack once it is healthy; it passes when it exits with `expectExit`. */
const smokeCommandSchema = z.strictObject({
  name: z.string().describe('Name shown in findings'),
  command: z.array(z.string()).min(1).describe('Program and arguments (an argument array, never a shell string)'),
  expectExit: z.number().int().default(0).describe('Exit code that counts as success'),
  timeoutS: z.number().positive().default(120).describe('Seconds the command may run'),
})

/** `odoo-ci.stack`: a multi-container stack (Odoo plus companions) checked as a whole. */
const stackSchema = z.strictObject({
  up: z
    .array(z.string())
    .default(['docker', 'compose', 'up', '-d', '--wait'])
    .describe('Command that starts the stack in the background'),
  down: z
    .array(z.string())
    .default(['docker', 'compose', 'down', '-v', '--remove-orphans'])
    .describe('Command that tears the stack down (always run)'),
  upTimeoutS: z.number().positive().default(600).describe('Seconds the up command may take'),
  health: z.array(healthCheckSchema).default([]).describe('HTTP endpoints that must be healthy'),
  smoke: z.array(smokeCommandSchema).default([]).describe('Commands run once every endpoint is healthy'),
})

/** `odoo-ci.policy`: what turns a run red. */
const policySchema = z.strictObject({
  zeroTests: z
    .enum(['failure', 'neutral', 'success'])
    .default('neutral')
    .describe('Conclusion when the selected modules ran no test at all'),
  allSkipped: z
    .enum(['failure', 'neutral', 'success'])
    .default('neutral')
    .describe('Conclusion when every test that ran was skipped (the summary lists the reasons)'),
  loggedErrors: z
    .enum(['fail', 'report', 'ignore'])
    .default('fail')
    .describe('ERROR/CRITICAL records logged outside tests: fail the check, report them as warnings, or ignore them'),
  loggedWarnings: z
    .enum(['fail', 'report', 'ignore'])
    .default('report')
    .describe('WARNING records logged outside tests: fail the check, report them, or ignore them'),
  ignore: z
    .array(z.string())
    .default([])
    .describe(
      'Regular expressions; a logged record whose "logger: message" matches one is ignored (like checklog-odoo)',
    ),
})

/** `odoo-ci:` section of .github/oda.yml: how Odoo's tests run for a PR. */
export const odooCiSectionSchema = z.strictObject({
  /** Run the `oda / odoo-ci` check. */
  enabled: z.boolean().default(false).describe('Run the oda / odoo-ci check'),
  forkPullRequests: z
    .boolean()
    .default(false)
    .describe(
      'App: run Odoo CI on pull requests from forks without an approval (author and fork owner still need the permission odoo.test requires)',
    ),
  mode: z
    .enum(['docker-compose', 'odoo-bin', 'custom'])
    .default('docker-compose')
    .describe('How Odoo is started: a compose service, odoo-bin on PATH, or a custom command'),
  composeFile: z
    .string()
    .default('docker-compose.yml')
    .describe('Compose file (docker-compose mode), relative to the repository root'),
  composeService: z.string().default('odoo').describe('Compose service that runs Odoo (docker-compose mode)'),
  odooBin: z.string().default('odoo-bin').describe('Program for odoo-bin mode: a name on PATH or a path'),
  command: z
    .array(z.string())
    .default([])
    .describe('Custom mode: program and leading arguments; oda appends -d, -i and the test flags'),
  args: z
    .array(z.string())
    .default([])
    .describe('Extra Odoo arguments appended to every run, e.g. ["--addons-path=addons"]'),
  select: z
    .enum(['affected', 'all', 'explicit'])
    .default('affected')
    .describe('Which modules to test: those a PR affects, all addons of the repo, or the `modules` list'),
  modules: z.array(z.string()).default([]).describe('Modules to test when select is explicit'),
  exclude: z.array(z.string()).default([]).describe('Modules never tested'),
  addonsDirs: z
    .array(z.string())
    .default(['.', 'addons'])
    .describe('Repository folders that hold addons (one addon per sub-folder)'),
  databasePrefix: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('oda_ci_')
    .describe('Prefix of the per-run database name'),
  dropDatabase: z
    .array(z.string())
    .default(['dropdb', '--if-exists', '{database}'])
    .describe('Command that drops the per-run database ({database} is replaced); empty keeps it'),
  timeoutMinutes: z
    .number()
    .positive()
    .default(30)
    .describe('Minutes before the run is killed (the TIMEOUT env overrides it)'),
  dataDir: z
    .string()
    .default('auto')
    .describe(
      "Odoo --data-dir (filestore, sessions): auto gives each run its own folder, removed afterwards (odoo-bin and custom modes); none passes nothing; a path is used as is and the run's filestore is removed from it",
    ),
  httpPort: z
    .string()
    .regex(/^(auto|none|\d{1,5})$/)
    .default('auto')
    .describe('Odoo --http-port: auto picks a free port per run; none passes nothing; or a fixed port'),
  isolateFailures: z
    .boolean()
    .default(true)
    .describe(
      'When Odoo cannot load some selected modules (missing Python library, bad XML...), test the others again without them',
    ),
  maxRuns: z
    .number()
    .int()
    .min(1)
    .default(4)
    .describe('Most Odoo test runs one check may start while isolating modules Odoo cannot load'),
  pathMap: z
    .record(z.string(), z.string())
    .default({ '/mnt/extra-addons': 'addons' })
    .describe('Container path prefix -> repository path, to annotate test files'),
  policy: policySchema.prefault({}).describe('What fails the check'),
  stack: stackSchema.prefault({}).describe('Multi-container stack checks (oda odoo stack-check)'),
})

/** The validated `odoo-ci` section. */
export type OdooCiConfig = z.output<typeof odooCiSectionSchema>
