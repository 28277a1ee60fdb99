import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  startApp
} from "./chunk-UC4NCY26.js";
import {
  require_ajv,
  require_dist
} from "./chunk-OIBAPXGB.js";
import {
  createLogger
} from "./chunk-NGDJFKZU.js";
import {
  Redactor
} from "./chunk-SQSYLVYG.js";
import {
  sign
} from "./chunk-WUGLCLR5.js";
import {
  runCommand
} from "./chunk-NSCG2XAA.js";
import {
  __toESM
} from "./chunk-LY7GTVVW.js";

// app/sandbox/sandbox-check-run.ts
function toSandboxCheckRun(run) {
  return {
    name: run.name,
    status: run.status,
    conclusion: run.conclusion,
    title: run.output.title,
    summary: run.output.summary,
    text: run.output.text,
    annotations: run.output.annotations.map((a) => ({
      path: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      level: a.annotation_level,
      title: typeof a["title"] === "string" ? a["title"] : null,
      message: a.message
    })),
    detailsUrl: run.detailsUrl
  };
}
function sandboxVerdict(runs) {
  return runs.every(
    (r) => r.status === "completed" && (r.conclusion === "success" || r.conclusion === "neutral" || r.conclusion === "skipped")
  ) ? 0 : 1;
}

// app/sandbox/start-sandbox.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { basename, resolve as resolve2 } from "node:path";

// src/sim/seed-repo.ts
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { existsSync as existsSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";

// src/sim/find-package-path.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findPackagePath(relative) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir)
      throw new Error(
        `${relative} not found above ${dirname(fileURLToPath(import.meta.url))}; is the oda package complete?`
      );
    dir = up;
  }
}

