import type { Op } from '../../engine/define-op.ts'

/** Ops of the core family, in the order `oda ops` lists them. */
export const coreOps: Op[] = []
