import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  MANIFEST_NAMES,
  dictEntry,
  dictString,
  loadAddonsWorkspace,
  looksLikeCoreAddon,
  realRoot,
  resolveInside,
  safeStat,
  stringItems
} from "./chunk-XRRY7VJR.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import {
  countOf,
  toPosixRelative
} from "./chunk-5EMOXPVE.js";
import {
  conclusionFor,
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/manifest-verify/run.ts
import { resolve as resolve4 } from "node:path";

// src/odoo/manifest/known-external-dependencies.ts
function knownExternalDependencies(ws) {
  const byName = /* @__PURE__ */ new Map();
  for (const addon of ws.selected) {
    if (!addon.installable) continue;
    for (const dep of stringItems(dictEntry(addon.manifest, "depends")?.value) ?? []) {
      const name = dep.value;
      if (ws.parsed.has(name) || ws.listed.has(name) || ws.core.names.has(name)) continue;
      const known = byName.get(name);
      if (known) {
        if (!known.usedBy.includes(addon.name)) known.usedBy.push(addon.name);
        continue;
      }
      const req = ws.external.required.get(name);
      byName.set(name, { name, usedBy: [addon.name], declaredIn: req ? `${req.file}:${req.line}` : void 0 });
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

// src/odoo/manifest/render-verify-summary.ts
var PATHS_FROM = {
  mounts: "from the mounts file",
  config: "from manifest.addonsPaths",
  detected: "detected"
};
function renderVerifySummary(args) {
  const paths = args.addonsPaths.paths.map((p) => `\`${p}\``).join(", ");
  const lines = [
    `Checked ${countOf(args.checked, "addon")}${args.notInstallable > 0 ? ` (${args.notInstallable} not installable)` : ""} against Odoo ${args.series.series} (${describeSeries(args.series)}).`,
    "",
    `- addons paths (${PATHS_FROM[args.addonsPaths.from]}): ${paths || "none"}`,
    `- ${countOf(args.repos, "listed repo")}; core addons from ${args.coreOrigin === "source" ? "the Odoo source tree" : args.coreOrigin === "shipped" ? "oda's shipped list" : `no list for ${args.series.series}`}`
  ];
  if (args.external.length > 0) {
    const declared = args.external.filter((e) => e.declaredIn !== void 0);
    lines.push(
      `- ${countOf(args.external.length, "dependency", "dependencies")} from other repositories${declared.length > 0 ? ` (${declared.length} declared as requirements)` : ""}: ${args.external.map((e) => `\`${e.name}\`${e.declaredIn ? ` (${e.declaredIn})` : ""}`).join(", ")}`
    );
  }
  if (args.findings.length === 0) return lines.concat("", "No findings.").join("\n");
  const byRule = /* @__PURE__ */ new Map();
  for (const f of args.findings) {
    const r = byRule.get(f.ruleId);
    if (r) {
      r.count++;
      r.levels.add(f.level);
    } else byRule.set(f.ruleId, { levels: /* @__PURE__ */ new Set([f.level]), count: 1, first: f });
  }
  lines.push("", "| rule | level | count | first |", "|---|---|---|---|");
  for (const [rule, r] of [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const levels = ["failure", "warning", "notice"].filter((l) => r.levels.has(l)).join(", ");
    lines.push(`| \`${rule}\` | ${levels} | ${r.count} | \`${r.first.path}:${r.first.line}\` |`);
  }
  return lines.join("\n");
}
function describeSeries(s) {
  if (s.from === "config") return "set by manifest.series";
  if (s.from === "default") return `assumed: ${s.detail}`;
  return `series from the ${s.from}: ${s.detail}`;
}

// src/odoo/layout/check-layout.ts
import { join, resolve } from "node:path";
function checkLayout(args) {
  const { root, layout, series, reposFile, mountsFile } = args;
  const findings = [];
  const add = (f) => {
    findings.push({ level: "failure", ...f });
  };
  const firstListing = /* @__PURE__ */ new Map();
  for (const repo of layout.repos) {
    const where = { path: reposFile, line: repo.line, column: repo.column };
    if (repo.branch !== series && /^\d+\.\d+$/.test(repo.branch)) {
      add({
        ...where,
        ruleId: "manifest/repo-series",
        message: `repo ${repo.name} is listed at branch ${repo.branch}, but the target series is ${series}: use branch ${series} or change manifest.series`
      });
    }
    const kind = safeStat(resolve(root, repo.path)).kind;
    if (kind !== "dir") {
      add({
        ...where,
        ruleId: "manifest/repo-missing",
        message: `repo ${repo.name}@${repo.branch} is listed but ${repo.path} ${kind === "loop" ? "is a symlink loop" : "does not exist"}: clone ${repo.url} (branch ${repo.branch}) there or set its "path"`
      });
      continue;
    }
    const actual = args.branches.get(repo.path);
    if (actual !== void 0 && actual !== repo.branch) {
      add({
        ...where,
        ruleId: "manifest/repo-branch",
        message: `repo ${repo.name} at ${repo.path} is checked out at ${actual}, but ${reposFile} expects branch ${repo.branch}`
      });
    }
    for (const m of repo.modules) {
      const at = { path: reposFile, line: m.line, column: m.column };
      const earlier = firstListing.get(m.name);
      if (earlier !== void 0 && earlier !== repo.name) {
        add({
          ...at,
          ruleId: "manifest/module-duplicate",
          message: `module ${m.name} is listed in both ${earlier} and ${repo.name}: Odoo loads whichever addons path comes first; keep one`
        });
      } else firstListing.set(m.name, repo.name);
      const dir = join(repo.path, m.name);
      const dirKind = safeStat(resolve(root, dir)).kind;
      if (dirKind !== "dir") {
        add({
          ...at,
          ruleId: "manifest/module-missing",
          message: `module ${m.name} (repo ${repo.name}@${repo.branch}) is listed but ${dir} ${dirKind === "loop" ? "is a symlink loop" : "does not exist"}: check the name or update the checkout`
        });
        continue;
      }
      const missing = [
        ...MANIFEST_NAMES.every((m2) => safeStat(resolve(root, dir, m2)).kind === "missing") ? ["__manifest__.py"] : [],
        ...safeStat(resolve(root, dir, "__init__.py")).kind === "missing" ? ["__init__.py"] : []
      ];
      for (const file of missing) {
        add({
          ...at,
          ruleId: "manifest/module-not-addon",
          message: `module ${m.name} (repo ${repo.name}@${repo.branch}): ${dir} has no ${file}, so it is not an Odoo addon`
        });
      }
    }
  }
  if (layout.mounts) {
    const mounted = /* @__PURE__ */ new Set();
    for (const m of layout.mounts) {
      const rel = toPosixRelative(root, resolve(root, m.path));
      mounted.add(rel);
      const kind = safeStat(resolve(root, m.path)).kind;
      if (kind !== "dir")
        add({
          path: mountsFile,
          line: m.line,
          column: m.column,
          ruleId: "manifest/mount-missing",
          message: `mount ${m.path} ${kind === "loop" ? "is a symlink loop" : kind === "missing" ? "does not exist" : "is not a folder"}: Odoo's addons path would be broken`
        });
      if (m.repo !== void 0 && !layout.repos.some((r) => r.name === m.repo)) {
        add({
          path: mountsFile,
          line: m.line,
          column: m.column,
          level: "warning",
          ruleId: "manifest/mount-unknown-repo",
          message: `mount ${m.path} names repo ${m.repo}, which is not listed in ${reposFile}`
        });
      }
    }
    for (const repo of layout.repos) {
      if (!mounted.has(repo.path)) {
        add({
          path: reposFile,
          line: repo.line,
          column: repo.column,
          level: "warning",
          ruleId: "manifest/repo-not-mounted",
          message: `repo ${repo.name} (${repo.path}) is listed but not mounted in ${mountsFile}: Odoo will not find its modules`
        });
      }
    }
  }
  return findings;
}

// src/odoo/graph/find-cycles.ts
function findCycles(g) {
  let index = 0;
  const idx = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const components = [];
  for (const root of [...g.out.keys()].sort()) {
    if (idx.has(root)) continue;
    const work = [{ n: root, i: 0 }];
    idx.set(root, index);
    low.set(root, index++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (!top) break;
      const edges = g.out.get(top.n) ?? [];
      if (top.i < edges.length) {
        const to = edges[top.i++]?.to ?? "";
        if (!idx.has(to)) {
          idx.set(to, index);
          low.set(to, index++);
          stack.push(to);
          onStack.add(to);
          work.push({ n: to, i: 0 });
        } else if (onStack.has(to)) low.set(top.n, Math.min(low.get(top.n) ?? 0, idx.get(to) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.n, Math.min(low.get(parent.n) ?? 0, low.get(top.n) ?? 0));
      if (low.get(top.n) === idx.get(top.n)) {
        const comp = [];
        for (let w = stack.pop(); w !== void 0; w = stack.pop()) {
          onStack.delete(w);
          comp.push(w);
          if (w === top.n) break;
        }
        const selfLoop = comp.length === 1 && (g.out.get(top.n) ?? []).some((e) => e.to === top.n);
        if (comp.length > 1 || selfLoop) components.push(comp);
      }
    }
  }
  return components.map((c) => loopThrough(g, new Set(c))).sort((a, b) => (a[0]?.from ?? "").localeCompare(b[0]?.from ?? ""));
}
function loopThrough(g, comp) {
  const start = [...comp].sort()[0] ?? "";
  const via = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i] ?? "";
    for (const e of g.out.get(n) ?? []) {
      if (!comp.has(e.to)) continue;
      if (e.to === start) {
        const path = [e];
        for (let cur = n; cur !== start; ) {
          const edge = via.get(cur);
          if (!edge) break;
          path.unshift(edge);
          cur = edge.from;
        }
        return path;
      }
      if (!via.has(e.to)) {
        via.set(e.to, e);
        queue.push(e.to);
      }
    }
  }
  return [];
}

// src/odoo/manifest/addon-under-check.ts
function describeAddon(a) {
  if (a.repo) return `module ${a.name} (repo ${a.repo.name}@${a.repo.branch})`;
  return a.dir === a.name ? `module ${a.name}` : `module ${a.name} (${a.dir})`;
}

// src/odoo/manifest/license-compatibility.ts
var odooLicenses = [
  "GPL-2",
  "GPL-2 or any later version",
  "GPL-3",
  "GPL-3 or any later version",
  "AGPL-3",
  "LGPL-3",
  "Other OSI approved licence",
  "OEEL-1",
  "OPL-1",
  "Other proprietary"
];
var FAMILY = {
  "AGPL-3": "agpl",
  "GPL-3": "gpl3",
  "GPL-3 or any later version": "gpl3",
  // "or later" lets the work be taken under GPL-3, so it combines like GPL-3.
  "GPL-2 or any later version": "gpl3",
  "GPL-2": "gpl2only",
  "LGPL-3": "lgpl",
  "Other OSI approved licence": "permissive",
  "OEEL-1": "proprietary",
  "OPL-1": "proprietary",
  "Other proprietary": "proprietary"
};
var MAY_DEPEND_ON = {
  agpl: ["agpl", "gpl3", "lgpl", "permissive"],
  gpl3: ["agpl", "gpl3", "lgpl", "permissive"],
  gpl2only: ["gpl2only", "permissive"],
  lgpl: ["lgpl", "permissive"],
  permissive: ["lgpl", "permissive"],
  proprietary: ["lgpl", "permissive", "proprietary"]
};
function licenseConflict(dependent, dependency) {
  const a = FAMILY[dependent];
  const b = FAMILY[dependency];
  if (a === void 0 || b === void 0 || MAY_DEPEND_ON[a].includes(b)) return void 0;
  if (b === "proprietary") return `a ${dependent} module may not depend on proprietary code (${dependency})`;
  if (a === "proprietary") return `proprietary code may not build on copyleft ${dependency} code`;
  if (a === "gpl2only" || b === "gpl2only")
    return `GPL-2-only and ${a === "gpl2only" ? dependency : dependent} are incompatible`;
  return `${dependent} is weaker than the ${dependency} it builds on; the combined work must be ${dependency}`;
}

// src/odoo/manifest/check-dependencies.ts
var MATURE = /* @__PURE__ */ new Set(["Production/Stable", "Mature"]);
var EARLY = /* @__PURE__ */ new Set(["Alpha", "Beta"]);
var DEFAULT_LICENSE = "LGPL-3";
function checkDependencies(args) {
  const findings = [];
  for (const addon of args.selected) {
    if (!addon.installable) continue;
    const who = describeAddon(addon);
    const license = dictString(addon.manifest, "license") ?? DEFAULT_LICENSE;
    const status = dictString(addon.manifest, "development_status");
    for (const dep of stringItems(dictEntry(addon.manifest, "depends")?.value) ?? []) {
      const add = (ruleId, message, level = "failure") => {
        findings.push({
          path: addon.manifestPath,
          line: dep.line,
          column: dep.column,
          level,
          ruleId,
          message,
          properties: { addon: addon.name, dependency: dep.value }
        });
      };
      const target = args.onDisk.get(dep.value);
      const listing = args.listed.get(dep.value);
      const isCore = args.core.names.has(dep.value);
      if (!listing && !target && !isCore) {
        if (args.external.required.has(dep.value)) continue;
        const unresolved = unresolvedDependency({ ...args, who, dependency: dep.value });
        if (unresolved) add("manifest/depends-unresolved", unresolved.message, unresolved.level);
        continue;
      }
      if (target && !listing && target.repo && !isCore) {
        add(
          "manifest/depends-unlisted",
          `${who} depends on ${dep.value}, which is in ${target.repo.name} (${target.dir}) but not in its modules: add "${dep.value}" to the modules of ${target.repo.name} in ${args.reposFile}`,
          "warning"
        );
      }
      if (!target) {
        const conflict2 = licenseConflict(license, DEFAULT_LICENSE);
        if (isCore && conflict2)
          add(
            "manifest/license-compat",
            `${who} (${license}) depends on Odoo core addon ${dep.value} (${DEFAULT_LICENSE}): ${conflict2}`
          );
        continue;
      }
      if (!target.installable) {
        add(
          "manifest/depends-not-installable",
          `${who} depends on ${describeAddon(target)}, which is not installable ("installable": False): Odoo will refuse to install ${addon.name}`
        );
      }
      const targetLicense = dictString(target.manifest, "license") ?? DEFAULT_LICENSE;
      const conflict = licenseConflict(license, targetLicense);
      if (conflict)
        add(
          "manifest/license-compat",
          `${who} (${license}) depends on ${describeAddon(target)} (${targetLicense}): ${conflict}`
        );
      const targetStatus = dictString(target.manifest, "development_status");
      if (status !== void 0 && targetStatus !== void 0 && MATURE.has(status) && EARLY.has(targetStatus)) {
        add(
          "manifest/development-status-order",
          `${who} is ${status} but depends on ${describeAddon(target)}, which is only ${targetStatus}: lower ${addon.name}'s development_status or stabilise ${dep.value}`
        );
      }
    }
  }
  const selected = new Set(args.selected.filter((a) => a.installable).map((a) => a.name));
  for (const cycle of findCycles(args.graph)) {
    if (!cycle.some((e) => selected.has(e.from))) continue;
    const first = cycle.find((e) => selected.has(e.from)) ?? cycle[0];
    if (!first) continue;
    const names = [...cycle.map((e) => e.from), cycle[0]?.from ?? ""];
    findings.push({
      path: first.evidence.file,
      line: first.evidence.line,
      column: first.evidence.column,
      level: "failure",
      ruleId: "manifest/depends-cycle",
      message: `dependency cycle: ${names.join(" -> ")}; Odoo cannot install any of these addons: remove one of the dependencies`,
      properties: { cycle: names }
    });
  }
  return findings;
}
function unresolvedDependency(args) {
  const { who, dependency } = args;
  if (looksLikeCoreAddon(dependency) && args.core.origin !== "source")
    return {
      level: "warning",
      message: `${who} depends on ${dependency}, which is not in the shipped core list nor on disk; if it is an Odoo core addon, set manifest.odooSourcePath to an Odoo checkout so oda can confirm it`
    };
  if (args.hasCatalog)
    return {
      level: "failure",
      message: `${who} depends on ${dependency}, which is in no listed repo: add OCA/<repo> to ${args.reposFile} or remove the dependency`
    };
  const repos = args.external.ocaRepos.map((r) => r.name);
  if (repos.length > 0)
    return {
      level: "notice",
      message: `${who} depends on ${dependency}, which is not in this repository nor an Odoo ${args.series} core addon: expected from ${repos.length === 1 ? "the repository" : "one of the repositories"} oca_dependencies.txt names (${repos.join(", ")})`
    };
  return {
    level: "warning",
    message: `${who} depends on ${dependency}, which is not in this repository nor an Odoo ${args.series} core addon, and nothing says where it comes from: add odoo-addon-${dependency} to test-requirements.txt (or its repository to oca_dependencies.txt), or check the name`
  };
}

// src/odoo/manifest/check-manifest-content.ts
import { resolve as resolve2, sep } from "node:path";
var developmentStatuses = ["Alpha", "Beta", "Production/Stable", "Mature"];
var EXPECTED_TYPES = {
  name: { kinds: ["str"], text: "a string" },
  version: { kinds: ["str"], text: 'a string such as "17.0.1.0.0"' },
  license: { kinds: ["str"], text: "a string" },
  author: { kinds: ["str"], text: "a string" },
  summary: { kinds: ["str"], text: "a string" },
  depends: { kinds: ["list", "tuple"], text: "a list of addon names" },
  data: { kinds: ["list", "tuple"], text: "a list of file paths" },
  demo: { kinds: ["list", "tuple"], text: "a list of file paths" },
  installable: { kinds: ["bool"], text: "True or False" },
  application: { kinds: ["bool"], text: "True or False" },
  auto_install: { kinds: ["bool", "list", "tuple"], text: "True, False or a list of dependencies" },
  external_dependencies: { kinds: ["dict"], text: 'a dict such as {"python": ["requests"]}' },
  development_status: { kinds: ["str"], text: "a string" }
};
function checkManifestContent(args) {
  const { addon, series } = args;
  const m = addon.manifest;
  const who = describeAddon(addon);
  const findings = [];
  const at = (v) => ({
    path: addon.manifestPath,
    line: v.line,
    column: v.column
  });
  const add = (pos, ruleId, message, level = "failure") => {
    findings.push({ ...at(pos), level, ruleId, message });
  };
  for (const key of args.requiredKeys) {
    if (!dictEntry(m, key)) add(m, "manifest/required-key", `${who}: the manifest has no "${key}" key`);
  }
  for (const [key, t] of Object.entries(EXPECTED_TYPES)) {
    const e = dictEntry(m, key);
    if (e && !t.kinds.includes(e.value.kind))
      add(e.value, "manifest/key-type", `${who}: "${key}" is a ${e.value.kind}; expected ${t.text}`);
    const items = e && (e.value.kind === "list" || e.value.kind === "tuple") ? e.value.items : [];
    for (const item of items)
      if (item.kind !== "str")
        add(item, "manifest/key-type", `${who}: "${key}" holds a ${item.kind}; expected strings only`);
  }
  const installable = addon.installable;
  const version = dictEntry(m, "version")?.value;
  if (version?.kind === "str") {
    const full = /^(\d+\.\d+)\.\d+\.\d+\.\d+$/.exec(version.value);
    if (full) {
      if (full[1] !== series && installable) {
        add(
          version,
          "manifest/version-series",
          `${who}: version ${version.value} is for series ${full[1]}, but the target is ${series}; Odoo 17+ aborts the database init for the whole addons path: migrate the addon (version ${series}.x.y.z) or set "installable": False`
        );
      } else if (full[1] !== series) {
        add(
          version,
          "manifest/not-migrated",
          `${who} is not migrated to ${series} yet (version ${version.value}, installable False)`,
          "notice"
        );
      }
    } else if (/^\d+\.\d+(\.\d+)?$/.test(version.value)) {
      add(
        version,
        "manifest/version-format",
        `${who}: version ${version.value} has no series prefix; Odoo reads it as ${series}.${version.value}: write "${series}.${version.value}${version.value.split(".").length === 2 ? ".0" : ""}" (x.y.z after the series)`,
        "warning"
      );
    } else {
      add(version, "manifest/version-format", `${who}: version "${version.value}" is not of the form ${series}.x.y.z`);
    }
  }
  const license = dictEntry(m, "license")?.value;
  if (license?.kind === "str") {
    if (!odooLicenses.includes(license.value)) {
      add(
        license,
        "manifest/license-unknown",
        `${who}: license "${license.value}" is not one Odoo knows; use one of ${odooLicenses.join(", ")}`
      );
    } else if (!args.allowedLicenses.includes(license.value)) {
      add(
        license,
        "manifest/license-not-allowed",
        `${who}: license ${license.value} is not allowed here (manifest.allowedLicenses: ${args.allowedLicenses.join(", ")})`
      );
    }
  }
  const status = dictEntry(m, "development_status")?.value;
  if (status?.kind === "str" && !developmentStatuses.includes(status.value)) {
    add(
      status,
      "manifest/development-status-value",
      `${who}: development_status "${status.value}" is not one of ${developmentStatuses.join(", ")}`,
      "warning"
    );
  }
  checkExternalDependencies(
    dictEntry(m, "external_dependencies")?.value,
    (pos, msg) => add(pos, "manifest/external-dependencies-shape", `${who}: ${msg}`)
  );
  if (!installable) return findings;
  const depends = new Set((stringItems(dictEntry(m, "depends")?.value) ?? []).map((d) => d.value));
  for (const item of stringItems(dictEntry(m, "auto_install")?.value) ?? []) {
    if (!depends.has(item.value))
      add(
        item,
        "manifest/auto-install-subset",
        `${who}: auto_install lists ${item.value}, which is not in depends; auto_install must be a subset of depends`
      );
  }
  const rootReal = realRoot(args.root);
  for (const key of ["data", "demo"]) {
    for (const item of stringItems(dictEntry(m, key)?.value) ?? []) {
      const abs = resolve2(args.root, addon.dir, item.value);
      if (!abs.startsWith(resolve2(args.root, addon.dir) + sep)) {
        add(
          item,
          "manifest/data-file-missing",
          `${who}: ${key} file ${item.value} is outside the addon folder ${addon.dir}; Odoo loads data files from the addon only`
        );
        continue;
      }
      const kind = safeStat(abs).kind;
      if (resolveInside(rootReal, abs).kind === "outside")
        add(
          item,
          "manifest/data-file-missing",
          `${who}: ${key} file ${item.value} is a link that leaves the repository; Odoo loads data files from the addon only`
        );
      else if (kind !== "file")
        add(
          item,
          "manifest/data-file-missing",
          `${who}: ${key} file ${item.value} ${kind === "loop" ? "is a symlink loop" : kind === "dir" ? "is a folder" : "does not exist"} in ${addon.dir}`
        );
    }
  }
  return findings;
}
function checkExternalDependencies(v, report) {
  if (v?.kind !== "dict") return;
  for (const e of v.entries) {
    const key = e.key.kind === "str" ? e.key.value : void 0;
    if (key !== "python" && key !== "bin" && key !== "deb") {
      report(
        e.key,
        `external_dependencies has key ${key === void 0 ? `of type ${e.key.kind}` : `"${key}"`}; expected "python", "bin" (or "deb")`
      );
      continue;
    }
    if (e.value.kind !== "list" && e.value.kind !== "tuple") {
      report(
        e.value,
        `external_dependencies["${key}"] is a ${e.value.kind}; expected a list of ${key === "python" ? "Python package names" : "program names"}`
      );
      continue;
    }
    for (const item of e.value.items)
      if (item.kind !== "str" || item.value.trim() === "")
        report(
          item,
          `external_dependencies["${key}"] holds ${item.kind === "str" ? "an empty name" : `a ${item.kind}`}; expected names as strings`
        );
  }
}

// src/odoo/manifest/verify-addons.ts
function verifyAddons(ws, rules) {
  const findings = [
    ...ws.layout.findings,
    ...checkLayout({
      root: ws.root,
      layout: ws.layout,
      series: ws.series,
      reposFile: rules.reposFile,
      mountsFile: rules.mountsFile,
      branches: rules.branches
    }),
    ...ws.findings
  ];
  for (const addon of ws.selected) {
    findings.push(
      ...checkManifestContent({
        root: ws.root,
        addon,
        series: ws.series,
        allowedLicenses: rules.allowedLicenses,
        requiredKeys: rules.requiredKeys
      })
    );
  }
  findings.push(
    ...checkDependencies({
      selected: ws.selected,
      onDisk: ws.parsed,
      listed: ws.listed,
      external: ws.external,
      hasCatalog: ws.layout.catalog !== void 0,
      series: ws.series,
      core: ws.core,
      graph: ws.graph,
      reposFile: rules.reposFile
    })
  );
  return findings.flatMap((f) => {
    const level = rules.severities[f.ruleId];
    return level === "off" ? [] : [level ? { ...f, level } : f];
  }).sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId)
  );
}

