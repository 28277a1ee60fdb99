import type { IncomingMessage } from 'node:http'
import { ApiProblem } from './api-problem.ts'

/** Largest request body the API reads (a run request is a few KB; inputs are small). */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * The request's JSON body, read up to `limit` bytes: a declared or streamed larger body is
 * refused with 413 as soon as it is known (the rest is never buffered), a non-JSON content type
 * with 415, unparseable JSON with 400.
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw tooLarge(limit)
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    bytes += chunk.length
    if (bytes > limit) throw tooLarge(limit)
    chunks.push(chunk)
  }
  if (bytes === 0) return undefined
  if (type !== 'application/json')
    throw new ApiProblem({ status: 415, code: 'unsupported-media-type', detail: 'send the body as application/json' })
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
  } catch (error) {
    throw new ApiProblem({
      status: 400,
      code: 'invalid-json',
      detail: `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    })
  }
}

function tooLarge(limit: number): ApiProblem {
  return new ApiProblem({ status: 413, code: 'body-too-large', detail: `request bodies are limited to ${limit} bytes` })
}
