import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-DMVP4S5U.js";
import "./chunk-OGVJ5G3N.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-33CNMSSO.js";
import "./chunk-OEKSQ5ZW.js";
import "./chunk-MUABRNOO.js";
import {
  JSON_FILE,
  STAMP_PATTERN,
  SUMS_FILE,
  listPacks,
  parseSums,
  sha256,
  sha256File
} from "./chunk-NGDJFKZU.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-RKDZALLL.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-G746FLH4.js";
import "./chunk-KIAVAXJG.js";
import "./chunk-SQSYLVYG.js";
import "./chunk-NEK22LCI.js";
import "./chunk-RGNHKACQ.js";
import "./chunk-INJCVSTR.js";
import "./chunk-67WMFPEX.js";
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
import "./chunk-HFEUIW6P.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/cli/commands/evidence-command.ts
import { existsSync } from "node:fs";
import { isAbsolute, join as join3, relative, resolve as resolve3 } from "node:path";

// src/engine/evidence/verify-evidence.ts
import { stat } from "node:fs/promises";
import { basename, dirname, join as join2, resolve as resolve2 } from "node:path";

// src/engine/evidence/check-pack.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
async function walk(dir, rel = "") {
  const files = [];
  const odd = [];
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      const sub = await walk(dir, path);
      files.push(...sub.files);
      odd.push(...sub.odd);
    } else if (e.isFile()) files.push(path);
    else odd.push(path);
  }
  return { files, odd };
}
function isLink(v) {
  return typeof v === "object" && v !== null && "path" in v && "digest" in v && typeof v.path === "string" && typeof v.digest === "string";
}
function readMeta(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof v !== "object" || v === null || !("schemaVersion" in v) || v.schemaVersion !== 1)
    return "has no schemaVersion 1; expected an oda evidence pack";
  if (!("topic" in v) || typeof v.topic !== "string" || !("path" in v) || typeof v.path !== "string")
    return "lacks its topic or path";
  const previous = "previous" in v ? v.previous : void 0;
  if (previous !== null && !isLink(previous)) return 'has a "previous" that is neither null nor { path, digest }';
  return { topic: v.topic, path: v.path, previous };
}
async function checkPack(dir, show) {
  const problems = [];
  const at = (rel) => rel ? `${show}/${rel}` : show;
  const sumsBytes = await readFile(join(dir, SUMS_FILE)).catch(() => void 0);
  const { files, odd } = await walk(dir);
  for (const p of odd)
    problems.push({
      path: at(p),
      code: "not_regular_file",
      message: "is not a regular file (symlink or device); packs hold plain files only"
    });
  if (!sumsBytes)
    problems.push({
      path: at(SUMS_FILE),
      code: "missing_sums",
      message: "is missing: nothing in this pack can be checked"
    });
  const { entries, errors } = parseSums(sumsBytes?.toString("utf8") ?? "");
  for (const e of errors)
    problems.push({ path: `${at(SUMS_FILE)}:${e.line}`, code: "bad_sums_line", message: e.message });
  const present = new Set(files.filter((f) => f !== SUMS_FILE));
  if (sumsBytes) {
    for (const [file, expected] of entries) {
      if (!present.has(file)) {
        problems.push({ path: at(file), code: "missing_file", message: "is listed in SHA256SUMS but missing" });
        continue;
      }
      const actual = await sha256File(join(dir, file));
      if (actual !== expected)
        problems.push({
          path: at(file),
          code: "changed_file",
          message: `changed: SHA256SUMS says ${expected}, the file hashes to ${actual}`
        });
    }
    for (const file of present)
      if (!entries.has(file))
        problems.push({
          path: at(file),
          code: "extra_file",
          message: "is not listed in SHA256SUMS (added after the pack was written)"
        });
  }
  let meta;
  const jsonText = present.has(JSON_FILE) ? await readFile(join(dir, JSON_FILE), "utf8") : void 0;
  if (jsonText === void 0) problems.push({ path: at(JSON_FILE), code: "bad_evidence_json", message: "is missing" });
  else {
    const parsed = readMeta(jsonText);
    if (typeof parsed === "string") problems.push({ path: at(JSON_FILE), code: "bad_evidence_json", message: parsed });
    else meta = parsed;
  }
  return { digest: sumsBytes ? sha256(sumsBytes) : void 0, meta, problems };
}

