import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-NEK22LCI.js";
import {
  Redactor,
  builtinRedactionPatterns,
  odaConfigSchema
} from "./chunk-D4SKH75N.js";
import {
  allOps,
  redactionSources
} from "./chunk-W2GMUPSW.js";
import {
  statusOf
} from "./chunk-F2GYBYQM.js";
import {
  require_dist
} from "./chunk-4CEKIALU.js";
import {
  didYouMean
} from "./chunk-HFEUIW6P.js";
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";
import {
  __toESM
} from "./chunk-LY7GTVVW.js";

// src/face/config-redactor.ts
var redactor;
function configRedactor() {
  redactor ??= new Redactor({ patterns: [...builtinRedactionPatterns, ...redactionSources().patterns] });
  return redactor;
}

// src/config/config-ref.ts
var CONFIG_PATHS = [".github/oda.yml", ".github/oda.yaml"];
var MAX_CONFIG_BYTES = 256 * 1024;
var MAX_CONFIG_CHAIN = 10;

// src/config/parse-config-file.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/decode-utf8.ts
var strict = new TextDecoder("utf-8", { fatal: true });
var lenient = new TextDecoder("utf-8");
function decodeUtf8(bytes) {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const again = Buffer.from(lenient.decode(bytes), "utf8");
    const hasBom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    const input = hasBom ? bytes.subarray(3) : bytes;
    let i = 0;
    while (i < input.length && input[i] === again[i]) i++;
    while (i > 0 && ((again[i] ?? 0) & 192) === 128) i--;
    return { ok: false, offset: i + (hasBom ? 3 : 0) };
  }
}

// src/config/parse-config-file.ts
var MAX_YAML_ALIASES = 100;
function parseConfigFile(file, bytes) {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, column } = bytePosition(bytes, decoded.offset);
    throw new ConfigError([
      { file, line, column, path: "", message: `not valid UTF-8 (byte ${decoded.offset}); save the file as UTF-8` }
    ]);
  }
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(decoded.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset, message) => {
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col, path: "", message };
  };
  if (doc.errors.length > 0)
    throw new ConfigError(doc.errors.map((e) => at(e.pos[0], `YAML syntax: ${e.message.split("\n")[0]}`)));
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const alias = aliasAtFault(doc);
    const offset = alias?.range?.[0] ?? 0;
    throw new ConfigError(
      [
        alias && !alias.anchored ? at(offset, `YAML alias *${alias.source} has no anchor &${alias.source} before it`) : at(
          offset,
          `YAML aliases expand past ${MAX_YAML_ALIASES} copies (a "billion laughs" document?); repeat the values instead`
        )
      ],
      { cause: error }
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ConfigError([at(0, "expected a mapping of sections (spec-kit:, manifest:, ...) at the top level")]);
  return { file, doc, lines, value };
}
function aliasAtFault(doc) {
  const anchors = /* @__PURE__ */ new Set();
  let first;
  let unanchored;
  (0, import_yaml.visit)(doc, {
    Node(_key, node) {
      if ((0, import_yaml.isAlias)(node)) {
        const entry = { source: node.source, anchored: anchors.has(node.source), range: node.range };
        first ??= entry;
        if (!entry.anchored) {
          unanchored = entry;
          return import_yaml.visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return void 0;
    }
  });
  return unanchored ?? first;
}
function bytePosition(bytes, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) [line, start] = [line + 1, i + 1];
  return { line, column: new TextDecoder().decode(bytes.subarray(start, offset)).length + 1 };
}
function issueAt(f, path, message, atKey = false) {
  const pos = f.lines.linePos(locate(f.doc, path, atKey));
  return { file: f.file, line: pos.line, column: pos.col, path: path.map(String).join("."), message };
}
function locate(doc, path, atKey) {
  let node = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (!(0, import_yaml.isMap)(node) && !(node && typeof node === "object" && "items" in node)) break;
    const items = node.items;
    const last = i === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      offset = (last && atKey ? rangeStart(pair.key) : rangeStart(pair.value) ?? rangeStart(pair.key)) ?? offset;
      node = pair.value;
    } else {
      const item = items[Number(seg)];
      if (item === void 0) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    }
  }
  return offset;
}
function rangeStart(node) {
  if (node && typeof node === "object" && "range" in node) {
    const range = node.range;
    return range?.[0];
  }
  return void 0;
}

