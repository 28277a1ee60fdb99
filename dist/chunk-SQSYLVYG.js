import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-NEK22LCI.js";
import {
  allOps,
  redactionSources
} from "./chunk-RGNHKACQ.js";
import {
  statusOf
} from "./chunk-F2GYBYQM.js";
import {
  KeywordMatcher
} from "./chunk-4SW5MQ5N.js";
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

// src/log/builtin-patterns.ts
var builtinRedactionPatterns = [
  {
    id: "github-token",
    regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
    keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"]
  },
  {
    id: "aws-access-key-id",
    regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
    keywords: ["akia", "asia", "abia", "acca"]
  },
  {
    // Bounded, and the body cannot contain another BEGIN: repeated headers without an END
    // cost linear time instead of a scan to the end of the text from each of them.
    id: "private-key",
    regex: /-----BEGIN[ A-Z0-9]{0,100}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----BEGIN)){0,16384}?-----END[ A-Z0-9]{0,100}PRIVATE KEY(?: BLOCK)?-----/g,
    keywords: ["private key"]
  },
  {
    id: "url-password",
    regex: /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/@]{1,200}:([^\s@/]{1,200})@/gi,
    group: 1,
    keywords: ["://"]
  },
  {
    id: "bearer",
    regex: /\b(?:Bearer|token)\s{1,10}([A-Za-z0-9._~+/=-]{20,4096})/g,
    group: 1,
    keywords: ["bearer", "token"]
  }
];

// src/log/value-matcher.ts
var ValueMatcher = class {
  #next = [/* @__PURE__ */ new Map()];
  #fail = [0];
  /** Length of the longest value ending at each state (0: none). */
  #out = [0];
  #built = false;
  /** Adds a value; call before the first `spans`. */
  add(value) {
    if (value.length === 0) return;
    let s = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      let t = this.#next[s].get(c);
      if (t === void 0) {
        t = this.#next.length;
        this.#next.push(/* @__PURE__ */ new Map());
        this.#fail.push(0);
        this.#out.push(0);
        this.#next[s].set(c, t);
      }
      s = t;
    }
    this.#out[s] = Math.max(this.#out[s], value.length);
    this.#built = false;
  }
  #build() {
    const queue = [...this.#next[0].values()];
    for (const t of queue) this.#fail[t] = 0;
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of this.#next[s]) {
        let f = this.#fail[s];
        while (f !== 0 && !this.#next[f].has(c)) f = this.#fail[f];
        const g = this.#next[f].get(c);
        this.#fail[t] = g !== void 0 && g !== t ? g : 0;
        this.#out[t] = Math.max(this.#out[t], this.#out[this.#fail[t]]);
        queue.push(t);
      }
    }
    this.#built = true;
  }
  /** Merged `[start, end)` ranges covered by occurrences of any value, in order. */
  spans(text) {
    if (!this.#built) this.#build();
    const out = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = this.#next[s].get(c);
      while (t === void 0 && s !== 0) {
        s = this.#fail[s];
        t = this.#next[s].get(c);
      }
      s = t ?? 0;
      const len = this.#out[s];
      if (len === 0) continue;
      let start = i + 1 - len;
      let end = i + 1;
      while (out.length > 0 && start <= out[out.length - 1][1]) {
        const [a, b] = out.pop();
        start = Math.min(start, a);
        end = Math.max(end, b);
      }
      out.push([start, end]);
    }
    return out;
  }
};

// src/log/value-variants.ts
var PARTIAL_CHARS = 12;
function valueVariants(value) {
  const out = /* @__PURE__ */ new Set();
  const bytes = Buffer.from(value, "utf8");
  for (let pad = 0; pad < 3; pad++) {
    const enc = Buffer.concat([Buffer.alloc(pad), bytes]).toString("base64");
    const from = Math.ceil(pad * 8 / 6);
    const to = Math.floor((pad + bytes.length) * 8 / 6);
    const middle = enc.slice(from, to);
    if (middle.length >= PARTIAL_CHARS) {
      out.add(middle);
      out.add(middle.replaceAll("+", "-").replaceAll("/", "_"));
    }
  }
  const url = encodeURIComponent(value);
  if (url !== value) out.add(url);
  if (value.length >= 16)
    for (let i = 0; i + PARTIAL_CHARS <= value.length; i++) out.add(value.slice(i, i + PARTIAL_CHARS));
  out.delete(value);
  return [...out];
}

