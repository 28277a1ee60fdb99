import { ConfigError } from '../config/config-error.ts'
import { InputError, isUsageError, toKebab } from '../engine/errors.ts'
import { AccessError } from '../serve/access-error.ts'
import { ServedRepoError } from '../serve/served-repos.ts'
import { ApiProblem } from './api-problem.ts'

/** Any error of a request as the problem the client gets; unexpected ones say nothing of the inside. */
export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error
  if (error instanceof AccessError)
    return new ApiProblem({
      status: error.status,
      code: error.status === 401 ? 'unauthenticated' : 'forbidden',
      detail: error.message,
    })
  if (error instanceof InputError)
    return new ApiProblem({
      status: 400,
      code: 'invalid-input',
      detail: error.message,
      extra: {
        errors: error.issues.map((i) => ({
          path: i.path.map((p) => (typeof p === 'string' ? toKebab(p) : p)),
          message: i.message,
        })),
      },
    })
  if (error instanceof ServedRepoError)
    return new ApiProblem({ status: 404, code: 'unknown-repository', detail: error.message })
  if (error instanceof ConfigError)
    return new ApiProblem({ status: 422, code: 'invalid-config', detail: error.message })
  if (isUsageError(error)) return new ApiProblem({ status: 400, code: 'invalid-request', detail: error.message })
  return new ApiProblem({ status: 500, code: 'internal', detail: 'internal error; the server log has the request id' })
}
