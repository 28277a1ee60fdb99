import { z } from 'zod'

/** A window during which side-effecting ops on the listed environments are denied. */
export const freezeWindowSchema = z.strictObject({
  /** Start, ISO 8601 date-time. */
  from: z.string().describe('Start of the freeze, ISO 8601'),
  /** End, ISO 8601 date-time. */
  to: z.string().describe('End of the freeze, ISO 8601'),
  /** Environments frozen; empty means all. */
  environments: z.array(z.string()).default([]).describe('Environments frozen; empty means all'),
  /** Why, shown in the denial. */
  reason: z.string().default('change freeze').describe('Reason shown when a run is denied'),
})

/** `policy:` section: who may do what, and when. */
export const policySectionSchema = z.strictObject({
  /** Minimum permission per op name, overriding the op's own default. */
  permissions: z
    .record(z.string(), z.enum(['none', 'read', 'triage', 'write', 'maintain', 'admin']))
    .default({})
    .describe('Minimum permission per op, overriding the default'),
  /** Change freezes. */
  freezes: z.array(freezeWindowSchema).default([]).describe('Change freeze windows'),
})

/** `redact:` section: values that must never leave the process. */
export const redactSectionSchema = z.strictObject({
  /** Names of environment variables whose values are masked everywhere. */
  env: z.array(z.string()).default([]).describe('Environment variable names whose values are masked everywhere'),
})