// src/engine/evidence/check-against-records.ts
import { resolve } from "node:path";
function checkAgainstRecords(o) {
  const problems = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const r of o.records) byPath.set(resolve(r.path), r);
  for (const [path, r] of byPath) {
    if (!o.found.has(path)) {
      problems.push({
        path,
        code: "recorded_missing",
        message: `run ${r.runId} wrote this pack on ${r.createdAt} (the run store has its digest ${r.digest}), but it is missing (deleted?)`
      });
      continue;
    }
    const now = o.found.get(path);
    if (now !== r.digest)
      problems.push({
        path,
        code: "recorded_mismatch",
        message: `run ${r.runId} recorded digest ${r.digest} for this pack when it wrote it, but its SHA256SUMS now hashes to ${now ?? "(missing)"} (edited, and resealed if no other problem shows)`
      });
  }
  let unrecorded = 0;
  for (const path of o.found.keys()) if (!byPath.has(path)) unrecorded++;
  return { problems, recorded: byPath.size, unrecorded };
}

// src/engine/evidence/verify-evidence.ts
async function exists(path) {
  return await stat(path).catch(() => void 0) !== void 0;
}
async function verifyEvidence(dir, o = {}) {
  const found = /* @__PURE__ */ new Map();
  const result = await verifyFolder(resolve2(dir), found);
  if (!o.records) return result;
  const store = checkAgainstRecords({ found, records: o.records });
  return {
    ...result,
    problems: [...result.problems, ...store.problems],
    store: { recorded: store.recorded, unrecorded: store.unrecorded }
  };
}
async function verifyFolder(dir, found) {
  if (!await exists(dir)) return { packs: 0, problems: [{ path: dir, code: "not_found", message: "does not exist" }] };
  const single = await exists(join2(dir, SUMS_FILE)) || await exists(join2(dir, JSON_FILE));
  if (single) {
    const stampFolder = dirname(dir);
    const inRoot = STAMP_PATTERN.test(basename(stampFolder));
    if (!inRoot) {
      const c = await checkPack(dir, dir);
      found.set(dir, c.digest);
      return { packs: 1, problems: c.problems };
    }
    const root = dirname(stampFolder);
    const rel = `${basename(stampFolder)}/${basename(dir)}`;
    const mine = join2(root, rel);
    const all2 = await verifyRoot(root, root);
    for (const [path, digest] of all2.found) if (path === mine) found.set(path, digest);
    return { packs: 1, problems: all2.problems.filter((p) => p.path === mine || p.path.startsWith(`${mine}/`)) };
  }
  if (STAMP_PATTERN.test(basename(dir))) {
    const root = dirname(dir);
    const mine = join2(root, basename(dir));
    const all2 = await verifyRoot(root, root);
    for (const [path, digest] of all2.found) if (path.startsWith(`${mine}/`)) found.set(path, digest);
    const packs = (await listPacks(root)).filter((p) => dirname(p.dir) === join2(root, basename(dir))).length;
    if (packs === 0)
      return {
        packs: 0,
        problems: [{ path: dir, code: "no_packs", message: "holds no evidence packs (<topic>/ folders)" }]
      };
    return { packs, problems: all2.problems.filter((p) => p.path.startsWith(`${mine}/`)) };
  }
  const all = await verifyRoot(dir, dir);
  for (const [path, digest] of all.found) found.set(path, digest);
  return { packs: all.packs, problems: all.problems };
}
async function verifyRoot(root, show) {
  const packs = await listPacks(root);
  const found = /* @__PURE__ */ new Map();
  if (packs.length === 0)
    return {
      found,
      packs: 0,
      problems: [
        { path: show, code: "no_packs", message: "holds no evidence packs (<UTC YYYYMMDD-HHMM>/<topic>/ folders)" }
      ]
    };
  const problems = [];
  const checked = /* @__PURE__ */ new Map();
  for (const p of packs) {
    const c = await checkPack(p.dir, join2(show, p.rel));
    checked.set(p.rel, c);
    found.set(join2(show, p.rel), c.digest);
    problems.push(...c.problems);
    if (c.meta && (c.meta.path !== p.rel || c.meta.topic !== p.topic)) {
      problems.push({
        path: join2(show, p.rel),
        code: "moved",
        message: `evidence.json says this pack is ${c.meta.path} (topic ${c.meta.topic}), but it is at ${p.rel}`
      });
    }
  }
  const topics = /* @__PURE__ */ new Map();
  for (const p of packs) topics.set(p.topic, [...topics.get(p.topic) ?? [], p]);
  for (const chain of topics.values()) problems.push(...checkChain(chain, checked, show));
  return { found, packs: packs.length, problems };
}
function checkChain(chain, checked, show) {
  const problems = [];
  const rels = new Set(chain.map((p) => p.rel));
  chain.forEach((pack, i) => {
    const link = checked.get(pack.rel)?.meta?.previous;
    if (link === void 0) return;
    const before = chain[i - 1];
    const path = join2(show, pack.rel);
    if (!before) {
      if (link)
        problems.push({
          path,
          code: "chain_missing",
          message: `links to previous pack ${link.path}, which is missing (deleted?)`
        });
      return;
    }
    if (!link) {
      problems.push({ path, code: "chain_broken", message: `starts a new chain, but ${before.rel} comes before it` });
    } else if (link.path !== before.rel) {
      problems.push(
        rels.has(link.path) ? {
          path,
          code: "chain_order",
          message: `links to ${link.path}, but the pack before it is ${before.rel} (packs reordered or inserted)`
        } : {
          path,
          code: "chain_missing",
          message: `links to previous pack ${link.path}, which is missing (deleted?); the pack before it now is ${before.rel}`
        }
      );
    } else if (link.digest !== checked.get(before.rel)?.digest) {
      problems.push({
        path,
        code: "chain_mismatch",
        message: `records digest ${link.digest} for ${before.rel}, but that pack's SHA256SUMS now hashes to ${checked.get(before.rel)?.digest ?? "(missing)"}`
      });
    }
  });
  return problems;
}

