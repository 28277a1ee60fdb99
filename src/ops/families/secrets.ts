import type { Op } from '../../engine/define-op.ts'

/** Ops of the secrets family, in the order `oda ops` lists them. */
export const secretsOps: Op[] = []
