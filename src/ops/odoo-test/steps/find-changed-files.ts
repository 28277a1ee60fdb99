import type { OpContext } from '../../../op/context.ts'
import type { OdooTestInput } from '../schema.ts'
import type { ChangedFiles } from './changed-files.ts'
import { BaseRefError, actionBaseCandidates, changedFilesSince } from './changed-files.ts'

/**
 * The PR's changed files: given ones, else the diff since `--base`, else (in Actions, on a pull
 * request) the diff since the PR's base when the checkout has it. Undefined means unknown: all addons.
 */
export async function findChangedFiles(
  ctx: OpContext,
  root: string,
  input: OdooTestInput,
): Promise<{ changed?: ChangedFiles; note?: string }> {
  if (input.changedFiles.length > 0)
    return { changed: { files: input.changedFiles, source: 'the changed files given' } }
  if (input.base)
    return { changed: { files: await changedFilesSince(ctx, root, input.base), source: `--base ${input.base}` } }
  if (ctx.face !== 'action') return {}
  const tried: string[] = []
  for (const ref of actionBaseCandidates(ctx.env)) {
    try {
      return { changed: { files: await changedFilesSince(ctx, root, ref), source: `the pull request base ${ref}` } }
    } catch (error) {
      if (!(error instanceof BaseRefError)) throw error
      tried.push(ref)
    }
  }
  return tried.length
    ? {
        note: `the pull request base (${tried.join(', ')}) is not in the checkout; use actions/checkout with fetch-depth: 0 to test only the affected addons`,
      }
    : {}
}
