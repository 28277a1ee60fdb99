import type { Op } from '../../engine/define-op.ts'
import { deployOp } from '../deploy/index.ts'
import { rollbackOp } from '../rollback/index.ts'
import { healthOp } from '../health/index.ts'
import { backupOp } from '../backup/index.ts'
import { restoreOp } from '../restore/index.ts'

/** Ops of the deploy family, in the order `oda ops` lists them. */
export const deployOps: Op[] = [deployOp, rollbackOp, healthOp, backupOp, restoreOp]
