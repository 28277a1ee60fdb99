import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  githubPortsFromEnv
} from "./chunk-ALVKFVGG.js";
import {
  schemaFields
} from "./chunk-OC5FE67W.js";
import {
  cliActor,
  exitCodeFor
} from "./chunk-OGVJ5G3N.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-33CNMSSO.js";
import "./chunk-OEKSQ5ZW.js";
import {
  parseOpInput,
  runOp
} from "./chunk-NGDJFKZU.js";
import "./chunk-ADIGWMAD.js";
import {
  formatsOf,
  writeRun
} from "./chunk-RKDZALLL.js";
import "./chunk-3MTOEWIP.js";
import {
  assertRepoDir,
  loadCliConfig
} from "./chunk-G746FLH4.js";
import "./chunk-KIAVAXJG.js";
import "./chunk-SQSYLVYG.js";
import "./chunk-NEK22LCI.js";
import {
  redactionSources
} from "./chunk-RGNHKACQ.js";
import "./chunk-INJCVSTR.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-LJALDYRS.js";
import "./chunk-VL3VX4V6.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-L3URI5J3.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-NSCG2XAA.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-2OWDFRQR.js";
import "./chunk-4CEKIALU.js";
import "./chunk-T3AJA6AO.js";
import {
  didYouMean
} from "./chunk-HFEUIW6P.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/cli/commands/run-op-command.ts
import { join, resolve } from "node:path";

// src/cli/op-help.ts
function opHelp(op) {
  const words = op.name.replaceAll(".", " ");
  const fields = schemaFields(op.input);
  const slots = (op.positional ?? []).map((s) => `[${s}]`).join(" ");
  const lines = [`usage: oda ${words}${slots ? ` ${slots}` : ""} [options]`, "", op.summary];
  if (op.description) lines.push("", op.description.trim());
  if (fields.length > 0) {
    lines.push("", "options:");
    for (const f of fields) {
      const kind = f.values ? f.values.join("|") : f.kind === "array" ? `${f.element}...` : f.kind;
      const dflt = f.default !== void 0 && !(Array.isArray(f.default) && f.default.length === 0) ? ` (default: ${JSON.stringify(f.default)})` : f.required ? " (required)" : "";
      lines.push(`  --${f.flag}${f.kind === "boolean" ? "" : ` <${kind}>`}`.padEnd(34) + ` ${f.description}${dflt}`);
    }
  }
  lines.push(
    "",
    "global options:",
    `  --format <${formatsOf(op).join("|")}>`.padEnd(34) + " output format (default: text)",
    "  --evidence[=<root>]".padEnd(34) + " write an evidence pack for this run",
    "  --data-dir <dir>".padEnd(34) + " where runs are stored (default: $ODA_DATA_DIR or ~/.local/share/oda)"
  );
  return lines.join("\n") + "\n";
}

// src/cli/parse-op-args.ts
function parseOpArgs(op, args) {
  const fields = schemaFields(op.input);
  const byFlag = new Map(fields.map((f) => [f.flag, f]));
  const input = {};
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    let name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    let inline = eq >= 0 ? arg.slice(eq + 1) : void 0;
    let field = byFlag.get(name);
    if (!field && name.startsWith("no-") && byFlag.get(name.slice(3))?.kind === "boolean") {
      field = byFlag.get(name.slice(3));
      name = name.slice(3);
      if (inline !== void 0) throw new UsageError(`--no-${name} takes no value`);
      inline = "false";
    }
    if (!field) {
      const hint = didYouMean(name, [...byFlag.keys()]);
      throw new UsageError(
        `unknown option --${name} for "oda ${op.name.replaceAll(".", " ")}"${hint ? `; did you mean --${hint}?` : ""}`,
        `run "oda ${op.name.replaceAll(".", " ")} --help" for its options`
      );
    }
    let raw;
    if (field.kind === "boolean") raw = inline ?? "true";
    else if (inline !== void 0) raw = inline;
    else {
      const value = args[i + 1];
      if (value === void 0) throw new UsageError(`--${field.flag} needs a value (${expected(field)})`);
      raw = value;
      i++;
    }
    assign(input, field, raw);
  }
  const slots = op.positional ?? [];
  for (const [index, value] of positional.entries()) {
    const key = index < slots.length ? slots[index] : slots.at(-1);
    const field = fields.find((f) => f.key === key);
    if (!field || index >= slots.length && field.kind !== "array") {
      throw new UsageError(
        `unexpected argument "${value}": "oda ${op.name.replaceAll(".", " ")}" takes ${slots.length === 0 ? "no positional arguments" : slots.map((s) => `<${s}>`).join(" ")}`
      );
    }
    assign(input, field, value);
  }
  return input;
}
function assign(input, field, raw) {
  const value = convert(field, field.kind === "array" ? field.element ?? "string" : field.kind, raw);
  if (field.kind === "array") {
    const list = input[field.key] ?? [];
    list.push(value);
    input[field.key] = list;
  } else {
    if (field.key in input) throw new UsageError(`--${field.flag} given twice`);
    input[field.key] = value;
  }
}
function convert(field, kind, raw) {
  switch (kind) {
    case "boolean":
      if (raw === "true" || raw === "1" || raw === "yes") return true;
      if (raw === "false" || raw === "0" || raw === "no") return false;
      throw new UsageError(`--${field.flag} expects true or false, got "${raw}"`);
    case "number": {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n))
        throw new UsageError(`--${field.flag} expects a number, got "${raw}"`);
      return n;
    }
    case "json":
      try {
        return JSON.parse(raw);
      } catch {
        throw new UsageError(`--${field.flag} expects JSON, got "${raw}"`);
      }
    default:
      return raw;
  }
}
function expected(f) {
  if (f.values) return `one of ${f.values.join(", ")}`;
  return f.kind === "array" ? `${f.element ?? "string"}, repeatable` : f.kind;
}

// src/cli/commands/run-op-command.ts
async function runOpCommand(o) {
  if (o.options.help) {
    o.io.out(opHelp(o.op));
    return 0;
  }
  if (!formatsOf(o.op).includes(o.options.format))
    throw new UsageError(
      `unknown format "${o.options.format}" for ${o.op.name}; use one of ${formatsOf(o.op).join(", ")}`
    );
  const rawInput = parseOpArgs(o.op, o.args);
  parseOpInput(o.op, rawInput);
  const repoDir = typeof rawInput["dir"] === "string" ? resolve(o.io.cwd, rawInput["dir"]) : o.io.cwd;
  if (typeof rawInput["dir"] === "string") assertRepoDir(repoDir, rawInput["dir"]);
  const { config } = await loadCliConfig(repoDir, o.io);
  const { actor, permission } = await cliActor([o.op], config, o.io);
  const token = o.io.env["GITHUB_TOKEN"] || o.io.env["GH_TOKEN"];
  const github = token ? githubPortsFromEnv(o.io.env, token) : void 0;
  const store = await o.openStore();
  try {
    const record = await runOp({
      op: o.op,
      rawInput,
      face: "cli",
      rethrowUsageErrors: true,
      actor,
      actorPermission: permission,
      store,
      config,
      cwd: o.io.cwd,
      env: o.io.env,
      dataDir: o.dataDir,
      redaction: redactionSources(),
      ...github && token ? { ports: github, secretValues: [token] } : {},
      evidence: o.options.evidence ? { root: o.options.evidenceRoot ?? join(o.dataDir, "evidence") } : void 0
    });
    writeRun(o.op, record, o.options.format, o.io.out);
    return exitCodeFor(record);
  } finally {
    await store.close();
  }
}
export {
  runOpCommand
};
