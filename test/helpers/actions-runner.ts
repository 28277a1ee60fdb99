import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The environment a GitHub runner gives a composite action's step: workspace, temp folder,
 * step summary and output files (created empty), and `INPUT_*` for each input, spelled the
 * way the generated action.yml passes them (`dry-run` -> `INPUT_DRY_RUN`).
 */
export function runnerEnv(o: {
  tempRoot: string
  workspace: string
  name: string
  inputs: Record<string, string>
  runId?: string
}): Record<string, string> {
  const dir = mkdtempSync(join(o.tempRoot, `${o.name}-`))
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'acme/odoo-shop',
    GITHUB_RUN_ID: o.runId ?? '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTOR: 'octocat',
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output.txt'),
  }
  writeFileSync(env['GITHUB_STEP_SUMMARY']!, '')
  writeFileSync(env['GITHUB_OUTPUT']!, '')
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v
  return env
}

/** Parses the `name<<delimiter` records the Actions toolkit writes to $GITHUB_OUTPUT. */
export function readActionOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    while (lines[++i] !== m[2]) value.push(lines[i]!)
    out[m[1]!] = value.join('\n')
  }
  return out
}
