import { DeployError } from './deploy-error.ts'

/**
 * Refuses anything that is not a plain git ref name or SHA before it reaches git, the API
 * or a target: the subset of `git check-ref-format` rules that keeps shell metacharacters,
 * option-looking names (`-x`) and path tricks (`..`) out entirely.
 */
export function validateRefName(ref: string): string {
  const problem =
    ref.length === 0
      ? 'it is empty'
      : ref.length > 255
        ? 'it is longer than 255 characters'
        : !/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref)
          ? 'only letters, digits, ".", "_", "-" and "/" are allowed, starting with a letter or digit'
          : ref.includes('..') || ref.includes('//')
            ? 'it contains ".." or "//"'
            : ref.endsWith('/') || ref.endsWith('.') || ref.endsWith('.lock')
              ? 'it ends with "/", "." or ".lock"'
              : undefined
  if (problem)
    throw new DeployError('bad_ref', `ref ${JSON.stringify(ref.slice(0, 80))} is not a valid git ref: ${problem}`)
  return ref
}

/** True for a full 40-hex commit SHA. */
export function isFullSha(ref: string): boolean {
  return /^[0-9a-f]{40}$/.test(ref)
}
