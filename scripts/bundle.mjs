// Bundles the CLI (which is also what every action runs) into dist/. Deterministic, so
// check-dist can rebuild into a temp folder and compare byte for byte.
import { build } from 'esbuild'
import { mkdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** esbuild's options for a bundle into `outdir` (the coverage run builds the same with a source map). */
export function bundleOptions(outdir) {
  return {
    absWorkingDir: root,
    // The secrets scan runs on a worker thread, which loads its own script from beside the bundle.
    entryPoints: { cli: 'bin/oda.ts', 'secrets-scan-worker': 'src/ops/secrets-scan/scan-worker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    // Split at dynamic imports: a command or an op loads its modules when it runs, so start-up
    // (`oda --help`, an Action running one op) does not compile the whole 5 MB.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);",
    },
    loader: { '.sql': 'text' },
  }
}

/** Builds every entry point into `outdir`. */
export async function bundle(outdir) {
  rmSync(outdir, { recursive: true, force: true })
  mkdirSync(outdir, { recursive: true })
  await build(bundleOptions(outdir))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2]?.startsWith('-')) {
    console.error('usage: node scripts/bundle.mjs [outdir]   (default: dist/)')
    process.exit(2)
  }
  await bundle(process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist'))
}
