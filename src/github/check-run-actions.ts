import { checkRunLimits } from './check-run-limits.ts'

/** A button on a check run; clicking it sends `check_run.requested_action` with `identifier`. */
export interface CheckRunAction {
  label: string
  description: string
  identifier: string
}

/** Identifier of the "Re-run" button. */
export const RERUN_ACTION = 'rerun'

/** Identifier of the "Approve and run" button of a check that waits for a maintainer. */
export const APPROVE_ACTION = 'approve-run'

/** The buttons every oda check run carries. */
export function defaultCheckRunActions(): CheckRunAction[] {
  return [{ label: 'Re-run', description: 'Run this oda check again', identifier: RERUN_ACTION }]
}

/** The buttons of a check that runs an untrusted author's code only once a maintainer approves it. */
export function approvalCheckRunActions(): CheckRunAction[] {
  return [{ label: 'Approve and run', description: "Run this commit's code once", identifier: APPROVE_ACTION }]
}

/** A button that breaks GitHub's limits; thrown before any request is made. */
export class CheckRunActionError extends Error {
  override name = 'CheckRunActionError'
  readonly field: string
  constructor(field: string, message: string) {
    super(`check run action ${field}: ${message}`)
    this.field = field
  }
}

/** Throws CheckRunActionError unless `actions` fit GitHub's limits (3 buttons; label 20, description 40, identifier 20). */
export function validateCheckRunActions(actions: readonly CheckRunAction[]): void {
  if (actions.length > checkRunLimits.actions) {
    throw new CheckRunActionError(
      'actions',
      `${actions.length} buttons given, GitHub accepts at most ${checkRunLimits.actions}`,
    )
  }
  actions.forEach((a, i) => {
    const check = (field: keyof CheckRunAction, max: number): void => {
      const v = a[field]
      if (v.length === 0 || v.length > max)
        throw new CheckRunActionError(`[${i}].${field}`, `"${v}" has ${v.length} characters, expected 1 to ${max}`)
    }
    check('label', checkRunLimits.actionLabelChars)
    check('description', checkRunLimits.actionDescriptionChars)
    check('identifier', checkRunLimits.actionIdentifierChars)
  })
}
