import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  affectedAddons
} from "./chunk-INFI3K7Q.js";
import {
  MANIFEST_NAMES,
  OCA_DEPENDENCIES_FILE,
  REQUIREMENT_FILES,
  addonsCatalogSchema,
  loadAddonsWorkspace,
  parseJsonWithPositions,
  safeStat
} from "./chunk-XRRY7VJR.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import {
  countOf
} from "./chunk-5EMOXPVE.js";
import {
  conclusionFor,
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/manifest-affected/run.ts
import { resolve as resolve2 } from "node:path";

// src/odoo/layout/changes-outside-addons.ts
var ADDON_PARTS = [
  "models",
  "views",
  "security",
  "data",
  "wizard",
  "wizards",
  "controllers",
  "report",
  "i18n",
  "static/description"
];
function changesOutsideAddons(args) {
  const inAddon = (f) => args.addonDirs.some((d) => f === d || f.startsWith(d + "/"));
  const out = [];
  const verdicts = /* @__PURE__ */ new Map();
  for (const file of args.changedFiles) {
    if (inAddon(file)) continue;
    const parts = file.split("/");
    for (let n = parts.length - 1; n >= 1; n--) {
      const folder = parts.slice(0, n).join("/");
      if (!verdicts.has(folder)) verdicts.set(folder, looksLikeAddon(folder, file, args));
      const evidence = verdicts.get(folder);
      if (evidence !== void 0) {
        out.push({ file, folder, evidence });
        break;
      }
    }
  }
  return out;
}
function looksLikeAddon(folder, file, tree) {
  for (const name of ["__manifest__.py", "__openerp__.py"])
    if (file === `${folder}/${name}` || tree.exists(`${folder}/${name}`)) return `it has ${name}`;
  if (!tree.exists(`${folder}/__init__.py`)) return void 0;
  const part = ADDON_PARTS.find((p) => tree.isFolder(`${folder}/${p}`));
  return part === void 0 ? void 0 : `it has __init__.py and ${part}/`;
}

// src/ops/manifest-affected/steps/base-addon-dirs.ts
import { basename, dirname } from "node:path/posix";
async function baseAddonDirs(args) {
  const r = await args.ctx.exec("git", ["-C", args.root, "ls-tree", "-r", "--name-only", "-z", args.ref], {
    timeoutMs: 6e4,
    maxBuffer: 256 * 1024 * 1024
  });
  const dirs = /* @__PURE__ */ new Map();
  if (r.exitCode !== 0) return dirs;
  for (const p of r.stdout.split("\0"))
    if (MANIFEST_NAMES.includes(basename(p)) && p.includes("/"))
      dirs.set(dirname(p), basename(dirname(p)));
  return dirs;
}

// src/ops/manifest-affected/steps/head-tree.ts
import { mkdtempSync, rmSync as rmSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { basename as basename2, join as join2, resolve } from "node:path";

// src/odoo/layout/materialize-git-tree.ts
import { mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join } from "node:path";

// src/odoo/layout/read-tar-files.ts
var BLOCK = 512;
function readTarFiles(archive) {
  const files = [];
  let offset = 0;
  let longPath;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const body = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      longPath = paxPath(body) ?? longPath;
      continue;
    }
    if (type === "g") continue;
    const prefix = field(header, 345, 155);
    const name = longPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longPath = void 0;
    if (type === "0" || type === "\0") files.push({ path: name, bytes: Buffer.from(body) });
  }
  return files;
}
function field(header, start, length) {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString("utf8");
}
function paxPath(body) {
  let i = 0;
  let path;
  while (i < body.length) {
    const space = body.indexOf(32, i);
    if (space < 0) break;
    const length = parseInt(body.subarray(i, space).toString("ascii"), 10);
    if (!(length > 0)) break;
    const record = body.subarray(space + 1, i + length - 1).toString("utf8");
    if (record.startsWith("path=")) path = record.slice("path=".length);
    i += length;
  }
  return path;
}

