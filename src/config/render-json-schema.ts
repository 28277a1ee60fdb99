import { z } from 'zod'
import { odaConfigSchema } from './schema.ts'

/** The JSON Schema of `.github/oda.yml` as published in schema/oda.schema.json. */
export function renderConfigJsonSchema(): string {
  const schema = z.toJSONSchema(odaConfigSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' })
  return (
    JSON.stringify(
      { ...schema, $id: 'https://oda.dev/schema/oda.schema.json', title: 'oda configuration (.github/oda.yml)' },
      null,
      2,
    ) + '\n'
  )
}
