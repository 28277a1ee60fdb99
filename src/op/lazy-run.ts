import type { OpContext } from './context.ts'
import type { Report } from './report.ts'

/**
 * An op's `run` that loads the module holding it on the first call. The bundle is split at
 * this dynamic import, so listing ops, printing help or running one op does not load (or
 * compile) the engines of all the others.
 * @example
 * run: lazyRun(async () => (await import('./run.ts')).runManifestShow)
 */
export function lazyRun<I>(
  load: () => Promise<(ctx: OpContext, input: I) => Promise<Report>>,
): (ctx: OpContext, input: I) => Promise<Report> {
  return async (ctx, input) => (await load())(ctx, input)
}
