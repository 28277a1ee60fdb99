/** The target series and what it was taken from, as the summary states it. */
export interface ResolvedSeries {
  series: string
  from: 'config' | 'manifests' | 'branch' | 'template' | 'catalog' | 'catalog repos' | 'default'
  /** What settled it, for the summary: `31 of 33 installable addons are 16.0.x.y.z`, `the checkout is on 17.0-mig-web`. */
  detail: string
}

const SERIES_OF_VERSION = /^(\d{1,2}\.0)\.\d+\.\d+\.\d+$/
const SERIES_OF_BRANCH = /^(?:refs\/heads\/)?(\d{1,2}\.0)(?:$|[-_/.])/

/**
 * `manifest.series: auto`, in order: the dominant `NN.0` prefix of the installable checked
 * addons' versions (what the code says it is), the branch name (`17.0`, `17.0-mig-x`), the
 * OCA template's `odoo_version` (`.copier-answers.yml`), the catalog's `series`, the branch
 * most listed repos use, else 17.0. A tie between prefixes is no answer and falls through. A
 * configured series always wins.
 */
export function resolveSeries(args: {
  configured: string
  versions: readonly string[]
  branch?: string
  templateSeries?: string
  catalogSeries?: string
  repoBranches: readonly string[]
}): ResolvedSeries {
  if (args.configured !== 'auto') return { series: args.configured, from: 'config', detail: 'manifest.series' }
  const byManifest = dominant(args.versions.map((v) => SERIES_OF_VERSION.exec(v)?.[1]))
  if (byManifest) {
    const total = args.versions.filter((v) => SERIES_OF_VERSION.test(v)).length
    return {
      series: byManifest.value,
      from: 'manifests',
      detail: `${byManifest.count} of ${total} installable ${total === 1 ? 'addon is' : 'addons are'} ${byManifest.value}.x.y.z`,
    }
  }
  const byBranch = args.branch ? SERIES_OF_BRANCH.exec(args.branch)?.[1] : undefined
  if (byBranch && args.branch) return { series: byBranch, from: 'branch', detail: `the checkout is on ${args.branch}` }
  if (args.templateSeries)
    return { series: args.templateSeries, from: 'template', detail: 'odoo_version in .copier-answers.yml' }
  if (args.catalogSeries) return { series: args.catalogSeries, from: 'catalog', detail: 'its "series"' }
  const byRepos = dominant(args.repoBranches.map((b) => (/^\d+\.0$/.test(b) ? b : undefined)))
  if (byRepos)
    return {
      series: byRepos.value,
      from: 'catalog repos',
      detail: `${byRepos.count} listed ${byRepos.count === 1 ? 'repo is' : 'repos are'} on branch ${byRepos.value}`,
    }
  return {
    series: '17.0',
    from: 'default',
    detail:
      "none found in the addons' versions, the branch name, .copier-answers.yml or a catalog; set manifest.series",
  }
}

/** The most frequent defined value when it is strictly ahead of the next one. */
function dominant(values: readonly (string | undefined)[]): { value: string; count: number } | undefined {
  const counts = new Map<string, number>()
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1)
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1])
  if (!first || (second && second[1] === first[1])) return undefined
  return { value: first[0], count: first[1] }
}
