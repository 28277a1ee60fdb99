import { z } from 'zod'

/** Job kind for "answer the slash commands of a comment". */
export const COMMAND_JOB = 'slash-command'

/** What the webhook hands the worker about one comment. */
export const commandJobSchema = z.object({
  installationId: z.number().int(),
  owner: z.string(),
  repo: z.string(),
  /** The PR or issue the comment is on. */
  issueNumber: z.number().int(),
  isPull: z.boolean(),
  /** Link to the PR or issue, for lock records. */
  issueUrl: z.string(),
  commentId: z.number().int(),
  commentUrl: z.string(),
  body: z.string().max(65_536),
  actor: z.string(),
  /** The comment's author is a bot (GitHub's `type: Bot`, or a `[bot]` login). */
  actorIsBot: z.boolean(),
  /** From `issue_comment.edited` (read only when the config asks for it). */
  edited: z.boolean(),
  deliveryId: z.string(),
})
export type CommandJob = z.infer<typeof commandJobSchema>

/**
 * Dedupe key: one job per comment (per edit, when edits are read). A redelivered webhook, or
 * the same comment arriving twice, runs nothing a second time.
 */
export function commandJobKey(job: Pick<CommandJob, 'owner' | 'repo' | 'commentId' | 'edited' | 'deliveryId'>): string {
  return `command:${job.owner}/${job.repo}#${job.commentId}${job.edited ? `:edit:${job.deliveryId}` : ''}`
}
