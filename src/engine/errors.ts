import type { z } from 'zod'

/** One problem with an op's input, path in the op's own (camelCase) keys. */
export interface InputIssue {
  path: readonly PropertyKey[]
  message: string
}

/** Bad input for an op: nothing ran. Faces map it to exit code 2 / HTTP 400 / a usage reply. */
export class InputError extends Error {
  override name = 'InputError'
  readonly op: string
  readonly issues: readonly InputIssue[]
  constructor(op: string, issues: readonly InputIssue[]) {
    super(`invalid input for ${op}:\n${issues.map((i) => `  - ${formatInputPath(i.path)}: ${i.message}`).join('\n')}`)
    this.op = op
    this.issues = issues
  }

  static fromZod(op: string, error: z.ZodError): InputError {
    return new InputError(
      op,
      error.issues.map((i) => ({
        path: i.path,
        message:
          i.code === 'invalid_type' && / received undefined$/.test(i.message)
            ? `is required (${i.expected})`
            : i.message,
      })),
    )
  }
}

/** `dryRun` -> `dry-run`: the spelling every face uses. */
export function toKebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

/** `dry-run` -> `dryRun`. */
export function toCamel(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())
}

function formatInputPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(input)'
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : toKebab(String(p)))).join('.')
}

/** An op name the registry does not know. */
export class UnknownOpError extends Error {
  override name = 'UnknownOpError'
  readonly opName: string
  constructor(opName: string, known: readonly string[]) {
    super(`unknown operation "${opName}"; known: ${known.join(', ')}`)
    this.opName = opName
  }
}

/**
 * True for errors that mean "the caller asked for something impossible" (a missing folder,
 * a malformed range or baseline): faces answer them like bad input (exit code 2), not as a
 * crash. Op error classes opt in with `readonly usage = true`.
 */
export function isUsageError(error: unknown): error is Error {
  return (
    error instanceof InputError || (error instanceof Error && (error as Error & { usage?: unknown }).usage === true)
  )
}
