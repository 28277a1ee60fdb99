import type { Json } from './json.ts'

/** The slice of a list a request asked for, and the `Link` header GitHub would send. */
export function paginate(
  items: Json[],
  query: Record<string, unknown>,
  requestUrl: URL,
): { items: Json[]; link: string | undefined } {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30))
  const page = Math.max(1, Number(query.page ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const at = (p: number): string => {
    const u = new URL(requestUrl)
    u.searchParams.set('per_page', String(perPage))
    u.searchParams.set('page', String(p))
    return u.toString()
  }
  const rels: string[] = []
  if (page < last) rels.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`)
  if (page > 1) rels.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`)
  return { items: items.slice((page - 1) * perPage, page * perPage), link: rels.length ? rels.join(', ') : undefined }
}
