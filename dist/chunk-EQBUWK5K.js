import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  fileType,
  resolveInside
} from "./chunk-SWTBR4TC.js";

// src/fs/read-inside.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
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

export {
  readInside
};
