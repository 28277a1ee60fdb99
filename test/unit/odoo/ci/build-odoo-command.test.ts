import { describe, expect, it } from 'vitest'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { buildDropCommand, buildOdooCommand } from '../../../../src/odoo/ci/build-odoo-command.ts'

const cfg = (o: Record<string, unknown> = {}) => odaConfigSchema.parse({ 'odoo-ci': o })['odoo-ci']

describe('buildOdooCommand', () => {
  it('docker compose by default, with the documented Odoo flags', () => {
    expect(buildOdooCommand(cfg(), { database: 'db1', install: ['a', 'b'], test: true })).toEqual({
      file: 'docker',
      args: [
        'compose',
        '-f',
        'docker-compose.yml',
        'run',
        '--rm',
        'odoo',
        'odoo',
        '-d',
        'db1',
        '-i',
        'a,b',
        '--test-enable',
        '--stop-after-init',
        '--http-interface=127.0.0.1',
        '--max-cron-threads=0',
        '--log-level=test',
      ],
    })
  })
  it('odoo-bin mode, dependency install without tests, extra args last', () => {
    const argv = buildOdooCommand(
      cfg({ mode: 'odoo-bin', odooBin: '/opt/odoo/odoo-bin', args: ['--addons-path=addons'] }),
      { database: 'db', install: ['base'], test: false },
    )
    expect(argv.file).toBe('/opt/odoo/odoo-bin')
    expect(argv.args).not.toContain('--test-enable')
    expect(argv.args.at(-1)).toBe('--addons-path=addons')
  })
  it('keeps hostile module names as single arguments (no shell ever sees them)', () => {
    const argv = buildOdooCommand(cfg({ mode: 'custom', command: ['odoo'] }), {
      database: 'db',
      install: ['x; rm -rf /'],
      test: true,
    })
    expect(argv.args[3]).toBe('x; rm -rf /')
  })
  it('refuses an empty selection and an empty custom command', () => {
    expect(() => buildOdooCommand(cfg(), { database: 'db', install: [], test: true })).toThrow(/no module to install/)
    expect(() => buildOdooCommand(cfg({ mode: 'custom' }), { database: 'db', install: ['a'], test: true })).toThrow(
      /odoo-ci.command is empty/,
    )
  })
  it('fills {database} in the drop command; an empty template turns dropping off', () => {
    expect(buildDropCommand(['dropdb', '--if-exists', '{database}'], 'x')).toEqual({
      file: 'dropdb',
      args: ['--if-exists', 'x'],
    })
    expect(buildDropCommand([], 'x')).toBeUndefined()
  })
})
