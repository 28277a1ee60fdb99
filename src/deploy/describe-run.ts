import type { OpContext } from '../op/context.ts'

/** Link to this run: the Actions run page when running in Actions, else an oda run id. */
export function runUrlOf(ctx: Pick<OpContext, 'env' | 'runId' | 'ports'>): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = ctx.env
  if (server && repo && run) return `${server}/${repo}/actions/runs/${run}`
  return ctx.ports.runUrl ?? `oda-run:${ctx.runId}`
}

/** What started the run: the Actions event name, else the face. */
export function triggerOf(ctx: Pick<OpContext, 'env' | 'face'>): string {
  return ctx.env.GITHUB_EVENT_NAME ? `${ctx.face}:${ctx.env.GITHUB_EVENT_NAME}` : ctx.face
}
