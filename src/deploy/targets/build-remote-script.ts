import { shQuote } from './sh-quote.ts'

/** Exit code the wrapper uses when the working directory is missing. */
export const CWD_MISSING_EXIT = 97

/**
 * Builds the script a remote `sh -s` reads from stdin: exported variables (quoted), a cd,
 * then the step run by coreutils `timeout`, which puts the step in its own process group
 * and kills that whole group when the time is up (so a deploy never leaves workers behind
 * on the host). The step text itself travels in a variable, never spliced into code.
 *
 * The step is bound to the SSH session. oda keeps the session's stdin open while the step
 * runs (after the script, nothing more is sent); a watcher on the host reads it, and end of
 * file means the client is gone: oda was stopped (even by `kill -9`), the connection dropped,
 * or the run was cancelled. The watcher then stops the step's process group (TERM, KILL five
 * seconds later), so nothing keeps changing the host unobserved.
 *
 * Everything is one function called on the last line, so sh has read the whole script before
 * the watcher starts reading the same stdin.
 */
export function buildRemoteScript(remote: {
  script: string
  env: Record<string, string>
  cwd: string
  timeoutS: number
}): string {
  const lines: string[] = ['oda_main() {']
  for (const [name, value] of Object.entries(remote.env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid environment variable name "${name}"`)
    lines.push(`export ${name}=${shQuote(value)}`)
  }
  lines.push(`ODA_STEP_SCRIPT=${shQuote(remote.script)}`)
  if (remote.cwd) lines.push(`cd -- ${shQuote(remote.cwd)} || exit ${CWD_MISSING_EXIT}`)
  const seconds = Math.max(1, Math.ceil(remote.timeoutS))
  lines.push(
    `if command -v timeout >/dev/null 2>&1; then timeout -k 5 ${seconds} sh -c "$ODA_STEP_SCRIPT" </dev/null & else sh -c "$ODA_STEP_SCRIPT" </dev/null & fi`,
    'oda_step=$!',
    // timeout leads the step's process group: TERM to it reaches the whole group.
    '{ cat >/dev/null; kill -TERM "$oda_step"; sleep 3; kill -KILL -- -"$oda_step" "$oda_step"; } <&3 >/dev/null 2>&1 &',
    'oda_watch=$!',
    'wait "$oda_step"',
    'oda_status=$?',
    'kill -KILL "$oda_watch" 2>/dev/null',
    'return "$oda_status"',
    '}',
    'exec 3<&0; oda_main; exit $?',
  )
  return lines.join('\n') + '\n'
}