// src/config/resolve-extends.ts
import { posix } from "node:path";
function resolveExtends(value, from, source) {
  const text = value.trim();
  if (text === "") return "is empty; name a file (base.yml) or the organisation repository (.github)";
  if (/[\0\\]/.test(text)) return `"${text}" contains a backslash or NUL; use / between folders`;
  if (isAbsolute(text)) return `"${text}" is an absolute path; name a file inside the repository, relative to this file`;
  const colon = text.indexOf(":");
  const isPath = colon < 0 && /\.ya?ml$/i.test(text);
  const repoPart = isPath ? void 0 : colon < 0 ? text : text.slice(0, colon);
  const pathPart = isPath ? text : colon < 0 ? void 0 : text.slice(colon + 1);
  let repo = from.repo;
  let base = posix.dirname(from.path);
  if (repoPart !== void 0) {
    const target = repositoryOf(repoPart, source);
    if ("refused" in target) return target.refused;
    repo = target.repo;
    base = "";
  }
  const path = pathPart === void 0 || pathPart === "" ? ".github/oda.yml" : pathPart;
  if (isAbsolute(path)) return `"${text}" is an absolute path; name a file inside the repository, relative to this file`;
  const joined = posix.normalize(posix.join(base, path));
  if (joined === ".." || joined.startsWith("../"))
    return `"${text}" leads outside the repository; name a file inside it, relative to this file`;
  if (joined === "." || joined.endsWith("/")) return `"${text}" names a folder, not a config file`;
  return { repo, path: joined };
}
function repositoryOf(text, source) {
  const parts = text.split("/");
  const [owner, name] = parts.length === 2 ? parts : [void 0, parts[0]];
  const own = source.repository;
  const sameOwner = owner === void 0 || own === void 0 || owner.toLowerCase() === own.owner.toLowerCase();
  if (parts.length <= 2 && sameOwner) {
    if (name === ".github") return { repo: "org" };
    if (own !== void 0 && name?.toLowerCase() === own.repo.toLowerCase()) return { repo: "self" };
  }
  return {
    refused: `may name a file of this repository or of the organisation's .github repository (".github" or ".github:path/oda.yml"), not "${text}"`
  };
}
function isAbsolute(path) {
  return path.startsWith("/") || /^[A-Za-z]:[/\\]/.test(path);
}

// src/config/deep-merge.ts
function deepMerge(base, child) {
  if (!isPlainObject(base) || !isPlainObject(child)) return child === void 0 ? base : child;
  const out = { ...base };
  for (const [key, value] of Object.entries(child)) {
    if (value === null) delete out[key];
    else out[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return out;
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/config/schema-keys-at.ts
function schemaKeysAt(schema, path) {
  let current = unwrap(schema);
  for (const seg of path) {
    if (current instanceof external_exports.ZodObject) current = unwrap(current.shape[String(seg)]);
    else if (current instanceof external_exports.ZodRecord) current = unwrap(current.valueType);
    else if (current instanceof external_exports.ZodArray) current = unwrap(current.element);
    else return [];
  }
  return current instanceof external_exports.ZodObject ? Object.keys(current.shape) : [];
}
function unwrap(s) {
  let cur = s;
  while (cur instanceof external_exports.ZodDefault || cur instanceof external_exports.ZodOptional || cur instanceof external_exports.ZodPrefault || cur instanceof external_exports.ZodNullable) {
    cur = cur.unwrap();
  }
  return cur;
}

// src/config/validate-config-chain.ts
function validateConfigChain(chain, options = {}) {
  let merged = {};
  for (const c of [...chain].reverse()) merged = deepMerge(merged, withoutExtends(c.value));
  const result = odaConfigSchema.safeParse(merged, { reportInput: true });
  if (!result.success)
    throw new ConfigError(
      result.error.issues.flatMap((i) => toIssues(i, chain)).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    );
  const known = options.knownOps;
  const unknown = known ? Object.keys(result.data.policy.permissions).filter((name) => !known.includes(name)) : [];
  if (known && unknown.length > 0)
    throw new ConfigError(
      unknown.map((name) => {
        const path = ["policy", "permissions", name];
        const hint = didYouMean(name, known);
        const message = `no operation is called "${name}"${hint ? `; did you mean "${hint}"?` : ""} (operations: ${known.join(", ")})`;
        return issueAt(ownerOf(chain, path), path, message, true);
      })
    );
  return { config: result.data, files: chain.map((c) => c.file) };
}
function toIssues(issue, chain) {
  if (issue.code === "unrecognized_keys") {
    const known = schemaKeysAt(odaConfigSchema, issue.path);
    return issue.keys.map((key) => {
      const hint = didYouMean(key, known);
      const message = `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ""} (expected one of: ${known.join(", ")})`;
      return issueAt(ownerOf(chain, [...issue.path, key]), [...issue.path, key], message, true);
    });
  }
  return [issueAt(ownerOf(chain, issue.path), issue.path, describe(issue))];
}
function describe(issue) {
  if (issue.code === "invalid_type")
    return `expected ${issue.expected}, got ${issue.input === void 0 ? "nothing" : typeName(issue.input)}`;
  if (issue.code === "invalid_value")
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(issue.input)}`;
  return issue.message;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}
function ownerOf(chain, path) {
  for (let depth = path.length; depth > 0; depth--) {
    const prefix = path.slice(0, depth).map(String);
    const owner = chain.find((c) => c.doc.hasIn(prefix));
    if (owner) return owner;
  }
  return chain[0];
}
function withoutExtends(value) {
  const { _extends: _ignored, ...rest } = value;
  return rest;
}

// src/config/load-config.ts
async function loadConfig(source, options = {}) {
  try {
    const chain = await readChain(source);
    if (chain.length === 0) return { config: odaConfigSchema.parse({}), files: [] };
    return validateConfigChain(chain, options);
  } catch (error) {
    const redact = options.redact;
    if (!(error instanceof ConfigError) || !redact) throw error;
    throw new ConfigError(
      error.issues.map((i) => ({ ...i, message: redact(i.message) })),
      { cause: error.cause }
    );
  }
}
async function readChain(source) {
  const own = await findOwnConfig(source);
  if (own === void 0) return [];
  let ref = own.ref;
  let read = own.read;
  const chain = [];
  for (; ; ) {
    const from = chain.at(-1);
    const name = source.name(ref);
    if (from && chain.some((c) => c.file === name))
      throw new ConfigError([
        issueAt(from, ["_extends"], `_extends cycle: ${[...chain.map((c) => c.file), name].join(" -> ")}`)
      ]);
    if (from && chain.length >= MAX_CONFIG_CHAIN)
      throw new ConfigError([issueAt(from, ["_extends"], `more than ${MAX_CONFIG_CHAIN} files in one _extends chain`)]);
    read ??= await source.read(ref, MAX_CONFIG_BYTES);
    if (read.kind !== "bytes") {
      const what = read.kind === "missing" ? "does not exist" : read.reason;
      if (!from) throw new ConfigError([{ file: name, line: 1, column: 1, path: "", message: `cannot read: ${what}` }]);
      const ext2 = String(from.value["_extends"]).trim();
      const looked = ext2 === name ? "" : ` (looked for ${name})`;
      throw new ConfigError([issueAt(from, ["_extends"], `extends ${ext2}, which ${what}${looked}`)]);
    }
    const parsed = parseConfigFile(name, read.bytes);
    chain.push(parsed);
    const ext = parsed.value["_extends"];
    if (ext === void 0) return chain;
    if (typeof ext !== "string")
      throw new ConfigError([issueAt(parsed, ["_extends"], "expected a file (base.yml) or .github to inherit from")]);
    const next = resolveExtends(ext, ref, source);
    if (typeof next === "string") throw new ConfigError([issueAt(parsed, ["_extends"], next)]);
    if (next.repo === "org" && source.orgUnavailable !== void 0)
      throw new ConfigError([
        issueAt(parsed, ["_extends"], `"${ext}" names the organisation's .github repository: ${source.orgUnavailable}`)
      ]);
    ref = next;
    read = void 0;
  }
}
async function findOwnConfig(source) {
  for (const repo of source.orgUnavailable === void 0 ? ["self", "org"] : ["self"]) {
    for (const path of CONFIG_PATHS) {
      const ref = { repo, path };
      const read = await source.read(ref, MAX_CONFIG_BYTES);
      if (read.kind !== "missing") return { ref, read };
    }
  }
  return void 0;
}

