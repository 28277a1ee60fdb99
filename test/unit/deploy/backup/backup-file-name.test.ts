import { describe, expect, it } from 'vitest'
import { backupFileName, parseBackupFileName } from '../../../../src/deploy/backup/backup-file-name.ts'

describe('backup file names', () => {
  it('round-trip a UTC time to the second', () => {
    const at = new Date('2026-03-04T05:06:07.890Z')
    expect(backupFileName('odoo', at)).toBe('odoo-20260304T050607Z.dump')
    expect(parseBackupFileName('odoo', 'odoo-20260304T050607Z.dump')?.toISOString()).toBe('2026-03-04T05:06:07.000Z')
  })
  it('ignore other databases, partial files and checksums', () => {
    expect(parseBackupFileName('odoo', 'odoo_test-20260304T050607Z.dump')).toBeUndefined()
    expect(parseBackupFileName('odoo', '.odoo-20260304T050607Z.dump.partial')).toBeUndefined()
    expect(parseBackupFileName('odoo', 'odoo-20260304T050607Z.dump.sha256')).toBeUndefined()
    expect(parseBackupFileName('odoo', 'odoo-prod-20260304T050607Z.dump')).toBeUndefined()
  })
})
