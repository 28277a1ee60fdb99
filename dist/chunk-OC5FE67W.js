import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  toKebab
} from "./chunk-ADIGWMAD.js";
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";

// src/face/schema-fields.ts
function schemaFields(schema) {
  if (!(schema instanceof external_exports.ZodObject)) return [];
  return Object.entries(schema.shape).map(([key, field]) => describeField(key, field));
}
function describeField(key, field) {
  let cur = field;
  let required = true;
  let def;
  let description = field.description ?? "";
  for (; ; ) {
    if (cur instanceof external_exports.ZodOptional || cur instanceof external_exports.ZodNullable) required = false;
    else if (cur instanceof external_exports.ZodDefault || cur instanceof external_exports.ZodPrefault) {
      required = false;
      const raw = cur.def.defaultValue;
      def = typeof raw === "function" ? raw() : raw;
    } else break;
    cur = cur.unwrap();
    description ||= cur.description ?? "";
  }
  const base = { key, flag: toKebab(key), required, default: def, description };
  if (cur instanceof external_exports.ZodBoolean) return { ...base, kind: "boolean" };
  if (cur instanceof external_exports.ZodNumber) return { ...base, kind: "number" };
  if (cur instanceof external_exports.ZodEnum) return { ...base, kind: "enum", values: cur.options.map(String) };
  if (cur instanceof external_exports.ZodLiteral) return { ...base, kind: "enum", values: [...cur.values].map(String) };
  if (cur instanceof external_exports.ZodArray) {
    const el = cur.element;
    const element = el instanceof external_exports.ZodNumber ? "number" : el instanceof external_exports.ZodEnum ? "enum" : el instanceof external_exports.ZodString ? "string" : "json";
    return { ...base, kind: "array", element, values: el instanceof external_exports.ZodEnum ? el.options.map(String) : void 0 };
  }
  if (cur instanceof external_exports.ZodString) return { ...base, kind: "string" };
  return { ...base, kind: "json" };
}

export {
  schemaFields
};
