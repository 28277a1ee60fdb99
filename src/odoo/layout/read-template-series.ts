import { readInside } from '../../fs/read-inside.ts'

/**
 * The `odoo_version` of `.copier-answers.yml`, which every repository made from the OCA
 * addons template carries (`odoo_version: 17.0`); undefined when absent or not a series.
 * Read only inside the checkout (a link out of it is not followed).
 */
export function readTemplateSeries(root: string): string | undefined {
  const read = readInside(root, '.copier-answers.yml', { maxBytes: 64 * 1024 })
  if (read.kind !== 'bytes') return undefined
  return /^odoo_version:\s*['"]?(\d{1,2}\.0)['"]?\s*$/m.exec(read.bytes.toString('utf8'))?.[1]
}
