import { stringify } from 'yaml'
import type { Op } from '../op/define-op.ts'
import { schemaFields } from '../face/schema-fields.ts'
import { inputEnvName } from './action-io.ts'

/** actions/upload-artifact v7.0.0 (runs on Node 24), pinned by commit as third-party actions must be. */
const UPLOAD_ARTIFACT = 'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f'
/** actions/setup-node v7.0.0 (runs on Node 24). */
const SETUP_NODE = 'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020'

/**
 * The bundled CLI needs Node 24: the action installs it when the job's `node` is older or
 * missing, and leaves a job that already has it alone.
 */
const nodeSteps = [
  {
    id: 'node',
    name: 'Check for Node 24',
    shell: 'bash',
    run: [
      'if node -e \'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)\' 2>/dev/null',
      'then echo "setup=false" >> "$GITHUB_OUTPUT"',
      'else echo "setup=true" >> "$GITHUB_OUTPUT"',
      'fi',
    ].join('\n'),
  },
  {
    name: 'Set up Node 24',
    if: "steps.node.outputs.setup == 'true'",
    uses: SETUP_NODE,
    // Nothing of the job's own dependencies is cached by an action that only needs the runtime.
    with: { 'node-version': '24', 'package-manager-cache': false },
  },
]

const header = '# Generated from the op schema by scripts/gen-actions.ts. Do not edit by hand.\n'

/** Every generated action file: `[path, text]`. */
export function renderActionFiles(ops: readonly Op[]): [string, string][] {
  const files: [string, string][] = ops
    .filter((op) => op.action)
    .map((op) => [`actions/${op.action}/action.yml`, renderOpAction(op)])
  files.push(['action.yml', renderUmbrellaAction(ops)])
  return files
}

/** The composite action of one op: inputs from its schema, the bundled CLI, evidence upload. */
export function renderOpAction(op: Op): string {
  const inputs: Record<string, Record<string, string | boolean>> = {}
  const env: Record<string, string> = {}
  for (const f of schemaFields(op.input)) {
    const input: Record<string, string | boolean> = { description: f.description || f.flag, required: f.required }
    if (f.default !== undefined && !(Array.isArray(f.default) && f.default.length === 0))
      input['default'] = Array.isArray(f.default) ? f.default.join('\n') : String(f.default)
    inputs[f.flag] = input
    env[inputEnvName(f.flag)] = `\${{ inputs.${f.flag} }}`
  }
  inputs['github-token'] = {
    description: 'Token for GitHub API calls (defaults to the job token)',
    required: false,
    default: '${{ github.token }}',
  }
  inputs['evidence'] = {
    description: 'Write an evidence pack (uploaded with the report and the op artifacts)',
    required: false,
    default: 'true',
  }
  env[inputEnvName('github-token')] = '${{ inputs.github-token }}'
  env[inputEnvName('evidence')] = '${{ inputs.evidence }}'
  const label = op.check ? `oda / ${op.check.name}` : `oda ${op.name}`
  const doc = {
    name: label,
    description: op.summary,
    author: 'oda',
    branding: { icon: 'check-circle', color: 'purple' },
    inputs,
    outputs: {
      conclusion: {
        description: 'success, failure, neutral, cancelled, timed_out or action_required',
        value: '${{ steps.run.outputs.conclusion }}',
      },
      findings: { description: 'Number of findings', value: '${{ steps.run.outputs.findings }}' },
      'report-path': { description: 'Path of the JSON report', value: '${{ steps.run.outputs.report-path }}' },
      'evidence-path': {
        description: 'Path of the evidence pack, when written',
        value: '${{ steps.run.outputs.evidence-path }}',
      },
      'run-id': { description: 'Id of the recorded run', value: '${{ steps.run.outputs.run-id }}' },
      'output-dir': {
        description: 'Folder with report.json, other renderings (JUnit, SARIF), the op artifacts and the evidence pack',
        value: '${{ steps.run.outputs.output-dir }}',
      },
    },
    runs: {
      using: 'composite',
      steps: [
        ...nodeSteps,
        {
          id: 'run',
          name: label,
          shell: 'bash',
          // Inputs travel as environment variables, never spliced into the script text.
          run: `node "$GITHUB_ACTION_PATH/../../dist/cli.js" action ${op.name}`,
          env,
        },
        {
          name: 'Upload report and evidence',
          // The report, JUnit and raw logs are uploaded even when no evidence pack was asked for.
          if: "always() && steps.run.outputs.output-dir != ''",
          uses: UPLOAD_ARTIFACT,
          with: {
            name: `oda-${op.action}-\${{ github.run_id }}-\${{ github.run_attempt }}-\${{ github.job }}`,
            path: '${{ steps.run.outputs.output-dir }}',
            'if-no-files-found': 'ignore',
            'retention-days': '30',
          },
        },
      ],
    },
  }
  return header + stringify(doc, { lineWidth: 0 })
}

/** The umbrella action: runs `oda check` (every enabled PR check) or any op by name. */
export function renderUmbrellaAction(ops: readonly Op[]): string {
  const doc = {
    name: 'oda',
    description: 'oda, the Odoo DevOps Agent: run every enabled PR check, or one operation',
    author: 'oda',
    branding: { icon: 'check-circle', color: 'purple' },
    inputs: {
      command: {
        description: `"check" (all enabled checks) or an op: ${ops.map((o) => o.name).join(', ')}`,
        required: false,
        default: 'check',
      },
      args: {
        description: 'Arguments for the command, one per line (no shell interpretation)',
        required: false,
        default: '',
      },
      format: { description: 'Output format: github (annotations), text or json', required: false, default: 'github' },
      'github-token': {
        description: "Token oda asks GitHub with for the triggering user's permission (ops that need more than read)",
        required: false,
        default: '${{ github.token }}',
      },
    },
    runs: {
      using: 'composite',
      steps: [
        ...nodeSteps,
        {
          id: 'run',
          shell: 'bash',
          run: [
            'args=()',
            'while IFS= read -r line; do [ -n "$line" ] && args+=("$line"); done <<< "$ODA_ARGS"',
            'read -r -a cmd <<< "${ODA_COMMAND//./ }"',
            'node "$GITHUB_ACTION_PATH/dist/cli.js" "${cmd[@]}" "${args[@]}" --format "$ODA_FORMAT"',
          ].join('\n'),
          env: {
            ODA_COMMAND: '${{ inputs.command }}',
            ODA_ARGS: '${{ inputs.args }}',
            ODA_FORMAT: '${{ inputs.format }}',
            INPUT_GITHUB_TOKEN: '${{ inputs.github-token }}',
          },
        },
      ],
    },
  }
  return header + stringify(doc, { lineWidth: 0 })
}