// src/sim/seed-repo.ts
var controlFiles = /* @__PURE__ */ new Set([".oda-delete"]);
var identity = {
  GIT_AUTHOR_NAME: "oda seed",
  GIT_AUTHOR_EMAIL: "seed@oda.invalid",
  GIT_COMMITTER_NAME: "oda seed",
  GIT_COMMITTER_EMAIL: "seed@oda.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null"
};
async function seedRepo(o = {}) {
  const base = resolve(o.base ?? findPackagePath("examples/odoo-shop"));
  const scenarios = resolve(o.scenarios ?? `${base}-scenarios`);
  if (!existsSync2(base)) throw new Error(`seedRepo: base folder ${base} does not exist`);
  const dir = o.dir ?? await mkdtemp(join2(tmpdir(), "oda-seed-"));
  let tick = 0;
  const git = async (args) => {
    const date = new Date(Date.UTC(2024, 0, 1) + tick * 6e4).toISOString();
    const r = await runCommand({
      file: "git",
      args: [
        "-C",
        dir,
        "-c",
        "commit.gpgsign=false",
        "-c",
        "core.hooksPath=/dev/null",
        "-c",
        "core.autocrlf=false",
        ...args
      ],
      env: { ...identity, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    });
    if (r.exitCode !== 0) throw new Error(`seedRepo: git ${args.join(" ")} failed in ${dir}: ${r.stderr.trim()}`);
    return r.stdout.trim();
  };
  await git(["init", "-q", "-b", "main"]);
  await copyTree(base, dir);
  await git(["add", "-A"]);
  await git(["commit", "-q", "--allow-empty", "-m", "Initial shop"]);
  const branches = { main: await git(["rev-parse", "HEAD"]) };
  const overlays = existsSync2(scenarios) ? (await readdir(scenarios, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const name of overlays.filter((n) => !o.only || o.only.includes(n))) {
    tick++;
    await git(["checkout", "-q", "-B", name, "main"]);
    const overlay = join2(scenarios, name);
    await copyTree(overlay, dir);
    for (const path of await deleteList(overlay)) await git(["rm", "-r", "-q", "--ignore-unmatch", "--", path]);
    await git(["add", "-A"]);
    await git(["commit", "-q", "--allow-empty", "-m", `Scenario ${name}`]);
    branches[name] = await git(["rev-parse", "HEAD"]);
  }
  await git(["checkout", "-q", "main"]);
  return { gitDir: dir, branches, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
async function copyTree(from, to) {
  for (const entry of await readdir(from)) {
    if (entry === ".git" || controlFiles.has(entry)) continue;
    await cp(join2(from, entry), join2(to, entry), { recursive: true, force: true });
  }
}
async function deleteList(overlay) {
  const file = join2(overlay, ".oda-delete");
  if (!existsSync2(file)) return [];
  return (await readFile(file, "utf8")).split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}

// src/sim/start-simulator.ts
import { createServer } from "node:http";

// src/sim/app-auth.ts
import { createPublicKey, generateKeyPairSync, randomBytes, verify } from "node:crypto";
var cachedKeyPair;
function simKeyPair(privateKey) {
  if (privateKey) return { privateKey, publicKey: createPublicKey(privateKey) };
  if (!cachedKeyPair) {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    cachedKeyPair = {
      privateKey: pair.privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      publicKey: pair.publicKey
    };
  }
  return cachedKeyPair;
}
function verifyAppJwt(token, appId, publicKey, now) {
  const parts = token.split(".");
  if (parts.length !== 3) return "not a JWT";
  const [h = "", p = "", s = ""] = parts;
  const ok = verify("RSA-SHA256", Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, "base64url"));
  if (!ok) return "'Issuer' claim ('iss') or signature does not match this app's key";
  let claims;
  try {
    claims = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
  } catch {
    return "payload is not JSON";
  }
  if (typeof claims !== "object" || claims === null) return "payload is not an object";
  const iss = "iss" in claims ? String(claims.iss) : "";
  const exp = "exp" in claims ? Number(claims.exp) : NaN;
  const iat = "iat" in claims ? Number(claims.iat) : NaN;
  const nowS = now.getTime() / 1e3;
  if (iss !== String(appId)) return `'Issuer' claim ('iss') must be ${appId}`;
  if (!(exp > nowS)) return "'Expiration time' claim ('exp') is too far in the past";
  if (!(iat <= nowS + 60)) return "'Issued at' claim ('iat') must be an Integer representing a time in the past";
  if (exp - iat > 600 + 60) return "'Expiration time' claim ('exp') is too far in the future";
  return void 0;
}
function newInstallationToken() {
  return `ghs_${randomBytes(27).toString("base64url").slice(0, 36)}`;
}

// src/sim/barrier.ts
var Barriers = class {
  #gates = [];
  add(spec) {
    let signalArrived = () => {
    };
    const arrived = new Promise((resolve3) => {
      signalArrived = resolve3;
    });
    const gate = {
      ...spec,
      arrived,
      waiting: [],
      open: false,
      signalArrived,
      release: () => {
        gate.open = true;
        for (const w of gate.waiting.splice(0)) w();
      }
    };
    this.#gates.push(gate);
    return gate;
  }
  /** Waits at the first closed gate matching the request. */
  async pass(method, path, route) {
    const gate = this.#gates.find(
      (g) => !g.open && (!g.method || g.method.toUpperCase() === method) && (g.path instanceof RegExp ? g.path.test(path) : g.path === path || (route?.endsWith(` ${g.path}`) ?? false))
    );
    if (!gate) return;
    const wait = new Promise((resolve3) => gate.waiting.push(resolve3));
    if (gate.waiting.length >= gate.count) {
      gate.signalArrived();
      gate.release();
    }
    await wait;
  }
};

// src/sim/fault-injector.ts
var FaultInjector = class {
  #faults = [];
  add(spec) {
    const fault = { ...spec, hits: 0, remove: () => this.#remove(fault) };
    this.#faults.push(fault);
    return fault;
  }
  clear() {
    this.#faults.length = 0;
  }
  /** The first live fault for a request, consuming one of its `times`. */
  take(method, path, route) {
    const f = this.#faults.find((x) => matches(x, method, path, route) && x.hits < (x.times ?? 1));
    if (f) f.hits++;
    return f;
  }
  #remove(f) {
    const i = this.#faults.indexOf(f);
    if (i >= 0) this.#faults.splice(i, 1);
  }
};
function matches(f, method, path, route) {
  if (f.method && f.method.toUpperCase() !== method) return false;
  if (f.path === void 0) return true;
  if (f.path instanceof RegExp) return f.path.test(path);
  return f.path === path || route !== void 0 && route.endsWith(` ${f.path}`);
}

// src/sim/git-reader.ts
import { mkdtemp as mkdtemp2, readFile as readFile2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join3 } from "node:path";

// src/sim/read-tar-file.ts
function readTarFile(tar) {
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return void 0;
    const size = parseInt(header.subarray(124, 136).toString("latin1").replace(/\0.*$/s, "").trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + 512;
    if (type === "0" || type === "\0") return tar.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
  }
  return void 0;
}

// src/sim/sha-memo.ts
var isSha = (rev) => /^[0-9a-f]{40}$/.test(rev);
var ShaMemo = class {
  #entries = /* @__PURE__ */ new Map();
  #max;
  constructor(max) {
    this.#max = max;
  }
  get(revs, key, fn) {
    if (!revs.every(isSha)) return fn();
    const hit = this.#entries.get(key);
    if (hit) return hit;
    const p = fn();
    this.#entries.set(key, p);
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value ?? "");
    p.then(
      (v) => {
        if (v === void 0 || v === false) this.#entries.delete(key);
      },
      () => this.#entries.delete(key)
    );
    return p;
  }
};

// src/sim/git-reader.ts
var statusOf = {
  A: "added",
  D: "removed",
  M: "modified",
  R: "renamed",
  C: "copied",
  T: "changed"
};
var safeRev = (rev) => {
  if (rev.startsWith("-") || rev.includes("\0")) throw new Error(`refusing revision ${JSON.stringify(rev)}`);
  return rev;
};
var GitReader = class {
  gitDir;
  #commits = new ShaMemo(5e3);
  #types = new ShaMemo(5e3);
  #tags = new ShaMemo(1e3);
  #paths = new ShaMemo(2e3);
  #files = new ShaMemo(500);
  #tarballs = new ShaMemo(20);
  #logs = new ShaMemo(2e3);
  #bases = new ShaMemo(1e3);
  #diffs = new ShaMemo(500);
  constructor(gitDir) {
    this.gitDir = gitDir;
  }
  async #git(args, input) {
    const r = await runCommand({
      file: "git",
      args: ["-C", this.gitDir, ...args],
      maxBuffer: 64 * 1024 * 1024,
      env: { GIT_TERMINAL_PROMPT: "0" },
      ...input !== void 0 ? { input } : {}
    });
    return { ok: r.exitCode === 0, stdout: r.stdout, stderr: r.stderr };
  }
  /** The commit SHA a ref, branch, tag or SHA names, or undefined. */
  async resolveCommit(rev) {
    return this.#commits.get([rev], rev, async () => {
      const r = await this.#git(["rev-parse", "--verify", "--quiet", `${safeRev(rev)}^{commit}`]);
      return r.ok ? r.stdout.trim() : void 0;
    });
  }
  /** True when the object exists (any type). */
  async hasObject(sha) {
    return (await this.#git(["cat-file", "-e", safeRev(sha)])).ok;
  }
  /** The object's type (`commit`, `tree`, `blob`, `tag`), or undefined when absent. */
  async objectType(sha) {
    return this.#types.get([sha], sha, async () => {
      const r = await this.#git(["cat-file", "-t", safeRev(sha)]);
      return r.ok ? r.stdout.trim() : void 0;
    });
  }
  /** True when `ancestor` is reachable from `descendant` (a fast-forward). */
  async isAncestor(ancestor, descendant) {
    return (await this.#git(["merge-base", "--is-ancestor", safeRev(ancestor), safeRev(descendant)])).ok;
  }
  /** True when git accepts `name` as a full ref name (`refs/...`, no `..`, no `~^:?*[`, ...). */
  async isValidRefName(name) {
    return (await this.#git(["check-ref-format", safeRev(name)])).ok;
  }
  /** Writes an annotated tag object (what `POST git/tags` does) and returns its SHA. */
  async writeTag(t) {
    const when = Math.floor(new Date(t.tagger.date).getTime() / 1e3);
    const oneLine = (s) => s.replace(/[\n<>]/g, " ");
    const text = `object ${t.object}
type ${t.type}
tag ${oneLine(t.tag)}
tagger ${oneLine(t.tagger.name)} <${oneLine(t.tagger.email)}> ${when} +0000

${t.message}`;
    const r = await this.#git(["mktag"], text.endsWith("\n") ? text : `${text}
`);
    if (!r.ok) throw new Error(`git mktag failed: ${r.stderr.trim()}`);
    return r.stdout.trim();
  }
  /** Reads an annotated tag object, or undefined when `sha` is not one. */
  async readTag(sha) {
    return this.#tags.get([sha], sha, async () => {
      if (await this.objectType(sha) !== "tag") return void 0;
      const r = await this.#git(["cat-file", "tag", safeRev(sha)]);
      const [head = "", ...rest] = r.stdout.split("\n\n");
      const fields = new Map(head.split("\n").map((l) => [l.slice(0, l.indexOf(" ")), l.slice(l.indexOf(" ") + 1)]));
      const tagger = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(fields.get("tagger") ?? "");
      return {
        sha,
        object: fields.get("object") ?? "",
        type: fields.get("type") ?? "commit",
        tag: fields.get("tag") ?? "",
        tagger: {
          name: tagger?.[1] ?? "",
          email: tagger?.[2] ?? "",
          date: new Date(Number(tagger?.[3] ?? 0) * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z")
        },
        message: rest.join("\n\n")
      };
    });
  }
  /** Every ref with the commit it points to (`refs/heads/main` -> sha). */
  async refs() {
    const r = await this.#git(["for-each-ref", "--format=%(objectname) %(refname)"]);
    const out = /* @__PURE__ */ new Map();
    for (const line of r.stdout.split("\n")) {
      const [sha, name] = line.split(" ");
      if (sha && name) out.set(name, sha);
    }
    return out;
  }
  /** Entries at `path` in a commit: one entry for a file, the children for a directory. */
  async listPath(sha, path) {
    return this.#paths.get([sha], `${sha}:${path}`, async () => {
      const clean = path.replace(/^\/+|\/+$/g, "");
      if (clean === "") return { kind: "dir", entries: await this.#lsTree([safeRev(sha)]) };
      const self = await this.#lsTree([safeRev(sha), "--", clean]);
      const entry = self.find((e) => e.path === clean);
      if (!entry) return void 0;
      if (entry.type !== "tree") return { kind: "file", entries: [entry] };
      return { kind: "dir", entries: await this.#lsTree([safeRev(sha), "--", `${clean}/`]) };
    });
  }
  async #lsTree(args) {
    const r = await this.#git(["ls-tree", "-l", "-z", ...args]);
    return r.stdout.split("\0").filter(Boolean).map((line) => {
      const tab = line.indexOf("	");
      const [mode = "", type = "blob", sha = "", size = "-"] = line.slice(0, tab).split(/\s+/);
      return {
        mode,
        type: type === "tree" || type === "commit" ? type : "blob",
        sha,
        size: size === "-" ? 0 : Number(size),
        path: line.slice(tab + 1)
      };
    });
  }
  /** Where a symlink entry points (the text of its blob). */
  async linkTarget(entry) {
    const r = await this.#git(["cat-file", "blob", safeRev(entry.sha)]);
    return r.ok ? r.stdout : "";
  }
  /** The bytes of a file in a commit. */
  async readFile(sha, path) {
    return this.#files.get([sha], `${sha}:${path}`, async () => {
      const dir = await mkdtemp2(join3(tmpdir2(), "oda-sim-blob-"));
      try {
        const out = join3(dir, "f.tar");
        const r = await this.#git(["archive", "--format=tar", "-o", out, safeRev(sha), "--", path]);
        return r.ok ? readTarFile(await readFile2(out)) : void 0;
      } finally {
        await rm2(dir, { recursive: true, force: true });
      }
    });
  }
  /** A gzipped tarball of a commit, every path under `prefix/` as GitHub's tarballs are. */
  async tarball(sha, prefix) {
    return this.#tarballs.get([sha], `${sha}:${prefix}`, async () => {
      const dir = await mkdtemp2(join3(tmpdir2(), "oda-sim-tar-"));
      try {
        const out = join3(dir, "a.tar.gz");
        const r = await this.#git(["archive", "--format=tar.gz", `--prefix=${prefix}/`, "-o", out, safeRev(sha)]);
        if (!r.ok) throw new Error(`git archive ${sha} failed: ${r.stderr}`);
        return await readFile2(out);
      } finally {
        await rm2(dir, { recursive: true, force: true });
      }
    });
  }
  /** Commits reachable from `head`, newest first; with `exclude`, only those not reachable from it. */
  async log(head, options = {}) {
    return this.#logs.get(
      [head, ...options.exclude ? [options.exclude] : []],
      `${head}^${options.exclude ?? ""}:${options.max ?? ""}`,
      async () => {
        const range = options.exclude ? [safeRev(head), `^${safeRev(options.exclude)}`] : [safeRev(head)];
        const fmt = ["%H", "%T", "%P", "%an", "%ae", "%aI", "%cn", "%ce", "%cI", "%B"].join("%x1f") + "%x1e";
        const r = await this.#git([
          "log",
          `--format=${fmt}`,
          ...options.max ? [`-n${options.max}`] : [],
          ...range,
          "--"
        ]);
        return r.stdout.split("").map((s) => s.replace(/^\n/, "")).filter(Boolean).map((rec) => {
          const [
            sha = "",
            tree = "",
            parents = "",
            an = "",
            ae = "",
            ad = "",
            cn = "",
            ce = "",
            cd = "",
            message = ""
          ] = rec.split("");
          const iso = (d) => new Date(d).toISOString().replace(/\.\d{3}Z$/, "Z");
          return {
            sha,
            tree,
            parents: parents.split(" ").filter(Boolean),
            author: { name: an, email: ae, date: iso(ad) },
            committer: { name: cn, email: ce, date: iso(cd) },
            message: message.replace(/\n+$/, "")
          };
        });
      }
    );
  }
  async mergeBase(a, b) {
    return this.#bases.get([a, b], `${a}:${b}`, async () => {
      const r = await this.#git(["merge-base", safeRev(a), safeRev(b)]);
      return r.ok ? r.stdout.trim() : void 0;
    });
  }
  /** Files changed from `base` to `head` (a two-dot diff; callers pass the merge base for PRs). */
  async diff(base, head) {
    return this.#diffs.get([base, head], `${base}:${head}`, async () => {
      const [raw, numstat, patch] = await Promise.all([
        this.#git(["diff", "--raw", "--no-abbrev", "-z", "-M", safeRev(base), safeRev(head), "--"]),
        this.#git(["diff", "--numstat", "-z", "-M", safeRev(base), safeRev(head), "--"]),
        this.#git(["diff", "-M", "--no-color", "--no-ext-diff", safeRev(base), safeRev(head), "--"])
      ]);
      const files = [];
      const parts = raw.stdout.split("\0");
      for (let i = 0; i < parts.length - 1; ) {
        const meta = parts[i++] ?? "";
        if (!meta.startsWith(":")) continue;
        const [, , , dstSha = "", code = "M"] = meta.slice(1).split(" ");
        const letter = code.charAt(0);
        const first = parts[i++] ?? "";
        const renamed = letter === "R" || letter === "C";
        const filename = renamed ? parts[i++] ?? "" : first;
        files.push({
          filename,
          ...renamed ? { previousFilename: first } : {},
          status: statusOf[letter] ?? "modified",
          sha: letter === "D" ? meta.slice(1).split(" ")[2] ?? "" : dstSha,
          additions: 0,
          deletions: 0
        });
      }
      const counts = numstat.stdout.split("\0");
      for (let i = 0, f = 0; i < counts.length && f < files.length; f++) {
        const [add = "0", del = "0", name = ""] = (counts[i++] ?? "").split("	");
        if (name === "") i += 2;
        const file = files[f];
        if (file) {
          file.additions = add === "-" ? 0 : Number(add);
          file.deletions = del === "-" ? 0 : Number(del);
        }
      }
      const chunks = patch.stdout.split(/^diff --git /m).slice(1);
      chunks.forEach((chunk, idx) => {
        const at = chunk.indexOf("\n@@");
        const file = files[idx];
        if (!file || at < 0) return;
        const text = chunk.slice(at + 1).replace(/\n$/, "");
        if (Buffer.byteLength(text) > PATCH_MAX_BYTES || lineCount(text) > PATCH_MAX_LINES) return;
        file.patch = text;
      });
      return files;
    });
  }
};
var PATCH_MAX_BYTES = 500 * 1024;
var PATCH_MAX_LINES = 2e4;
function lineCount(text) {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

// src/sim/handle-request.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/sim/json.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/sim/doc-limits.ts
var KB64 = 64 * 1024;
function checkDocLimits(route, body) {
  if (!isJsonObject(body)) return [];
  const errors = [];
  const tooLong = (at, value, max, unit = "characters") => {
    if (typeof value !== "string") return;
    const size = unit === "bytes" ? Buffer.byteLength(value) : value.length;
    if (size > max) errors.push({ at, message: `is too long (${size} ${unit}; maximum is ${max})` });
  };
  if (route.endsWith("/check-runs") || route.endsWith("/check-runs/{check_run_id}")) {
    const output = body.output;
    if (isJsonObject(output)) {
      tooLong("/output/summary", output.summary, 65535);
      tooLong("/output/text", output.text, 65535);
      const annotations = Array.isArray(output.annotations) ? output.annotations : [];
      if (annotations.length > 50)
        errors.push({
          at: "/output/annotations",
          message: `has ${annotations.length} items; at most 50 annotations per request (send the rest in further updates)`
        });
      annotations.forEach((a, i) => {
        if (!isJsonObject(a)) return;
        tooLong(`/output/annotations/${i}/title`, a.title, 255);
        tooLong(`/output/annotations/${i}/message`, a.message, KB64, "bytes");
        tooLong(`/output/annotations/${i}/raw_details`, a.raw_details, KB64, "bytes");
        if (typeof a.start_column === "number" && a.start_line !== a.end_line)
          errors.push({
            at: `/output/annotations/${i}/start_column`,
            message: "columns are allowed only when start_line equals end_line"
          });
      });
    }
    const actions = Array.isArray(body.actions) ? body.actions : [];
    if (actions.length > 3) errors.push({ at: "/actions", message: `has ${actions.length} items; at most 3 actions` });
    actions.forEach((a, i) => {
      if (!isJsonObject(a)) return;
      tooLong(`/actions/${i}/label`, a.label, 20);
      tooLong(`/actions/${i}/description`, a.description, 40);
      tooLong(`/actions/${i}/identifier`, a.identifier, 20);
    });
    if (body.conclusion === "stale")
      errors.push({ at: "/conclusion", message: "only GitHub can set a conclusion of stale" });
    const completing = body.status === "completed" || body.completed_at !== void 0;
    if (completing && body.conclusion === void 0)
      errors.push({ at: "/conclusion", message: "is required when status is completed or completed_at is given" });
  }
  if (route.endsWith("/deployments/{deployment_id}/statuses") || route.endsWith("/statuses/{sha}"))
    tooLong("/description", body.description, 140);
  if (route.includes("/issues/") && route.includes("comments")) tooLong("/body", body.body, 65536);
  return errors;
}

// src/sim/paginate.ts
function paginate(items, query, requestUrl) {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const at = (p) => {
    const u = new URL(requestUrl);
    u.searchParams.set("per_page", String(perPage));
    u.searchParams.set("page", String(p));
    return u.toString();
  };
  const rels = [];
  if (page < last) rels.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) rels.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
  return { items: items.slice((page - 1) * perPage, page * perPage), link: rels.length ? rels.join(", ") : void 0 };
}

// src/sim/sim-http-error.ts
var SimHttpError = class extends Error {
  name = "SimHttpError";
  status;
  errors;
  headers;
  constructor(status, message, extra = {}) {
    super(message);
    this.status = status;
    this.errors = extra.errors;
    this.headers = extra.headers ?? {};
  }
};
var notFound = () => new SimHttpError(404, "Not Found");
var unprocessable = (message, errors) => new SimHttpError(422, message, errors ? { errors } : {});

// src/sim/handle-request.ts
var secondaryMessage = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";
async function handleRequest(p, req, res) {
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", p.core.url);
  const path = url.pathname;
  const text = await readBody(req);
  const caller = {};
  const reply = (status, body2, headers2 = {}, route2, note) => {
    p.log.add({
      at: p.core.state.timestamp(),
      atMs: Date.now(),
      method,
      url: `${path}${url.search}`,
      route: route2,
      status,
      ...caller.installationId !== void 0 ? { installationId: caller.installationId } : {},
      ...note ? { note } : {}
    });
    const isRaw = Buffer.isBuffer(body2);
    res.writeHead(status, {
      "x-github-request-id": `SIM:${p.log.entries.length}`,
      ...body2 !== void 0 && !isRaw ? { "content-type": "application/json; charset=utf-8" } : {},
      ...headers2
    });
    res.end(isRaw ? body2 : body2 === void 0 ? void 0 : JSON.stringify(body2));
  };
  const raw = await p.raw(method, path);
  if (raw) return reply(raw.status, raw.raw ?? raw.body, raw.headers ?? {}, `${method} ${path}`);
  const found = p.matcher.match(method, path);
  if (!found) {
    p.violations.push({
      route: `${method} ${path}`,
      operationId: "unhandled",
      method,
      url: `${path}${url.search}`,
      where: "route",
      errors: [{ at: "/", message: `unhandled route ${method} ${path}` }]
    });
    return reply(
      500,
      {
        message: `unhandled route ${method} ${path}`,
        documentation_url: "https://docs.github.com/rest",
        status: "500"
      },
      {},
      void 0,
      "unhandled route"
    );
  }
  const { route } = found;
  const key = route.key;
  const op = p.core.openapi.operation(key);
  const errorBody = (e) => ({
    message: e.message,
    documentation_url: op.docsUrl,
    status: String(e.status),
    ...e.errors ? { errors: e.errors } : {}
  });
  const fail = (e, note) => reply(e.status, errorBody(e), e.headers, key, note ?? e.message);
  await p.barriers.pass(method, path, key);
  const fault = p.faults.take(method, path, key);
  if (fault?.delayMs) await sleep(fault.delayMs);
  if (fault?.primary) {
    const reset = Math.ceil(Date.now() / 1e3) + (fault.retryAfter ?? 1);
    const headers2 = {
      "x-ratelimit-limit": String(p.rateLimits.limit),
      "x-ratelimit-remaining": "0",
      "x-ratelimit-used": String(p.rateLimits.limit),
      "x-ratelimit-reset": String(reset),
      "x-ratelimit-resource": "core"
    };
    return reply(
      fault.status ?? 403,
      fault.body ?? {
        message: "API rate limit exceeded for installation.",
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits",
        status: String(fault.status ?? 403)
      },
      headers2,
      key,
      "injected primary rate limit"
    );
  }
  if (fault && (fault.status !== void 0 || fault.secondary)) {
    const status = fault.status ?? 403;
    const secondary = fault.secondary === true || status === 403 && fault.body === void 0;
    const body2 = fault.body ?? {
      message: secondary ? secondaryMessage : "Server Error",
      documentation_url: secondary ? "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits" : op.docsUrl,
      status: String(status)
    };
    return reply(
      status,
      body2,
      secondary ? { "retry-after": String(fault.retryAfter ?? 1) } : {},
      key,
      `injected fault ${status}`
    );
  }
  const auth = authenticate(p, req.headers.authorization, route.auth ?? "installation");
  if (typeof auth === "string")
    return fail(new SimHttpError(401, auth === "missing" ? "Requires authentication" : "Bad credentials"), auth);
  if (auth.installationId !== void 0) caller.installationId = auth.installationId;
  let body;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      return fail(new SimHttpError(400, "Problems parsing JSON"));
    }
  }
  const params = { ...found.params };
  const query = Object.fromEntries(url.searchParams);
  const violation = (where, errors) => ({
    route: key,
    operationId: op.operationId,
    method,
    url: `${path}${url.search}`,
    where,
    errors
  });
  const checks = [
    ["path", op.checkPath(params)],
    ["query", op.checkQuery(query)],
    // Documented limits first: their messages say what to do ("send the rest in updates").
    ["limits", checkDocLimits(key, body)],
    ["body", op.checkBody(body, p.core.strict)]
  ];
  for (const [where, errors] of checks) {
    if (errors.length === 0) continue;
    const v = violation(where, errors);
    p.violations.push(v);
    const message = `Invalid request.

${errors.map((e) => `${where} ${e.at}: ${e.message}`).join("\n")}`;
    return fail(
      new SimHttpError(422, message, {
        errors: errors.map((e) => ({ resource: op.operationId, code: "invalid", field: e.at, message: e.message }))
      }),
      `422 ${where}`
    );
  }
  let answer;
  try {
    const access = repoAccess(p, auth, params);
    if (access) return fail(access);
    answer = await route.handle(
      { method, path, params, query, body, headers: req.headers, installationId: auth.installationId },
      p.core
    );
  } catch (e) {
    if (e instanceof SimHttpError) return fail(e);
    const message = e instanceof Error ? e.message : String(e);
    return reply(
      500,
      { message: `simulator error in ${key}: ${message}`, documentation_url: op.docsUrl, status: "500" },
      {},
      key,
      message
    );
  }
  const headers = {
    ...p.rateLimits.count(auth.key),
    "x-github-media-type": "github.v3; format=json",
    ...answer.headers ?? {}
  };
  let out = answer.body;
  if (answer.page) {
    const pageOut = paginate(answer.page.items, query, url);
    if (pageOut.link) headers.link = pageOut.link;
    out = answer.page.wrap ? answer.page.wrap(pageOut.items, answer.page.items.length) : pageOut.items;
  }
  if (answer.raw === void 0 && answer.status !== 204 && answer.status !== 302) {
    const errors = op.checkResponse(answer.status, out ?? null);
    if (errors.length > 0) p.violations.push(violation("response", errors));
  }
  reply(answer.status, answer.raw ?? out, headers, key);
}
function authenticate(p, header, need) {
  if (!header) return "missing";
  const [, token = ""] = /^(?:bearer|token)\s+(.+)$/i.exec(header.trim()) ?? [];
  if (need === "app") {
    const reason = verifyAppJwt(token, p.core.app.id, p.core.app.publicKey, p.core.state.now());
    return reason ? `A JSON web token could not be decoded: ${reason}` : { installationId: void 0, key: `app:${p.core.app.id}` };
  }
  const t = p.tokens.get(token);
  if (!t) return "unknown token";
  if (t.expiresAt.getTime() <= p.core.state.now().getTime()) return "expired token";
  return { installationId: t.installationId, key: token };
}
function repoAccess(p, auth, params) {
  if (auth.installationId === void 0 || typeof params.owner !== "string" || typeof params.repo !== "string")
    return void 0;
  const repo = p.core.state.repo(params.owner, params.repo);
  return repo.installationId === auth.installationId ? void 0 : new SimHttpError(404, "Not Found");
}
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

// src/sim/match-route.ts
var greedy = /* @__PURE__ */ new Set(["path", "ref", "basehead"]);
var RouteMatcher = class {
  #compiled;
  constructor(routes2) {
    this.#compiled = routes2.map((route) => {
      const [method = "", path = ""] = route.key.split(" ");
      const names = [];
      const segments = path.split("/");
      const source = segments.map(
        (seg, i) => seg.replace(/\{(\w+)\}/g, (_m, name) => {
          names.push(name);
          if (name === "path" && i === segments.length - 1) return "(.*)";
          return greedy.has(name) && i === segments.length - 1 ? "(.+)" : "([^/]+)";
        })
      ).join("/");
      return {
        route,
        method,
        regex: new RegExp(`^${source}/?$`),
        names,
        literalSegments: segments.filter((s) => !s.includes("{")).length
      };
    });
    this.#compiled.sort((a, b) => b.literalSegments - a.literalSegments);
  }
  match(method, path) {
    for (const c of this.#compiled) {
      if (c.method !== method) continue;
      const m = c.regex.exec(path);
      if (!m) continue;
      const params = {};
      try {
        c.names.forEach((n, i) => {
          params[n] = decodeURIComponent(m[i + 1] ?? "");
        });
      } catch {
        return void 0;
      }
      return { route: c.route, params };
    }
    return void 0;
  }
};

// src/sim/openapi-validator.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// src/sim/load-openapi-subset.ts
import { readFileSync } from "node:fs";
function loadOpenapiSubset() {
  const subsetFile = findPackagePath("src/sim/openapi/api.github.com.subset.json");
  const parsed = JSON.parse(readFileSync(subsetFile, "utf8"));
  const doc = normalizeNullable(parsed);
  if (!isJsonObject(doc) || !isJsonObject(doc.paths))
    throw new Error(`${subsetFile}: not an OpenAPI document; run node scripts/gen-openapi-subset.ts`);
  return doc;
}
function normalizeNullable(node) {
  if (Array.isArray(node)) return node.map(normalizeNullable);
  if (!isJsonObject(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = normalizeNullable(v);
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === "string") return { ...out, type: [out.type, "null"] };
  return { anyOf: [{ type: "null" }, out] };
}

// src/sim/served-operations.ts
var servedOperations = [
  // GitHub App authentication and installations
  "GET /app",
  "GET /app/installations",
  "GET /app/installations/{installation_id}",
  "POST /app/installations/{installation_id}/access_tokens",
  "GET /repos/{owner}/{repo}/installation",
  "GET /rate_limit",
  // repositories, contents, commits
  "GET /repos/{owner}/{repo}",
  "GET /repos/{owner}/{repo}/contents/{path}",
  "GET /repos/{owner}/{repo}/tarball/{ref}",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{ref}",
  "GET /repos/{owner}/{repo}/branches/{branch}",
  "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
  // organisation teams (slash-command allow lists)
  "GET /orgs/{org}/teams/{team_slug}/memberships/{username}",
  // pull requests
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  // checks
  "POST /repos/{owner}/{repo}/check-runs",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "POST /repos/{owner}/{repo}/check-suites",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}",
  "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  // commit statuses
  "POST /repos/{owner}/{repo}/statuses/{sha}",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  // issues: comments, reactions, labels
  "GET /repos/{owner}/{repo}/issues/{issue_number}",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/labels",
  "POST /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
  // deployments
  "GET /repos/{owner}/{repo}/deployments",
  "POST /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}",
  // git refs (environment locks live in refs/oda/locks/<env>)
  "POST /repos/{owner}/{repo}/git/refs",
  "GET /repos/{owner}/{repo}/git/ref/{ref}",
  "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
  "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
  "DELETE /repos/{owner}/{repo}/git/refs/{ref}",
  "POST /repos/{owner}/{repo}/git/tags",
  "GET /repos/{owner}/{repo}/git/tags/{tag_sha}",
  // actions
  "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  // repository rulesets (required checks)
  "GET /repos/{owner}/{repo}/rulesets",
  "POST /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}",
  "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"
];

// src/sim/openapi-validator.ts
var addFormats = import_ajv_formats.default.default;
var pointer = (path) => path.replaceAll("~", "~0").replaceAll("/", "~1");
var toErrors = (errors) => (errors ?? []).map((e) => ({
  at: e.instancePath || "/",
  message: `${e.message ?? "invalid"}${e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : ""}${e.keyword === "enum" ? ` (${JSON.stringify(e.params.allowedValues)})` : ""}`
}));
var shared;
function sharedOpenapiValidator() {
  return shared ??= new OpenapiValidator();
}
var OpenapiValidator = class {
  doc;
  #ajv;
  #coercing;
  #ops = /* @__PURE__ */ new Map();
  constructor() {
    this.doc = loadOpenapiSubset();
    const options = { strict: false, allErrors: true, logger: false, validateFormats: true };
    this.#ajv = new import_ajv.Ajv(options);
    this.#coercing = new import_ajv.Ajv({ ...options, coerceTypes: "array" });
    for (const ajv of [this.#ajv, this.#coercing]) {
      addFormats(ajv);
      const uri = ajv.formats.uri;
      ajv.addFormat(
        "uri",
        (v) => v === "" || (uri instanceof RegExp ? uri.test(v) : typeof uri === "function" ? uri(v) : true)
      );
      ajv.addFormat("email", (v) => v === "" || v.includes("@"));
      ajv.addSchema(this.doc, "gh");
    }
    for (const key of servedOperations) this.#ops.set(key, this.#build(key));
  }
  /** The schema handle of a served operation. */
  operation(key) {
    const op = this.#ops.get(key);
    if (!op) throw new Error(`${key} is not a served operation`);
    return op;
  }
  /** A named example from `components/examples`, deep-copied. */
  namedExample(name) {
    const examples = this.#components("examples");
    const found = examples[name];
    if (!isJsonObject(found) || found.value === void 0)
      throw new Error(`components/examples/${name} is not in the OpenAPI subset`);
    return structuredClone(found.value);
  }
  #components(group) {
    const c = this.doc.components;
    const g = isJsonObject(c) ? c[group] : void 0;
    return isJsonObject(g) ? g : {};
  }
  #resolve(node) {
    if (!isJsonObject(node) || typeof node.$ref !== "string") return node;
    const [, , group = "", name = ""] = node.$ref.split("/");
    return this.#resolve(this.#components(group)[name]);
  }
  #build(key) {
    const space = key.indexOf(" ");
    const method = key.slice(0, space).toLowerCase();
    const path = key.slice(space + 1);
    const paths = this.doc.paths;
    const item = isJsonObject(paths) ? paths[path] : void 0;
    const op = isJsonObject(item) ? item[method] : void 0;
    if (!isJsonObject(op))
      throw new Error(`${key} is missing from the OpenAPI subset; run node scripts/gen-openapi-subset.ts`);
    const base = `gh#/paths/${pointer(path)}/${method}`;
    const params = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => this.#resolve(p)).filter(isJsonObject);
    const paramSchema = (where) => {
      const mine = params.filter((p) => p.in === where && typeof p.name === "string");
      const properties = {};
      for (const p of mine) properties[String(p.name)] = oneOfAsAnyOf(p.schema ?? {});
      return {
        type: "object",
        properties,
        required: mine.filter((p) => p.required === true).map((p) => String(p.name))
      };
    };
    const lazy = (make) => {
      let v;
      return () => v ??= make();
    };
    const pathV = lazy(() => this.#coercing.compile(paramSchema("path")));
    const queryV = lazy(() => this.#coercing.compile(paramSchema("query")));
    const body = isJsonObject(op.requestBody) ? op.requestBody : void 0;
    const content = isJsonObject(body?.content) ? body.content : void 0;
    const jsonBody = content ? content["application/json"] : void 0;
    const hasBody = isJsonObject(jsonBody) && jsonBody.schema !== void 0;
    const bodyV = lazy(
      () => hasBody ? this.#ajv.compile({ $ref: `${base}/requestBody/content/application~1json/schema` }) : void 0
    );
    const strictBodyV = lazy(() => {
      const closed = closeObjects(this.#inline(isJsonObject(jsonBody) ? jsonBody.schema : {}, 0));
      return hasBody && isJsonObject(closed) ? this.#ajv.compile(closed) : void 0;
    });
    const responses = isJsonObject(op.responses) ? op.responses : {};
    const responseV = /* @__PURE__ */ new Map();
    const responseSchema = (status) => {
      if (responseV.has(status)) return responseV.get(status);
      const r = this.#resolve(responses[String(status)]);
      if (r === void 0) return void 0;
      const c = isJsonObject(r) && isJsonObject(r.content) ? r.content : {};
      const media = Object.keys(c).find((m) => m.includes("json"));
      const v = media ? this.#ajv.compile({ $ref: `${base}/responses/${status}/content/${pointer(media)}/schema` }) : null;
      responseV.set(status, v);
      return v;
    };
    const run = (v, value) => !v || v(value) ? [] : toErrors(v.errors);
    const docs = isJsonObject(op.externalDocs) && typeof op.externalDocs.url === "string" ? op.externalDocs.url : "https://docs.github.com/rest";
    return {
      key,
      operationId: typeof op.operationId === "string" ? op.operationId : key,
      docsUrl: docs,
      checkPath: (p) => run(pathV(), p),
      checkQuery: (q) => run(queryV(), q),
      checkBody: (b, strict) => {
        if (!hasBody) return [];
        if (b === void 0)
          return body?.required === true ? [{ at: "/", message: "a JSON request body is required" }] : [];
        return run(strict ? strictBodyV() : bodyV(), b);
      },
      checkResponse: (status, b) => {
        const v = responseSchema(status);
        if (v === void 0) return [{ at: "/", message: `status ${status} is not a documented response of ${key}` }];
        return run(v, b);
      },
      example: (status) => {
        const r = this.#resolve(responses[String(status)]);
        const c = isJsonObject(r) && isJsonObject(r.content) ? r.content : {};
        for (const media of Object.values(c)) {
          const examples = isJsonObject(media) && isJsonObject(media.examples) ? media.examples : {};
          for (const ex of Object.values(examples)) {
            const resolved = this.#resolveExample(ex);
            if (resolved !== void 0) return structuredClone(resolved);
          }
        }
        return void 0;
      }
    };
  }
  #resolveExample(ex) {
    if (!isJsonObject(ex)) return void 0;
    if (typeof ex.$ref === "string") {
      const name = ex.$ref.split("/").pop() ?? "";
      const found = this.#components("examples")[name];
      return isJsonObject(found) ? found.value : void 0;
    }
    return ex.value;
  }
  /** Inlines `$ref`s of a request body so strict mode can close every object in it. */
  #inline(node, depth) {
    if (node === void 0) return {};
    if (depth > 20) return {};
    if (Array.isArray(node)) return node.map((n) => this.#inline(n, depth + 1));
    if (!isJsonObject(node)) return node;
    const resolved = typeof node.$ref === "string" ? this.#resolve(node) : node;
    if (!isJsonObject(resolved)) return resolved ?? {};
    const out = {};
    for (const [k, v] of Object.entries(resolved)) out[k] = this.#inline(v, depth + 1);
    return out;
  }
};
function closeObjects(node) {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!isJsonObject(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "oneOf" || k === "anyOf" || k === "allOf") out[k] = v;
    else if (k === "properties" && isJsonObject(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, closeObjects(s)]));
    else out[k] = closeObjects(v);
  }
  if (isJsonObject(out.properties) && out.additionalProperties === void 0 && branchPropsWithin(out, Object.keys(out.properties)))
    out.additionalProperties = false;
  return out;
}
function branchPropsWithin(node, names) {
  for (const k of ["oneOf", "anyOf", "allOf"]) {
    const branches = node[k];
    if (!Array.isArray(branches)) continue;
    for (const b of branches) {
      if (!isJsonObject(b)) return false;
      if (b.$ref !== void 0) return false;
      if (isJsonObject(b.properties) && Object.keys(b.properties).some((n) => !names.includes(n))) return false;
    }
  }
  return true;
}
function oneOfAsAnyOf(node) {
  if (Array.isArray(node)) return node.map(oneOfAsAnyOf);
  if (!isJsonObject(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k === "oneOf" ? "anyOf" : k, oneOfAsAnyOf(v)]));
}

