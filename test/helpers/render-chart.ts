import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, parseAllDocuments, stringify } from 'yaml'

/**
 * Renders deploy/helm/oda without helm (not installable here), for the subset of Go templates
 * the chart keeps to: `{{ .Values.a.b }}`, `{{ .Release.Name }}`, `{{ .Chart.AppVersion }}`,
 * `| quote`, `{{- toYaml <path> | nindent N }}` and a file-level `{{- if <path> }}` ...
 * `{{- end }}`. Anything else, or a path with no value, is an error naming file and line, so
 * the chart cannot grow constructs this check would silently misread.
 */
export interface ChartContext {
  Values: Record<string, unknown>
  Release: { Name: string; Namespace: string }
  Chart: Record<string, unknown>
}

export class ChartTemplateError extends Error {}

export function chartContext(chartDir: string, overrides: Record<string, unknown> = {}): ChartContext {
  const values = merge(parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')) as Record<string, unknown>, overrides)
  const chart = parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, unknown>
  return {
    Values: values,
    Release: { Name: 'oda', Namespace: 'default' },
    Chart: { Name: chart['name'], AppVersion: chart['appVersion'], Version: chart['version'] },
  }
}

/** Every template of the chart rendered and parsed: one object per YAML document. */
export function renderChart(chartDir: string, ctx: ChartContext): Record<string, unknown>[] {
  const dir = join(chartDir, 'templates')
  const docs: Record<string, unknown>[] = []
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml')) continue
    const text = renderTemplate(readFileSync(join(dir, name), 'utf8'), ctx, `templates/${name}`)
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length > 0) throw new ChartTemplateError(`templates/${name}: ${doc.errors[0]!.message}`)
      const value = doc.toJS() as Record<string, unknown> | null
      if (value) docs.push(value)
    }
  }
  return docs
}

export function renderTemplate(text: string, ctx: ChartContext, file: string): string {
  const guarded = /^\{\{- if (\.[\w.]+) \}\}\n([\s\S]*?)\n\{\{- end \}\}\n?$/.exec(text)
  if (guarded) return lookup(ctx, guarded[1]!, file, 1) ? renderTemplate(guarded[2]! + '\n', ctx, file) : ''
  return text.replace(
    /([ \t]*\n?[ \t]*)\{\{(-?) ([^}]*?) \}\}/g,
    (whole, before: string, trim: string, action: string, offset: number) => {
      const line = text.slice(0, offset + before.length).split('\n').length
      const lead = trim === '-' ? '' : before
      const nindent = /^toYaml (\.[\w.]+) \| nindent (\d+)$/.exec(action)
      if (nindent) {
        const yaml = stringify(lookup(ctx, nindent[1]!, file, line)).trimEnd()
        const pad = ' '.repeat(Number(nindent[2]))
        return (
          lead +
          '\n' +
          yaml
            .split('\n')
            .map((l) => pad + l)
            .join('\n')
        )
      }
      const plain = /^(\.[\w.]+)( \| quote)?$/.exec(action)
      if (!plain || trim === '-')
        throw new ChartTemplateError(`${file}:${line}: unsupported template action "{{${trim} ${action} }}"`)
      const value = lookup(ctx, plain[1]!, file, line)
      if (typeof value === 'object') throw new ChartTemplateError(`${file}:${line}: ${plain[1]} is not a scalar`)
      return before + (plain[2] ? JSON.stringify(String(value)) : String(value))
    },
  )
}

function lookup(ctx: ChartContext, path: string, file: string, line: number): unknown {
  let at: unknown = ctx
  for (const key of path.slice(1).split('.')) {
    if (at === null || typeof at !== 'object' || !(key in at))
      throw new ChartTemplateError(`${file}:${line}: ${path} has no value`)
    at = (at as Record<string, unknown>)[key]
  }
  return at
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base }
  for (const [k, v] of Object.entries(over)) {
    const b = out[k]
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object'
        ? merge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v
  }
  return out
}
