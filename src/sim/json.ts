/** JSON values as they cross the simulator's HTTP boundary. */
export type Json = null | boolean | number | string | Json[] | JsonObject
export type JsonObject = { [key: string]: Json }

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads a string field of an unknown body, or undefined. */
export function stringField(body: unknown, key: string): string | undefined {
  if (!isJsonObject(body)) return undefined
  const v = body[key]
  return typeof v === 'string' ? v : undefined
}
