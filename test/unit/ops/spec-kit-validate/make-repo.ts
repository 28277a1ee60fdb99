import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A temporary repository with the given files (text or bytes), for running the ops on real files. */
export function makeRepo(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'oda-speckit-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

/**
 * The example shop with a scenario overlay applied: the overlay's files are copied over the
 * shop and the paths listed in its `.oda-delete` file are removed, as the PR head would be.
 */
export function shopWithOverlay(overlay: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'oda-shop-'))
  cpSync('examples/odoo-shop', root, { recursive: true })
  if (overlay) {
    cpSync(overlay, root, { recursive: true })
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

/** A valid four-file kit, line by line, that the tests break one rule at a time. */
export const cleanKit = {
  'spec/k/constitution.md':
    '# C\n\n## Principles\n\nBe kind.\n\n**Version**: 1.0.0 | **Ratified**: 2026-01-05 | **Last Amended**: 2026-02-01\n',
  'spec/k/prd.md':
    '# PRD\n\n### User Story 1 - Buy (Priority: P1)\n\nA customer buys.\n\n## Requirements\n\n- **FR-001**: Checkout MUST work.\n',
  'spec/k/plan.md': '# Plan\n\n## Approach\n\nOdoo 18.\n',
  'spec/k/tasks.md':
    '# Tasks\n\n## Phase 1: Setup\n\n- [x] T001 [US1] Layout\n- [ ] T002 [US1] Checkout (depends on T001)\n\n## Progress\n\n- Total Tasks: 2\n',
}
