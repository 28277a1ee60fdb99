import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'

/**
 * Where oda keeps its embedded database: `ODA_DATA_DIR`, else `$XDG_DATA_HOME/oda`
 * (only when absolute, as the XDG spec requires), else `~/.local/share/oda`.
 */
export function defaultDataDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.ODA_DATA_DIR) return env.ODA_DATA_DIR
  if (env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)) return join(env.XDG_DATA_HOME, 'oda')
  return join(env.HOME || homedir(), '.local', 'share', 'oda')
}