// src/log/redactor.ts
var MASK = "***";
var Redactor = class {
  #values = /* @__PURE__ */ new Set();
  #patterns = [];
  #matcher;
  #gate;
  constructor(options = {}) {
    for (const v of options.values ?? []) this.addValue(v);
    for (const p of options.patterns ?? []) this.addPattern(p);
  }
  /**
   * Masks `value` wherever it appears, and its base64, URL-encoded and partial copies (see
   * valueVariants). Values shorter than 4 characters are ignored: masking "a" would destroy
   * every text.
   */
  addValue(value) {
    if (value === void 0 || value.length < 4 || this.#values.has(value)) return;
    this.#values.add(value);
    const more = valueVariants(value);
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= 8 && line !== value) more.push(line.trim(), ...valueVariants(line.trim()));
    this.#matcher ??= new ValueMatcher();
    this.#matcher.add(value);
    for (const v of more) this.#matcher.add(v);
  }
  /** Registers a pattern; its `regex` must be global (`g`). */
  addPattern(pattern) {
    const flags = pattern.regex.flags.includes("g") ? pattern.regex.flags : pattern.regex.flags + "g";
    this.#patterns.push({ ...pattern, regex: new RegExp(pattern.regex.source, flags) });
    this.#gate = void 0;
  }
  /** Number of exact values known (for tests and diagnostics; never the values). */
  get size() {
    return this.#values.size;
  }
  /** Returns `text` with every known secret masked. */
  redact(text) {
    if (text.length === 0) return text;
    let out = text;
    if (this.#matcher) {
      const spans = this.#matcher.spans(out);
      if (spans.length > 0) {
        let masked = "";
        let at = 0;
        for (const [a, b] of spans) {
          masked += out.slice(at, a) + MASK;
          at = b;
        }
        out = masked + out.slice(at);
      }
    }
    if (this.#patterns.length === 0) return out;
    const gate = this.#gate ??= gateFor(this.#patterns);
    const run = new Set(gate.always);
    gate.matcher.scan(out, (kw) => {
      for (const p of gate.patternsByKeyword[kw]) run.add(p);
    });
    for (const index of [...run].sort((a, b) => a - b)) {
      const p = this.#patterns[index];
      p.regex.lastIndex = 0;
      out = out.replace(p.regex, (match, ...groups) => {
        const g = p.group ?? 0;
        if (g === 0) return MASK;
        const secret = groups[g - 1];
        return typeof secret === "string" && secret.length > 0 ? match.replace(secret, MASK) : match;
      });
    }
    return out;
  }
  /** Deep-redacts every string inside a JSON-like value. */
  redactValue(value) {
    return redactDeep(value, (s) => this.redact(s));
  }
};
function redactDeep(value, fn) {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, fn));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, fn);
    return out;
  }
  return value;
}
var gates = /* @__PURE__ */ new Map();
var MAX_GATES = 16;
function gateFor(patterns) {
  const key = patterns.map((p) => `${p.id}\0${p.regex.source}\0${(p.keywords ?? []).join("")}`).join("\n");
  let gate = gates.get(key);
  if (!gate) {
    if (gates.size >= MAX_GATES) gates.delete(gates.keys().next().value);
    gates.set(key, gate = buildGate(patterns));
  }
  return gate;
}
function buildGate(patterns) {
  const ids = /* @__PURE__ */ new Map();
  const patternsByKeyword = [];
  const always = [];
  patterns.forEach((p, index) => {
    if (!p.keywords || p.keywords.length === 0) return always.push(index);
    for (const kw of p.keywords) {
      let id = ids.get(kw);
      if (id === void 0) {
        ids.set(kw, id = ids.size);
        patternsByKeyword.push([]);
      }
      patternsByKeyword[id].push(index);
    }
  });
  return { matcher: new KeywordMatcher([...ids.keys()]), patternsByKeyword, always };
}

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

// src/config/sections/spec-kit.ts
var specKitSectionSchema = external_exports.strictObject({
  /** Run the `oda / spec-kit` check. */
  enabled: external_exports.boolean().default(true).describe("Run the oda / spec-kit check"),
  /** Folders (relative to the repo root) holding spec kits; empty means detect automatically. */
  paths: external_exports.array(external_exports.string()).default([]).describe("Spec kit folders; empty means detect automatically"),
  /** Most [NEEDS CLARIFICATION] markers a spec, PRD or plan may keep (Spec Kit itself allows 3). */
  maxClarifications: external_exports.number().int().min(0).default(3).describe("Most [NEEDS CLARIFICATION] markers allowed per spec, PRD or plan"),
  /** Lowest finding level that fails the check. */
  failOn: external_exports.enum(["notice", "warning", "failure"]).default("failure").describe("Lowest finding level that fails the check"),
  /** Conclusion when no kit is found: unset is failure in CI (an Actions step, CI=true) and neutral elsewhere (the App, a terminal). */
  noKit: external_exports.enum(["failure", "neutral"]).optional().describe(
    "Conclusion when no spec kit is found (default: failure in an Actions step or with CI=true, neutral in the App and locally)"
  ),
  /** Files larger than this are reported, not parsed. */
  maxFileBytes: external_exports.number().int().min(1).default(1e6).describe("Kit files larger than this many bytes are reported, not parsed"),
  /** Level per rule id (e.g. `spec-kit/empty-section: notice`), or `off` to drop the rule. */
  severities: external_exports.record(external_exports.string(), external_exports.enum(["off", "notice", "warning", "failure"])).default({}).describe("Level per rule id (notice, warning, failure) or off to drop the rule")
});

