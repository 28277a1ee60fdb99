import { secretNames } from './secret-names.ts'
import type { OpFamily } from '../op/op-family.ts'
import { deployOp } from './ops/deploy/index.ts'
import { rollbackOp } from './ops/rollback/index.ts'
import { healthOp } from './ops/health/index.ts'
import { backupOp } from './ops/backup/index.ts'
import { restoreOp } from './ops/restore/index.ts'

/** The deploy family: its ops in the order `oda ops` lists them. */
export const deployFamily: OpFamily = {
  name: 'deploy',
  ops: [deployOp, rollbackOp, healthOp, backupOp, restoreOp],
  // Step secrets, SSH keys and database passwords named by the environments section.
  secretNames,
}
