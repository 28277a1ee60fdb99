import { z } from 'zod'

/** Shape of a stored lock (tag message or lock file): read back from outside, so validated. */
export const lockInfoSchema = z.object({
  environment: z.string(),
  owner: z.string(),
  runId: z.string(),
  runUrl: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
})
