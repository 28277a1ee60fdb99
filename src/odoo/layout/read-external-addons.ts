import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { realRoot, resolveInside } from './resolve-inside.ts'
import { safeStat } from './safe-stat.ts'

/** Where a repository says its addons from other repositories come from. */
export interface ExternalAddons {
  /** Addon name -> the requirement that installs it (`odoo-addon-queue_job` in test-requirements.txt:3). */
  required: Map<string, { file: string; line: number; requirement: string }>
  /** Repositories `oca_dependencies.txt` names (`server-auth`), with their line. */
  ocaRepos: { name: string; file: string; line: number }[]
}

/** The files OCA repositories declare other repositories' addons in, at the repository root. */
export const REQUIREMENT_FILES = ['requirements.txt', 'test-requirements.txt'] as const
export const OCA_DEPENDENCIES_FILE = 'oca_dependencies.txt'
// A requirements file is small; a larger one is not read (it bounds the work a PR can cause).
const MAX_FILE_BYTES = 256 * 1024
// `odoo-addon-queue_job`, `odoo14-addon-queue-job`, `odoo-addon-web_notify[extra]>=16.0`; not `odoo-addons-oca-web` (a meta package).
const ADDON_PACKAGE = /^odoo(?:\d{1,2})?-addon-([A-Za-z0-9][A-Za-z0-9._-]*)$/i

/**
 * Reads `requirements.txt`, `test-requirements.txt` (pip requirements; `-e ...#egg=` and
 * `name @ git+https://...` forms too) and `oca_dependencies.txt` (`repo [url [branch]]` lines)
 * at the repository root. Files that are missing, too large, or links leaving the repository
 * count as empty.
 */
export function readExternalAddons(root: string): ExternalAddons {
  const required: ExternalAddons['required'] = new Map()
  for (const file of REQUIREMENT_FILES) {
    readLines(root, file).forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#(?!egg=).*$/, '').trim()
      const names = [
        /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1],
        /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1],
      ]
      for (const name of names) {
        const addon = name === undefined ? undefined : ADDON_PACKAGE.exec(name)?.[1]
        if (addon !== undefined && !required.has(toAddonName(addon)))
          required.set(toAddonName(addon), { file, line: i + 1, requirement: name ?? '' })
      }
    })
  }
  const ocaRepos: ExternalAddons['ocaRepos'] = []
  readLines(root, OCA_DEPENDENCIES_FILE).forEach((raw, i) => {
    const name = raw.replace(/#.*$/, '').trim().split(/\s+/)[0]
    if (name) ocaRepos.push({ name, file: OCA_DEPENDENCIES_FILE, line: i + 1 })
  })
  return { required, ocaRepos }
}

/** PyPI normalises `_`, `-` and `.` alike; addon names use `_`. */
function toAddonName(packageSuffix: string): string {
  return packageSuffix.toLowerCase().replace(/[-.]/g, '_')
}

function readLines(root: string, file: string): string[] {
  const abs = resolve(root, file)
  const stat = safeStat(abs)
  if (stat.kind !== 'file' || stat.size > MAX_FILE_BYTES) return []
  if (resolveInside(realRoot(root), abs).kind !== 'inside') return []
  try {
    return readFileSync(abs, 'utf8').split(/\r?\n/)
  } catch {
    return []
  }
}