// src/odoo/layout/materialize-git-tree.ts
var MAX_LISTING_BYTES = 256 * 1024 * 1024;
var ARCHIVE_SLICE = 1e3;
async function materializeGitTree(args) {
  const { root, ref, into } = args;
  const listing = await args.exec("git", ["--literal-pathspecs", "-C", root, "ls-tree", "-r", "-l", "-z", ref], {
    timeoutMs: 6e4,
    maxBuffer: MAX_LISTING_BYTES
  });
  if (listing.exitCode !== 0) return { ok: false, error: listing.stderr.trim().split("\n")[0] ?? "" };
  if (listing.stdout.length >= MAX_LISTING_BYTES) return { ok: false, error: `the tree of ${ref} is too large to list` };
  const paths = /* @__PURE__ */ new Set();
  const small = [];
  for (const entry of listing.stdout.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const [mode, type, , size] = entry.slice(0, tab).split(/\s+/);
    const path = entry.slice(tab + 1);
    paths.add(path);
    if (type !== "blob" || mode !== "100644" && mode !== "100755" || !args.wanted(path) || !isPlainPath(path))
      continue;
    const bytes = Number(size);
    if (bytes > args.maxFileBytes) {
      mkdirSync(dirname2(join(into, path)), { recursive: true });
      writeFileSync(join(into, path), "");
      truncateSync(join(into, path), bytes);
    } else small.push(path);
  }
  for (let i = 0; i < small.length; i += ARCHIVE_SLICE) {
    const tar = join(into, ".oda-tree.tar");
    const archive = await args.exec(
      "git",
      [
        "--literal-pathspecs",
        "-C",
        root,
        "archive",
        "--format=tar",
        "-o",
        tar,
        ref,
        "--",
        ...small.slice(i, i + ARCHIVE_SLICE)
      ],
      { timeoutMs: 12e4 }
    );
    if (archive.exitCode !== 0) return { ok: false, error: archive.stderr.trim().split("\n")[0] ?? "" };
    for (const file of readTarFiles(readFileSync(tar))) {
      if (!isPlainPath(file.path)) continue;
      mkdirSync(dirname2(join(into, file.path)), { recursive: true });
      writeFileSync(join(into, file.path), file.bytes);
    }
    rmSync(tar);
  }
  return { ok: true, paths };
}
function isPlainPath(path) {
  return path !== "" && !path.startsWith("/") && path.split("/").every((p) => p !== "" && p !== "." && p !== "..");
}

// src/ops/manifest-affected/steps/head-tree.ts
async function readHeadTree(args) {
  if (args.head === "") {
    return {
      ok: true,
      tree: {
        root: args.root,
        exists: (p) => safeStat(resolve(args.root, p)).kind === "file",
        isFolder: (p) => safeStat(resolve(args.root, p)).kind === "dir",
        dispose: () => {
        }
      }
    };
  }
  const into = mkdtempSync(join2(tmpdir(), "oda-affected-"));
  const wanted = /* @__PURE__ */ new Set([...args.layoutFiles, ...REQUIREMENT_FILES, OCA_DEPENDENCIES_FILE]);
  const names = new Set(MANIFEST_NAMES);
  const written = await materializeGitTree({
    root: args.root,
    ref: args.head,
    into,
    wanted: (p) => wanted.has(p) || names.has(basename2(p)),
    maxFileBytes: args.maxManifestBytes,
    exec: args.ctx.exec
  });
  if (!written.ok) {
    rmSync2(into, { recursive: true, force: true });
    return written;
  }
  const folders = /* @__PURE__ */ new Set();
  for (const p of written.paths)
    for (let i = p.indexOf("/"); i > 0; i = p.indexOf("/", i + 1)) folders.add(p.slice(0, i));
  return {
    ok: true,
    tree: {
      root: into,
      exists: (p) => written.paths.has(p),
      isFolder: (p) => folders.has(p),
      dispose: () => rmSync2(into, { recursive: true, force: true })
    }
  };
}

