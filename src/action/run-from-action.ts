import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { basename, isAbsolute, join, resolve } from 'node:path'
import { githubPortsFromEnv } from '../face/github-ports-from-env.ts'
import { checkoutConfigSource } from '../face/checkout-config-source.ts'
import { loadFaceConfig } from '../face/load-face-config.ts'
import type { Op } from '../op/define-op.ts'
import { runOp } from '../engine/run-op.ts'
import { parseOpInput } from '../engine/parse-op-input.ts'
import { redactionSources } from '../ops/registry.ts'
import { openStore } from '../engine/store/open-store.ts'
import { renderGithub } from '../face/render/render-github.ts'
import {
  maskInLog,
  readActionInputs,
  readExtraInput,
  writeActionOutputs,
  writeAnnotations,
  writeStepSummary,
  failStep,
  logInfo,
} from './action-io.ts'
import { scopeToPullRequest } from './pr-scope.ts'
import { stepSummary } from '../face/render/step-summary.ts'
import { githubActionsPermission } from '../face/github-actions-permission.ts'

/**
 * The Actions face: `INPUT_*` -> op input -> runOp -> annotations, step summary, outputs and a
 * report file the composite action uploads with the evidence. Returns the exit code.
 */
export async function runFromAction(op: Op, env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd()
  const givenInput = readActionInputs(op, env)
  parseOpInput(op, givenInput) // bad input is refused before GitHub is asked anything
  const token = readExtraInput('github-token', env)
  const secretValues = [token, ...(op.secretInputs ?? []).map((k) => givenInput[k])].filter(
    (v): v is string => typeof v === 'string' && v !== '',
  )
  for (const v of secretValues) maskInLog(v)
  const repoDir = typeof givenInput['dir'] === 'string' ? resolve(workspace, givenInput['dir']) : workspace
  // On a pull request an unscoped check looks at the PR's change, as the App's check does.
  const { rawInput, note } = await scopeToPullRequest({ op, rawInput: givenInput, env, repoDir })
  if (note) logInfo(note)
  const { config } = await loadFaceConfig(checkoutConfigSource(repoDir, env, token))
  const { actor, permission } = await githubActionsPermission({
    ops: [op],
    config,
    env,
    token,
    tokenHint: 'give the action its github-token input (by default ${{ github.token }})',
  })
  const temp = env['RUNNER_TEMP'] ?? join(workspace, '.oda')
  const dataDir = env['ODA_DATA_DIR'] ?? join(temp, 'oda-data')
  const outDir = join(temp, 'oda', op.name)
  mkdirSync(outDir, { recursive: true })
  const store = await openStore({ dataDir, databaseUrl: env['DATABASE_URL'] })
  try {
    const runUrl = env['GITHUB_RUN_ID']
      ? `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
      : undefined
    const ports = githubPortsFromEnv(env, token) ?? {}
    const record = await runOp({
      op,
      rawInput,
      face: 'action',
      rethrowUsageErrors: true,
      actor,
      actorPermission: permission,
      store,
      config,
      cwd: workspace,
      env,
      secretValues,
      redaction: redactionSources(),
      ports,
      dataDir,
      externalRef: runUrl ? { url: runUrl } : {},
      evidence: readExtraInput('evidence', env) === 'false' ? undefined : { root: join(outDir, 'evidence') },
    })
    const report = record.report!
    const label = op.check ? `oda / ${op.check.name}` : `oda ${op.name}`
    writeAnnotations(renderGithub(label, report))
    await writeStepSummary(stepSummary(label, report), env)
    const reportPath = join(outDir, 'report.json')
    writeFileSync(reportPath, JSON.stringify({ run: record.id, ...report }, null, 2))
    // The op's own files (raw logs, JUnit, dumps' checksums) ride in the uploaded artifact too.
    const artifactsDir = join(dataDir, 'runs', record.id, 'artifacts')
    for (const a of report.artifacts) {
      const from = isAbsolute(a.path) ? a.path : join(artifactsDir, a.path)
      if (existsSync(from)) {
        mkdirSync(join(outDir, 'artifacts'), { recursive: true })
        copyFileSync(from, join(outDir, 'artifacts', basename(from)))
      }
    }
    for (const [name, render] of Object.entries({ ...op.formats, ...op.fileFormats })) {
      const target = join(outDir, `report.${name === 'junit' ? 'junit.xml' : name}`)
      const out = render(report)
      if (typeof out === 'string') writeFileSync(target, out)
      else copyFileSync(out.file, target)
    }
    writeActionOutputs({
      conclusion: report.conclusion,
      findings: String(report.findings.length),
      'report-path': reportPath,
      'output-dir': outDir,
      'evidence-path': record.evidencePath ?? '',
      'run-id': record.id,
    })
    if (record.state !== 'succeeded') failStep(`${label}: ${report.title}`)
    return record.state === 'succeeded' ? 0 : 1
  } finally {
    await store.close()
  }
}
