import { shQuote } from './sh-quote.ts'

/** Exit code the wrapper uses when the working directory is missing. */
export const CWD_MISSING_EXIT = 97

/**
 * Builds the script a remote `sh -s` reads from stdin: exported variables (quoted), a cd,
 * then the step run by coreutils `timeout`, which puts the step in its own process group
 * and kills that whole group when the time is up (so a deploy never leaves workers behind
 * on the host). The step text itself travels in a variable, never spliced into code.
 */
export function buildRemoteScript(o: {
  script: string
  env: Record<string, string>
  cwd: string
  timeoutS: number
}): string {
  const lines: string[] = []
  for (const [name, value] of Object.entries(o.env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid environment variable name "${name}"`)
    lines.push(`export ${name}=${shQuote(value)}`)
  }
  lines.push(`ODA_STEP_SCRIPT=${shQuote(o.script)}`)
  if (o.cwd) lines.push(`cd -- ${shQuote(o.cwd)} || exit ${CWD_MISSING_EXIT}`)
  const seconds = Math.max(1, Math.ceil(o.timeoutS))
  lines.push(
    `if command -v timeout >/dev/null 2>&1; then exec timeout -k 5 ${seconds} sh -c "$ODA_STEP_SCRIPT"; else exec sh -c "$ODA_STEP_SCRIPT"; fi`,
  )
  return lines.join('\n') + '\n'
}
