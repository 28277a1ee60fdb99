import type { Finding, FindingLevel } from '../op/report.ts'
import type { DocRole, Kit, KitDoc, ParsedDoc, RawFile, Task } from './kit-types.ts'
import { capFindings } from './cap-findings.ts'
import { checkParseLimits } from './check-parse-limits.ts'
import { checkDoc } from './check-doc.ts'
import { checkKit } from './check-kit.ts'
import { decodeKitFile } from './decode-kit-file.ts'
import { fingerprintFinding } from './fingerprint-finding.ts'
import type { PhaseSection } from './extract-phases.ts'
import { makeFinding } from './make-finding.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { isSuppressed, readSuppressions, type Suppressions } from './read-suppressions.ts'

/** Settings of one validation run (from `spec-kit:` config and op input). */
export interface InspectOptions {
  maxClarifications: number
  maxFileBytes: number
  /** Checked between files: a cancelled or timed-out run stops at the next file. */
  signal?: AbortSignal
}

/** One kit after inspection: its files, tasks and phases (for the status table). */
export interface InspectedKit {
  kit: Kit
  files: { path: string; role: string; state: 'ok' | 'missing' | 'unreadable' }[]
  /** Tasks of the kit's tasks file; undefined when it could not be read. */
  tasks: Task[] | undefined
  phases: PhaseSection[]
  tasksPath: string | undefined
}

/**
 * Validates kits: each file is decoded and parsed once (a Spec Kit constitution shared
 * by several features is checked once), then the single-document checks, then the
 * checks across a kit's documents (tasks vs. stories, stated totals vs. counted tasks).
 */
export function inspectKits(
  kits: readonly Kit[],
  files: ReadonlyMap<string, RawFile>,
  options: InspectOptions,
): { kits: InspectedKit[]; findings: Finding[] } {
  const findings: Finding[] = []
  const parsed = new Map<string, ParsedDoc | undefined>()
  const suppressions = new Map<string, Suppressions>()
  const reported = new Set<string>()
  const inspected: InspectedKit[] = []
  for (const kit of kits) {
    const docs = new Map<DocRole, ParsedDoc>()
    const checklists: ParsedDoc[] = []
    const states: InspectedKit['files'] = []
    for (const d of kit.docs) {
      options.signal?.throwIfAborted()
      const raw = files.get(d.path) ?? { path: d.path, kind: 'missing' as const }
      const first = !reported.has(d.path)
      reported.add(d.path)
      if (raw.kind === 'missing') {
        states.push({ path: d.path, role: d.role, state: 'missing' })
        if (first)
          findings.push(
            makeFinding({
              rule: 'spec-kit/missing-file',
              level: d.missingLevel,
              path: d.path,
              message: missingMessage(kit.layout, d.role, d.path),
            }),
          )
        continue
      }
      if (!parsed.has(d.path)) {
        const decoded = decodeKitFile(raw, options.maxFileBytes)
        if (!decoded.ok) {
          findings.push(...decoded.findings)
          parsed.set(d.path, undefined)
        } else {
          const checked = parseAndCheck(d.path, d.role, decoded.text, kit.layout, options)
          findings.push(...decoded.findings, ...checked.findings)
          parsed.set(d.path, checked.doc)
          if (checked.doc) suppressions.set(d.path, readSuppressions(checked.doc))
        }
      }
      const doc = parsed.get(d.path)
      states.push({ path: d.path, role: d.role, state: doc ? 'ok' : 'unreadable' })
      if (doc && d.role === 'checklist') checklists.push(doc)
      else if (doc) docs.set(d.role, doc)
    }
    const result: InspectedKit = {
      kit,
      files: states,
      tasks: undefined,
      phases: [],
      tasksPath: kit.docs.find((d) => d.role === 'tasks')?.path,
    }
    const checked = checkKit(docs, checklists)
    result.tasks = checked.tasks
    result.phases = checked.phases
    findings.push(...checked.findings)
    inspected.push(result)
  }
  const kept = capFindings(sortFindings(findings.filter((f) => !isSuppressed(f, suppressions.get(f.path))))).map(
    (f) => ({ ...f, fingerprint: fingerprintFinding(f) }),
  )
  return { kits: inspected, findings: sortFindings(kept) }
}

/** Applies `spec-kit.severities`: a level replaces the rule's default, `off` drops the rule. */
export function applySeverities(
  findings: readonly Finding[],
  severities: Readonly<Record<string, FindingLevel | 'off'>>,
): Finding[] {
  const out: Finding[] = []
  for (const f of findings) {
    const s = severities[f.ruleId]
    if (s === 'off') continue
    out.push(s ? { ...f, level: s } : f)
  }
  return out
}

/** Parses one document and runs its own checks; a parser failure becomes a finding, never a crash. */
function parseAndCheck(
  path: string,
  role: KitDoc['role'],
  text: string,
  layout: Kit['layout'],
  options: InspectOptions,
): { doc: ParsedDoc | undefined; findings: Finding[] } {
  const tooComplex = checkParseLimits(path, text)
  if (tooComplex) return { doc: undefined, findings: [tooComplex] }
  try {
    const result = parseMarkdown({ path, role, text })
    return {
      doc: result.doc,
      findings: [...result.findings, ...checkDoc(result.doc, layout, options.maxClarifications)],
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      doc: undefined,
      findings: [
        makeFinding({
          rule: 'spec-kit/invalid-markdown',
          path,
          message: `${path} could not be parsed as markdown (${reason}); the file was not checked`,
        }),
      ],
    }
  }
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  )
}

function missingMessage(layout: Kit['layout'], role: string, path: string): string {
  if (layout === 'four-file')
    return `${path} is missing: a four-file kit needs constitution.md, prd.md, plan.md and tasks.md`
  if (role === 'constitution')
    return `${path} is missing: Spec Kit keeps the project constitution there (create it with /speckit.constitution)`
  if (role === 'spec')
    return `${path} is missing: every feature folder needs a spec.md (create it with /speckit.specify)`
  return `${path} is missing: the feature is not ${role === 'plan' ? 'planned (run /speckit.plan)' : 'broken into tasks (run /speckit.tasks)'} yet`
}