// src/sim/rate-limit.ts
var RateLimits = class {
  limit;
  #used = /* @__PURE__ */ new Map();
  #now;
  constructor(limit = 5e3, now = () => /* @__PURE__ */ new Date()) {
    this.limit = limit;
    this.#now = now;
  }
  /** Counts one request for `key` and returns the headers to send. */
  count(key) {
    const nowS = Math.floor(this.#now().getTime() / 1e3);
    let b = this.#used.get(key);
    if (!b || b.reset <= nowS) {
      b = { used: 0, reset: nowS + 3600 };
      this.#used.set(key, b);
    }
    b.used++;
    return {
      "x-ratelimit-limit": String(this.limit),
      "x-ratelimit-remaining": String(Math.max(0, this.limit - b.used)),
      "x-ratelimit-used": String(b.used),
      "x-ratelimit-reset": String(b.reset),
      "x-ratelimit-resource": "core"
    };
  }
};

// src/sim/route-log.ts
var RouteLog = class {
  entries = [];
  add(entry) {
    this.entries.push(entry);
  }
  /** Entries for one served operation (`'POST /repos/{owner}/{repo}/check-runs'`). */
  calls(route) {
    return this.entries.filter((e) => e.route === route);
  }
  clear() {
    this.entries.length = 0;
  }
  format() {
    return this.entries.map((e) => `${e.at} ${e.status} ${e.method} ${e.url}${e.note ? `  (${e.note})` : ""}`).join("\n");
  }
};

// src/sim/presenters/rebase-example.ts
function rebaseExample(value, from) {
  const pairs = Object.entries(from).sort((a, b) => b[0].length - a[0].length);
  const walk = (v) => {
    if (typeof v === "string") return pairs.reduce((s, [a, b]) => s.split(a).join(b), v);
    if (Array.isArray(v)) return v.map(walk);
    if (isJsonObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

// src/sim/presenters/present-user.ts
function presentUser(core, login) {
  const integration = core.openapi.namedExample("integration");
  const owner = isJsonObject(integration) ? integration.owner : void 0;
  const user = rebaseExample(owner ?? {}, {
    "https://api.github.com": core.url,
    "https://github.com": core.url,
    octocat: encodeURIComponent(login)
  });
  if (!isJsonObject(user)) throw new Error("integration example has no owner");
  const id = core.state.userId(login);
  return {
    ...user,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString("base64"),
    type: login.endsWith("[bot]") ? "Bot" : "User"
  };
}

// src/sim/presenters/present-app.ts
function presentApp(core) {
  const base = core.openapi.namedExample("integration");
  if (!isJsonObject(base)) throw new Error("integration example is not an object");
  const { app } = core;
  return {
    ...base,
    id: app.id,
    slug: app.slug,
    name: app.name,
    client_id: `Iv1.sim${app.id}`,
    node_id: Buffer.from(`08:Integration${app.id}`).toString("base64"),
    owner: presentUser(core, app.owner),
    description: "GitHub App served by the oda simulator",
    external_url: core.url,
    html_url: `${core.url}/apps/${app.slug}`,
    permissions: {
      checks: "write",
      contents: "read",
      pull_requests: "write",
      issues: "write",
      deployments: "write",
      statuses: "write",
      actions: "write",
      metadata: "read"
    },
    events: ["pull_request", "check_run", "check_suite", "issue_comment", "deployment_status", "workflow_run"]
  };
}
var botLogin = (core) => `${core.app.slug}[bot]`;

// src/sim/presenters/present-repo.ts
function presentRepo(core, repo, shape = "full") {
  const example = shape === "full" ? core.openapi.namedExample("full-repository-default-response") : repoInside(core.openapi.namedExample("check-suite"));
  const full = `${repo.owner}/${repo.name}`;
  const rebased = rebaseExample(example, {
    "https://api.github.com": core.url,
    "https://github.com": core.url,
    "octocat/Hello-World": full,
    "git@github.com:": "git@127.0.0.1:",
    "git:github.com": "git:127.0.0.1"
  });
  if (!isJsonObject(rebased)) throw new Error("repository example is not an object");
  const { parent: _p, source: _s, template_repository: _t, organization: _o, license: _l, ...rest } = rebased;
  return {
    ...rest,
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString("base64"),
    name: repo.name,
    full_name: full,
    owner: presentUser(core, repo.owner),
    private: repo.private,
    visibility: repo.private ? "private" : "public",
    description: null,
    language: null,
    homepage: null,
    default_branch: repo.defaultBranch,
    clone_url: `file://${repo.gitDir}`,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    topics: [],
    ...shape === "full" ? { license: null } : {}
  };
}
function repoInside(suite) {
  if (isJsonObject(suite) && isJsonObject(suite.repository)) return suite.repository;
  throw new Error("check-suite example has no repository");
}

// src/sim/resolve-ref.ts
async function resolveRef(core, repo, ref) {
  for (const full of ref.startsWith("refs/") ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`]) {
    const v = repo.refs.get(full);
    if (v === null) return void 0;
    if (v !== void 0) return v;
  }
  return core.git(repo).resolveCommit(ref);
}
async function listRefs(core, repo) {
  const refs = await core.git(repo).refs();
  for (const [name, sha] of repo.refs) {
    if (sha === null) refs.delete(name);
    else refs.set(name, sha);
  }
  return new Map(
    [...refs].filter(([n]) => n !== "HEAD" && !n.startsWith("refs/remotes/")).sort(([a], [b]) => a.localeCompare(b))
  );
}

// src/sim/route.ts
function defineRoute(key, handle, auth = "installation") {
  return { key, handle, auth };
}

// src/sim/sim-request.ts
function param(req, name) {
  const v = req.params[name] ?? req.query[name];
  if (v === void 0 || v === null) throw new Error(`parameter ${name} missing after validation`);
  return String(v);
}
function intParam(req, name) {
  return Number(param(req, name));
}
function queryString(req, name) {
  const v = req.query[name];
  return v === void 0 || v === null ? void 0 : String(v);
}

// src/sim/sim-state.ts
var SimState = class {
  repos = /* @__PURE__ */ new Map();
  installations = /* @__PURE__ */ new Map();
  pulls = /* @__PURE__ */ new Map();
  comments = /* @__PURE__ */ new Map();
  reactions = /* @__PURE__ */ new Map();
  issueLabels = /* @__PURE__ */ new Map();
  checkRuns = /* @__PURE__ */ new Map();
  checkSuites = /* @__PURE__ */ new Map();
  statuses = /* @__PURE__ */ new Map();
  deployments = /* @__PURE__ */ new Map();
  workflowRuns = /* @__PURE__ */ new Map();
  rulesets = /* @__PURE__ */ new Map();
  users = /* @__PURE__ */ new Map();
  /** Teams by `org/slug`: direct members and the parent team's slug (nested teams). */
  teams = /* @__PURE__ */ new Map();
  #ids = /* @__PURE__ */ new Map();
  now;
  constructor(now = () => /* @__PURE__ */ new Date()) {
    this.now = now;
  }
  /** The next id of a kind; ids are distinct per kind and start high enough to look real. */
  nextId(kind) {
    const next = (this.#ids.get(kind) ?? 1e3) + 1;
    this.#ids.set(kind, next);
    return next;
  }
  /** GitHub-style timestamp (seconds precision, `Z`). */
  timestamp() {
    return this.now().toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  /** A stable numeric id for a login, created on first sight. */
  userId(login) {
    let id = this.users.get(login);
    if (id === void 0) {
      id = this.nextId("user");
      this.users.set(login, id);
    }
    return id;
  }
  /** The repository `owner/name`, or a 404 exactly like GitHub's. */
  repo(owner, name) {
    const r = this.repos.get(`${owner}/${name}`.toLowerCase());
    if (!r) throw notFound();
    return r;
  }
  pull(repo, number) {
    const p = this.pulls.get(`${repo.owner}/${repo.name}#${number}`.toLowerCase());
    if (!p) throw notFound();
    return p;
  }
  /** Check runs of a repo on a commit, oldest first. */
  checkRunsFor(repoKey2, sha) {
    return [...this.checkRuns.values()].filter((c) => c.repo === repoKey2 && c.headSha === sha);
  }
};
var repoKey = (r) => `${r.owner}/${r.name}`.toLowerCase();

// src/sim/routes/actions-routes.ts
var repoOf = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
async function presentWorkflowRun(core, repo, run) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const [c] = await core.git(repo).log(run.headSha, { max: 1 });
  const { permissions: _p, ...minimal } = presentRepo(core, repo, "minimal");
  const at = `${api}/actions/runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: Buffer.from(`011:WorkflowRun${run.id}`).toString("base64"),
    check_suite_id: run.id,
    check_suite_node_id: Buffer.from(`010:CheckSuite${run.id}`).toString("base64"),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflowId}`,
    run_number: run.runNumber,
    event: run.event,
    display_title: run.name,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflowNumber(run.workflowId),
    url: at,
    html_url: `${core.url}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: presentUser(core, run.actor),
    triggering_actor: presentUser(core, run.actor),
    run_attempt: 1,
    run_started_at: run.createdAt,
    jobs_url: `${at}/jobs`,
    logs_url: `${at}/logs`,
    check_suite_url: `${api}/check-suites/${run.id}`,
    artifacts_url: `${at}/artifacts`,
    cancel_url: `${at}/cancel`,
    rerun_url: `${at}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${workflowNumber(run.workflowId)}`,
    head_commit: {
      id: run.headSha,
      tree_id: c?.tree ?? run.headSha,
      message: c?.message ?? "",
      timestamp: c?.committer.date ?? run.createdAt,
      author: c ? { name: c.author.name, email: c.author.email } : null,
      committer: c ? { name: c.committer.name, email: c.committer.email } : null
    },
    repository: minimal,
    head_repository: minimal
  };
}
function workflowNumber(workflowId) {
  if (/^\d+$/.test(workflowId)) return Number(workflowId);
  let h = 7;
  for (const ch of workflowId) h = (h * 31 + ch.charCodeAt(0)) % 1000000007;
  return h;
}
function actionsRoutes(onDispatch) {
  const listRuns = async (req, core, workflow) => {
    const repo = repoOf(req, core);
    const f = {
      branch: queryString(req, "branch"),
      event: queryString(req, "event"),
      status: queryString(req, "status"),
      sha: queryString(req, "head_sha"),
      actor: queryString(req, "actor")
    };
    const runs = [...core.state.workflowRuns.values()].filter(
      (r) => r.repo === repoKey(repo) && (!workflow || r.workflowId === workflow || String(workflowNumber(r.workflowId)) === workflow)
    ).filter(
      (r) => (!f.branch || r.headBranch === f.branch) && (!f.event || r.event === f.event) && (!f.sha || r.headSha === f.sha) && (!f.actor || r.actor === f.actor) && (!f.status || r.status === f.status || r.conclusion === f.status)
    ).sort((a, b) => b.id - a.id);
    const items = await Promise.all(runs.map((r) => presentWorkflowRun(core, repo, r)));
    return {
      status: 200,
      page: { items, wrap: (page, total) => ({ total_count: total, workflow_runs: page }) }
    };
  };
  return [
    defineRoute("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", async (req, core) => {
      const repo = repoOf(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const workflowId = param(req, "workflow_id");
      const ref = String(body.ref);
      const sha = await resolveRef(core, repo, ref);
      if (!sha) throw unprocessable(`No ref found for: ${ref}`);
      if (!/^\d+$/.test(workflowId) && !await core.git(repo).listPath(sha, `.github/workflows/${workflowId}`))
        throw notFound();
      const at = core.state.timestamp();
      const runNumber = [...core.state.workflowRuns.values()].filter((r) => r.repo === repoKey(repo) && r.workflowId === workflowId).length + 1;
      const run = {
        id: core.state.nextId("workflow_run"),
        repo: repoKey(repo),
        workflowId,
        runNumber,
        name: workflowId.replace(/\.ya?ml$/, ""),
        event: "workflow_dispatch",
        status: "queued",
        conclusion: null,
        headBranch: ref.replace(/^refs\/heads\//, ""),
        headSha: sha,
        inputs: isJsonObject(body.inputs) ? body.inputs : {},
        actor: botLogin(core),
        createdAt: at,
        updatedAt: at,
        artifacts: []
      };
      core.state.workflowRuns.set(run.id, run);
      for (const listener of onDispatch()) listener(run);
      if (body.return_run_details !== true) return { status: 204 };
      return {
        status: 200,
        body: {
          workflow_run_id: run.id,
          run_url: `${core.url}/repos/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
          html_url: `${core.url}/${repo.owner}/${repo.name}/actions/runs/${run.id}`
        }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/actions/runs", (req, core) => listRuns(req, core)),
    defineRoute(
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
      (req, core) => listRuns(req, core, param(req, "workflow_id"))
    ),
    defineRoute("GET /repos/{owner}/{repo}/actions/runs/{run_id}", async (req, core) => {
      const repo = repoOf(req, core);
      const run = core.state.workflowRuns.get(intParam(req, "run_id"));
      if (!run || run.repo !== repoKey(repo)) throw notFound();
      return { status: 200, body: await presentWorkflowRun(core, repo, run) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", (req, core) => {
      const repo = repoOf(req, core);
      const run = core.state.workflowRuns.get(intParam(req, "run_id"));
      if (!run || run.repo !== repoKey(repo)) throw notFound();
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
      const name = queryString(req, "name");
      const items = run.artifacts.filter((a) => !name || a.name === name).map((a) => ({
        id: a.id,
        node_id: Buffer.from(`08:Artifact${a.id}`).toString("base64"),
        name: a.name,
        size_in_bytes: a.sizeInBytes,
        url: `${api}/actions/artifacts/${a.id}`,
        archive_download_url: `${api}/actions/artifacts/${a.id}/zip`,
        expired: a.expired,
        created_at: a.createdAt,
        expires_at: a.createdAt,
        updated_at: a.createdAt,
        workflow_run: {
          id: run.id,
          repository_id: repo.id,
          head_repository_id: repo.id,
          head_branch: run.headBranch,
          head_sha: run.headSha
        }
      }));
      return { status: 200, page: { items, wrap: (page, total) => ({ total_count: total, artifacts: page }) } };
    })
  ];
}

// src/sim/presenters/present-installation.ts
function presentInstallation(core, inst) {
  const base = core.openapi.namedExample("installation");
  if (!isJsonObject(base)) throw new Error("installation example is not an object");
  const at = core.state.timestamp();
  return {
    ...base,
    id: inst.id,
    account: presentUser(core, inst.account),
    repository_selection: "selected",
    access_tokens_url: `${core.url}/app/installations/${inst.id}/access_tokens`,
    repositories_url: `${core.url}/installation/repositories`,
    html_url: `${core.url}/settings/installations/${inst.id}`,
    app_id: core.app.id,
    client_id: `Iv1.sim${core.app.id}`,
    target_id: core.state.userId(inst.account),
    target_type: "User",
    permissions: inst.permissions,
    events: inst.events,
    created_at: at,
    updated_at: at,
    single_file_name: null,
    single_file_paths: [],
    app_slug: core.app.slug,
    suspended_at: null,
    suspended_by: null
  };
}

// src/sim/routes/app-routes.ts
function installation(core, id) {
  const inst = core.state.installations.get(id);
  if (!inst) throw notFound();
  return inst;
}
function appRoutes(issueToken) {
  return [
    defineRoute("GET /app", (_req, core) => ({ status: 200, body: presentApp(core) }), "app"),
    // The description's list schema says `allOf [simple-user, enterprise]` for `account` (the
    // single-installation schema says anyOf); an account with the enterprise fields too satisfies both.
    defineRoute(
      "GET /app/installations",
      (_req, core) => ({
        status: 200,
        page: {
          items: [...core.state.installations.values()].map((i) => withEnterpriseFields(presentInstallation(core, i)))
        }
      }),
      "app"
    ),
    defineRoute(
      "GET /app/installations/{installation_id}",
      (req, core) => ({
        status: 200,
        body: presentInstallation(core, installation(core, intParam(req, "installation_id")))
      }),
      "app"
    ),
    defineRoute(
      "POST /app/installations/{installation_id}/access_tokens",
      (req, core) => {
        const inst = installation(core, intParam(req, "installation_id"));
        const { token, expiresAt } = issueToken(inst.id);
        const repos = [...core.state.repos.values()].filter((r) => r.installationId === inst.id);
        return {
          status: 201,
          body: {
            token,
            expires_at: expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
            permissions: inst.permissions,
            repository_selection: "selected",
            repositories: repos.map((r) => {
              const { permissions: _p, ...repo } = presentRepo(core, r);
              return repo;
            })
          }
        };
      },
      "app"
    ),
    defineRoute(
      "GET /repos/{owner}/{repo}/installation",
      (req, core) => {
        const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
        return { status: 200, body: presentInstallation(core, installation(core, repo.installationId)) };
      },
      "app"
    ),
    defineRoute("GET /rate_limit", () => {
      const reset = Math.floor(Date.now() / 1e3) + 3600;
      const core = { limit: 5e3, used: 0, remaining: 5e3, reset };
      return { status: 200, body: { resources: { core, search: { ...core, limit: 30, remaining: 30 } }, rate: core } };
    })
  ];
}
function withEnterpriseFields(inst) {
  const account = isJsonObject(inst.account) ? inst.account : {};
  const login = typeof account.login === "string" ? account.login : "";
  return {
    ...inst,
    account: {
      ...account,
      name: login,
      slug: login,
      created_at: inst.created_at ?? null,
      updated_at: inst.updated_at ?? null
    }
  };
}

// src/sim/presenters/present-check.ts
function pullsAt(core, repo, sha) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const side = (ref, s) => ({
    ref,
    sha: s,
    repo: { id: repo.id, url: api, name: repo.name }
  });
  return [...core.state.pulls.values()].filter((p) => p.repo === repoKey(repo) && p.state === "open" && p.headSha === sha).map((p) => ({
    id: p.number * 1e3 + repo.id,
    number: p.number,
    url: `${api}/pulls/${p.number}`,
    head: side(p.head, p.headSha),
    base: side(p.base, p.baseSha)
  }));
}
function presentCheckRun(core, repo, run) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: Buffer.from(`08:CheckRun${run.id}`).toString("base64"),
    external_id: run.externalId,
    url: `${api}/check-runs/${run.id}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: presentApp(core),
    pull_requests: pullsAt(core, repo, run.headSha)
  };
}
async function presentCheckSuite(core, repo, suite) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const [c] = await core.git(repo).log(suite.headSha, { max: 1 });
  const runs = [...core.state.checkRuns.values()].filter((r) => r.checkSuiteId === suite.id);
  return {
    id: suite.id,
    node_id: Buffer.from(`010:CheckSuite${suite.id}`).toString("base64"),
    head_branch: suite.headBranch,
    head_sha: suite.headSha,
    status: suite.status,
    conclusion: suite.conclusion,
    url: `${api}/check-suites/${suite.id}`,
    before: c?.parents[0] ?? null,
    after: suite.headSha,
    pull_requests: pullsAt(core, repo, suite.headSha),
    created_at: suite.createdAt,
    updated_at: suite.updatedAt,
    app: presentApp(core),
    repository: presentRepo(core, repo, "minimal"),
    head_commit: {
      id: suite.headSha,
      tree_id: c?.tree ?? suite.headSha,
      message: c?.message ?? "",
      timestamp: c?.committer.date ?? suite.createdAt,
      author: c ? { name: c.author.name, email: c.author.email } : null,
      committer: c ? { name: c.committer.name, email: c.committer.email } : null
    },
    latest_check_runs_count: new Set(runs.map((r) => r.name)).size,
    check_runs_url: `${api}/check-suites/${suite.id}/check-runs`,
    rerequestable: true,
    runs_rerequestable: true
  };
}

// src/sim/routes/check-run-writes.ts
function suiteFor(core, repo, headSha) {
  const key = repoKey(repo);
  const existing = [...core.state.checkSuites.values()].find(
    (s) => s.repo === key && s.headSha === headSha && s.appId === core.app.id
  );
  if (existing) return existing;
  const pr = [...core.state.pulls.values()].find((p) => p.repo === key && p.headSha === headSha);
  const at = core.state.timestamp();
  const suite = {
    id: core.state.nextId("check_suite"),
    repo: key,
    headSha,
    headBranch: pr?.head ?? null,
    appId: core.app.id,
    status: "queued",
    conclusion: null,
    createdAt: at,
    updatedAt: at,
    rerequests: 0
  };
  core.state.checkSuites.set(suite.id, suite);
  return suite;
}
var severity = ["action_required", "cancelled", "timed_out", "failure", "neutral", "skipped", "success", "stale"];
function settleSuite(core, suite) {
  const latest = /* @__PURE__ */ new Map();
  for (const r of core.state.checkRuns.values()) if (r.checkSuiteId === suite.id) latest.set(r.name, r);
  const runs = [...latest.values()];
  suite.updatedAt = core.state.timestamp();
  if (runs.length === 0) return;
  if (runs.every((r) => r.status === "completed")) {
    suite.status = "completed";
    suite.conclusion = [...runs.map((r) => r.conclusion ?? "neutral")].sort((a, b) => severity.indexOf(a) - severity.indexOf(b))[0] ?? "neutral";
  } else {
    suite.status = runs.some((r) => r.status === "in_progress" || r.status === "completed") ? "in_progress" : "queued";
    suite.conclusion = null;
  }
}
function applyCheckRunBody(core, run, body) {
  const str2 = (v) => typeof v === "string" ? v : void 0;
  if (str2(body.name)) run.name = str2(body.name) ?? run.name;
  if (body.details_url !== void 0) run.detailsUrl = str2(body.details_url) ?? null;
  if (body.external_id !== void 0) run.externalId = str2(body.external_id) ?? null;
  if (str2(body.started_at)) run.startedAt = str2(body.started_at) ?? run.startedAt;
  if (str2(body.status)) run.status = str2(body.status) ?? run.status;
  if (str2(body.conclusion)) {
    run.conclusion = str2(body.conclusion) ?? null;
    run.status = "completed";
  }
  if (run.status === "completed") run.completedAt = str2(body.completed_at) ?? run.completedAt ?? core.state.timestamp();
  else if (body.status !== void 0) {
    run.conclusion = null;
    run.completedAt = null;
  }
  if (isJsonObject(body.output)) {
    const o = body.output;
    if (o.title !== void 0) run.output.title = str2(o.title) ?? null;
    if (o.summary !== void 0) run.output.summary = str2(o.summary) ?? null;
    if (o.text !== void 0) run.output.text = str2(o.text) ?? null;
    for (const a of Array.isArray(o.annotations) ? o.annotations : [])
      if (isAnnotation(a)) run.output.annotations.push(a);
  }
  if (Array.isArray(body.actions)) run.actions = body.actions.filter(isJsonObject);
  run.writes++;
}
function isAnnotation(a) {
  return isJsonObject(a) && typeof a.path === "string" && typeof a.start_line === "number" && typeof a.end_line === "number" && typeof a.annotation_level === "string" && typeof a.message === "string";
}

// src/sim/webhooks/webhook-template.ts
import { readFileSync as readFileSync2 } from "node:fs";
var templates;
function webhookTemplate(name) {
  templates ??= loadTemplates();
  const t = templates[name];
  if (!isJsonObject(t)) throw new Error(`no webhook template ${name}; add it to scripts/gen-openapi-subset.ts`);
  return structuredClone(t);
}
function loadTemplates() {
  const parsed = JSON.parse(readFileSync2(findPackagePath("src/sim/openapi/webhook-examples.json"), "utf8"));
  if (!isJsonObject(parsed)) throw new Error("webhook-examples.json is not an object");
  return parsed;
}
function retarget(core, payload, repo) {
  const exampleRepo = isJsonObject(payload.repository) ? payload.repository : {};
  const fromFull = typeof exampleRepo.full_name === "string" ? exampleRepo.full_name : "Codertocat/Hello-World";
  const [fromOwner = "Codertocat"] = fromFull.split("/");
  const full = `${repo.owner}/${repo.name}`;
  const out = rebaseExample(payload, {
    "https://api.github.com": core.url,
    "https://github.com": core.url,
    [fromFull]: full,
    [`/users/${fromOwner}`]: `/users/${repo.owner}`,
    [`github.com/${fromOwner}`]: `github.com/${repo.owner}`,
    "git@github.com:": "git@127.0.0.1:",
    "git://github.com/": "git://127.0.0.1/"
  });
  if (!isJsonObject(out)) throw new Error("payload is not an object");
  out.repository = webhookRepo(core, repo, out.repository);
  out.installation = {
    id: repo.installationId,
    node_id: Buffer.from(`023:Installation${repo.installationId}`).toString("base64")
  };
  delete out.organization;
  delete out.enterprise;
  return out;
}
function webhookRepo(core, repo, example) {
  const base = isJsonObject(example) ? example : {};
  return {
    ...base,
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString("base64"),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: webhookUser(core, repo.owner, base.owner),
    default_branch: repo.defaultBranch
  };
}
function webhookUser(core, login, example) {
  const base = isJsonObject(example) ? example : {};
  const fromLogin = typeof base.login === "string" ? base.login : "";
  const rebased = fromLogin ? rebaseExample(base, { [`/${fromLogin}`]: `/${encodeURIComponent(login)}` }) : base;
  const obj = isJsonObject(rebased) ? rebased : {};
  const id = core.state.userId(login);
  return {
    ...obj,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString("base64"),
    type: login.endsWith("[bot]") ? "Bot" : "User"
  };
}

// src/sim/webhooks/check-payloads.ts
function checkRunEvent(core, repo, run, action, options = {}) {
  const p = retarget(core, webhookTemplate(`check_run.${action}`), repo);
  const tpl = isJsonObject(p.check_run) ? p.check_run : {};
  const rest = presentCheckRun(core, repo, run);
  const suite = core.state.checkSuites.get(run.checkSuiteId);
  const tplSuite = isJsonObject(tpl.check_suite) ? tpl.check_suite : {};
  p.check_run = {
    ...tpl,
    ...rest,
    check_suite: {
      ...tplSuite,
      id: run.checkSuiteId,
      head_sha: run.headSha,
      head_branch: suite?.headBranch ?? null,
      status: suite?.status ?? "queued",
      conclusion: suite?.conclusion ?? null,
      app: rest.app ?? null,
      pull_requests: rest.pull_requests ?? [],
      url: `${core.url}/repos/${repo.owner}/${repo.name}/check-suites/${run.checkSuiteId}`,
      before: tplSuite.before ?? null,
      after: run.headSha,
      created_at: suite?.createdAt ?? run.startedAt,
      updated_at: suite?.updatedAt ?? run.startedAt
    }
  };
  if (action === "requested_action") p.requested_action = { identifier: options.identifier ?? "" };
  else delete p.requested_action;
  p.sender = webhookUser(core, options.sender ?? botLogin(core), p.sender);
  return p;
}
async function checkSuiteEvent(core, repo, suite, action, sender = repo.owner) {
  const p = retarget(core, webhookTemplate(`check_suite.${action}`), repo);
  const tpl = isJsonObject(p.check_suite) ? p.check_suite : {};
  const rest = await presentCheckSuite(core, repo, suite);
  const { repository: _r, ...fields } = rest;
  p.check_suite = { ...tpl, ...fields };
  p.sender = webhookUser(core, sender, p.sender);
  return p;
}

// src/sim/routes/check-routes.ts
var repoOf2 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
var bodyOf = (req) => isJsonObject(req.body) ? req.body : {};
function runOf(req, core, repo) {
  const run = core.state.checkRuns.get(intParam(req, "check_run_id"));
  if (!run || run.repo !== repoKey(repo)) throw notFound();
  return run;
}
function filterRuns(req, runs) {
  const name = queryString(req, "check_name");
  const status = queryString(req, "status");
  let out = runs.filter((r) => (!name || r.name === name) && (!status || r.status === status));
  if ((queryString(req, "filter") ?? "latest") === "latest") {
    const latest = /* @__PURE__ */ new Map();
    for (const r of out) latest.set(r.name, r);
    out = [...latest.values()];
  }
  return out.sort((a, b) => b.id - a.id);
}
function checkRoutes() {
  return [
    defineRoute("POST /repos/{owner}/{repo}/check-runs", async (req, core) => {
      const repo = repoOf2(req, core);
      const body = bodyOf(req);
      const headSha = String(body.head_sha);
      const sha = await resolveRef(core, repo, headSha);
      if (!sha || !sha.startsWith(headSha.toLowerCase())) throw unprocessable(`No commit found for SHA: ${headSha}`);
      const suite = suiteFor(core, repo, sha);
      const at = core.state.timestamp();
      const run = {
        id: core.state.nextId("check_run"),
        repo: repoKey(repo),
        headSha: sha,
        name: String(body.name),
        status: "queued",
        conclusion: null,
        startedAt: at,
        completedAt: null,
        detailsUrl: core.url,
        externalId: "",
        output: { title: null, summary: null, text: null, annotations: [] },
        actions: [],
        checkSuiteId: suite.id,
        appId: core.app.id,
        writes: 0
      };
      applyCheckRunBody(core, run, body);
      core.state.checkRuns.set(run.id, run);
      settleSuite(core, suite);
      return { status: 201, body: presentCheckRun(core, repo, run) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", (req, core) => {
      const repo = repoOf2(req, core);
      return { status: 200, body: presentCheckRun(core, repo, runOf(req, core, repo)) };
    }),
    defineRoute("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", (req, core) => {
      const repo = repoOf2(req, core);
      const run = runOf(req, core, repo);
      applyCheckRunBody(core, run, bodyOf(req));
      const suite = core.state.checkSuites.get(run.checkSuiteId);
      if (suite) settleSuite(core, suite);
      return { status: 200, body: presentCheckRun(core, repo, run) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", (req, core) => {
      const repo = repoOf2(req, core);
      const run = runOf(req, core, repo);
      const blob = `${core.url}/${repo.owner}/${repo.name}/blob/${run.headSha}`;
      const items = run.output.annotations.map((a) => ({
        path: a.path,
        blob_href: `${blob}/${a.path}`,
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: typeof a.start_column === "number" ? a.start_column : null,
        end_column: typeof a.end_column === "number" ? a.end_column : null,
        annotation_level: a.annotation_level,
        title: typeof a.title === "string" ? a.title : null,
        message: a.message,
        raw_details: typeof a.raw_details === "string" ? a.raw_details : null
      }));
      return { status: 200, page: { items } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest", (req, core) => {
      const repo = repoOf2(req, core);
      const run = runOf(req, core, repo);
      core.emit("check_run", checkRunEvent(core, repo, run, "rerequested"));
      return { status: 201, body: {} };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", async (req, core) => {
      const repo = repoOf2(req, core);
      const sha = await resolveRef(core, repo, param(req, "ref"));
      const appId = req.query.app_id === void 0 ? void 0 : Number(req.query.app_id);
      const runs = sha ? filterRuns(
        req,
        core.state.checkRunsFor(repoKey(repo), sha).filter((r) => appId === void 0 || r.appId === appId)
      ) : [];
      return {
        status: 200,
        page: {
          items: runs.map((r) => presentCheckRun(core, repo, r)),
          wrap: (items, total) => ({ total_count: total, check_runs: items })
        }
      };
    }),
    defineRoute("POST /repos/{owner}/{repo}/check-suites", async (req, core) => {
      const repo = repoOf2(req, core);
      const headSha = String(bodyOf(req).head_sha);
      const sha = await resolveRef(core, repo, headSha);
      if (!sha) throw unprocessable(`No commit found for SHA: ${headSha}`);
      const existed = [...core.state.checkSuites.values()].some(
        (s) => s.repo === repoKey(repo) && s.headSha === sha && s.appId === core.app.id
      );
      const suite = suiteFor(core, repo, sha);
      return { status: existed ? 200 : 201, body: await presentCheckSuite(core, repo, suite) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/check-suites/{check_suite_id}", async (req, core) => {
      const repo = repoOf2(req, core);
      const suite = core.state.checkSuites.get(intParam(req, "check_suite_id"));
      if (!suite || suite.repo !== repoKey(repo)) throw notFound();
      return { status: 200, body: await presentCheckSuite(core, repo, suite) };
    }),
    defineRoute("POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest", async (req, core) => {
      const repo = repoOf2(req, core);
      const suite = core.state.checkSuites.get(intParam(req, "check_suite_id"));
      if (!suite || suite.repo !== repoKey(repo)) throw notFound();
      suite.rerequests++;
      core.emit("check_suite", await checkSuiteEvent(core, repo, suite, "rerequested"));
      return { status: 201, body: {} };
    }),
    defineRoute("GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs", (req, core) => {
      const repo = repoOf2(req, core);
      const id = intParam(req, "check_suite_id");
      const runs = filterRuns(
        req,
        [...core.state.checkRuns.values()].filter((r) => r.checkSuiteId === id && r.repo === repoKey(repo))
      );
      return {
        status: 200,
        page: {
          items: runs.map((r) => presentCheckRun(core, repo, r)),
          wrap: (items, total) => ({ total_count: total, check_runs: items })
        }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}/check-suites", async (req, core) => {
      const repo = repoOf2(req, core);
      const sha = await resolveRef(core, repo, param(req, "ref"));
      const suites = [...core.state.checkSuites.values()].filter((s) => s.repo === repoKey(repo) && s.headSha === sha);
      const items = await Promise.all(suites.map((s) => presentCheckSuite(core, repo, s)));
      return { status: 200, page: { items, wrap: (page, total) => ({ total_count: total, check_suites: page }) } };
    })
  ];
}

// src/sim/routes/deployment-routes.ts
var repoOf3 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
var str = (v) => typeof v === "string" ? v : void 0;
function presentDeployment(core, repo, d) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: Buffer.from(`010:Deployment${d.id}`).toString("base64"),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: presentUser(core, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment
  };
}
function presentDeploymentStatus(core, repo, d, s) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: Buffer.from(`016:DeploymentStatus${s.id}`).toString("base64"),
    state: s.state,
    creator: presentUser(core, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
    environment_url: s.environmentUrl,
    log_url: s.logUrl
  };
}
function deploymentOf(req, core, repo) {
  const d = core.state.deployments.get(intParam(req, "deployment_id"));
  if (!d || d.repo !== repoKey(repo)) throw notFound();
  return d;
}
function failingContexts(core, repo, sha, required) {
  const latest = /* @__PURE__ */ new Map();
  for (const s of [...core.state.statuses.values()].filter((x) => x.repo === repoKey(repo) && x.sha === sha))
    latest.set(s.context, s.state);
  for (const r of core.state.checkRunsFor(repoKey(repo), sha))
    latest.set(
      r.name,
      r.status === "completed" ? r.conclusion === "success" || r.conclusion === "skipped" || r.conclusion === "neutral" ? "success" : "failure" : "pending"
    );
  const names = required ?? [...latest.keys()];
  return names.filter((n) => latest.get(n) !== "success").map((n) => ({ context: n, state: latest.get(n) ?? "missing" }));
}
function deploymentRoutes() {
  return [
    defineRoute("GET /repos/{owner}/{repo}/deployments", (req, core) => {
      const repo = repoOf3(req, core);
      const f = {
        sha: queryString(req, "sha"),
        ref: queryString(req, "ref"),
        task: queryString(req, "task"),
        environment: queryString(req, "environment")
      };
      const ok = (want, have) => want === void 0 || want === "none" || want === have;
      const list = [...core.state.deployments.values()].filter(
        (d) => d.repo === repoKey(repo) && ok(f.sha, d.sha) && ok(f.ref, d.ref) && ok(f.task, d.task) && ok(f.environment, d.environment)
      ).sort((a, b) => b.id - a.id);
      return { status: 200, page: { items: list.map((d) => presentDeployment(core, repo, d)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/deployments", async (req, core) => {
      const repo = repoOf3(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const ref = String(body.ref);
      const sha = await resolveRef(core, repo, ref);
      if (!sha) throw unprocessable(`No ref found for: ${ref}`);
      const required = Array.isArray(body.required_contexts) ? body.required_contexts.map(String) : void 0;
      const failing = failingContexts(core, repo, sha, required);
      if (failing.length > 0)
        throw new SimHttpError(409, `Conflict: Commit status checks failed for ${ref}.`, {
          errors: [{ contexts: failing, resource: "Deployment", field: "required_contexts", code: "invalid" }]
        });
      const environment = str(body.environment) ?? "production";
      const at = core.state.timestamp();
      const payload = typeof body.payload === "string" ? safeJson(body.payload) : body.payload ?? {};
      const d = {
        id: core.state.nextId("deployment"),
        repo: repoKey(repo),
        sha,
        ref,
        task: str(body.task) ?? "deploy",
        payload,
        environment,
        description: str(body.description) ?? null,
        creator: botLogin(core),
        transientEnvironment: body.transient_environment === true,
        productionEnvironment: typeof body.production_environment === "boolean" ? body.production_environment : environment === "production",
        createdAt: at,
        updatedAt: at,
        statuses: []
      };
      core.state.deployments.set(d.id, d);
      return { status: 201, body: presentDeployment(core, repo, d) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/deployments/{deployment_id}", (req, core) => {
      const repo = repoOf3(req, core);
      return { status: 200, body: presentDeployment(core, repo, deploymentOf(req, core, repo)) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (req, core) => {
      const repo = repoOf3(req, core);
      const d = deploymentOf(req, core, repo);
      return {
        status: 200,
        page: { items: [...d.statuses].reverse().map((s) => presentDeploymentStatus(core, repo, d, s)) }
      };
    }),
    defineRoute("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (req, core) => {
      const repo = repoOf3(req, core);
      const d = deploymentOf(req, core, repo);
      const body = isJsonObject(req.body) ? req.body : {};
      const at = core.state.timestamp();
      const s = {
        id: core.state.nextId("deployment_status"),
        state: String(body.state),
        description: str(body.description) ?? "",
        environment: str(body.environment) ?? d.environment,
        logUrl: str(body.log_url) ?? str(body.target_url) ?? "",
        environmentUrl: str(body.environment_url) ?? "",
        creator: botLogin(core),
        createdAt: at
      };
      d.statuses.push(s);
      d.updatedAt = at;
      if (s.state === "success" && body.auto_inactive !== false) {
        for (const other of core.state.deployments.values()) {
          if (other.id === d.id || other.repo !== d.repo || other.environment !== d.environment || other.transientEnvironment)
            continue;
          const last = other.statuses.at(-1);
          if (last && last.state !== "inactive")
            other.statuses.push({
              ...last,
              id: core.state.nextId("deployment_status"),
              state: "inactive",
              description: "",
              createdAt: at
            });
        }
      }
      return { status: 201, body: presentDeploymentStatus(core, repo, d, s) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}", (req, core) => {
      const repo = repoOf3(req, core);
      const d = deploymentOf(req, core, repo);
      const s = d.statuses.find((x) => x.id === intParam(req, "status_id"));
      if (!s) throw notFound();
      return { status: 200, body: presentDeploymentStatus(core, repo, d, s) };
    })
  ];
}
function safeJson(text) {
  try {
    const v = JSON.parse(text);
    return v;
  } catch {
    return text;
  }
}

// src/sim/routes/git-ref-routes.ts
var repoOf4 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
async function presentRef(core, repo, name, sha) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const type = await core.git(repo).objectType(sha) ?? "commit";
  return {
    ref: name,
    node_id: Buffer.from(`03:Ref${repo.id}:${name}`).toString("base64"),
    url: `${api}/git/${name}`,
    object: { type, sha, url: `${api}/git/${type}s/${sha}` }
  };
}
function presentTag(core, repo, t) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    node_id: Buffer.from(`03:Tag${t.sha}`).toString("base64"),
    tag: t.tag,
    sha: t.sha,
    url: `${api}/git/tags/${t.sha}`,
    message: t.message,
    tagger: t.tagger,
    object: { type: t.type, sha: t.object, url: `${api}/git/${t.type}s/${t.object}` },
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
  };
}
async function current(core, repo, name) {
  const overlay = repo.refs.get(name);
  if (overlay !== void 0) return overlay ?? void 0;
  return (await core.git(repo).refs()).get(name);
}
function gitRefRoutes() {
  return [
    defineRoute("POST /repos/{owner}/{repo}/git/refs", async (req, core) => {
      const repo = repoOf4(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const name = String(body.ref);
      const sha = String(body.sha);
      if (!name.startsWith("refs/") || name.split("/").length < 3)
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
      if (!await core.git(repo).isValidRefName(name)) throw unprocessable(`${name} is not a valid ref name.`);
      if (!/^[0-9a-f]{40}$/.test(sha) || !await core.git(repo).hasObject(sha))
        throw unprocessable("Object does not exist");
      const inGit = (await core.git(repo).refs()).get(name);
      const overlay = repo.refs.get(name);
      if (overlay !== void 0 ? overlay !== null : inGit !== void 0)
        throw unprocessable("Reference already exists");
      repo.refs.set(name, sha);
      return {
        status: 201,
        body: await presentRef(core, repo, name, sha),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/git/${name}` }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/git/ref/{ref}", async (req, core) => {
      const repo = repoOf4(req, core);
      const name = `refs/${param(req, "ref")}`;
      const sha = await current(core, repo, name);
      if (!sha) throw notFound();
      return { status: 200, body: await presentRef(core, repo, name, sha) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", async (req, core) => {
      const repo = repoOf4(req, core);
      const prefix = `refs/${param(req, "ref")}`;
      const refs = [...await listRefs(core, repo)].filter(([n]) => n.startsWith(prefix));
      return { status: 200, body: await Promise.all(refs.map(([n, sha]) => presentRef(core, repo, n, sha))) };
    }),
    defineRoute("PATCH /repos/{owner}/{repo}/git/refs/{ref}", async (req, core) => {
      const repo = repoOf4(req, core);
      const name = `refs/${param(req, "ref")}`;
      const body = isJsonObject(req.body) ? req.body : {};
      const sha = String(body.sha);
      const overlayBefore = repo.refs.get(name);
      const before = await current(core, repo, name);
      if (!before) throw unprocessable("Reference does not exist");
      if (!await core.git(repo).hasObject(sha)) throw unprocessable("Object does not exist");
      if (body.force !== true && !await core.git(repo).isAncestor(before, sha))
        throw unprocessable("Update is not a fast forward");
      if (repo.refs.get(name) !== overlayBefore) throw unprocessable("Reference cannot be updated");
      repo.refs.set(name, sha);
      return { status: 200, body: await presentRef(core, repo, name, sha) };
    }),
    // Annotated tag objects: written into the git directory's object store (no ref), so a
    // lock ref can point at a tag whose message carries the holder.
    defineRoute("POST /repos/{owner}/{repo}/git/tags", async (req, core) => {
      const repo = repoOf4(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const object = String(body.object);
      const git = core.git(repo);
      const actual = /^[0-9a-f]{40}$/.test(object) ? await git.objectType(object) : void 0;
      if (actual === void 0) throw unprocessable("Object does not exist");
      if (actual !== body.type) throw unprocessable(`Object type is ${actual}, not ${String(body.type)}`);
      const t = isJsonObject(body.tagger) ? body.tagger : {};
      const tagger = {
        name: typeof t.name === "string" ? t.name : botLogin(core),
        email: typeof t.email === "string" ? t.email : `${core.app.id}+${botLogin(core)}@users.noreply.github.com`,
        date: typeof t.date === "string" ? t.date : core.state.timestamp()
      };
      const sha = await git.writeTag({
        object,
        type: actual,
        tag: String(body.tag),
        tagger,
        message: String(body.message)
      });
      const tag = await git.readTag(sha);
      if (!tag) throw new Error(`tag ${sha} not readable after writing it`);
      return {
        status: 201,
        body: presentTag(core, repo, tag),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/git/tags/${sha}` }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", async (req, core) => {
      const repo = repoOf4(req, core);
      const sha = param(req, "tag_sha");
      const tag = /^[0-9a-f]{40}$/.test(sha) ? await core.git(repo).readTag(sha) : void 0;
      if (!tag) throw notFound();
      return { status: 200, body: presentTag(core, repo, tag) };
    }),
    defineRoute("DELETE /repos/{owner}/{repo}/git/refs/{ref}", async (req, core) => {
      const repo = repoOf4(req, core);
      const name = `refs/${param(req, "ref")}`;
      const overlayBefore = repo.refs.get(name);
      if (!await current(core, repo, name) || repo.refs.get(name) !== overlayBefore)
        throw unprocessable("Reference does not exist");
      repo.refs.set(name, null);
      return { status: 204 };
    })
  ];
}

// src/sim/presenters/present-label.ts
function presentLabel(core, repo, name) {
  let label = repo.labels.get(name.toLowerCase());
  if (!label) {
    label = { id: core.state.nextId("label"), name, color: "ededed", description: null };
    repo.labels.set(name.toLowerCase(), label);
  }
  return {
    id: label.id,
    node_id: Buffer.from(`05:Label${label.id}`).toString("base64"),
    url: `${core.url}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false
  };
}

// src/sim/routes/issue-routes.ts
var repoOf5 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
var bodyOf2 = (req) => isJsonObject(req.body) ? req.body : {};
var issueKey = (repo, n) => `${repoKey(repo)}#${n}`;
function requireIssue(core, repo, n) {
  core.state.pull(repo, n);
}
function commentOf(req, core, repo) {
  const c = core.state.comments.get(intParam(req, "comment_id"));
  if (!c || c.repo !== repoKey(repo)) throw notFound();
  return c;
}
function presentComment(core, repo, c) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString("base64"),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: presentUser(core, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/issues/${c.issueNumber}`,
    author_association: c.user === repo.owner ? "OWNER" : "NONE",
    reactions: reactionRollup(core, `comment:${c.id}`, `${api}/issues/comments/${c.id}/reactions`)
  };
}
function reactionRollup(core, subject, url) {
  const counts = {
    "+1": 0,
    "-1": 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0
  };
  let total = 0;
  for (const r of core.state.reactions.values()) {
    if (r.subject !== subject) continue;
    counts[r.content] = (counts[r.content] ?? 0) + 1;
    total++;
  }
  return { url, total_count: total, ...counts };
}
function presentReaction(core, r) {
  return {
    id: r.id,
    node_id: Buffer.from(`08:Reaction${r.id}`).toString("base64"),
    user: presentUser(core, r.user),
    content: r.content,
    created_at: r.createdAt
  };
}
function react(core, subject, content) {
  const user = botLogin(core);
  const existing = [...core.state.reactions.values()].find(
    (r2) => r2.subject === subject && r2.user === user && r2.content === content
  );
  if (existing) return { status: 200, body: presentReaction(core, existing) };
  const r = {
    id: core.state.nextId("reaction"),
    subject,
    content,
    user,
    createdAt: core.state.timestamp()
  };
  core.state.reactions.set(r.id, r);
  return { status: 201, body: presentReaction(core, r) };
}
function labelNames(body) {
  const list = isJsonObject(body) ? body.labels : body;
  if (!Array.isArray(list)) return [];
  return list.map((l) => typeof l === "string" ? l : isJsonObject(l) && typeof l.name === "string" ? l.name : "").filter(Boolean);
}
function issueRoutes() {
  const labelsOf = (core, repo, n) => core.state.issueLabels.get(issueKey(repo, n)) ?? [];
  const setLabels = (core, repo, n, names) => {
    const unique = [...new Map(names.map((x) => [x.toLowerCase(), x])).values()];
    core.state.issueLabels.set(issueKey(repo, n), unique);
    return unique.map((x) => presentLabel(core, repo, x));
  };
  return [
    defineRoute("GET /repos/{owner}/{repo}/issues/{issue_number}", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      const pr = core.state.pull(repo, n);
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
      const comments = [...core.state.comments.values()].filter(
        (c) => c.repo === repoKey(repo) && c.issueNumber === n
      ).length;
      const body = {
        id: n * 1e3 + repo.id,
        node_id: Buffer.from(`05:Issue${repo.id}:${n}`).toString("base64"),
        url: `${api}/issues/${n}`,
        repository_url: api,
        labels_url: `${api}/issues/${n}/labels{/name}`,
        comments_url: `${api}/issues/${n}/comments`,
        events_url: `${api}/issues/${n}/events`,
        html_url: `${core.url}/${repo.owner}/${repo.name}/pull/${n}`,
        number: n,
        state: pr.state,
        title: pr.title,
        body: pr.body,
        user: presentUser(core, pr.user),
        labels: labelsOf(core, repo, n).map((x) => presentLabel(core, repo, x)),
        assignee: null,
        assignees: [],
        milestone: null,
        locked: false,
        comments,
        pull_request: {
          url: `${api}/pulls/${n}`,
          html_url: `${core.url}/${repo.owner}/${repo.name}/pull/${n}`,
          diff_url: null,
          patch_url: null
        },
        closed_at: null,
        created_at: pr.createdAt,
        updated_at: pr.updatedAt,
        author_association: "OWNER"
      };
      return { status: 200, body };
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      const list = [...core.state.comments.values()].filter((c) => c.repo === repoKey(repo) && c.issueNumber === n);
      return { status: 200, page: { items: list.map((c) => presentComment(core, repo, c)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      const at = core.state.timestamp();
      const c = {
        id: core.state.nextId("comment"),
        repo: repoKey(repo),
        issueNumber: n,
        body: String(bodyOf2(req).body),
        user: botLogin(core),
        createdAt: at,
        updatedAt: at
      };
      core.state.comments.set(c.id, c);
      return {
        status: 201,
        body: presentComment(core, repo, c),
        headers: { location: `${core.url}/repos/${repo.owner}/${repo.name}/issues/comments/${c.id}` }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/comments/{comment_id}", (req, core) => {
      const repo = repoOf5(req, core);
      return { status: 200, body: presentComment(core, repo, commentOf(req, core, repo)) };
    }),
    defineRoute("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", (req, core) => {
      const repo = repoOf5(req, core);
      const c = commentOf(req, core, repo);
      c.body = String(bodyOf2(req).body);
      c.updatedAt = core.state.timestamp();
      return { status: 200, body: presentComment(core, repo, c) };
    }),
    defineRoute("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", (req, core) => {
      const repo = repoOf5(req, core);
      core.state.comments.delete(commentOf(req, core, repo).id);
      return { status: 204 };
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/{issue_number}/reactions", (req, core) => {
      const repo = repoOf5(req, core);
      const subject = `issue:${issueKey(repo, intParam(req, "issue_number"))}`;
      const items = [...core.state.reactions.values()].filter(
        (r) => r.subject === subject && (req.query.content === void 0 || r.content === req.query.content)
      );
      return { status: 200, page: { items: items.map((r) => presentReaction(core, r)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/issues/{issue_number}/reactions", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      return react(core, `issue:${issueKey(repo, n)}`, String(bodyOf2(req).content));
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", (req, core) => {
      const repo = repoOf5(req, core);
      const c = commentOf(req, core, repo);
      const items = [...core.state.reactions.values()].filter(
        (r) => r.subject === `comment:${c.id}` && (req.query.content === void 0 || r.content === req.query.content)
      );
      return { status: 200, page: { items: items.map((r) => presentReaction(core, r)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", (req, core) => {
      const repo = repoOf5(req, core);
      return react(core, `comment:${commentOf(req, core, repo).id}`, String(bodyOf2(req).content));
    }),
    defineRoute("GET /repos/{owner}/{repo}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      return { status: 200, page: { items: [...repo.labels.values()].map((l) => presentLabel(core, repo, l.name)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      const body = bodyOf2(req);
      const name = String(body.name);
      if (repo.labels.has(name.toLowerCase()))
        throw new SimHttpError(422, "Validation Failed", {
          errors: [{ resource: "Label", code: "already_exists", field: "name" }]
        });
      repo.labels.set(name.toLowerCase(), {
        id: core.state.nextId("label"),
        name,
        color: typeof body.color === "string" ? body.color.replace(/^#/, "") : "ededed",
        description: typeof body.description === "string" ? body.description : null
      });
      return { status: 201, body: presentLabel(core, repo, name) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/issues/{issue_number}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      return { status: 200, page: { items: labelsOf(core, repo, n).map((x) => presentLabel(core, repo, x)) } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      return { status: 200, body: setLabels(core, repo, n, [...labelsOf(core, repo, n), ...labelNames(req.body)]) };
    }),
    defineRoute("PUT /repos/{owner}/{repo}/issues/{issue_number}/labels", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      requireIssue(core, repo, n);
      return { status: 200, body: setLabels(core, repo, n, labelNames(req.body)) };
    }),
    defineRoute("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", (req, core) => {
      const repo = repoOf5(req, core);
      const n = intParam(req, "issue_number");
      const name = param(req, "name").toLowerCase();
      const current2 = labelsOf(core, repo, n);
      if (!current2.some((x) => x.toLowerCase() === name)) throw new SimHttpError(404, "Label does not exist");
      return {
        status: 200,
        body: setLabels(
          core,
          repo,
          n,
          current2.filter((x) => x.toLowerCase() !== name)
        )
      };
    })
  ];
}

// src/sim/presenters/present-commit.ts
function presentCommit(core, repo, c, files) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const person = (who) => ({ name: who.name, email: who.email, date: who.date });
  const login = (email) => email.split("@")[0]?.replace(/[^A-Za-z0-9-]/g, "-") || "ghost";
  const out = {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: Buffer.from(`06:Commit${c.sha}`).toString("base64"),
    html_url: `${core.url}/${repo.owner}/${repo.name}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person(c.author),
      committer: person(c.committer),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
    },
    author: presentUser(core, login(c.author.email)),
    committer: presentUser(core, login(c.committer.email)),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${core.url}/${repo.owner}/${repo.name}/commit/${sha}`
    }))
  };
  if (files) {
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    out.stats = { additions, deletions, total: additions + deletions };
    out.files = files.map((f) => presentFile(core, repo, c.sha, f));
  }
  return out;
}
function presentFile(core, repo, headSha, f) {
  const enc = f.filename.split("/").map(encodeURIComponent).join("/");
  const out = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${core.url}/${repo.owner}/${repo.name}/blob/${headSha}/${enc}`,
    raw_url: `${core.url}/${repo.owner}/${repo.name}/raw/${headSha}/${enc}`,
    contents_url: `${core.url}/repos/${repo.owner}/${repo.name}/contents/${enc}?ref=${headSha}`
  };
  if (f.patch !== void 0) out.patch = f.patch;
  if (f.previousFilename !== void 0) out.previous_filename = f.previousFilename;
  return out;
}

