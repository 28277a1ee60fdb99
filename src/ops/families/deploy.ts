import type { Op } from '../../engine/define-op.ts'

/** Ops of the deploy family, in the order `oda ops` lists them. */
export const deployOps: Op[] = []
