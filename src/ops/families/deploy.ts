import { secretNames } from '../../deploy/secret-names.ts'
import type { OpFamily } from '../../op/op-family.ts'
import { deployOp } from '../deploy/index.ts'
import { rollbackOp } from '../rollback/index.ts'
import { healthOp } from '../health/index.ts'
import { backupOp } from '../backup/index.ts'
import { restoreOp } from '../restore/index.ts'

/** The deploy family: its ops in the order `oda ops` lists them. */
export const deployFamily: OpFamily = {
  name: 'deploy',
  ops: [deployOp, rollbackOp, healthOp, backupOp, restoreOp],
  // Step secrets, SSH keys and database passwords named by the environments section.
  secretNames,
}