// src/sim/presenters/pull-links.ts
function pullLinks(core, repo, pr) {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const html = `${core.url}/${repo.owner}/${repo.name}/pull/${pr.number}`;
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.number * 1e3 + repo.id,
    node_id: Buffer.from(`011:PullRequest${repo.id}:${pr.number}`).toString("base64"),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha}`,
    number: pr.number
  };
}

// src/sim/presenters/present-pull.ts
function presentPull(core, repo, pr) {
  const full = `${repo.owner}/${repo.name}`;
  const base = rebaseExample(core.openapi.namedExample("pull-request"), {
    "https://api.github.com": core.url,
    "https://github.com": core.url,
    "octocat/Hello-World": full
  });
  if (!isJsonObject(base)) throw new Error("pull-request example is not an object");
  const repoJson = presentRepo(core, repo);
  const side = (ref, sha, owner = repo.owner) => ({
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: presentUser(core, owner),
    repo: owner === repo.owner ? repoJson : { ...repoJson, full_name: `${owner}/${repo.name}`, owner: presentUser(core, owner), fork: true }
  });
  const labels = (core.state.issueLabels.get(`${full}#${pr.number}`.toLowerCase()) ?? []).map(
    (n) => presentLabel(core, repo, n)
  );
  return {
    ...base,
    ...pullLinks(core, repo, pr),
    state: pr.state,
    locked: false,
    title: pr.title,
    user: presentUser(core, pr.user),
    body: pr.body,
    labels,
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === "closed" ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.head, pr.headSha, pr.headOwner),
    base: side(pr.base, pr.baseSha),
    author_association: pr.user === repo.owner ? "OWNER" : "CONTRIBUTOR",
    auto_merge: null,
    draft: pr.draft,
    merged: pr.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: "clean",
    merged_by: null,
    comments: [...core.state.comments.values()].filter(
      (c) => c.repo === full.toLowerCase() && c.issueNumber === pr.number
    ).length,
    review_comments: 0
  };
}

