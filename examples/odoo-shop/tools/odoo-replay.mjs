#!/usr/bin/env node
// The example shop's stand-in for `odoo` (odoo-ci mode: custom in .github/oda.yml), so the
// sandbox shows an Odoo CI report without Odoo or PostgreSQL: it prints the log Odoo printed
// when this commit's addons were tested (odoo-replay/odoo.log, on stderr as Odoo logs) and
// exits with that run's exit code (odoo-replay/exit-code). oda appends Odoo's own arguments
// (-d, -i, --test-enable...); without --test-enable (the dependency install) it only reports
// the modules loaded. A real shop sets mode: docker-compose or odoo-bin instead.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = join(dirname(fileURLToPath(import.meta.url)), 'odoo-replay')
const args = process.argv.slice(2)
const database = args[args.indexOf('-d') + 1] ?? '?'
if (!args.includes('--test-enable')) {
  process.stderr.write(`2026-01-01 00:00:00,000 1 INFO ${database} odoo.modules.loading: Modules loaded. \n`)
  process.exit(0)
}
const exitCode = Number(readFileSync(join(here, 'exit-code'), 'utf8').trim())
process.stderr.write(readFileSync(join(here, 'odoo.log'), 'utf8') + '\n', () => process.exit(exitCode))
