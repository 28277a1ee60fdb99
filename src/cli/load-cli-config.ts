import type { LoadedConfig } from '../config/load-config.ts'
import { checkoutConfigSource } from '../face/checkout-config-source.ts'
import { loadFaceConfig } from '../face/load-face-config.ts'
import type { CliIo } from './cli-io.ts'

/** The config of the checkout at `dir`, as every face loads it (ConfigError exits 2). */
export function loadCliConfig(dir: string, io: CliIo): Promise<LoadedConfig> {
  return loadFaceConfig(checkoutConfigSource(dir, io.env, cliToken(io)))
}

/** The token the CLI asks GitHub with: the umbrella action's `github-token` input, else `GITHUB_TOKEN`. */
export function cliToken(io: CliIo): string | undefined {
  return io.env['INPUT_GITHUB_TOKEN'] || io.env['GITHUB_TOKEN'] || undefined
}
