/** Names of dumps: `<database>-<YYYYMMDDTHHMMSSZ>.dump`, sortable and parseable back to a time. */
export function backupFileName(database: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
  return `${database}-${stamp}.dump`
}

/** The time a dump of `database` was taken, from its file name; undefined for other files. */
export function parseBackupFileName(database: string, name: string): Date | undefined {
  if (!name.startsWith(`${database}-`)) return undefined
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.dump$/.exec(name.slice(database.length + 1))
  if (!m) return undefined
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])))
}
