import { resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import { conclusionFor, makeReport, type Report } from '../../op/report.ts'
import { applySeverities } from '../../speckit/inspect-kits.ts'
import { inspectRepo } from '../../speckit/inspect-repo.ts'
import { resolveKitTarget } from '../../speckit/resolve-kit-target.ts'
import { makeFinding } from '../../speckit/make-finding.ts'
import { renderFindingsSummary } from '../../speckit/render-findings-summary.ts'
import type { SpecKitValidateInput } from './schema.ts'

/**
 * Validates the spec kits of a repository:
 * 1. settings: input over `spec-kit:` config (paths, maxClarifications, failOn, severities);
 * 2. inspect: detect kits, read and parse each file once, run every rule;
 * 3. apply configured severities, redact messages;
 * 4. report: conclusion by failOn, summary grouped by rule and file, data per kit.
 */
export async function runSpecKitValidate(ctx: OpContext, input: SpecKitValidateInput): Promise<Report> {
  const cfg = ctx.config['spec-kit']
  const target = resolveKitTarget(ctx.cwd, input.dir)
  const root = input.paths.length > 0 || cfg.paths.length > 0 ? resolve(ctx.cwd, input.dir) : target.root
  const paths = input.paths.length > 0 ? input.paths : cfg.paths.length > 0 ? cfg.paths : target.paths
  const failOn = input.failOn ?? cfg.failOn
  const options = {
    maxClarifications: input.maxClarifications ?? cfg.maxClarifications,
    maxFileBytes: cfg.maxFileBytes,
    signal: ctx.signal,
  }
  const inspected = await ctx.step('inspect', async (s) => {
    const r = inspectRepo({ root, paths, options })
    s.note(`${r.kits.length} kits, ${r.findings.length} findings`)
    return r
  })
  const findings = applySeverities(inspected.findings, cfg.severities).map((f) => ({
    ...f,
    message: ctx.redact.redact(f.message),
  }))
  const kits = inspected.kits.map((k) => ({
    layout: k.kit.layout,
    root: k.kit.root,
    files: k.files,
    tasks: k.tasks?.length ?? null,
    done: k.tasks?.filter((t) => t.status === 'done').length ?? null,
  }))
  const data = { schemaVersion: 1, failOn, kits, counts: countLevels(findings) }
  const summary = renderFindingsSummary(inspected.kits, findings)
  if (kits.length === 0 && findings.length === 0) {
    // A check that passes because it found nothing is worse than no check, so where someone asked for this
    // check (an Actions step, a CI job) it fails. The App runs every check on every pull request of every
    // repository it is installed on: there, a repository without kits (every OCA one) gets a grey check with
    // the hint, not a red one on each pull request.
    const asked = ctx.face === 'action' || (ctx.face !== 'app' && ctx.env['CI'] === 'true')
    const noKit = cfg.noKit ?? (asked ? 'failure' : 'neutral')
    const hint = `A kit is GitHub Spec Kit's \`.specify/\` + \`specs/<NNN-name>/{spec,plan,tasks}.md\` (also in a monorepo package such as \`apps/web/\`) or \`spec/<name>/{constitution,prd,plan,tasks}.md\`; pass the folder or tasks.md to check (\`oda spec-kit validate specs/001-feature\`), set \`spec-kit.paths\`, or set \`spec-kit.noKit: neutral\` (or \`enabled: false\`) in .github/oda.yml for a repository without kits.`
    return makeReport({
      conclusion: noKit,
      title: 'spec-kit: no spec kit found',
      summary: `${summary}\n\n${hint}`,
      findings:
        noKit === 'failure'
          ? [{ ...makeFinding({ rule: 'spec-kit/missing-kit', path: '.', message: `no spec kit found. ${hint}` }) }]
          : [],
      data,
    })
  }
  const conclusion = conclusionFor(findings, failOn)
  return makeReport({ conclusion, title: titleFor(kits.length, data.counts), summary, findings, data })
}

function countLevels(findings: readonly { level: string }[]): { failure: number; warning: number; notice: number } {
  const c = { failure: 0, warning: 0, notice: 0 }
  for (const f of findings) if (f.level === 'failure' || f.level === 'warning' || f.level === 'notice') c[f.level]++
  return c
}

function titleFor(kits: number, c: { failure: number; warning: number; notice: number }): string {
  const what = `${kits} spec kit${kits === 1 ? '' : 's'}`
  if (c.failure + c.warning + c.notice === 0) return `spec-kit: ${what} valid`
  const parts = [
    c.failure && `${c.failure} failure${c.failure === 1 ? '' : 's'}`,
    c.warning && `${c.warning} warning${c.warning === 1 ? '' : 's'}`,
    c.notice && `${c.notice} notice${c.notice === 1 ? '' : 's'}`,
  ].filter(Boolean)
  return `spec-kit: ${parts.join(', ')} in ${what}`
}
