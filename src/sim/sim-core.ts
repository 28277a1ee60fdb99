import type { KeyObject } from 'node:crypto'
import type { GitReader } from './git-reader.ts'
import type { JsonObject } from './json.ts'
import type { OpenapiValidator } from './openapi-validator.ts'
import type { RepoState, SimState } from './sim-state.ts'

/** The GitHub App the simulator plays host to. */
export interface SimApp {
  id: number
  slug: string
  name: string
  owner: string
  /** PEM the app signs its JWTs with (give it to Probot as `privateKey`). */
  privateKey: string
  publicKey: KeyObject
  webhookSecret: string
}

/** What route handlers and presenters share. */
export interface SimCore {
  /** Base URL of the simulator (`http://127.0.0.1:<port>`), the Octokit `baseUrl`. */
  readonly url: string
  readonly state: SimState
  readonly openapi: OpenapiValidator
  readonly app: SimApp
  readonly strict: boolean
  git(repo: RepoState): GitReader
  /** Sends a webhook to the app as GitHub would after a write (fire and forget; failed deliveries stay in `webhooks.deliveries`). */
  emit(event: string, payload: JsonObject): void
}