// src/cli/commands/evidence-command.ts
async function evidenceCommand(o) {
  if (o.options.help) {
    o.io.out(
      "usage: oda evidence verify <dir>       check every pack under <dir>: files against SHA256SUMS, chains per topic\n       oda evidence [dir]              run the checks on <dir> and write packs to <dir>/docs/evidence/<UTC stamp>/<check>/\n"
    );
    return 0;
  }
  if (o.args[0] === "verify") {
    const target = o.args[1];
    if (target === void 0) {
      o.io.err("usage: oda evidence verify <dir>\n");
      return 2;
    }
    const dir2 = resolve3(o.io.cwd, target);
    const store = await recordsFor(dir2, o);
    const result = await verifyEvidence(dir2, store.records ? { records: store.records } : {});
    if (o.options.format === "json")
      o.io.out(
        JSON.stringify({ ...result, store: result.store ?? { available: false, reason: store.reason } }, null, 2) + "\n"
      );
    else if (result.problems.length === 0)
      o.io.out(
        `OK: ${result.packs} pack(s) verified under ${target}${result.store ? `; ${storeLine(result.store)}` : ""}
`
      );
    else
      for (const p of result.problems)
        o.io.out(`FAIL ${(isAbsolute(p.path) ? relative(dir2, p.path) : p.path) || target}: ${p.message}
`);
    if (!store.records)
      o.io.err(
        `oda: no run store to compare with (${store.reason}): the packs were checked against their own SHA256SUMS and chains only, which cannot show the newest pack deleted or packs edited and resealed; give the store the runs used (--data-dir or DATABASE_URL)
`
      );
    return result.problems.length === 0 ? 0 : 1;
  }
  if (o.args.length > 1 || o.args.some((a) => a.startsWith("-"))) {
    o.io.err(
      `oda: unexpected arguments for oda evidence: ${o.args.join(" ")}
usage: oda evidence [dir] | oda evidence verify <dir>
`
    );
    return 2;
  }
  const dir = resolve3(o.io.cwd, o.args[0] ?? ".");
  return checkCommand({ ...o, args: [dir], evidenceRoot: join3(dir, "docs", "evidence") });
}
async function recordsFor(dir, o) {
  const { SQLITE_FILE } = await import("./chunk-2FJQKMA2.js");
  const file = join3(o.dataDir, SQLITE_FILE);
  if (!o.io.env["DATABASE_URL"] && !existsSync(file))
    return { reason: `${file} does not exist and DATABASE_URL is not set` };
  let store;
  try {
    store = await o.openStore();
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { records: await store.listEvidence(dir) };
  } finally {
    await store.close();
  }
}
function storeLine(s) {
  const elsewhere = s.unrecorded > 0 ? `; ${s.unrecorded} not recorded in it (written with another store?)` : "";
  return `${s.recorded} recorded by the run store match it${elsewhere}`;
}
export {
  evidenceCommand
};