// src/config/sections/manifest.ts
var level = external_exports.enum(["off", "notice", "warning", "failure"]);
var manifestSectionSchema = external_exports.strictObject({
  /** Run the `oda / manifest` check. */
  enabled: external_exports.boolean().default(true).describe("Run the oda / manifest check"),
  /** Target Odoo series; `auto`: the dominant series of the addons' versions, else the branch name, else the catalog. */
  series: external_exports.enum(["auto", "16.0", "17.0", "18.0"]).default("auto").describe("Target Odoo series (auto: the addons' versions, else the branch name, else the catalog)"),
  /** The catalog of repos and modules, relative to the repository root. */
  reposFile: external_exports.string().default("config/addons_manifest.oca_ipai.json").describe("Catalog of repos and modules (repos: name, url, branch, modules)"),
  /** The active mounts (addons paths), relative to the repository root. */
  mountsFile: external_exports.string().default("addons.manifest.json").describe("Active mounts file (addons paths given to Odoo)"),
  /** Addons folders to scan (with the mounts, if any); empty: detected (the root, addons/, any folder holding addons). */
  addonsPaths: external_exports.array(external_exports.string()).default([]).describe("Addons folders to scan besides the mounts (empty: detected in the checkout)"),
  /** Licenses addons may use (Odoo license keys). */
  allowedLicenses: external_exports.array(external_exports.string()).default([
    "AGPL-3",
    "LGPL-3",
    "GPL-3",
    "GPL-3 or any later version",
    "GPL-2",
    "GPL-2 or any later version",
    "Other OSI approved licence",
    "OPL-1",
    "OEEL-1",
    "Other proprietary"
  ]).describe("Licenses addons may use (Odoo license keys)"),
  /** Keys every checked manifest must have (Odoo itself defaults `depends` to none). */
  requiredKeys: external_exports.array(external_exports.string()).default(["name", "version", "license", "author"]).describe("Keys every checked manifest must have"),
  /** An Odoo source checkout; when set, its addons are the exact core list of the series. */
  odooSourcePath: external_exports.string().default("").describe("Odoo source checkout for the exact core addon list (empty: shipped list)"),
  /** Manifests larger than this are a finding instead of being parsed. */
  maxManifestBytes: external_exports.number().int().min(1024).default(1024 * 1024).describe("Largest manifest parsed, in bytes"),
  /** Level per rule id (`manifest/license-compat: warning`); `off` disables the rule. */
  severities: external_exports.record(external_exports.string(), level).default({}).describe("Level per rule id; off disables the rule")
});

// src/config/sections/secrets.ts
var secretsSectionSchema = external_exports.strictObject({
  /** Run the `oda / secrets` check. */
  enabled: external_exports.boolean().default(true).describe("Run the oda / secrets check"),
  /** Lowest rule severity that fails the check (findings below it are reported as warnings/notices only). */
  failOn: external_exports.enum(["low", "medium", "high"]).default("medium").describe("Lowest severity that fails the check: low, medium or high"),
  /** gitignore-style patterns of paths never scanned (test fixtures, vendored docs). */
  allowPaths: external_exports.array(external_exports.string()).default([]).describe("gitignore-style patterns of paths never scanned"),
  /** Rule ids to turn off (e.g. `generic-api-key`). */
  disableRules: external_exports.array(external_exports.string()).default([]).describe("Rule ids to turn off, e.g. generic-api-key"),
  /** Ignore file of fingerprints and content hashes, relative to the repository root. */
  ignoreFile: external_exports.string().default(".oda-secrets-ignore").describe("Ignore file of fingerprints and hashes, relative to the repository root"),
  /** Baseline report (JSON) whose findings are accepted; empty for none. */
  baseline: external_exports.string().default("").describe("Baseline JSON report whose findings are accepted; empty for none"),
  /** Files larger than this many bytes are scanned in streaming mode, chunk by chunk. */
  maxFileBytes: external_exports.number().int().min(1024).default(25 * 1024 * 1024).describe("Files larger than this many bytes are scanned in streaming mode, chunk by chunk"),
  /** Let an inline `oda:allow` that a pull request adds suppress that PR's own finding (off: it is reported). */
  prInlineAllow: external_exports.boolean().default(false).describe("Let an inline oda:allow added by a pull request suppress that PR's own finding")
});

