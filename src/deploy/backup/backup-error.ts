/** Closed reasons a backup or restore stops. */
export type BackupErrorCode =
  | 'not_configured'
  | 'command_failed'
  | 'production_target'
  | 'no_backup'
  | 'checksum_mismatch'
  | 'database_exists'
  | 'bad_name'

/** A backup or restore failed or was refused; the message says what and how to fix it. */
export class BackupError extends Error {
  override name = 'BackupError'
  readonly code: BackupErrorCode
  constructor(code: BackupErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}
