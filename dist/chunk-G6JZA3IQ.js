import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  githubConfigSource
} from "./chunk-6AWELHAT.js";
import {
  clientFromToken
} from "./chunk-V4EJHR5J.js";

// src/fs/read-inside.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// src/fs/resolve-inside.ts
import { realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";

// src/fs/is-within.ts
import { isAbsolute, relative, sep } from "node:path";
function isWithin(root, path) {
  const rel = relative(root, path);
  return !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}

// src/fs/resolve-inside.ts
function resolveInside(root, path) {
  const full = resolve(root, path);
  let realRoot;
  try {
    realRoot = realpathSync.native(root);
  } catch (error) {
    return failure(error);
  }
  if (!isWithin(resolve(root), full)) return { kind: "outside" };
  let real;
  try {
    real = realpathSync.native(full);
  } catch (error) {
    return failure(error);
  }
  if (!isWithin(realRoot, real)) return { kind: "outside" };
  try {
    return classify(real, statSync(real));
  } catch (error) {
    return failure(error);
  }
}
function fileType(st) {
  if (st.isDirectory()) return "folder";
  if (st.isFIFO()) return "FIFO";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "device";
  return st.isFile() ? "file" : "not a regular file";
}
function classify(real, st) {
  if (st.isFile()) return { kind: "file", real, size: st.size };
  if (st.isDirectory()) return { kind: "dir", real };
  return { kind: "other", real, type: fileType(st) };
}
function failure(error) {
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "EIO";
  if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
  if (code === "ELOOP") return { kind: "loop" };
  return { kind: "error", code };
}

// src/fs/read-inside.ts
function readInside(root, path, limits) {
  const where = resolveInside(root, path);
  if (where.kind === "dir" || where.kind === "other")
    return { kind: "not-a-file", type: where.kind === "dir" ? "folder" : where.type };
  if (where.kind !== "file") return where;
  if (where.size > limits.maxBytes) return { kind: "too-large", size: where.size };
  let fd;
  try {
    fd = openSync(where.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { kind: "error", code: codeOf(error) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { kind: "not-a-file", type: fileType(st) };
    if (st.size > limits.maxBytes) return { kind: "too-large", size: st.size };
    const chunks = [];
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limits.maxBytes + 1));
    let length = 0;
    for (; ; ) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, limits.maxBytes + 1 - length), null);
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      length += n;
      if (length > limits.maxBytes) return { kind: "too-large", size: length };
    }
    return { kind: "bytes", bytes: Buffer.concat(chunks, length), real: where.real };
  } catch (error) {
    return { kind: "error", code: codeOf(error) };
  } finally {
    closeSync(fd);
  }
}
function codeOf(error) {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "EIO";
}

// src/fs/link-outside-message.ts
function linkOutsideMessage(path) {
  return `${path} leads outside the repository (through a symbolic link or a chain of them, or its own path): it was not followed or read`;
}

// src/config/disk-config-source.ts
function diskConfigSource(root, o = {}) {
  return {
    repository: o.repository,
    orgUnavailable: o.org ? void 0 : o.orgUnavailable ?? "oda reads it only through the GitHub API",
    name: (ref) => ref.repo === "org" && o.org ? o.org.name(ref) : ref.path,
    read: async (ref, maxBytes) => {
      if (ref.repo === "org" && o.org) return o.org.read(ref, maxBytes);
      const read = readInside(root, ref.path, { maxBytes });
      switch (read.kind) {
        case "bytes":
          return { kind: "bytes", bytes: read.bytes };
        case "missing":
          return { kind: "missing" };
        case "outside":
          return { kind: "refused", reason: linkOutsideMessage(ref.path).replace(`${ref.path} `, "") };
        case "too-large":
          return { kind: "refused", reason: `is ${read.size} bytes, over the ${maxBytes}-byte limit of a config file` };
        case "not-a-file":
          return { kind: "refused", reason: `is a ${read.type}, not a regular file` };
        case "loop":
          return { kind: "refused", reason: "is a loop of symbolic links" };
        default:
          return { kind: "refused", reason: `cannot be read (${read.code})` };
      }
    }
  };
}

// src/face/checkout-config-source.ts
function checkoutConfigSource(dir, env, token) {
  const [owner, repo, ...more] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  const repository = owner && repo && more.length === 0 ? { owner, repo } : void 0;
  if (!repository || !token)
    return diskConfigSource(dir, {
      repository,
      orgUnavailable: "oda reads it through the GitHub API, which needs GITHUB_REPOSITORY (owner/repo) and a token (the action input github-token, or GITHUB_TOKEN)"
    });
  let org;
  const api = async () => org ??= githubConfigSource({
    client: await clientFromToken({ token, baseUrl: env["GITHUB_API_URL"] ?? "https://api.github.com" }),
    ...repository
  });
  return diskConfigSource(dir, {
    repository,
    org: {
      name: (ref) => `${repository.owner}/.github:${ref.path}`,
      read: async (ref, maxBytes) => (await api()).read(ref, maxBytes)
    }
  });
}

export {
  resolveInside,
  checkoutConfigSource
};
