import type { Op } from '../../engine/define-op.ts'
import { manifestAffectedOp } from '../manifest-affected/index.ts'
import { manifestGraphOp } from '../manifest-graph/index.ts'
import { manifestShowOp } from '../manifest-show/index.ts'
import { manifestVerifyOp } from '../manifest-verify/index.ts'

/** Ops of the manifest family, in the order `oda ops` lists them. */
export const manifestOps: Op[] = [manifestVerifyOp, manifestShowOp, manifestAffectedOp, manifestGraphOp]
