import type { ModuleSelection, SelectModulesInput } from '../../../odoo/ci/select-modules.ts'
import { selectModules } from '../../../odoo/ci/select-modules.ts'
import type { RepoAddon } from '../../../odoo/ci/list-repo-addons.ts'
import type { OdooTestSettings } from './resolve-settings.ts'
import type { ChangedFiles } from './changed-files.ts'
import type { OdooTestInput } from '../schema.ts'

/** Chooses modules from the settings and adds the extra modules to install first. */
export function select(
  settings: OdooTestSettings,
  input: OdooTestInput,
  addons: ReadonlyMap<string, RepoAddon>,
  changed: ChangedFiles | undefined,
  graphAffected?: SelectModulesInput['graphAffected'],
): ModuleSelection {
  const sel = selectModules({
    select: settings.select,
    explicit: settings.cfg.modules,
    exclude: settings.cfg.exclude,
    addons,
    changedFiles: changed?.files,
    graphAffected,
  })
  const installFirst = [...new Set([...sel.installFirst, ...input.installFirst])]
    .filter((m) => !sel.selected.includes(m))
    .sort()
  const reason = changed && settings.select === 'affected' ? `${sel.reason} (from ${changed.source})` : sel.reason
  return { ...sel, installFirst, reason }
}
