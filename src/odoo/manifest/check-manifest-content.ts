import { resolve, sep } from 'node:path'
import type { Finding } from '../../op/report.ts'
import { realRoot, resolveInside } from '../layout/resolve-inside.ts'
import { safeStat } from '../layout/safe-stat.ts'
import { describeAddon } from './addon-under-check.ts'
import type { AddonUnderCheck } from './addon-under-check.ts'
import { dictEntry, stringItems } from './dict-entry.ts'
import { odooLicenses } from './license-compatibility.ts'
import type { PyValue } from './python-value.ts'

export const developmentStatuses = ['Alpha', 'Beta', 'Production/Stable', 'Mature'] as const

const EXPECTED_TYPES: Record<string, { kinds: readonly PyValue['kind'][]; text: string }> = {
  name: { kinds: ['str'], text: 'a string' },
  version: { kinds: ['str'], text: 'a string such as "17.0.1.0.0"' },
  license: { kinds: ['str'], text: 'a string' },
  author: { kinds: ['str'], text: 'a string' },
  summary: { kinds: ['str'], text: 'a string' },
  depends: { kinds: ['list', 'tuple'], text: 'a list of addon names' },
  data: { kinds: ['list', 'tuple'], text: 'a list of file paths' },
  demo: { kinds: ['list', 'tuple'], text: 'a list of file paths' },
  installable: { kinds: ['bool'], text: 'True or False' },
  application: { kinds: ['bool'], text: 'True or False' },
  auto_install: { kinds: ['bool', 'list', 'tuple'], text: 'True, False or a list of dependencies' },
  external_dependencies: { kinds: ['dict'], text: 'a dict such as {"python": ["requests"]}' },
  development_status: { kinds: ['str'], text: 'a string' },
}

/**
 * Rules on one manifest's own content: required keys, value types, version of the target
 * series, license known and allowed, development_status value, auto_install within depends,
 * data/demo files present, external_dependencies shape.
 */
