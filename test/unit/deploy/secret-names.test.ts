import { describe, expect, it } from 'vitest'
import { secretNames } from '../../../src/deploy/secret-names.ts'
import { odaConfigSchema } from '../../../src/config/schema.ts'

describe('secretNames', () => {
  it('collects step secrets, SSH key, database and check passwords of every environment', () => {
    const config = odaConfigSchema.parse({
      environments: {
        prod: {
          secrets: ['ODOO_ADMIN'],
          target: { type: 'ssh', keySecret: 'PROD_KEY' },
          backup: { database: 'odoo', passwordSecret: 'PG_PASS' },
          health: { checks: [{ name: 'db', type: 'postgres', passwordSecret: 'PG_RO' }] },
        },
        dev: { secrets: ['ODOO_ADMIN'], target: { type: 'local', keySecret: 'UNUSED_KEY' } },
      },
    })
    expect(secretNames(config)).toEqual(['ODOO_ADMIN', 'PG_PASS', 'PG_RO', 'PROD_KEY'])
  })
})
