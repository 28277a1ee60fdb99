/** Every check run oda owns is named `oda / <check>`, on every face, so branch protection can require it by name. */
export const CHECK_RUN_PREFIX = 'oda / '

/** `manifest` -> `oda / manifest`. */
export function checkRunName(check: string): string {
  return `${CHECK_RUN_PREFIX}${check}`
}

/** `oda / manifest` -> `manifest`; undefined for a check run oda does not own. */
export function checkFromRunName(name: string): string | undefined {
  return name.startsWith(CHECK_RUN_PREFIX) ? name.slice(CHECK_RUN_PREFIX.length) : undefined
}
