import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { toSarif } from '../../sarif/to-sarif.ts'
import { secretsSarifInput } from '../../secrets/secrets-sarif.ts'
import { secretsScanInput } from './schema.ts'

/** `oda secrets scan`: finds leaked credentials in a PR diff, a tree or the whole history. */
export const secretsScanOp = defineOp({
  action: 'secret-scan',
  name: 'secrets.scan',
  summary: 'Find leaked credentials in a PR diff, a working tree or the git history',
  description:
    'Provider-specific rules with checksum checks, placeholder suppression, inline `oda:allow`, an ignore file and a baseline matched by content hash. Never prints a secret: findings carry a 4-character preview, the length and a hash.',
  input: secretsScanInput,
  positional: ['dir'],
  guard: { permission: 'read', timeoutS: 1800 },
  check: {
    name: 'secrets',
    // With revisions: only added lines. A checkout without history (the App's tarball) gets
    // the PR's diff: its added lines, plus the files it has no hunks for (binary, too large)
    // scanned whole. Changed files alone are scanned whole; without any of these, the tree.
    input: ({ dir, base, head, changedFiles, patchFile, unpatchedFiles }) =>
      base && head
        ? { dir, diff: `${base}..${head}` }
        : patchFile
          ? { dir, patchFile, paths: [...(unpatchedFiles ?? [])] }
          : changedFiles && changedFiles.length > 0
            ? { dir, paths: [...changedFiles] }
            : { dir },
    scopeInputs: ['diff', 'patchFile', 'paths', 'history'],
  },
  formats: {
    sarif: (report) => JSON.stringify(toSarif([secretsSarifInput(report)]), null, 2),
  },
  run: lazyRun(async () => (await import('./run.ts')).runSecretsScan),
})
