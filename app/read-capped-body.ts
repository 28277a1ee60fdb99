import type { IncomingMessage } from 'node:http'

/** GitHub caps webhook payloads at 25 MB; a larger body cannot be a real delivery. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024

export type CappedBody = { ok: true; body: Buffer } | { ok: false; reason: 'too-large'; bytes: number }

/**
 * Reads a request body, never holding more than `max` bytes: a declared `content-length`
 * above the cap is refused before a byte is read, and a body that streams past it (chunked,
 * or lying about its length) is refused at the chunk that crosses it. Nothing is parsed or
 * verified here; the signature check comes after, on what was read.
 */
export function readCappedBody(req: IncomingMessage, max: number): Promise<CappedBody> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > max)
    return Promise.resolve({ ok: false, reason: 'too-large', bytes: declared })
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let bytes = 0
    const done = (): void => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
    }
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length
      if (bytes > max) {
        done()
        chunks.length = 0
        // Stop reading: what is still in flight is dropped with the connection.
        req.pause()
        resolve({ ok: false, reason: 'too-large', bytes })
        return
      }
      chunks.push(chunk)
    }
    const onEnd = (): void => {
      done()
      resolve({ ok: true, body: Buffer.concat(chunks, bytes) })
    }
    const onError = (error: Error): void => {
      done()
      reject(error)
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}