// src/sim/routes/pull-routes.ts
function pullRoutes() {
  return [
    defineRoute("GET /repos/{owner}/{repo}/pulls", (req, core) => {
      const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
      const state = queryString(req, "state") ?? "open";
      const head = queryString(req, "head");
      const base = queryString(req, "base");
      const pulls = [...core.state.pulls.values()].filter((p) => p.repo === repoKey(repo) && (state === "all" || p.state === state)).filter((p) => (!head || `${repo.owner}:${p.head}` === head || p.head === head) && (!base || p.base === base)).sort((a, b) => b.number - a.number);
      return { status: 200, page: { items: pulls.map((p) => presentPull(core, repo, p)) } };
    }),
    defineRoute("GET /repos/{owner}/{repo}/pulls/{pull_number}", (req, core) => {
      const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
      return { status: 200, body: presentPull(core, repo, core.state.pull(repo, intParam(req, "pull_number"))) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", async (req, core) => {
      const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
      const pr = core.state.pull(repo, intParam(req, "pull_number"));
      const git = core.git(repo);
      const base = await git.mergeBase(pr.baseSha, pr.headSha) ?? pr.baseSha;
      const files = (await git.diff(base, pr.headSha)).slice(0, 3e3);
      return { status: 200, page: { items: files.map((f) => presentFile(core, repo, pr.headSha, f)) } };
    })
  ];
}

// src/sim/routes/content-route.ts
import { posix } from "node:path";
function entryJson(core, repo, ref, e) {
  const enc = e.path.split("/").map(encodeURIComponent).join("/");
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const type = e.type === "tree" ? "dir" : e.type === "commit" ? "submodule" : e.mode === "120000" ? "symlink" : "file";
  const url = `${api}/contents/${enc}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${api}/git/${e.type === "tree" ? "trees" : "blobs"}/${e.sha}`;
  const htmlUrl = `${core.url}/${repo.owner}/${repo.name}/${e.type === "tree" ? "tree" : "blob"}/${ref}/${enc}`;
  return {
    type,
    size: e.size,
    name: e.path.split("/").pop() ?? e.path,
    path: e.path,
    sha: e.sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: type === "file" ? `${core.url}/${repo.owner}/${repo.name}/raw/${ref}/${enc}` : null,
    _links: { self: url, git: gitUrl, html: htmlUrl }
  };
}
var contentRoute = defineRoute("GET /repos/{owner}/{repo}/contents/{path}", async (req, core) => {
  const repo = core.state.repo(param(req, "owner"), param(req, "repo"));
  const ref = queryString(req, "ref") ?? repo.defaultBranch;
  const sha = await resolveRef(core, repo, ref);
  if (!sha) throw notFound();
  const path = String(req.params.path ?? "");
  const git = core.git(repo);
  const found = await git.listPath(sha, path);
  if (!found) throw notFound();
  if (found.kind === "dir") return { status: 200, body: found.entries.map((e) => entryJson(core, repo, ref, e)) };
  let [entry] = found.entries;
  if (!entry) throw notFound();
  if (entry.mode === "120000") {
    const link = entry;
    const target = await git.linkTarget(link);
    const resolved = posix.normalize(posix.join(posix.dirname(link.path), target));
    const file = target.startsWith("/") || resolved.startsWith("..") ? void 0 : await git.listPath(sha, resolved);
    const fileEntry = file?.kind === "file" ? file.entries[0] : void 0;
    if (!fileEntry || fileEntry.mode === "120000")
      return { status: 200, body: { ...entryJson(core, repo, ref, link), target } };
    entry = fileEntry;
  }
  const bytes = await git.readFile(sha, entry.path) ?? Buffer.alloc(0);
  const accept = String(req.headers.accept ?? "");
  if (accept.includes("raw"))
    return { status: 200, raw: bytes, headers: { "content-type": "application/vnd.github.raw; charset=utf-8" } };
  const content = (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n") + "\n";
  return { status: 200, body: { ...entryJson(core, repo, ref, entry), encoding: "base64", content } };
});

// src/sim/routes/repo-routes.ts
var repoOf6 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
async function commitOr404(core, repo, ref) {
  const sha = await resolveRef(core, repo, ref);
  if (!sha) throw unprocessable(`No commit found for SHA: ${ref}`);
  return sha;
}
function repoRoutes() {
  return [
    defineRoute("GET /repos/{owner}/{repo}", (req, core) => ({
      status: 200,
      body: presentRepo(core, repoOf6(req, core))
    })),
    contentRoute,
    // GitHub answers 302 to codeload; Octokit's fetch follows it to the same origin, keeping auth.
    defineRoute("GET /repos/{owner}/{repo}/tarball/{ref}", async (req, core) => {
      const repo = repoOf6(req, core);
      const sha = await resolveRef(core, repo, param(req, "ref"));
      if (!sha) throw notFound();
      return {
        status: 302,
        headers: { location: `${core.url}/_codeload/${repo.owner}/${repo.name}/legacy.tar.gz/${sha}` }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits", async (req, core) => {
      const repo = repoOf6(req, core);
      const sha = await commitOr404(core, repo, queryString(req, "sha") ?? repo.defaultBranch);
      const commits = await core.git(repo).log(sha, { max: 1e3 });
      return { status: 200, page: { items: commits.map((c) => presentCommit(core, repo, c)) } };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}", async (req, core) => {
      const repo = repoOf6(req, core);
      const sha = await commitOr404(core, repo, param(req, "ref"));
      const git = core.git(repo);
      const [c] = await git.log(sha, { max: 1 });
      if (!c) throw notFound();
      const files = c.parents[0] ? await git.diff(c.parents[0], sha) : [];
      return { status: 200, body: presentCommit(core, repo, c, files) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/compare/{basehead}", async (req, core) => {
      const repo = repoOf6(req, core);
      const [base = "", head = ""] = param(req, "basehead").split("...");
      const git = core.git(repo);
      const [baseSha, headSha] = await Promise.all([resolveRef(core, repo, base), resolveRef(core, repo, head)]);
      if (!baseSha || !headSha) throw notFound();
      const mergeBase = await git.mergeBase(baseSha, headSha) ?? baseSha;
      const [ahead, behind, files, [baseCommit], [mbCommit]] = await Promise.all([
        git.log(headSha, { exclude: baseSha }),
        git.log(baseSha, { exclude: headSha }),
        git.diff(mergeBase, headSha),
        git.log(baseSha, { max: 1 }),
        git.log(mergeBase, { max: 1 })
      ]);
      if (!baseCommit || !mbCommit) throw notFound();
      const status = ahead.length === 0 && behind.length === 0 ? "identical" : behind.length === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged";
      const at = `${core.url}/${repo.owner}/${repo.name}/compare/${base}...${head}`;
      const body = {
        url: `${core.url}/repos/${repo.owner}/${repo.name}/compare/${base}...${head}`,
        html_url: at,
        permalink_url: at,
        diff_url: `${at}.diff`,
        patch_url: `${at}.patch`,
        base_commit: presentCommit(core, repo, baseCommit),
        merge_base_commit: presentCommit(core, repo, mbCommit),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: [...ahead].reverse().map((c) => presentCommit(core, repo, c)),
        files: files.map((f) => presentFile(core, repo, headSha, f))
      };
      return { status: 200, body };
    }),
    defineRoute("GET /repos/{owner}/{repo}/branches/{branch}", async (req, core) => {
      const repo = repoOf6(req, core);
      const branch = param(req, "branch");
      const sha = await resolveRef(core, repo, `refs/heads/${branch}`);
      if (!sha) throw new SimHttpError(404, "Branch not found");
      const [c] = await core.git(repo).log(sha, { max: 1 });
      if (!c) throw notFound();
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
      return {
        status: 200,
        body: {
          name: branch,
          commit: presentCommit(core, repo, c),
          _links: { self: `${api}/branches/${branch}`, html: `${core.url}/${repo.owner}/${repo.name}/tree/${branch}` },
          protected: false,
          protection: {
            enabled: false,
            required_status_checks: { enforcement_level: "off", contexts: [], checks: [] }
          },
          protection_url: `${api}/branches/${branch}/protection`
        }
      };
    }),
    defineRoute("GET /repos/{owner}/{repo}/collaborators/{username}/permission", (req, core) => {
      const repo = repoOf6(req, core);
      const login = param(req, "username");
      const permission = repo.collaborators.get(login) ?? (login === repo.owner ? "admin" : "read");
      const legacy = permission === "maintain" ? "write" : permission === "triage" ? "read" : permission;
      const user = presentUser(core, login);
      const flags = {
        admin: permission === "admin",
        maintain: ["admin", "maintain"].includes(permission),
        push: ["admin", "maintain", "write"].includes(permission),
        triage: permission !== "read" && permission !== "none",
        pull: permission !== "none"
      };
      return {
        status: 200,
        body: {
          permission: legacy,
          role_name: permission,
          user: { ...user, permissions: flags, role_name: permission }
        }
      };
    })
  ];
}

// src/sim/routes/ruleset-routes.ts
var repoOf7 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
function presentRuleset(core, repo, r, full) {
  const url = `${core.url}/repos/${repo.owner}/${repo.name}/rulesets/${r.id}`;
  const summary = {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: "Repository",
    source: `${repo.owner}/${repo.name}`,
    enforcement: r.enforcement,
    node_id: Buffer.from(`RRS_${r.id}`).toString("base64"),
    _links: { self: { href: url }, html: { href: `https://github.com/${repo.owner}/${repo.name}/rules/${r.id}` } },
    created_at: r.createdAt,
    updated_at: r.updatedAt
  };
  if (!full) return summary;
  return {
    ...summary,
    bypass_actors: r.bypassActors,
    current_user_can_bypass: "never",
    conditions: r.conditions,
    rules: r.rules
  };
}
function rulesetOf(req, core, repo) {
  const r = core.state.rulesets.get(Number(param(req, "ruleset_id")));
  if (!r || r.repo !== repoKey(repo)) throw notFound();
  return r;
}
function assertUniqueName(core, repo, name, id) {
  for (const r of core.state.rulesets.values())
    if (r.repo === repoKey(repo) && r.name === name && r.id !== id)
      throw unprocessable("Validation Failed: Name must be unique");
}
var arrayField = (body, key) => Array.isArray(body[key]) ? body[key] : void 0;
function rulesetRoutes() {
  return [
    defineRoute("GET /repos/{owner}/{repo}/rulesets", (req, core) => {
      const repo = repoOf7(req, core);
      const items = [...core.state.rulesets.values()].filter((r) => r.repo === repoKey(repo)).sort((a, b) => a.id - b.id).map((r) => presentRuleset(core, repo, r, false));
      return { status: 200, page: { items } };
    }),
    defineRoute("POST /repos/{owner}/{repo}/rulesets", (req, core) => {
      const repo = repoOf7(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const name = String(body.name);
      assertUniqueName(core, repo, name);
      const at = core.state.timestamp();
      const r = {
        id: core.state.nextId("ruleset"),
        repo: repoKey(repo),
        name,
        target: typeof body.target === "string" ? body.target : "branch",
        enforcement: String(body.enforcement),
        bypassActors: arrayField(body, "bypass_actors") ?? [],
        conditions: isJsonObject(body.conditions) ? body.conditions : {},
        rules: arrayField(body, "rules") ?? [],
        createdAt: at,
        updatedAt: at
      };
      core.state.rulesets.set(r.id, r);
      return { status: 201, body: presentRuleset(core, repo, r, true) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", (req, core) => {
      const repo = repoOf7(req, core);
      return { status: 200, body: presentRuleset(core, repo, rulesetOf(req, core, repo), true) };
    }),
    defineRoute("PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}", (req, core) => {
      const repo = repoOf7(req, core);
      const r = rulesetOf(req, core, repo);
      const body = isJsonObject(req.body) ? req.body : {};
      if (typeof body.name === "string") {
        assertUniqueName(core, repo, body.name, r.id);
        r.name = body.name;
      }
      if (typeof body.target === "string") r.target = body.target;
      if (typeof body.enforcement === "string") r.enforcement = body.enforcement;
      r.bypassActors = arrayField(body, "bypass_actors") ?? r.bypassActors;
      if (isJsonObject(body.conditions)) r.conditions = body.conditions;
      r.rules = arrayField(body, "rules") ?? r.rules;
      r.updatedAt = core.state.timestamp();
      return { status: 200, body: presentRuleset(core, repo, r, true) };
    })
  ];
}

// src/sim/routes/status-routes.ts
var repoOf8 = (req, core) => core.state.repo(param(req, "owner"), param(req, "repo"));
function presentStatus(core, repo, s) {
  return {
    url: `${core.url}/repos/${repo.owner}/${repo.name}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: Buffer.from(`06:Status${s.id}`).toString("base64"),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: presentUser(core, s.creator)
  };
}
async function statusesAt(core, repo, ref) {
  const sha = await resolveRef(core, repo, ref);
  return {
    sha,
    list: [...core.state.statuses.values()].filter((s) => s.repo === repoKey(repo) && s.sha === sha).sort((a, b) => b.id - a.id)
  };
}
function statusRoutes() {
  return [
    defineRoute("POST /repos/{owner}/{repo}/statuses/{sha}", async (req, core) => {
      const repo = repoOf8(req, core);
      const body = isJsonObject(req.body) ? req.body : {};
      const sha = await resolveRef(core, repo, param(req, "sha"));
      if (!sha) throw unprocessable(`No commit found for SHA: ${param(req, "sha")}`);
      const s = {
        id: core.state.nextId("status"),
        repo: repoKey(repo),
        sha,
        state: String(body.state),
        targetUrl: typeof body.target_url === "string" ? body.target_url : null,
        description: typeof body.description === "string" ? body.description : null,
        context: typeof body.context === "string" ? body.context : "default",
        creator: botLogin(core),
        createdAt: core.state.timestamp()
      };
      core.state.statuses.set(s.id, s);
      return { status: 201, body: presentStatus(core, repo, s) };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}/statuses", async (req, core) => {
      const repo = repoOf8(req, core);
      const { list } = await statusesAt(core, repo, param(req, "ref"));
      return { status: 200, page: { items: list.map((s) => presentStatus(core, repo, s)) } };
    }),
    defineRoute("GET /repos/{owner}/{repo}/commits/{ref}/status", async (req, core) => {
      const repo = repoOf8(req, core);
      const { sha, list } = await statusesAt(core, repo, param(req, "ref"));
      const latest = /* @__PURE__ */ new Map();
      for (const s of list) if (!latest.has(s.context)) latest.set(s.context, s);
      const states = [...latest.values()].map((s) => s.state);
      const state = states.some((s) => s === "error" || s === "failure") ? "failure" : states.length === 0 || states.includes("pending") ? "pending" : "success";
      const { permissions: _p, ...minimal } = presentRepo(core, repo, "minimal");
      const items = [...latest.values()].map((s) => {
        const { creator: _c, ...rest } = presentStatus(core, repo, s);
        return rest;
      });
      return {
        status: 200,
        page: {
          items,
          wrap: (page, total) => ({
            state,
            statuses: page,
            sha: sha ?? param(req, "ref"),
            total_count: total,
            repository: minimal,
            commit_url: `${core.url}/repos/${repo.owner}/${repo.name}/commits/${sha}`,
            url: `${core.url}/repos/${repo.owner}/${repo.name}/commits/${sha}/status`
          })
        }
      };
    })
  ];
}

// src/sim/routes/team-routes.ts
function isMember(state, org, slug, login, depth = 0) {
  const team = state.teams.get(`${org}/${slug}`);
  if (!team || depth > 10) return false;
  if (team.members.has(login)) return true;
  for (const [key, child] of state.teams)
    if (child.parent === slug && key.startsWith(`${org}/`) && isMember(state, org, key.slice(org.length + 1), login, depth + 1))
      return true;
  return false;
}
function teamRoutes() {
  return [
    defineRoute("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", (req, core) => {
      const org = param(req, "org");
      const slug = param(req, "team_slug");
      const login = param(req, "username");
      if (!core.state.teams.has(`${org}/${slug}`) || !isMember(core.state, org, slug, login)) throw notFound();
      return {
        status: 200,
        body: {
          url: `${core.url}/organizations/1/team/1/memberships/${login}`,
          role: "member",
          state: "active"
        }
      };
    })
  ];
}

// src/sim/routes/all-routes.ts
function routes(hooks) {
  return [
    ...appRoutes(hooks.issueToken),
    ...repoRoutes(),
    ...teamRoutes(),
    ...pullRoutes(),
    ...checkRoutes(),
    ...statusRoutes(),
    ...issueRoutes(),
    ...deploymentRoutes(),
    ...gitRefRoutes(),
    ...actionsRoutes(hooks.onDispatch),
    ...rulesetRoutes()
  ];
}

// src/sim/violation.ts
function formatViolation(v) {
  return v.errors.map((e) => `${v.operationId} (${v.method} ${v.url}) ${v.where} ${e.at}: ${e.message}`).join("\n");
}

// src/sim/webhooks/deployment-payloads.ts
function deploymentJson(core, repo, d, tpl) {
  const rest = presentDeployment(core, repo, d);
  return { ...tpl, ...rest, creator: webhookUser(core, d.creator, tpl.creator), performed_via_github_app: null };
}
function deploymentEvent(core, repo, d, sender = d.creator) {
  const p = retarget(core, webhookTemplate("deployment.created"), repo);
  p.deployment = deploymentJson(core, repo, d, isJsonObject(p.deployment) ? p.deployment : {});
  p.sender = webhookUser(core, sender, p.sender);
  return p;
}
function deploymentStatusEvent(core, repo, d, s) {
  const p = retarget(core, webhookTemplate("deployment_status.created"), repo);
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const tpl = isJsonObject(p.deployment_status) ? p.deployment_status : {};
  p.deployment = deploymentJson(core, repo, d, isJsonObject(p.deployment) ? p.deployment : {});
  const { log_url: _l, ...tplRest } = tpl;
  p.deployment_status = {
    ...tplRest,
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: Buffer.from(`016:DeploymentStatus${s.id}`).toString("base64"),
    state: s.state,
    creator: webhookUser(core, s.creator, tpl.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    ...s.logUrl ? { log_url: s.logUrl } : {},
    environment_url: s.environmentUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api
  };
  p.sender = webhookUser(core, s.creator, p.sender);
  return p;
}

// src/sim/webhooks/issue-comment-payload.ts
function issueCommentEvent(core, repo, pr, comment, action) {
  const p = retarget(core, webhookTemplate(`issue_comment.${action}`), repo);
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const html = `${core.url}/${repo.owner}/${repo.name}/pull/${pr.number}`;
  const tplIssue = isJsonObject(p.issue) ? p.issue : {};
  const tplComment = isJsonObject(p.comment) ? p.comment : {};
  p.issue = {
    ...tplIssue,
    url: `${api}/issues/${pr.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${pr.number}/labels{/name}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    events_url: `${api}/issues/${pr.number}/events`,
    html_url: html,
    id: pr.number * 1e3 + repo.id,
    node_id: Buffer.from(`05:Issue${repo.id}:${pr.number}`).toString("base64"),
    number: pr.number,
    title: pr.title,
    body: pr.body,
    user: webhookUser(core, pr.user, tplIssue.user),
    labels: [],
    state: pr.state,
    assignee: null,
    assignees: [],
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: null,
    pull_request: {
      url: `${api}/pulls/${pr.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: null
    },
    reactions: {
      ...isJsonObject(tplIssue.reactions) ? tplIssue.reactions : {},
      url: `${api}/issues/${pr.number}/reactions`
    }
  };
  p.comment = {
    ...tplComment,
    id: comment.id,
    node_id: Buffer.from(`012:IssueComment${comment.id}`).toString("base64"),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${html}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${pr.number}`,
    body: comment.body,
    user: webhookUser(core, comment.user, tplComment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    reactions: {
      ...isJsonObject(tplComment.reactions) ? tplComment.reactions : {},
      url: `${api}/issues/comments/${comment.id}/reactions`
    },
    author_association: comment.user === repo.owner ? "OWNER" : "CONTRIBUTOR"
  };
  if (action !== "edited") delete p.changes;
  p.sender = webhookUser(core, comment.user, p.sender);
  return p;
}

// src/sim/webhooks/workflow-run-payload.ts
async function workflowRunEvent(core, repo, run, action) {
  const p = retarget(core, webhookTemplate(`workflow_run.${action}`), repo);
  const tpl = isJsonObject(p.workflow_run) ? p.workflow_run : {};
  const rest = await presentWorkflowRun(core, repo, run);
  const actor = webhookUser(core, run.actor, tpl.actor ?? p.sender);
  const wf = isJsonObject(p.workflow) ? p.workflow : {};
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`;
  const workflowId = typeof rest.workflow_id === "number" ? rest.workflow_id : 0;
  p.workflow = {
    ...wf,
    id: workflowId,
    name: run.name,
    path: `.github/workflows/${run.workflowId}`,
    url: `${api}/actions/workflows/${workflowId}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/.github/workflows/${run.workflowId}`,
    badge_url: `${core.url}/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(run.name)}/badge.svg`
  };
  p.workflow_run = {
    ...tpl,
    ...rest,
    actor,
    triggering_actor: actor,
    repository: webhookRepo(core, repo, tpl.repository),
    head_repository: webhookRepo(core, repo, tpl.head_repository)
  };
  p.sender = actor;
  return p;
}

// src/sim/webhooks/pull-request-payload.ts
function pullRequestEvent(core, repo, pr, action, sender = pr.user, before) {
  const p = retarget(core, webhookTemplate(`pull_request.${action}`), repo);
  const tpl = isJsonObject(p.pull_request) ? p.pull_request : {};
  const side = (s, ref, sha, owner = repo.owner) => {
    const repoJson = webhookRepo(core, repo, isJsonObject(s) ? s.repo : void 0);
    const user = webhookUser(core, owner, isJsonObject(s) ? s.user : void 0);
    return {
      ...isJsonObject(s) ? s : {},
      label: `${owner}:${ref}`,
      ref,
      sha,
      user,
      // A fork's head names the fork: same files, another owner.
      repo: owner === repo.owner ? repoJson : { ...repoJson, full_name: `${owner}/${repo.name}`, owner: user, fork: true }
    };
  };
  p.number = pr.number;
  p.pull_request = {
    ...tpl,
    ...pullLinks(core, repo, pr),
    state: pr.state,
    title: pr.title,
    body: pr.body,
    user: webhookUser(core, pr.user, tpl.user),
    draft: pr.draft,
    merged: pr.merged,
    labels: [],
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === "closed" ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    head: side(tpl.head, pr.head, pr.headSha, pr.headOwner),
    base: side(tpl.base, pr.base, pr.baseSha)
  };
  if (action === "synchronize") {
    p.before = before ?? pr.headSha;
    p.after = pr.headSha;
  }
  p.sender = webhookUser(core, sender, p.sender);
  return p;
}

// src/sim/webhooks/webhook-sender.ts
import { randomUUID } from "node:crypto";
var deliveryTimeoutMs = 1e4;
var WebhookSender = class {
  deliveries = [];
  #target;
  #pending = /* @__PURE__ */ new Set();
  #hookId;
  constructor(target, hookId = 1) {
    this.#target = target;
    this.#hookId = hookId;
  }
  /** Where events the simulator raises by itself (rerequests, opened PRs) are sent. */
  configure(target) {
    this.#target = target;
  }
  get target() {
    return this.#target;
  }
  async send(o) {
    const url = o.url ?? this.#target?.url;
    const secret = o.secret ?? this.#target?.secret;
    if (!url || secret === void 0)
      throw new Error("webhooks.send: no url/secret; pass them or call sim.webhooks.configure({ url, secret })");
    const id = o.id ?? randomUUID();
    const body = JSON.stringify(o.payload);
    const signature = o.signature === void 0 ? await sign(secret, body) : o.signature;
    const installation2 = o.payload.installation;
    const headers = {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/oda-sim",
      "x-github-event": o.event,
      "x-github-delivery": id,
      "x-github-hook-id": String(this.#hookId),
      "x-github-hook-installation-target-type": "integration",
      ...typeof installation2 === "object" && installation2 !== null && !Array.isArray(installation2) ? { "x-github-hook-installation-target-id": String(installation2.id) } : {},
      ...signature === false ? {} : { "x-hub-signature-256": signature }
    };
    const started = performance.now();
    const action = typeof o.payload.action === "string" ? o.payload.action : void 0;
    const delivery = {
      id,
      event: o.event,
      action,
      url,
      payload: o.payload,
      status: void 0,
      responseBody: "",
      durationMs: 0,
      redelivery: o.id !== void 0
    };
    try {
      const res = await fetch(url, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(deliveryTimeoutMs),
        redirect: "manual"
      });
      delivery.status = res.status;
      delivery.responseBody = await res.text();
    } catch (e) {
      delivery.error = e instanceof Error ? e.message : String(e);
    }
    delivery.durationMs = Math.round(performance.now() - started);
    this.deliveries.push(delivery);
    return delivery;
  }
  /** Sends a past delivery again with the same `X-GitHub-Delivery` and payload. */
  async redeliver(id) {
    const past = this.deliveries.find((d) => d.id === id);
    if (!past) throw new Error(`webhooks.redeliver: no delivery ${id}`);
    return this.send({ event: past.event, payload: past.payload, url: past.url, id });
  }
  /** Sends without waiting (what GitHub does after a write); `idle()` waits for these. */
  emit(event, payload) {
    if (!this.#target) return;
    const p = this.send({ event, payload }).catch(() => void 0);
    this.#pending.add(p);
    void p.finally(() => this.#pending.delete(p));
  }
  /** Resolves when every emitted delivery has been answered. */
  async idle() {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
};

// src/sim/webhooks/sim-webhooks.ts
var SimWebhooks = class extends WebhookSender {
  #core;
  constructor(core, target) {
    super(target);
    this.#core = core;
  }
  /** `pull_request` payload for a PR the simulator holds. */
  pullRequest(o) {
    const core = this.#core();
    const repo = core.state.repo(o.owner, o.repo);
    const pr = core.state.pull(repo, o.number);
    return pullRequestEvent(core, repo, pr, o.action ?? "opened", o.sender ?? pr.user);
  }
  /** `check_run` payload; `requested_action` needs the button's `identifier`. */
  checkRun(o) {
    const core = this.#core();
    const run = core.state.checkRuns.get(o.checkRunId);
    if (!run) throw notFound();
    const [owner = "", name = ""] = run.repo.split("/");
    return checkRunEvent(core, core.state.repo(owner, name), run, o.action, {
      ...o.identifier ? { identifier: o.identifier } : {},
      ...o.sender ? { sender: o.sender } : {}
    });
  }
  /** `check_suite` payload; for `requested` on a commit without a suite yet, one is created. */
  async checkSuite(o) {
    const core = this.#core();
    const repo = core.state.repo(o.owner, o.repo);
    const suite = o.checkSuiteId !== void 0 ? core.state.checkSuites.get(o.checkSuiteId) : o.sha ? suiteFor(core, repo, o.sha) : void 0;
    if (!suite) throw notFound();
    return checkSuiteEvent(core, repo, suite, o.action);
  }
  /**
   * A PR comment: records it in state (as if `user` wrote it on github.com) and returns the
   * `issue_comment.created` payload. Slash commands are tested this way.
   */
  issueComment(o) {
    const core = this.#core();
    const repo = core.state.repo(o.owner, o.repo);
    const pr = core.state.pull(repo, o.number);
    const at = core.state.timestamp();
    const comment = {
      id: core.state.nextId("comment"),
      repo: repoKey(repo),
      issueNumber: o.number,
      body: o.body,
      user: o.user,
      createdAt: at,
      updatedAt: at
    };
    core.state.comments.set(comment.id, comment);
    return { comment, payload: issueCommentEvent(core, repo, pr, comment, "created") };
  }
  /** `deployment.created` payload for a deployment the simulator holds. */
  deployment(o) {
    const core = this.#core();
    const d = core.state.deployments.get(o.deploymentId);
    if (!d) throw notFound();
    const [owner = "", name = ""] = d.repo.split("/");
    return deploymentEvent(core, core.state.repo(owner, name), d);
  }
  /** `deployment_status.created` payload; the latest status unless `statusId` is given. */
  deploymentStatus(o) {
    const core = this.#core();
    const d = core.state.deployments.get(o.deploymentId);
    const s = o.statusId === void 0 ? d?.statuses.at(-1) : d?.statuses.find((x) => x.id === o.statusId);
    if (!d || !s) throw notFound();
    const [owner = "", name = ""] = d.repo.split("/");
    return deploymentStatusEvent(core, core.state.repo(owner, name), d, s);
  }
  /** `workflow_run` payload for a run the simulator holds (dispatched through the API). */
  async workflowRun(o) {
    const core = this.#core();
    const run = core.state.workflowRuns.get(o.runId);
    if (!run) throw notFound();
    const [owner = "", name = ""] = run.repo.split("/");
    return workflowRunEvent(core, core.state.repo(owner, name), run, o.action);
  }
};

// src/sim/add-repo.ts
import { existsSync as existsSync3 } from "node:fs";
function addRepo(core, o) {
  if (!existsSync3(o.gitDir))
    throw new Error(`addRepo: gitDir ${o.gitDir} does not exist; pass a git repository (bare or not)`);
  const { state } = core;
  let installationId = o.installationId;
  if (installationId === void 0)
    installationId = [...state.repos.values()].find(
      (r) => r.owner.toLowerCase() === o.owner.toLowerCase()
    )?.installationId;
  if (installationId === void 0) installationId = state.nextId("installation");
  if (!state.installations.has(installationId)) {
    state.installations.set(installationId, {
      id: installationId,
      account: o.owner,
      permissions: {
        checks: "write",
        contents: "write",
        pull_requests: "write",
        issues: "write",
        deployments: "write",
        statuses: "write",
        actions: "write",
        metadata: "read"
      },
      events: ["pull_request", "check_run", "check_suite", "issue_comment"]
    });
  }
  const repo = {
    id: state.nextId("repo"),
    owner: o.owner,
    name: o.repo,
    gitDir: o.gitDir,
    defaultBranch: o.defaultBranch ?? "main",
    installationId,
    private: o.private ?? false,
    createdAt: state.timestamp(),
    refs: /* @__PURE__ */ new Map(),
    labels: /* @__PURE__ */ new Map(),
    collaborators: /* @__PURE__ */ new Map(),
    nextIssueNumber: 1
  };
  state.repos.set(repoKey(repo), repo);
  return repo;
}

// src/sim/open-pull-request.ts
async function openPullRequest(core, webhooks, o) {
  const repo = core.state.repo(o.owner, o.repo);
  const base = o.base ?? repo.defaultBranch;
  const [headSha, baseSha] = await Promise.all([resolveRef(core, repo, o.head), resolveRef(core, repo, base)]);
  if (!headSha) throw new Error(`openPullRequest: branch ${o.head} not found in ${repo.gitDir}`);
  if (!baseSha) throw new Error(`openPullRequest: branch ${base} not found in ${repo.gitDir}`);
  const at = core.state.timestamp();
  const number = repo.nextIssueNumber++;
  const pull = {
    repo: repoKey(repo),
    number,
    title: o.title ?? `Merge ${o.head} into ${base}`,
    body: o.body ?? null,
    user: o.user ?? repo.owner,
    head: o.head,
    ...o.fork ? { headOwner: o.fork } : {},
    base,
    headSha,
    baseSha,
    state: "open",
    draft: o.draft ?? false,
    merged: false,
    labels: [],
    createdAt: at,
    updatedAt: at
  };
  core.state.pulls.set(`${repoKey(repo)}#${number}`, pull);
  const emit = o.emit ?? webhooks.target !== void 0;
  const delivery = emit ? await webhooks.send({ event: "pull_request", payload: pullRequestEvent(core, repo, pull, "opened") }) : void 0;
  return { pull, delivery };
}

// src/sim/update-pull-request.ts
async function updatePullRequest(core, webhooks, o) {
  const repo = core.state.repo(o.owner, o.repo);
  const pull = core.state.pull(repo, o.number);
  const before = pull.headSha;
  if (o.action === "synchronize") {
    const sha = await resolveRef(core, repo, pull.head);
    if (!sha) throw new Error(`updatePullRequest: branch ${pull.head} no longer exists in ${repo.gitDir}`);
    pull.headSha = sha;
  }
  if (o.action === "closed") pull.state = "closed";
  if (o.action === "reopened") pull.state = "open";
  if (o.action === "ready_for_review") pull.draft = false;
  pull.updatedAt = core.state.timestamp();
  const emit = o.emit ?? webhooks.target !== void 0;
  const delivery = emit ? await webhooks.send({
    event: "pull_request",
    payload: pullRequestEvent(core, repo, pull, o.action, o.sender ?? pull.user, before)
  }) : void 0;
  return { pull, delivery };
}

// src/sim/wait-for.ts
import { setTimeout as sleep2 } from "node:timers/promises";
async function waitFor(predicate, o = {}) {
  const deadline = Date.now() + (o.timeoutMs ?? 1e4);
  for (; ; ) {
    if (await predicate()) return;
    if (Date.now() > deadline)
      throw new Error(
        `waitFor: ${o.what ?? "condition"} still false after ${o.timeoutMs ?? 1e4} ms${o.context ? `

route log:
${o.context()}` : ""}`
      );
    await sleep2(o.intervalMs ?? 20);
  }
}

// src/sim/start-simulator.ts
async function startSimulator(options = {}) {
  const state = new SimState(options.now);
  const keys = simKeyPair(options.privateKey);
  const app = {
    id: options.appId ?? 1,
    slug: options.appSlug ?? "oda-sim",
    name: "oda (simulated)",
    owner: "oda-sim-owner",
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    webhookSecret: options.webhookSecret ?? "sim-webhook-secret"
  };
  const openapi = sharedOpenapiValidator();
  const readers = /* @__PURE__ */ new Map();
  let url = "";
  const core = {
    get url() {
      return url;
    },
    state,
    openapi,
    app,
    strict: options.strict ?? true,
    git: (repo) => {
      let r = readers.get(repo.gitDir);
      if (!r) readers.set(repo.gitDir, r = new GitReader(repo.gitDir));
      return r;
    },
    emit: (event, payload) => webhooks.emit(event, payload)
  };
  const webhooks = new SimWebhooks(
    () => core,
    options.webhookUrl ? { url: options.webhookUrl, secret: app.webhookSecret } : void 0
  );
  const tokens = /* @__PURE__ */ new Map();
  const issue = (installationId) => {
    const token = newInstallationToken();
    const expiresAt = new Date(state.now().getTime() + 36e5);
    tokens.set(token, { installationId, expiresAt });
    return { token, expiresAt };
  };
  const listeners = [];
  const pipeline = {
    core,
    matcher: new RouteMatcher(routes({ issueToken: issue, onDispatch: () => listeners })),
    log: new RouteLog(),
    faults: new FaultInjector(),
    barriers: new Barriers(),
    rateLimits: new RateLimits(5e3, state.now),
    violations: [],
    tokens,
    raw: async (method, path) => {
      const m = /^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]{40})$/.exec(path);
      if (method !== "GET" || !m) return void 0;
      const [, owner = "", name = "", sha = ""] = m;
      const repo = state.repos.get(`${owner}/${name}`.toLowerCase());
      if (!repo) return { status: 404, body: { message: "Not Found" } };
      const raw = await core.git(repo).tarball(sha, `${repo.owner}-${repo.name}-${sha.slice(0, 7)}`);
      return {
        status: 200,
        raw,
        headers: {
          "content-type": "application/x-gzip",
          "content-disposition": `attachment; filename=${repo.owner}-${repo.name}-${sha.slice(0, 7)}.tar.gz`
        }
      };
    }
  };
  const server = createServer((req, res) => {
    handleRequest(pipeline, req, res).catch((e) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `simulator crashed: ${e instanceof Error ? e.message : String(e)}` }));
    });
  });
  await new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve3());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  for (const r of options.repos ?? []) addRepo(core, r);
  const sim = {
    url,
    port,
    state,
    app,
    webhooks,
    faults: pipeline.faults,
    routeLog: pipeline.log,
    violations: pipeline.violations,
    addRepo: (o) => addRepo(core, o),
    openPullRequest: (o) => openPullRequest(core, webhooks, o),
    updatePullRequest: (o) => updatePullRequest(core, webhooks, o),
    checkRunsFor: (o) => {
      const runs = state.checkRunsFor(repoKey(state.repo(o.owner, o.repo)), o.sha);
      if (!o.latest) return runs;
      return [...new Map(runs.map((r) => [r.name, r])).values()];
    },
    requestAction: async (o) => {
      const run = state.checkRuns.get(o.checkRunId);
      if (!run) throw new Error(`requestAction: no check run ${o.checkRunId}`);
      const [owner = "", name = ""] = run.repo.split("/");
      const repo = state.repo(owner, name);
      return webhooks.send({
        event: "check_run",
        payload: checkRunEvent(core, repo, run, "requested_action", {
          identifier: o.identifier,
          sender: o.user ?? repo.owner
        })
      });
    },
    waitFor: (predicate, o = {}) => waitFor(predicate, { ...o, context: () => pipeline.log.format() }),
    issueToken: (o = {}) => {
      const owner = o.owner;
      const inst = o.installationId ?? (owner ? [...state.repos.values()].find((r) => r.owner === owner)?.installationId : [...state.installations.keys()][0]);
      if (inst === void 0) throw new Error("issueToken: no installation yet; add a repo first");
      return issue(inst).token;
    },
    barrier: (spec) => pipeline.barriers.add(spec),
    setPermission: (o) => {
      state.repo(o.owner, o.repo).collaborators.set(o.user, o.permission);
    },
    setTeam: (o) => {
      state.teams.set(`${o.org}/${o.slug}`, { members: new Set(o.members), parent: o.parent });
    },
    onWorkflowDispatch: (l) => {
      listeners.push(l);
    },
    completeWorkflowRun: (runId, o) => {
      const run = state.workflowRuns.get(runId);
      if (!run) throw new Error(`completeWorkflowRun: no run ${runId}`);
      run.status = "completed";
      run.conclusion = o.conclusion;
      run.updatedAt = state.timestamp();
      const artifacts = (o.artifacts ?? []).map((a) => ({
        id: state.nextId("artifact"),
        name: a.name,
        sizeInBytes: a.sizeInBytes ?? 0,
        createdAt: run.updatedAt,
        expired: false
      }));
      run.artifacts.push(...artifacts);
      return run;
    },
    assertNoViolations: () => {
      if (pipeline.violations.length > 0)
        throw new Error(
          `GitHub simulator: ${pipeline.violations.length} invalid request(s)/response(s):
${pipeline.violations.map(formatViolation).join("\n")}

route log:
${pipeline.log.format()}`
        );
    },
    close: async () => {
      await webhooks.idle();
      await new Promise((resolve3) => {
        server.closeAllConnections();
        server.close(() => resolve3());
      });
    }
  };
  return sim;
}

