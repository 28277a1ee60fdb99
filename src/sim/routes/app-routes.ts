import { isJsonObject, type JsonObject } from '../json.ts'
import { presentApp } from '../presenters/present-app.ts'
import { presentInstallation } from '../presenters/present-installation.ts'
import { presentRepo } from '../presenters/present-repo.ts'
import { defineRoute, type Route } from '../route.ts'
import { notFound } from '../sim-http-error.ts'
import { intParam, param } from '../sim-request.ts'
import type { SimCore } from '../sim-core.ts'

/** Hook the server gives the token route so it can remember what it issued. */
export type IssueToken = (installationId: number) => { token: string; expiresAt: Date }

function installation(core: SimCore, id: number) {
  const inst = core.state.installations.get(id)
  if (!inst) throw notFound()
  return inst
}

/** GitHub App endpoints: the app itself, its installations, installation tokens. */
export function appRoutes(issueToken: IssueToken): Route[] {
  return [
    defineRoute('GET /app', (_req, core) => ({ status: 200, body: presentApp(core) }), 'app'),
    // The description's list schema says `allOf [simple-user, enterprise]` for `account` (the
    // single-installation schema says anyOf); an account with the enterprise fields too satisfies both.
    defineRoute(
      'GET /app/installations',
      (_req, core) => ({
        status: 200,
        page: {
          items: [...core.state.installations.values()].map((i) => withEnterpriseFields(presentInstallation(core, i))),
        },
      }),
      'app',
    ),
    defineRoute(
      'GET /app/installations/{installation_id}',
      (req, core) => ({
        status: 200,
        body: presentInstallation(core, installation(core, intParam(req, 'installation_id'))),
      }),
      'app',
    ),
    defineRoute(
      'POST /app/installations/{installation_id}/access_tokens',
      (req, core) => {
        const inst = installation(core, intParam(req, 'installation_id'))
        const { token, expiresAt } = issueToken(inst.id)
        const repos = [...core.state.repos.values()].filter((r) => r.installationId === inst.id)
        return {
          status: 201,
          body: {
            token,
            expires_at: expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            permissions: inst.permissions,
            repository_selection: 'selected',
            repositories: repos.map((r) => {
              const { permissions: _p, ...repo } = presentRepo(core, r)
              return repo
            }),
          },
        }
      },
      'app',
    ),
    defineRoute(
      'GET /repos/{owner}/{repo}/installation',
      (req, core) => {
        const repo = core.state.repo(param(req, 'owner'), param(req, 'repo'))
        return { status: 200, body: presentInstallation(core, installation(core, repo.installationId)) }
      },
      'app',
    ),
    defineRoute('GET /rate_limit', () => {
      const reset = Math.floor(Date.now() / 1000) + 3600
      const core = { limit: 5000, used: 0, remaining: 5000, reset }
      return { status: 200, body: { resources: { core, search: { ...core, limit: 30, remaining: 30 } }, rate: core } }
    }),
  ]
}

function withEnterpriseFields(inst: JsonObject): JsonObject {
  const account = isJsonObject(inst.account) ? inst.account : {}
  const login = typeof account.login === 'string' ? account.login : ''
  return {
    ...inst,
    account: {
      ...account,
      name: login,
      slug: login,
      created_at: inst.created_at ?? null,
      updated_at: inst.updated_at ?? null,
    },
  }
}
