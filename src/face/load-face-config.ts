import type { ConfigSource } from '../config/config-source.ts'
import { loadConfig, type LoadedConfig } from '../config/load-config.ts'
import type { Op } from '../op/define-op.ts'
import { allOps } from '../ops/registry.ts'
import { configRedactor } from './config-redactor.ts'

/**
 * The config of the repository a face acts on, loaded the same way by every face: one loader
 * over the face's file source, `policy.permissions` checked against the op names, messages
 * redacted. A ConfigError means nothing runs (exit 2, `oda / config`, HTTP 422...).
 */
export function loadFaceConfig(source: ConfigSource, ops: readonly Op[] = allOps()): Promise<LoadedConfig> {
  const redactor = configRedactor()
  return loadConfig(source, { knownOps: ops.map((op) => op.name), redact: (text) => redactor.redact(text) })
}
