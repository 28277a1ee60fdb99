import { basename, dirname, join, resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import { conclusionFor, makeReport, type Finding, type Report } from '../../op/report.ts'
import { toPosixRelative } from '../../odoo/layout/to-posix-relative.ts'
import { readManifestFile } from '../../odoo/manifest/read-manifest-file.ts'
import { countOf } from '../../odoo/manifest/count-of.ts'
import { toJsonValue, type JsonValue } from '../../odoo/manifest/to-json-value.ts'
import type { ManifestShowInput } from './schema.ts'

/** One entry of `manifest show`'s result. */
export interface ShownManifest {
  addon: string
  path: string
  manifest: JsonValue
}

/**
 * Prints parsed manifests:
 * 1. resolve each argument to an addon folder and its `__manifest__.py`;
 * 2. read it as Python's literal_eval would (never executing it);
 * 3. data: `[{addon, path, manifest}]`, tuples and sets as arrays; unreadable ones become findings.
 */
export async function runManifestShow(ctx: OpContext, input: ManifestShowInput): Promise<Report> {
  const shown: ShownManifest[] = []
  const findings: Finding[] = []
  const cwd = resolve(ctx.cwd)
  for (const arg of input.addons) {
    const abs = resolve(cwd, arg)
    const dir = basename(abs) === '__manifest__.py' ? dirname(abs) : abs
    const rel = toPosixRelative(cwd, dir)
    const read = readManifestFile(join(dir, '__manifest__.py'), input.maxManifestBytes)
    if (read.ok) shown.push({ addon: basename(dir), path: rel, manifest: toJsonValue(read.manifest) })
    else
      findings.push({
        path: rel === '.' ? '__manifest__.py' : `${rel}/__manifest__.py`,
        line: read.problem.line,
        column: read.problem.column,
        level: 'failure',
        ruleId: read.problem.ruleId,
        message: ctx.redact.redact(`${basename(dir)}: ${read.problem.message}`),
      })
  }
  if (input.addons.length === 0) {
    return makeReport({
      conclusion: 'neutral',
      title: 'manifest show: no addon given',
      summary: 'Usage: `oda manifest show <addon-dir>... --format json`',
      data: shown,
    })
  }
  const summary = shown.map((s) => `- \`${s.addon}\` (${s.path}): ${describe(s.manifest)}`).join('\n')
  return makeReport({
    conclusion: conclusionFor(findings),
    title: `manifest show: ${shown.length} of ${countOf(input.addons.length, 'manifest')} read`,
    summary,
    findings,
    data: shown,
  })
}

function describe(m: JsonValue): string {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return ''
  return [m['name'], m['version'], m['license']].filter((x) => typeof x === 'string').join(', ')
}