// src/odoo/layout/read-checkout-branch.ts
async function readCheckoutBranch(args) {
  const r = await args.exec("git", ["-C", args.root, "symbolic-ref", "--quiet", "--short", "HEAD"], {
    timeoutMs: 1e4
  });
  const branch = r.exitCode === 0 ? r.stdout.trim() : "";
  return branch === "" ? void 0 : branch;
}

// src/odoo/layout/read-repo-branches.ts
import { resolve as resolve3 } from "node:path";
async function readRepoBranches(args) {
  const out = /* @__PURE__ */ new Map();
  for (const p of args.repoPaths) {
    if (safeStat(resolve3(args.root, p, ".git")).kind === "missing") continue;
    const r = await args.exec("git", ["-C", resolve3(args.root, p), "rev-parse", "--abbrev-ref", "HEAD"], {
      timeoutMs: 1e4
    });
    const branch = r.exitCode === 0 ? r.stdout.trim() : "";
    out.set(p, branch === "" || branch === "HEAD" ? void 0 : branch);
  }
  return out;
}

// src/ops/manifest-verify/run.ts
async function runManifestVerify(ctx, input) {
  const cfg = ctx.config.manifest;
  const root = resolve4(ctx.cwd, input.dir);
  const series = input.series ?? cfg.series;
  const branch = input.branch ?? (series === "auto" ? await readCheckoutBranch({ root, exec: ctx.exec }) : void 0);
  const ws = await ctx.step("scan", async (s) => {
    const w = loadAddonsWorkspace({
      root,
      series,
      branch,
      reposFile: cfg.reposFile,
      mountsFile: cfg.mountsFile,
      addonsPaths: cfg.addonsPaths,
      odooSourcePath: cfg.odooSourcePath,
      maxManifestBytes: cfg.maxManifestBytes
    });
    s.note(
      `series ${w.series} (from ${w.seriesFrom.from}): ${countOf(w.layout.repos.length, "repo")}, ${countOf(w.discovered.length, "addon")} on disk in ${w.addonsPaths.paths.join(", ")} (${w.addonsPaths.from}), ${w.selected.length} checked`
    );
    return w;
  });
  const branches = await ctx.step(
    "branches",
    async () => readRepoBranches({ root, repoPaths: ws.layout.repos.map((r) => r.path), exec: ctx.exec })
  );
  const findings = await ctx.step("verify", async (s) => {
    const f = verifyAddons(ws, {
      reposFile: cfg.reposFile,
      mountsFile: cfg.mountsFile,
      allowedLicenses: cfg.allowedLicenses,
      requiredKeys: cfg.requiredKeys,
      severities: cfg.severities,
      branches
    });
    s.note(countOf(f.length, "finding"));
    return f.map((x) => ({ ...x, message: ctx.redact.redact(x.message) }));
  });
  if (findings.length === 0 && ws.discovered.length === 0 && ws.layout.catalogMissing && ws.layout.mounts === void 0) {
    return makeReport({
      conclusion: "neutral",
      title: "manifest: no Odoo addons found",
      summary: `No \`${cfg.reposFile}\`, no \`${cfg.mountsFile}\` and no addon folder (a folder with \`__manifest__.py\`) in ${ws.addonsPaths.from === "detected" ? "the repository (looked in the root, `addons/` and every folder up to 4 levels deep)" : ws.addonsPaths.paths.map((p) => `\`${p}\``).join(", ")}: nothing to verify. Set \`manifest.addonsPaths\` in .github/oda.yml if the addons live elsewhere, or \`manifest.enabled: false\` to turn the check off.`,
      data: { schemaVersion: 1, series: ws.series, seriesFrom: ws.seriesFrom.from, checked: [] }
    });
  }
  const counts = { failure: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.level]++;
  const external = knownExternalDependencies(ws);
  const data = {
    schemaVersion: 1,
    series: ws.series,
    seriesFrom: ws.seriesFrom.from,
    addonsPaths: ws.addonsPaths.paths,
    addonsPathsFrom: ws.addonsPaths.from,
    coreAddons: ws.core.origin,
    repos: ws.layout.repos.map((r) => ({
      name: r.name,
      branch: r.branch,
      path: r.path,
      modules: r.modules.map((m) => m.name)
    })),
    checked: ws.selected.map((a) => a.name).sort(),
    addonsOnDisk: ws.discovered.length,
    external,
    counts
  };
  const what = `${countOf(ws.selected.length, "addon")} (series ${ws.series})`;
  const title = findings.length === 0 ? `manifest: ${what} verified` : `manifest: ${[
    counts.failure && countOf(counts.failure, "failure"),
    counts.warning && countOf(counts.warning, "warning"),
    counts.notice && countOf(counts.notice, "notice")
  ].filter(Boolean).join(", ")} in ${what}`;
  return makeReport({
    conclusion: conclusionFor(findings, input.failOn),
    title,
    summary: renderVerifySummary({
      findings,
      checked: ws.selected.length,
      notInstallable: ws.selected.filter((a) => !a.installable).length,
      series: ws.seriesFrom,
      addonsPaths: ws.addonsPaths,
      repos: ws.layout.repos.length,
      coreOrigin: ws.core.origin,
      external
    }),
    findings,
    data
  });
}
export {
  runManifestVerify
};
