import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

const created: string[] = []
afterAll(() => {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** A fresh, empty folder for one test, removed when the test file ends. */
export function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oda-evidence-'))
  created.push(dir)
  return dir
}
