import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/fs/resolve-inside.ts
import { realpathSync, statSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
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
async function resolveInsideAsync(root, path) {
  const full = resolve(root, path);
  if (!isWithin(resolve(root), full)) return { kind: "outside" };
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(full)]);
    if (!isWithin(realRoot, real)) return { kind: "outside" };
    return classify(real, await stat(real));
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

export {
  resolveInside,
  resolveInsideAsync,
  fileType
};
