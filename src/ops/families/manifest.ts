import type { Op } from '../../engine/define-op.ts'
import { manifestVerifyOp } from '../manifest-verify/index.ts'

/** Ops of the manifest family, in the order `oda ops` lists them. */
export const manifestOps: Op[] = [manifestVerifyOp]
