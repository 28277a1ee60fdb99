import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { renderGraphDot } from '../../odoo/graph/render-graph-dot.ts'
import { renderGraphText } from '../../odoo/graph/render-graph-text.ts'
import { isGraphView } from '../../odoo/graph/describe-neighborhood.ts'
import { manifestGraphInputSchema } from './schema.ts'

/** `oda manifest graph <addon> --format json|dot|text`: the addons graph around one addon. */
export const manifestGraphOp = defineOp({
  name: 'manifest.graph',
  summary:
    'The addons graph around an addon: dependencies, dependents, related addons, path; text, JSON or Graphviz dot',
  input: manifestGraphInputSchema,
  positional: ['addon'],
  guard: { permission: 'read', timeoutS: 60 },
  formats: {
    json: (report) => JSON.stringify(report.data ?? null, null, 2),
    dot: (report) =>
      isGraphView(report.data) ? renderGraphDot(report.data) : `// ${report.title}\ndigraph addons {}\n`,
    text: (report) => (isGraphView(report.data) ? renderGraphText(report.data) : `${report.title}\n${report.summary}`),
  },
  run: lazyRun(async () => (await import('./run.ts')).runManifestGraph),
})