export function checkManifestContent(args: {
  root: string
  addon: AddonUnderCheck
  series: string
  allowedLicenses: readonly string[]
  requiredKeys: readonly string[]
}): Finding[] {
  const { addon, series } = args
  const m = addon.manifest
  const who = describeAddon(addon)
  const findings: Finding[] = []
  const at = (v: { line: number; column: number }): Pick<Finding, 'path' | 'line' | 'column'> => ({
    path: addon.manifestPath,
    line: v.line,
    column: v.column,
  })
  const add = (
    pos: { line: number; column: number },
    ruleId: string,
    message: string,
    level: Finding['level'] = 'failure',
  ): void => {
    findings.push({ ...at(pos), level, ruleId, message })
  }
  for (const key of args.requiredKeys) {
    if (!dictEntry(m, key)) add(m, 'manifest/required-key', `${who}: the manifest has no "${key}" key`)
  }
  for (const [key, t] of Object.entries(EXPECTED_TYPES)) {
    const e = dictEntry(m, key)
    if (e && !t.kinds.includes(e.value.kind))
      add(e.value, 'manifest/key-type', `${who}: "${key}" is a ${e.value.kind}; expected ${t.text}`)
    const items = e && (e.value.kind === 'list' || e.value.kind === 'tuple') ? e.value.items : []
    for (const item of items)
      if (item.kind !== 'str')
        add(item, 'manifest/key-type', `${who}: "${key}" holds a ${item.kind}; expected strings only`)
  }
  const installable = addon.installable
  const version = dictEntry(m, 'version')?.value
  if (version?.kind === 'str') {
    const full = /^(\d+\.\d+)\.\d+\.\d+\.\d+$/.exec(version.value)
    if (full) {
      if (full[1] !== series && installable) {
        add(
          version,
          'manifest/version-series',
          `${who}: version ${version.value} is for series ${full[1]}, but the target is ${series}; Odoo 17+ aborts the database init for the whole addons path: migrate the addon (version ${series}.x.y.z) or set "installable": False`,
        )
      } else if (full[1] !== series) {
        add(
          version,
          'manifest/not-migrated',
          `${who} is not migrated to ${series} yet (version ${version.value}, installable False)`,
          'notice',
        )
      }
    } else if (/^\d+\.\d+(\.\d+)?$/.test(version.value)) {
      add(
        version,
        'manifest/version-format',
        `${who}: version ${version.value} has no series prefix; Odoo reads it as ${series}.${version.value}: write "${series}.${version.value}${version.value.split('.').length === 2 ? '.0' : ''}" (x.y.z after the series)`,
        'warning',
      )
    } else {
      add(version, 'manifest/version-format', `${who}: version "${version.value}" is not of the form ${series}.x.y.z`)
    }
  }
  const license = dictEntry(m, 'license')?.value
  if (license?.kind === 'str') {
    if (!(odooLicenses as readonly string[]).includes(license.value)) {
      add(
        license,
        'manifest/license-unknown',
        `${who}: license "${license.value}" is not one Odoo knows; use one of ${odooLicenses.join(', ')}`,
      )
    } else if (!args.allowedLicenses.includes(license.value)) {
      add(
        license,
        'manifest/license-not-allowed',
        `${who}: license ${license.value} is not allowed here (manifest.allowedLicenses: ${args.allowedLicenses.join(', ')})`,
      )
    }
  }
  const status = dictEntry(m, 'development_status')?.value
  if (status?.kind === 'str' && !(developmentStatuses as readonly string[]).includes(status.value)) {
    add(
      status,
      'manifest/development-status-value',
      `${who}: development_status "${status.value}" is not one of ${developmentStatuses.join(', ')}`,
      'warning',
    )
  }
  checkExternalDependencies(dictEntry(m, 'external_dependencies')?.value, (pos, msg) =>
    add(pos, 'manifest/external-dependencies-shape', `${who}: ${msg}`),
  )
  // Odoo never loads an addon that is not installable: its files and auto_install cannot break anything yet.
  if (!installable) return findings
  const depends = new Set((stringItems(dictEntry(m, 'depends')?.value) ?? []).map((d) => d.value))
  for (const item of stringItems(dictEntry(m, 'auto_install')?.value) ?? []) {
    if (!depends.has(item.value))
      add(
        item,
        'manifest/auto-install-subset',
        `${who}: auto_install lists ${item.value}, which is not in depends; auto_install must be a subset of depends`,
      )
  }
  const rootReal = realRoot(args.root)
  for (const key of ['data', 'demo']) {
    for (const item of stringItems(dictEntry(m, key)?.value) ?? []) {
      const abs = resolve(args.root, addon.dir, item.value)
      if (!abs.startsWith(resolve(args.root, addon.dir) + sep)) {
        add(
          item,
          'manifest/data-file-missing',
          `${who}: ${key} file ${item.value} is outside the addon folder ${addon.dir}; Odoo loads data files from the addon only`,
        )
        continue
      }
      // Outside first, whatever is there: what a link points at on the host is not the PR's business.
      const kind = safeStat(abs).kind
      if (resolveInside(rootReal, abs).kind === 'outside')
        add(
          item,
          'manifest/data-file-missing',
          `${who}: ${key} file ${item.value} is a link that leaves the repository; Odoo loads data files from the addon only`,
        )
      else if (kind !== 'file')
        add(
          item,
          'manifest/data-file-missing',
          `${who}: ${key} file ${item.value} ${kind === 'loop' ? 'is a symlink loop' : kind === 'dir' ? 'is a folder' : 'does not exist'} in ${addon.dir}`,
        )
    }
  }
  return findings
}

function checkExternalDependencies(
  v: PyValue | undefined,
  report: (pos: { line: number; column: number }, message: string) => void,
): void {
  if (v?.kind !== 'dict') return
  for (const e of v.entries) {
    const key = e.key.kind === 'str' ? e.key.value : undefined
    if (key !== 'python' && key !== 'bin' && key !== 'deb') {
      report(
        e.key,
        `external_dependencies has key ${key === undefined ? `of type ${e.key.kind}` : `"${key}"`}; expected "python", "bin" (or "deb")`,
      )
      continue
    }
    if (e.value.kind !== 'list' && e.value.kind !== 'tuple') {
      report(
        e.value,
        `external_dependencies["${key}"] is a ${e.value.kind}; expected a list of ${key === 'python' ? 'Python package names' : 'program names'}`,
      )
      continue
    }
    for (const item of e.value.items)
      if (item.kind !== 'str' || item.value.trim() === '')
        report(
          item,
          `external_dependencies["${key}"] holds ${item.kind === 'str' ? 'an empty name' : `a ${item.kind}`}; expected names as strings`,
        )
  }
}