// src/config/sections/odoo-ci.ts
var healthCheckSchema = external_exports.strictObject({
  name: external_exports.string().describe('Name shown in findings, e.g. "odoo" or "n8n"'),
  url: external_exports.string().describe("URL to GET, e.g. http://127.0.0.1:8069/web/health"),
  status: external_exports.number().int().min(100).max(599).default(200).describe("HTTP status that counts as healthy"),
  bodyMatch: external_exports.string().default("").describe("Regular expression the response body must match (empty: any body)"),
  timeoutS: external_exports.number().positive().default(5).describe("Seconds one request may take"),
  retries: external_exports.number().int().min(0).default(30).describe("Further attempts after the first failed one"),
  intervalS: external_exports.number().min(0).default(2).describe("Seconds between attempts")
});
var smokeCommandSchema = external_exports.strictObject({
  name: external_exports.string().describe("Name shown in findings"),
  command: external_exports.array(external_exports.string()).min(1).describe("Program and arguments (an argument array, never a shell string)"),
  expectExit: external_exports.number().int().default(0).describe("Exit code that counts as success"),
  timeoutS: external_exports.number().positive().default(120).describe("Seconds the command may run")
});
var stackSchema = external_exports.strictObject({
  up: external_exports.array(external_exports.string()).default(["docker", "compose", "up", "-d", "--wait"]).describe("Command that starts the stack in the background"),
  down: external_exports.array(external_exports.string()).default(["docker", "compose", "down", "-v", "--remove-orphans"]).describe("Command that tears the stack down (always run)"),
  upTimeoutS: external_exports.number().positive().default(600).describe("Seconds the up command may take"),
  health: external_exports.array(healthCheckSchema).default([]).describe("HTTP endpoints that must be healthy"),
  smoke: external_exports.array(smokeCommandSchema).default([]).describe("Commands run once every endpoint is healthy")
});
var policySchema = external_exports.strictObject({
  zeroTests: external_exports.enum(["failure", "neutral", "success"]).default("neutral").describe("Conclusion when the selected modules ran no test at all"),
  allSkipped: external_exports.enum(["failure", "neutral", "success"]).default("neutral").describe("Conclusion when every test that ran was skipped (the summary lists the reasons)"),
  loggedErrors: external_exports.enum(["fail", "report", "ignore"]).default("fail").describe("ERROR/CRITICAL records logged outside tests: fail the check, report them as warnings, or ignore them"),
  loggedWarnings: external_exports.enum(["fail", "report", "ignore"]).default("report").describe("WARNING records logged outside tests: fail the check, report them, or ignore them"),
  ignore: external_exports.array(external_exports.string()).default([]).describe(
    'Regular expressions; a logged record whose "logger: message" matches one is ignored (like checklog-odoo)'
  )
});
var odooCiSectionSchema = external_exports.strictObject({
  /** Run the `oda / odoo-ci` check. */
  enabled: external_exports.boolean().default(false).describe("Run the oda / odoo-ci check"),
  forkPullRequests: external_exports.boolean().default(false).describe(
    "App: run Odoo CI on pull requests from forks without an approval (author and fork owner still need the permission odoo.test requires)"
  ),
  mode: external_exports.enum(["docker-compose", "odoo-bin", "custom"]).default("docker-compose").describe("How Odoo is started: a compose service, odoo-bin on PATH, or a custom command"),
  composeFile: external_exports.string().default("docker-compose.yml").describe("Compose file (docker-compose mode), relative to the repository root"),
  composeService: external_exports.string().default("odoo").describe("Compose service that runs Odoo (docker-compose mode)"),
  odooBin: external_exports.string().default("odoo-bin").describe("Program for odoo-bin mode: a name on PATH or a path"),
  command: external_exports.array(external_exports.string()).default([]).describe("Custom mode: program and leading arguments; oda appends -d, -i and the test flags"),
  args: external_exports.array(external_exports.string()).default([]).describe('Extra Odoo arguments appended to every run, e.g. ["--addons-path=addons"]'),
  select: external_exports.enum(["affected", "all", "explicit"]).default("affected").describe("Which modules to test: those a PR affects, all addons of the repo, or the `modules` list"),
  modules: external_exports.array(external_exports.string()).default([]).describe("Modules to test when select is explicit"),
  exclude: external_exports.array(external_exports.string()).default([]).describe("Modules never tested"),
  addonsDirs: external_exports.array(external_exports.string()).default([".", "addons"]).describe("Repository folders that hold addons (one addon per sub-folder)"),
  databasePrefix: external_exports.string().regex(/^[a-z_][a-z0-9_]*$/).default("oda_ci_").describe("Prefix of the per-run database name"),
  dropDatabase: external_exports.array(external_exports.string()).default(["dropdb", "--if-exists", "{database}"]).describe("Command that drops the per-run database ({database} is replaced); empty keeps it"),
  timeoutMinutes: external_exports.number().positive().default(30).describe("Minutes before the run is killed (the TIMEOUT env overrides it)"),
  dataDir: external_exports.string().default("auto").describe(
    "Odoo --data-dir (filestore, sessions): auto gives each run its own folder, removed afterwards (odoo-bin and custom modes); none passes nothing; a path is used as is and the run's filestore is removed from it"
  ),
  httpPort: external_exports.string().regex(/^(auto|none|\d{1,5})$/).default("auto").describe("Odoo --http-port: auto picks a free port per run; none passes nothing; or a fixed port"),
  isolateFailures: external_exports.boolean().default(true).describe(
    "When Odoo cannot load some selected modules (missing Python library, bad XML...), test the others again without them"
  ),
  maxRuns: external_exports.number().int().min(1).default(4).describe("Most Odoo test runs one check may start while isolating modules Odoo cannot load"),
  pathMap: external_exports.record(external_exports.string(), external_exports.string()).default({ "/mnt/extra-addons": "addons" }).describe("Container path prefix -> repository path, to annotate test files"),
  policy: policySchema.prefault({}).describe("What fails the check"),
  stack: stackSchema.prefault({}).describe("Multi-container stack checks (oda odoo stack-check)")
});

