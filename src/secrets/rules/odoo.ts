import type { SecretRule } from '../rule.ts'
import { defineRule } from '../define-rule.ts'

/** Odoo server config files: odoo.conf, *.cfg/*.ini, .odoorc. */
const ODOO_CONFIG = /(?:^|\/)(?:[^/]+\.(?:conf|cfg|ini)|\.?odoorc)$/

/** Values that mean "not set" or a local default, not a leak. */
const unset = new Set(['false', 'none', '', 'admin', 'odoo', 'postgres', 'password'])

const odoo = (id: string, key: string, description: string): SecretRule =>
  defineRule(id, description, [key], `^[ \\t]*${key}[ \\t]*=[ \\t]*([^\\r\\n]{1,200}?)[ \\t]*\\r?$`, {
    paths: ODOO_CONFIG,
    // A pbkdf2 hash (what Odoo writes after the first login) is not the password itself.
    reject: (m) =>
      unset.has((m[1] ?? '').toLowerCase()) || (m[1] ?? '').startsWith('$pbkdf2') || (m[1] ?? '').startsWith('$'),
  })

/** Odoo's master password and database password written in clear in a server config. */
export const odooRules: readonly SecretRule[] = [
  odoo('odoo-admin-passwd', 'admin_passwd', 'Odoo master password (admin_passwd) in a server config'),
  odoo('odoo-db-password', 'db_password', 'Odoo database password (db_password) in a server config'),
]
