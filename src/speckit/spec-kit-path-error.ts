/** A kit path given in input or config that cannot be used (it leaves the repository). */
export class SpecKitPathError extends Error {
  override name = 'SpecKitPathError'
}
