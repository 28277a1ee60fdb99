import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { diskConfigSource } from '../../../../src/config/disk-config-source.ts'
import { loadConfig } from '../../../../src/config/load-config.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import type { Op } from '../../../../src/op/define-op.ts'
import type { Report } from '../../../../src/op/report.ts'

const EXAMPLES = join(import.meta.dirname, '../../../../examples')

/** A temporary repository with the given files (text or bytes). */
export function makeRepo(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'oda-manifest-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

/** A copy of examples/odoo-shop, with a scenario overlay applied as the PR head would be. */
export function shopWithOverlay(overlay?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'oda-shop-'))
  cpSync(join(EXAMPLES, 'odoo-shop'), root, { recursive: true })
  if (overlay) {
    cpSync(join(EXAMPLES, 'odoo-shop-scenarios', overlay), root, { recursive: true })
    const list = join(root, '.oda-delete')
    for (const p of readFileSync(list, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean))
      rmSync(join(root, p), { recursive: true, force: true })
    rmSync(list)
  }
  return root
}

/** Runs `op` on a checkout with its own .github/oda.yml, through a real op context. */
export async function runOn(op: Op, dir: string, raw: Record<string, unknown> = {}): Promise<Report> {
  const { config } = await loadConfig(diskConfigSource(dir))
  return op.run(createOpContext({ cwd: dir, config }), op.input.parse(raw))
}

/** `level path:line:column rule` lines: compact and exact. */
export function brief(report: Report): string[] {
  return report.findings.map((f) => `${f.level} ${f.path}:${f.line}:${f.column ?? '-'} ${f.ruleId}`)
}

/** A minimal valid custom addon. */
export function addon(name: string, manifest: string): Record<string, string> {
  return { [`addons/${name}/__manifest__.py`]: manifest, [`addons/${name}/__init__.py`]: '' }
}
