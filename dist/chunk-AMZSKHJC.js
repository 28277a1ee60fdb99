import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  OdooLogParser,
  concludeOdooRun,
  describeArtifact,
  listRepoAddons,
  odooFindings,
  renderOdooSummary,
  stripAnsi,
  toOdooCiData
} from "./chunk-34IGUPSQ.js";
import {
  JUNIT_ARTIFACT,
  TESTS_ARTIFACT,
  TestSink
} from "./chunk-NW6B6BBN.js";
import {
  countNoun
} from "./chunk-Z7DZXW6N.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/odoo-parse-log/run.ts
import { accessSync, constants, statSync } from "node:fs";
import { join, resolve } from "node:path";

// src/odoo/log/parse-odoo-log.ts
import { createReadStream } from "node:fs";

// src/odoo/log/line-splitter.ts
var MAX_LINE = 1024 * 1024;
var DECODE_SLICE = 128 * 1024;
var LineSplitter = class {
  #decoder = new TextDecoder("utf-8");
  #onLine;
  #pending = "";
  #skipping = false;
  constructor(onLine) {
    this.#onLine = onLine;
  }
  /** Feeds one chunk; complete lines are handed to `onLine` before this returns. */
  push(chunk) {
    if (typeof chunk === "string") return this.#pushText(chunk);
    for (let at = 0; at < chunk.length; at += DECODE_SLICE)
      this.#pushText(this.#decoder.decode(chunk.subarray(at, at + DECODE_SLICE), { stream: true }));
  }
  #pushText(text) {
    let start = 0;
    let nl;
    while ((nl = text.indexOf("\n", start)) >= 0) {
      if (this.#skipping) this.#skipping = false;
      else this.#emit(this.#pending.length > 0 ? this.#pending + text.slice(start, nl) : text.slice(start, nl));
      this.#pending = "";
      start = nl + 1;
    }
    if (this.#skipping) return;
    this.#pending += text.slice(start);
    if (this.#pending.length > MAX_LINE) {
      this.#emit(this.#pending.slice(0, MAX_LINE));
      this.#pending = "";
      this.#skipping = true;
    }
  }
  /** Flushes the last line (one without a final newline). */
  end() {
    const tail = this.#pending + this.#decoder.decode();
    this.#pending = "";
    if (!this.#skipping && tail.length > 0) this.#emit(tail);
  }
  #emit(line) {
    this.#onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
  }
};

// src/odoo/log/raw-line-splitter.ts
var MAX_LINE2 = 1024 * 1024;
var RawLineSplitter = class {
  #onLine;
  #pending = [];
  #pendingBytes = 0;
  #skipping = false;
  constructor(onLine) {
    this.#onLine = onLine;
  }
  /** Feeds one chunk; complete lines are handed to `onLine` before this returns. */
  push(chunk) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    let nl = buf.indexOf(10);
    if (nl >= 0 && (this.#pendingBytes > 0 || this.#skipping)) {
      if (!this.#skipping) this.#take(buf, start, nl);
      const line = Buffer.concat(this.#pending);
      this.#pending = [];
      this.#pendingBytes = 0;
      if (this.#skipping) this.#skipping = false;
      else this.#emit(line, 0, line.length);
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    while (nl >= 0) {
      this.#emit(buf, start, Math.min(nl, start + MAX_LINE2));
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    if (start < buf.length && !this.#skipping) this.#take(buf, start, buf.length);
  }
  /** Flushes the last line (one without a final newline). */
  end() {
    if (this.#pendingBytes > 0 && !this.#skipping) {
      const line = Buffer.concat(this.#pending);
      this.#emit(line, 0, line.length);
    }
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#skipping = false;
  }
  /** Keeps part of an unfinished line (a copy: the chunk's memory is reused by the reader). */
  #take(buf, start, end) {
    const room = MAX_LINE2 - this.#pendingBytes;
    const n = Math.min(room, end - start);
    if (n > 0) {
      this.#pending.push(Buffer.from(buf.subarray(start, start + n)));
      this.#pendingBytes += n;
    }
    if (this.#pendingBytes >= MAX_LINE2) {
      const line = Buffer.concat(this.#pending);
      this.#pending = [];
      this.#pendingBytes = 0;
      this.#skipping = true;
      this.#emit(line, 0, line.length);
    }
  }
  #emit(buf, start, end) {
    if (end > start && buf[end - 1] === 13) end--;
    this.#onLine(buf, start, end);
  }
};

// src/odoo/log/parse-odoo-log.ts
async function parseOdooLogStream(stream, options) {
  const parser = new OdooLogParser(options);
  const text = new LineSplitter((line) => parser.pushLine(stripAnsi(line)));
  const raw = new RawLineSplitter((buf, start, end) => parser.pushRawLine(buf, start, end));
  for await (const chunk of stream) {
    if (typeof chunk === "string") text.push(chunk);
    else raw.push(chunk);
  }
  text.end();
  raw.end();
  return parser.end();
}
function parseOdooLogFile(path, options) {
  return parseOdooLogStream(createReadStream(path, { highWaterMark: 256 * 1024 }), options);
}

// src/ops/odoo-parse-log/run.ts
var MAX_ISSUES = 200;
var LogFileError = class extends Error {
  name = "LogFileError";
  /** Bad input from the caller: faces answer exit code 2. */
  usage = true;
};
async function runParseLog(ctx, input) {
  const path = resolve(ctx.cwd, input.file);
  checkLogFile(input.file, path);
  const cfg = ctx.config["odoo-ci"];
  const addons = listRepoAddons(ctx.cwd, cfg.addonsDirs);
  const addonDirs = new Map([...addons.values()].map((a) => [a.name, a.dir]));
  const mapping = { pathMap: cfg.pathMap, addonDirs };
  const sink = new TestSink({ dir: ctx.artifactsDir, mapping, redact: (t) => ctx.redact.redact(t) });
  let data;
  try {
    const log = await ctx.step("parse log", async (step) => {
      const parsed = await parseOdooLogFile(path, {
        keepTests: false,
        maxIssues: MAX_ISSUES,
        onTest: (t) => sink.add(t)
      });
      step.note(
        `${countNoun(parsed.lines, "line")}, ${countNoun(parsed.counted.tests, "test")}, ${parsed.fatal.length} fatal`
      );
      return parsed;
    });
    data = toOdooCiData(
      log,
      {
        selected: input.modules,
        installFirst: [],
        exitCode: input.exitCode >= 0 ? input.exitCode : void 0,
        logArtifact: input.file
      },
      sink.collected(),
      mapping
    );
    sink.finish(data);
  } catch (error) {
    sink.discard();
    throw error;
  }
  const findings = odooFindings(data, cfg.policy, { addonDirs });
  const { conclusion, title } = concludeOdooRun(data, findings, cfg.policy);
  const artifacts = [
    await describeArtifact(join(ctx.artifactsDir, TESTS_ARTIFACT), "application/x-ndjson"),
    await describeArtifact(join(ctx.artifactsDir, JUNIT_ARTIFACT), "application/xml")
  ];
  return makeReport({ conclusion, title, summary: renderOdooSummary(data, findings), findings, artifacts, data });
}
function checkLogFile(given, path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new LogFileError(`log file ${given} not found (looked at ${path}); pass the path of a saved Odoo log`);
  }
  if (stat.isDirectory())
    throw new LogFileError(
      `${given} is a folder, not a log file (looked at ${path}); pass the path of a saved Odoo log`
    );
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new LogFileError(`log file ${given} cannot be read (permission denied at ${path})`);
  }
}
export {
  LogFileError,
  runParseLog
};
