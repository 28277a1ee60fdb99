import type { Op } from '../op/define-op.ts'
import { remoteInputSchema } from '../serve/remote-input.ts'

const ref = (name: string): Record<string, string> => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: unknown): Record<string, unknown> => ({ content: { 'application/json': { schema } } })
const problem = (description: string): Record<string, unknown> => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})
const errors = {
  '400': problem('Bad input (zod issues in `errors`)'),
  '401': problem('No, invalid, revoked or expired credentials'),
  '403': problem('The key lacks the scope or repository'),
  '429': problem('Rate limit exceeded (see Retry-After)'),
}

/**
 * The OpenAPI 3.1 description of `/api/v1`, generated from the op registry: each op's input
 * is its zod schema as JSON Schema 2020-12 (kebab-case keys), so the document cannot drift
 * from what the server validates.
 */
export function openApiDocument(ops: readonly Op[]): Record<string, unknown> {
  const runRequests = ops.map((op) => ({
    type: 'object',
    title: op.name,
    required: ['op', 'repo'],
    additionalProperties: false,
    properties: {
      op: { const: op.name },
      repo: { type: 'string', description: 'Name of a repository the server serves' },
      input: remoteInputSchema(op),
      idempotencyKey: { type: 'string', minLength: 1, maxLength: 200 },
      evidence: { type: 'boolean', default: false, description: 'Write an evidence pack for this run' },
    },
  }))
  const runId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
  return {
    openapi: '3.1.0',
    info: {
      title: 'oda API',
      version: '1',
      description: 'Runs oda operations on the repositories this server serves.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }],
    paths: {
      '/skills': {
        get: {
          summary: 'List the ops',
          responses: {
            '200': json({ type: 'object', properties: { skills: { type: 'array', items: ref('Skill') } } }),
            ...errors,
          },
        },
      },
      '/skills/{op}': {
        get: {
          summary: 'One op',
          parameters: [{ name: 'op', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': json(ref('Skill')), '404': problem('Unknown op'), ...errors },
        },
      },
      '/runs': {
        post: {
          summary: 'Start a run',
          parameters: [
            {
              name: 'wait',
              in: 'query',
              schema: { type: 'string', pattern: '^\\d+s?$' },
              description: 'Wait up to this many seconds (at most 60) for the end',
            },
          ],
          requestBody: { required: true, ...json(ref('RunRequest')) },
          responses: {
            '200': json(ref('Run')),
            '202': {
              description: 'Accepted; the run goes on',
              headers: { Location: { schema: { type: 'string' } } },
              ...json(ref('Run')),
            },
            '404': problem('Unknown op or repository'),
            '409': problem('Idempotency key reused with another request'),
            '413': problem('Body over 1 MB'),
            '422': problem('Invalid .github/oda.yml in the repository'),
            ...errors,
          },
        },
        get: {
          summary: 'List runs, newest first',
          parameters: ['op', 'state', 'repo', 'cursor', 'limit'].map((name) => ({
            name,
            in: 'query',
            schema: { type: 'string' },
          })),
          responses: {
            '200': json({
              type: 'object',
              properties: { runs: { type: 'array', items: ref('Run') }, next: { type: 'string' } },
            }),
            ...errors,
          },
        },
      },
      '/runs/{id}': {
        get: {
          summary: 'One run',
          parameters: [runId],
          responses: { '200': json(ref('Run')), '404': problem('No such run'), ...errors },
        },
      },
      '/runs/{id}/cancel': {
        post: {
          summary: 'Cancel a running run',
          parameters: [runId],
          responses: {
            '202': json(ref('Run')),
            '404': problem('No such run'),
            '409': problem('The run is not running here'),
            ...errors,
          },
        },
      },
      '/runs/{id}/events': {
        get: {
          summary: 'Server-sent events of state changes',
          parameters: [runId],
          responses: {
            '200': {
              description: 'text/event-stream',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...errors,
          },
        },
      },
      '/runs/{id}/evidence': {
        get: {
          summary: 'The evidence pack (VERIFICATION.md, evidence.json, SHA256SUMS)',
          parameters: [runId],
          responses: { '200': json({ type: 'object' }), '404': problem('No pack'), ...errors },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An oda_ API key, or a JWT of the configured issuer' },
      },
      schemas: {
        RunRequest: { oneOf: runRequests },
        Skill: {
          type: 'object',
          required: ['name', 'summary', 'changes', 'guard', 'inputSchema'],
          properties: {
            name: { type: 'string' },
            summary: { type: 'string' },
            description: { type: 'string' },
            changes: { type: 'boolean' },
            guard: { type: 'object' },
            inputSchema: { type: 'object' },
          },
        },
        Run: {
          type: 'object',
          required: ['id', 'op', 'state'],
          properties: {
            id: { type: 'string' },
            op: { type: 'string' },
            repo: { type: 'string' },
            state: { enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'] },
            conclusion: { type: 'string' },
            title: { type: 'string' },
            pdrs: { type: 'array', items: { type: 'object' } },
            trace: { type: 'array', items: { type: 'object' } },
            report: { type: 'object' },
            evidence: { type: 'object' },
          },
        },
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: { type: 'array' },
          },
        },
      },
    },
  }
}