// src/config/sections/environments.ts
var envName = external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name (letters, digits, _)");
var hostName = external_exports.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/, "a host name or IP address");
var targetSchema = external_exports.strictObject({
  /** `local` runs on the runner itself, `ssh` on a remote host through OpenSSH. */
  type: external_exports.enum(["local", "ssh"]).default("local").describe("local runs on the runner, ssh on a remote host"),
  /** SSH host name or IP (ssh targets). */
  host: hostName.default("127.0.0.1").describe("SSH host name or IP"),
  /** SSH user. */
  user: external_exports.string().regex(/^[a-z_][a-z0-9_.-]*$/i, "a user name").default("deploy").describe("SSH user"),
  /** SSH port. */
  port: external_exports.number().int().min(1).max(65535).default(22).describe("SSH port"),
  /** known_hosts lines for the host (public keys are not secret); the host key is always checked. */
  knownHosts: external_exports.string().default("").describe("known_hosts lines for the target host"),
  /** Path to a known_hosts file, used when `knownHosts` is empty. */
  knownHostsFile: external_exports.string().default("").describe("Path to a known_hosts file (when knownHosts is empty)"),
  /** Env-var name holding the private key (a secret). */
  keySecret: envName.default("ODA_SSH_KEY").describe("Env-var name holding the SSH private key"),
  /** Working directory for steps on the target. */
  cwd: external_exports.string().default("").describe("Working directory for steps on the target (default: home or repo root)"),
  /** Seconds to wait for the SSH connection. */
  connectTimeoutS: external_exports.number().int().min(1).default(10).describe("Seconds to wait for the SSH connection")
});
var stepSchema = external_exports.strictObject({
  /** Step name shown in the trace and evidence. */
  name: external_exports.string().min(1).describe("Step name shown in the trace"),
  /** Shell command run on the target; the SHA is in $ODA_SHA, the ref in $ODA_REF. */
  run: external_exports.string().min(1).describe("Shell command; $ODA_SHA, $ODA_REF, $ODA_ENV are set"),
  /** Timeout in seconds; 0 means the TIMEOUT env var, else 600. */
  timeoutS: external_exports.number().int().min(0).default(0).describe("Timeout in seconds (0: TIMEOUT env var, else 600)")
});
var healthCheckSchema2 = external_exports.strictObject({
  /** Check name. */
  name: external_exports.string().min(1).describe("Check name"),
  /** http, tcp, postgres or command. */
  type: external_exports.enum(["http", "tcp", "postgres", "command"]).describe("http, tcp, postgres or command"),
  /** URL for http checks. */
  url: external_exports.string().default("").describe("URL (http)"),
  /** Expected HTTP status. */
  expectStatus: external_exports.number().int().default(200).describe("Expected HTTP status (http)"),
  /** Text the body must contain. */
  bodyContains: external_exports.string().default("").describe("Text the body must contain (http)"),
  /** Dotted JSON path into the body, e.g. `status`. */
  jsonPath: external_exports.string().default("").describe("Dotted JSON path into the body (http), e.g. status"),
  /** Value (as text) the JSON path must equal, e.g. `pass`. */
  jsonEquals: external_exports.string().default("").describe("Value the JSON path must equal (http)"),
  /** Host for tcp and postgres checks. */
  host: hostName.default("127.0.0.1").describe("Host (tcp, postgres)"),
  /** Port for tcp and postgres checks. */
  port: external_exports.number().int().min(0).max(65535).default(0).describe("Port (tcp; postgres default 5432)"),
  /** Database for postgres checks. */
  database: external_exports.string().default("postgres").describe("Database (postgres)"),
  /** User for postgres checks. */
  user: external_exports.string().default("postgres").describe("User (postgres)"),
  /** Env-var name holding the password for postgres checks. */
  passwordSecret: external_exports.union([envName, external_exports.literal("")]).default("").describe("Env-var name holding the password (postgres)"),
  /** Shell command for command checks, run on the target; exit 0 is healthy. */
  run: external_exports.string().default("").describe("Shell command run on the target (command); exit 0 is healthy"),
  /** Seconds one attempt may take. */
  timeoutS: external_exports.number().min(0.1).default(5).describe("Seconds one attempt may take")
});
var probeSchema = external_exports.strictObject({
  /** Probe name. */
  name: external_exports.string().min(1).describe("Probe name"),
  /** disk (df on the target), command (its output), http-json (a value at a JSON path). */
  type: external_exports.enum(["disk", "command", "http-json"]).describe("disk, command or http-json"),
  /** Path whose filesystem usage is reported (disk). */
  path: external_exports.string().default("/").describe("Path whose filesystem is measured (disk)"),
  /** Usage percent above which the probe warns (disk), or numeric value above which it warns (http-json); 0 = never. */
  warnAbove: external_exports.number().min(0).default(0).describe("Warn above this value (disk percent, http-json number); 0 = never"),
  /** Shell command run on the target (command), e.g. `docker compose ps --format json`. */
  run: external_exports.string().default("").describe("Shell command run on the target (command)"),
  /** URL (http-json). */
  url: external_exports.string().default("").describe("URL (http-json)"),
  /** Dotted JSON path (http-json), e.g. `queue.pending`. */
  jsonPath: external_exports.string().default("").describe("Dotted JSON path (http-json)")
});
var healthSchema = external_exports.strictObject({
  /** Checks that decide whether a deploy is healthy. */
  checks: external_exports.array(healthCheckSchema2).default([]).describe("Checks that decide whether a deploy is healthy"),
  /** Extra probes reported by `oda health`. */
  probes: external_exports.array(probeSchema).default([]).describe("Extra probes reported by oda health"),
  /** Seconds to keep retrying failing checks. */
  deadlineS: external_exports.number().min(0).default(60).describe("Seconds to keep retrying failing checks"),
  /** First delay between attempts, doubled each time up to maxIntervalS. */
  intervalS: external_exports.number().min(0).default(1).describe("First delay between attempts (doubles)"),
  /** Longest delay between attempts. */
  maxIntervalS: external_exports.number().min(0).default(10).describe("Longest delay between attempts")
});
var preflightSchema = external_exports.strictObject({
  /** Minimum free space in MiB on `diskPath` (0 = not checked). */
  minFreeDiskMb: external_exports.number().int().min(0).default(0).describe("Minimum free MiB on diskPath (0: not checked)"),
  /** Path on the target whose free space is checked. */
  diskPath: external_exports.string().default("/").describe("Path on the target whose free space is checked")
});
var rollbackPolicySchema = external_exports.strictObject({
  /** Roll back automatically to the last good deployment when health checks fail. */
  auto: external_exports.boolean().default(true).describe("Roll back automatically when health checks fail")
});
var deploymentOptionsSchema = external_exports.strictObject({
  /** Status contexts that must pass before GitHub accepts the deployment. */
  requiredContexts: external_exports.array(external_exports.string()).default([]).describe("Status contexts required by GitHub"),
  /** Mark the environment transient (deleted later). */
  transient: external_exports.boolean().default(false).describe("Mark the environment transient")
});
var retentionSchema = external_exports.strictObject({
  /** Newest backup of each of the last N days. */
  daily: external_exports.number().int().min(0).default(7).describe("Keep the newest backup of each of the last N days"),
  /** Newest backup of each of the last N ISO weeks. */
  weekly: external_exports.number().int().min(0).default(4).describe("Keep the newest backup of each of the last N weeks"),
  /** Newest backup of each of the last N months. */
  monthly: external_exports.number().int().min(0).default(3).describe("Keep the newest backup of each of the last N months"),
  /** Every backup younger than N days (0 = rule off). */
  days: external_exports.number().int().min(0).default(0).describe("Keep every backup younger than N days (0: off)")
});
var backupSchema = external_exports.strictObject({
  /** Database name (empty: backups disabled). */
  database: external_exports.string().regex(/^[A-Za-z0-9_-]*$/, "a database name (letters, digits, _ and -)").default("").describe("Database to back up (empty: backups off)"),
  /** PostgreSQL host as seen from the target. */
  host: hostName.default("127.0.0.1").describe("PostgreSQL host as seen from the target"),
  /** PostgreSQL port. */
  port: external_exports.number().int().min(1).max(65535).default(5432).describe("PostgreSQL port"),
  /** PostgreSQL user. */
  user: external_exports.string().regex(/^[A-Za-z0-9_-]+$/, "a user name").default("postgres").describe("PostgreSQL user"),
  /** Env-var name holding the password. */
  passwordSecret: external_exports.union([envName, external_exports.literal("")]).default("").describe("Env-var name holding the PostgreSQL password"),
  /** Folder on the target where dumps are written. */
  dir: external_exports.string().default("/var/backups/oda").describe("Folder on the target where dumps go"),
  /** pg_dump compression level 0-9. */
  compress: external_exports.number().int().min(0).max(9).default(6).describe("pg_dump compression level"),
  retention: retentionSchema.prefault({}),
  /** SQL run after a restore into a non-production copy (default: Odoo crons and mail servers off). */
  neutralizeSql: external_exports.string().default("").describe("SQL run after restore with --neutralize (default: Odoo crons and mail servers off)"),
  /** Sanity queries for `restore --verify`; each must return at least one row. */
  verifyQueries: external_exports.array(external_exports.string()).default(["SELECT 1"]).describe("Queries restore --verify runs; each must return a row")
});
var environmentSchema = external_exports.strictObject({
  /** Public URL of the environment. */
  url: external_exports.string().optional().describe("Public URL of the environment"),
  /** Whether this is production (stricter policy, restore guard). */
  production: external_exports.boolean().default(false).describe("Whether this is a production environment"),
  target: targetSchema.prefault({}),
  /** Refs that may be deployed, as globs over full ref names (`refs/heads/main`, `refs/tags/v*`); empty allows any (production: default branch and tags). */
  allowedRefs: external_exports.array(external_exports.string()).default([]).describe("Globs over full ref names that may be deployed; empty allows any (production: default branch and tags)"),
  /** Env-var names that must be present on the runner; passed to steps, masked everywhere. */
  secrets: external_exports.array(envName).default([]).describe("Env-var names required and passed to steps (values masked)"),
  preflight: preflightSchema.prefault({}),
  /** Deploy steps in order. */
  steps: external_exports.array(stepSchema).default([]).describe("Deploy steps, run in order on the target"),
  health: healthSchema.prefault({}),
  rollback: rollbackPolicySchema.prefault({}),
  deployment: deploymentOptionsSchema.prefault({}),
  backup: backupSchema.prefault({}),
  /** Minutes after which a deploy lock counts as abandoned. */
  lockTtlMinutes: external_exports.number().int().min(1).default(60).describe("Minutes after which a deploy lock counts as abandoned")
});
var environmentsSectionSchema = external_exports.record(
  external_exports.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "environment names are lowercase letters, digits, - and _"),
  environmentSchema
);

