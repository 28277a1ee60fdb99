import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  countOf,
  readManifestFile,
  toPosixRelative
} from "./chunk-5EMOXPVE.js";
import {
  conclusionFor,
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/manifest-show/run.ts
import { basename, dirname, join, resolve } from "node:path";

// src/odoo/manifest/format-python-float.ts
function formatPythonFloat(x) {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa = "0", expText = "0"] = x.toExponential().split("e");
  const exp = Number(expText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  let body;
  if (exp >= -4 && exp < 16) {
    const point = exp + 1;
    if (point <= 0) body = "0." + "0".repeat(-point) + digits;
    else if (point >= digits.length) body = digits + "0".repeat(point - digits.length) + ".0";
    else body = digits.slice(0, point) + "." + digits.slice(point);
  } else {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    body = `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return (negative ? "-" : "") + body;
}

// src/odoo/manifest/to-json-value.ts
function toJsonValue(v) {
  switch (v.kind) {
    case "str":
      return v.value;
    case "bytes":
      return Buffer.from(v.value).toString("latin1");
    case "int":
      return Number(v.value);
    case "float":
      return v.value;
    case "complex":
      return { real: v.real, imag: v.imag };
    case "bool":
      return v.value;
    case "none":
      return null;
    case "ellipsis":
      return "...";
    case "list":
    case "tuple":
    case "set":
      return v.items.map(toJsonValue);
    case "dict": {
      const out = {};
      for (const e of v.entries) out[jsonKey(e.key)] = toJsonValue(e.value);
      return out;
    }
  }
}
function jsonKey(k) {
  switch (k.kind) {
    case "str":
      return k.value;
    case "int":
      return k.value.toString();
    case "float":
      return formatPythonFloat(k.value);
    case "bool":
      return k.value ? "true" : "false";
    case "none":
      return "null";
    default:
      return JSON.stringify(toJsonValue(k));
  }
}

// src/ops/manifest-show/run.ts
async function runManifestShow(ctx, input) {
  const shown = [];
  const findings = [];
  const cwd = resolve(ctx.cwd);
  for (const arg of input.addons) {
    const abs = resolve(cwd, arg);
    const dir = basename(abs) === "__manifest__.py" ? dirname(abs) : abs;
    const rel = toPosixRelative(cwd, dir);
    const read = readManifestFile(join(dir, "__manifest__.py"), input.maxManifestBytes);
    if (read.ok) shown.push({ addon: basename(dir), path: rel, manifest: toJsonValue(read.manifest) });
    else
      findings.push({
        path: rel === "." ? "__manifest__.py" : `${rel}/__manifest__.py`,
        line: read.problem.line,
        column: read.problem.column,
        level: "failure",
        ruleId: read.problem.ruleId,
        message: ctx.redact.redact(`${basename(dir)}: ${read.problem.message}`)
      });
  }
  if (input.addons.length === 0) {
    return makeReport({
      conclusion: "neutral",
      title: "manifest show: no addon given",
      summary: "Usage: `oda manifest show <addon-dir>... --format json`",
      data: shown
    });
  }
  const summary = shown.map((s) => `- \`${s.addon}\` (${s.path}): ${describe(s.manifest)}`).join("\n");
  return makeReport({
    conclusion: conclusionFor(findings),
    title: `manifest show: ${shown.length} of ${countOf(input.addons.length, "manifest")} read`,
    summary,
    findings,
    data: shown
  });
}
function describe(m) {
  if (m === null || typeof m !== "object" || Array.isArray(m)) return "";
  return [m["name"], m["version"], m["license"]].filter((x) => typeof x === "string").join(", ");
}
export {
  runManifestShow
};
