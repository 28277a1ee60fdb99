/**
 * The words every reader uses for a repository path that resolves outside the repository.
 * The resolved target is left out on purpose: it is a path on the host, not the PR's business.
 */
export function linkOutsideMessage(path: string): string {
  return `${path} leads outside the repository (through a symbolic link or a chain of them, or its own path): it was not followed or read`
}