// src/config/sections/policy.ts
var freezeWindowSchema = external_exports.strictObject({
  /** Start, ISO 8601 date-time. */
  from: external_exports.string().describe("Start of the freeze, ISO 8601"),
  /** End, ISO 8601 date-time. */
  to: external_exports.string().describe("End of the freeze, ISO 8601"),
  /** Environments frozen; empty means all. */
  environments: external_exports.array(external_exports.string()).default([]).describe("Environments frozen; empty means all"),
  /** Why, shown in the denial. */
  reason: external_exports.string().default("change freeze").describe("Reason shown when a run is denied")
});
var policySectionSchema = external_exports.strictObject({
  /** Minimum permission per op name, overriding the op's own default. */
  permissions: external_exports.record(external_exports.string(), external_exports.enum(["none", "read", "triage", "write", "maintain", "admin"])).default({}).describe("Minimum permission per op, overriding the default"),
  /** Change freezes. */
  freezes: external_exports.array(freezeWindowSchema).default([]).describe("Change freeze windows")
});
var redactSectionSchema = external_exports.strictObject({
  /** Names of environment variables whose values are masked everywhere. */
  env: external_exports.array(external_exports.string()).default([]).describe("Environment variable names whose values are masked everywhere")
});

// src/config/sections/commands.ts
var permission = external_exports.enum(["none", "read", "triage", "write", "maintain", "admin"]);
var commandAllowSchema = external_exports.strictObject({
  /** Logins allowed; with `teams`, the commenter must be in one of them. */
  users: external_exports.array(external_exports.string()).default([]).describe("GitHub logins allowed to run the command"),
  /** Teams allowed, as `org/team-slug`; members of child teams count (GitHub resolves nesting). */
  teams: external_exports.array(external_exports.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, "a team as org/team-slug")).default([]).describe("Teams (org/team-slug) allowed to run the command; child teams count")
});
var commandDeploySchema = external_exports.strictObject({
  /**
   * `worker`: the deploy op runs in the App's worker. `workflow`: the App dispatches the
   * repository's deploy workflow with the environment and the resolved SHA, so GitHub Environment
   * protection rules and required reviewers apply, and follows that run to its end.
   */
  run: external_exports.enum(["worker", "workflow"]).default("worker").describe("worker: deploy from the App; workflow: dispatch the deploy workflow (Environment rules apply)"),
  /** File name of the deploy workflow under .github/workflows (inputs `environment` and `ref`). */
  workflow: external_exports.string().regex(/^[A-Za-z0-9_.-]+\.ya?ml$/, "a workflow file name such as deploy.yml").default("deploy.yml").describe("Deploy workflow file under .github/workflows (inputs environment and ref)"),
  /** Seconds between two looks at the dispatched run. */
  pollS: external_exports.number().min(0.05).max(60).default(5).describe("Seconds between two looks at the dispatched run")
});
var commandsSectionSchema = external_exports.strictObject({
  /** Whether the App answers slash commands at all. */
  enabled: external_exports.boolean().default(true).describe("Answer slash commands in comments"),
  /** How many commands of one comment run (the first N lines that are commands). */
  perComment: external_exports.number().int().min(1).max(10).default(1).describe("Commands read per comment (the first N)"),
  /** Read comments written by bots (oda itself included) as commands. */
  bots: external_exports.boolean().default(false).describe("Read comments by bots as commands"),
  /** Read edited comments as new commands. */
  edited: external_exports.boolean().default(false).describe("Read edited comments as commands"),
  /** Minimum repository permission per command (`deploy`, `lock`...), over the command's default. */
  permissions: external_exports.record(external_exports.string(), permission).default({}).describe("Minimum repository permission per command, over its default"),
  /** Minimum permission for any command aimed at an environment, e.g. `production: maintain`. */
  environments: external_exports.record(external_exports.string(), permission).default({}).describe("Minimum repository permission for any command aimed at the environment"),
  deploy: commandDeploySchema.prefault({}),
  /** Allow lists per command; a command listed here runs only for those users and team members. */
  allow: external_exports.record(external_exports.string(), commandAllowSchema).default({}).describe("Users and teams allowed per command (in addition to the permission level)")
});

// src/config/schema.ts
var odaConfigSchema = external_exports.strictObject({
  /** Config to inherit from: a path relative to this file (org `.github` repo with the App). */
  _extends: external_exports.string().optional().describe("Config to inherit from (path relative to this file, or owner/.github with the App)"),
  /** Schema version of this file. */
  version: external_exports.literal(1).default(1).describe("Schema version of this file"),
  "spec-kit": specKitSectionSchema.prefault({}),
  manifest: manifestSectionSchema.prefault({}),
  secrets: secretsSectionSchema.prefault({}),
  "odoo-ci": odooCiSectionSchema.prefault({}),
  environments: environmentsSectionSchema.default({}),
  policy: policySectionSchema.prefault({}),
  redact: redactSectionSchema.prefault({}),
  commands: commandsSectionSchema.prefault({})
});
function defaultConfig() {
  return odaConfigSchema.parse({});
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
  defaultConfig,
  builtinRedactionPatterns,
  Redactor,
  configRedactor,
  loadFaceConfig
};
