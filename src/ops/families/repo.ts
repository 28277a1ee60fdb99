import type { OpFamily } from '../../op/op-family.ts'
import { protectOp } from '../protect/index.ts'

/** The repo family: ops that set up the repository on GitHub itself. */
export const repoFamily: OpFamily = {
  name: 'repo',
  ops: [protectOp],
}