// app/sandbox/start-sandbox.ts
async function startSandbox(o = {}) {
  const progress = o.progress ?? (() => void 0);
  if (!o.repo) progress("building the example repository examples/odoo-shop and its scenario branches");
  const seeded = o.repo ? void 0 : await seedRepo();
  const gitDir = o.repo ? resolve2(o.repo) : seeded?.gitDir ?? "";
  const git = (...args) => execFileSync("git", ["-C", gitDir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  try {
    git("rev-parse", "--git-dir");
  } catch {
    throw new Error(`${gitDir} is not a git repository (give --repo the top folder of a local git repository)`);
  }
  const defaultBranch = o.defaultBranch ?? (seeded ? "main" : currentBranch(git));
  const branches = git("for-each-ref", "--format=%(refname:short)", "refs/heads").split("\n").filter((b) => b.length > 0);
  const owner = seeded ? "oda-sandbox" : "local";
  const repo = seeded ? "odoo-shop" : basename(gitDir).replace(/[^A-Za-z0-9._-]/g, "-") || "repo";
  const dataDir = mkdtempSync(`${tmpdir3()}/oda-sandbox-`);
  const log = o.log ?? createLogger({ redactor: new Redactor(), level: "warn" });
  progress("starting the simulated GitHub (loading GitHub's OpenAPI description)");
  const sim = await startSimulator({ port: o.simPort ?? 0, repos: [{ owner, repo, gitDir, defaultBranch }] });
  sim.setPermission({ owner, repo, user: owner, permission: "admin" });
  let app;
  progress("starting the oda App");
  try {
    app = await startApp({
      env: {
        APP_ID: String(sim.app.id),
        PRIVATE_KEY: sim.app.privateKey,
        WEBHOOK_SECRET: sim.app.webhookSecret,
        GITHUB_API_URL: sim.url,
        ODA_DATA_DIR: dataDir
      },
      host: "127.0.0.1",
      port: o.appPort ?? 0,
      log,
      throttle: o.throttle ?? false,
      ...o.ops ? { ops: o.ops } : {}
    });
  } catch (error) {
    await sim.close();
    throw error;
  }
  sim.webhooks.configure({ url: app.webhookUrl, secret: sim.app.webhookSecret });
  return {
    sim,
    app,
    owner,
    repo,
    gitDir,
    defaultBranch,
    branches,
    async openPr(p) {
      if (!branches.includes(p.head))
        throw new Error(`branch "${p.head}" is not in ${gitDir}; branches: ${branches.join(", ")}`);
      const base = p.base ?? defaultBranch;
      if (!branches.includes(base))
        throw new Error(`base branch "${base}" is not in ${gitDir}; branches: ${branches.join(", ")}`);
      const { pull, delivery } = await sim.openPullRequest({
        owner,
        repo,
        head: p.head,
        base,
        ...p.title ? { title: p.title } : {}
      });
      if (delivery?.status !== 200)
        throw new Error(
          `the App did not accept pull_request.opened: ${delivery?.status ?? delivery?.error ?? "no delivery"} ${delivery?.responseBody ?? ""}`
        );
      await app.idle();
      const checkRuns = [...sim.state.checkRuns.values()].filter((r) => r.headSha === pull.headSha).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id).map(toSandboxCheckRun);
      return { number: pull.number, headSha: pull.headSha, checkRuns };
    },
    async close() {
      await app.close();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
      await seeded?.cleanup();
    }
  };
}
function currentBranch(git) {
  try {
    return git("symbolic-ref", "--short", "HEAD");
  } catch {
    return "main";
  }
}

export {
  sandboxVerdict,
  startSandbox
};
