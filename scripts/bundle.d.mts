import type { BuildOptions } from 'esbuild'

/** esbuild's options for a bundle into `outdir`. */
export function bundleOptions(outdir: string): BuildOptions
/** Builds every entry point into `outdir`. */
export function bundle(outdir: string): Promise<void>