// src/ops/manifest-affected/steps/check-refs.ts
var ManifestRefError = class extends Error {
  name = "ManifestRefError";
  usage = true;
};
async function checkRefs(o) {
  for (const [option, ref] of Object.entries(o.refs)) {
    if (ref === "") continue;
    const r = await o.ctx.exec(
      "git",
      ["-C", o.root, "rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
      { timeoutMs: 3e4 }
    );
    if (r.exitCode === 1 || r.exitCode !== 0 && /unknown revision|bad revision|Needed a single/.test(r.stderr))
      throw new ManifestRefError(
        `--${option} ${JSON.stringify(ref)} names no commit in ${o.root}: check the name, or fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin <branch>)`
      );
  }
}

// src/ops/manifest-affected/run.ts
async function runManifestAffected(ctx, input) {
  const cfg = ctx.config.manifest;
  const root = resolve2(ctx.cwd, input.dir);
  await ctx.step("refs", () => checkRefs({ ctx, root, refs: { base: input.base, head: input.head } }));
  const range = input.head === "" ? [input.base] : [`${input.base}...${input.head}`];
  const diff = await ctx.step("git diff", async (s) => {
    const r = await ctx.exec(
      "git",
      ["-C", root, "diff", "--name-only", "--no-renames", "--relative", "-z", ...range, "--"],
      { timeoutMs: 6e4 }
    );
    s.note(`${r.command} -> exit ${r.exitCode}`);
    return r;
  });
  if (diff.exitCode !== 0) return gitFailed(ctx, input, `git diff ${range[0]}`, diff.stderr);
  const changedFiles = diff.stdout.split("\0").filter(Boolean);
  const head = await ctx.step(
    "head tree",
    async () => readHeadTree({
      ctx,
      root,
      head: input.head,
      layoutFiles: [cfg.reposFile, cfg.mountsFile],
      maxManifestBytes: cfg.maxManifestBytes
    })
  );
  if (!head.ok) return gitFailed(ctx, input, `git ls-tree ${input.head}`, head.error);
  try {
    const ws = await ctx.step(
      "scan",
      async () => loadAddonsWorkspace({
        root: head.tree.root,
        series: cfg.series,
        reposFile: cfg.reposFile,
        mountsFile: cfg.mountsFile,
        addonsPaths: cfg.addonsPaths,
        odooSourcePath: cfg.odooSourcePath,
        maxManifestBytes: cfg.maxManifestBytes
      })
    );
    const atBase = await ctx.step("base addons", async () => {
      const mergeBase = input.head === "" ? input.base : await firstLine(ctx, root, ["merge-base", input.base, input.head]);
      return mergeBase ? baseAddonDirs({ ctx, root, ref: mergeBase }) : /* @__PURE__ */ new Map();
    });
    const headDirs = new Set(ws.discovered.map((d) => d.dir));
    const removed = [...atBase.entries()].filter(
      ([dir]) => !headDirs.has(dir) && changedFiles.some((f) => f.startsWith(dir + "/"))
    );
    const newlyListed = changedFiles.includes(cfg.reposFile) ? await ctx.step("catalog at base", async () => {
      const before = await ctx.exec("git", ["-C", root, "show", `${input.base}:./${cfg.reposFile}`], {
        timeoutMs: 3e4
      });
      return [...ws.listed.keys()].filter((m) => !listedModules(before.exitCode === 0 ? before.stdout : "").has(m));
    }) : [];
    const { affected, notInstallable } = affectedAddons({
      graph: ws.graph,
      changedFiles,
      addonDirs: ws.discovered.map((d) => ({ name: d.name, dir: d.dir })),
      scope: new Set(ws.selected.map((a) => a.name)),
      newlyListed,
      removed: removed.map(([, name]) => name)
    });
    const findings = outsideFindings({
      changedFiles,
      addonDirs: [...headDirs, ...removed.map(([dir]) => dir)],
      tree: head.tree,
      severity: cfg.severities["manifest/change-outside-addon"]
    }).map((f) => ({ ...f, message: ctx.redact.redact(f.message) }));
    const lines = affected.map(
      (a, i) => `${i + 1}. \`${a.addon}\` ${a.reason === "changed" ? `(changed: ${countOf(a.files, "file")})` : a.reason === "listed" ? "(newly listed in the catalog)" : `(depends on ${a.via.join(", ")})`}`
    );
    const changed = affected.filter((a) => a.reason !== "dependent").length;
    const notes = [
      ...notInstallable.length > 0 ? [`Left out, not installable: ${notInstallable.map((n) => `\`${n}\``).join(", ")}.`] : [],
      ...removed.length > 0 ? [`Removed: ${removed.map(([, n]) => `\`${n}\``).join(", ")}.`] : [],
      ...findings.length > 0 ? [
        `${countOf(findings.length, "changed file")} under folders that look like addons but are none oda found: ${[...new Set(findings.map((f) => `\`${f.properties?.["folder"]}\``))].join(", ")}.`
      ] : []
    ];
    return makeReport({
      conclusion: conclusionFor(findings),
      title: `manifest affected: ${countOf(affected.length, "addon")} (${changed} changed, ${countOf(affected.length - changed, "dependent")})${findings.length > 0 ? `; ${countOf(findings.length, "change")} outside any addon` : ""}`,
      summary: [
        `${countOf(changedFiles.length, "file")} changed between \`${input.base}\` and \`${input.head || "the working tree"}\`; addons read from ${input.head ? `the tree of \`${input.head}\`` : "the working tree"} (addons paths ${ws.addonsPaths.from}: ${ws.addonsPaths.paths.map((p) => `\`${p}\``).join(", ")}).`,
        "",
        ...lines.length > 0 ? lines : ["No addon is affected."],
        ...notes.length > 0 ? ["", ...notes] : []
      ].join("\n"),
      findings,
      data: affected
    });
  } finally {
    head.tree.dispose();
  }
}
function outsideFindings(args) {
  const severity = args.severity;
  if (severity === "off") return [];
  return changesOutsideAddons({ ...args.tree, changedFiles: args.changedFiles, addonDirs: args.addonDirs }).map(
    (c) => ({
      path: c.file,
      line: 1,
      level: severity ?? "failure",
      ruleId: "manifest/change-outside-addon",
      message: `${c.file} changed, and ${c.folder} looks like an addon (${c.evidence}), but no addons path holds it, so no addon is tested for this change: add its parent folder to manifest.addonsPaths, or give it a __manifest__.py`,
      properties: { folder: c.folder }
    })
  );
}
async function firstLine(ctx, root, args) {
  const r = await ctx.exec("git", ["-C", root, ...args], { timeoutMs: 3e4 });
  return r.exitCode === 0 ? r.stdout.trim().split("\n")[0] : void 0;
}
function gitFailed(ctx, input, what, stderr) {
  const why = stderr.trim().split("\n")[0] ?? "";
  return makeReport({
    conclusion: "failure",
    title: `manifest affected: ${what} failed`,
    summary: `\`${what}\` in ${input.dir} failed: ${ctx.redact.redact(why)}

Check that ${input.dir} is inside a git checkout and that both refs exist (fetch the base branch first).`,
    data: []
  });
}
function listedModules(text) {
  try {
    const parsed = addonsCatalogSchema.safeParse(parseJsonWithPositions(text).value);
    return new Set(parsed.success ? parsed.data.repos.flatMap((r) => r.modules) : []);
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
export {
  runManifestAffected
};
