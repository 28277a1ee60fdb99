import type { OpFamily } from '../../op/op-family.ts'
import { manifestAffectedOp } from '../manifest-affected/index.ts'
import { manifestGraphOp } from '../manifest-graph/index.ts'
import { manifestShowOp } from '../manifest-show/index.ts'
import { manifestVerifyOp } from '../manifest-verify/index.ts'

/** The manifest family: its ops in the order `oda ops` lists them. */
export const manifestFamily: OpFamily = {
  name: 'manifest',
  ops: [manifestVerifyOp, manifestShowOp, manifestAffectedOp, manifestGraphOp],
}