// src/face/load-face-config.ts
function loadFaceConfig(source, ops = allOps()) {
  const redactor2 = configRedactor();
  return loadConfig(source, { knownOps: ops.map((op) => op.name), redact: (text) => redactor2.redact(text) });
}

// src/github/github-config-source.ts
function githubConfigSource(o) {
  const repoOf = (ref) => ref.repo === "self" ? o.repo : ".github";
  return {
    repository: { owner: o.owner, repo: o.repo },
    name: (ref) => `${o.owner}/${repoOf(ref)}:${ref.path}`,
    read: async (ref, maxBytes) => {
      let data;
      try {
        data = (await o.client.request("GET /repos/{owner}/{repo}/contents/{path}", {
          owner: o.owner,
          repo: repoOf(ref),
          path: ref.path
        })).data;
      } catch (error) {
        if (statusOf(error) === 404) return { kind: "missing" };
        throw error;
      }
      return toRead(data, maxBytes);
    }
  };
}
function toRead(data, maxBytes) {
  if (Array.isArray(data)) return { kind: "refused", reason: "is a folder, not a config file" };
  const entry = typeof data === "object" && data !== null ? data : {};
  if (entry["type"] === "symlink")
    return { kind: "refused", reason: "leads outside the repository (a symbolic link): it was not followed" };
  if (entry["type"] !== "file") return { kind: "refused", reason: `is a ${String(entry["type"])}, not a config file` };
  const size = typeof entry["size"] === "number" ? entry["size"] : 0;
  if (size > maxBytes)
    return { kind: "refused", reason: `is ${size} bytes, over the ${maxBytes}-byte limit of a config file` };
  if (typeof entry["content"] !== "string") return { kind: "refused", reason: "came without content" };
  return { kind: "bytes", bytes: Buffer.from(entry["content"], "base64") };
}

export {
  githubConfigSource,
  configRedactor,
  loadFaceConfig
};
