import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  specKitRules
} from "./chunk-HNVKVUKN.js";
import {
  linkOutsideMessage
} from "./chunk-2OWDFRQR.js";
import {
  require_dist
} from "./chunk-4CEKIALU.js";
import {
  readInside
} from "./chunk-EQBUWK5K.js";
import {
  resolveInside
} from "./chunk-SWTBR4TC.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-LY7GTVVW.js";

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports, module) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode3 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode3(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode2(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode3,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module.exports = punycode2;
  }
});

// src/speckit/make-finding.ts
var defaultLevels = new Map(specKitRules.map((r) => [r.id, r.level]));
function makeFinding(a) {
  const f = {
    path: a.path,
    line: Math.max(1, a.line ?? 1),
    level: a.level ?? defaultLevels.get(a.rule) ?? "failure",
    ruleId: a.rule,
    title: a.rule,
    message: a.message
  };
  if (a.column !== void 0) f.column = Math.max(1, a.column);
  if (a.properties) f.properties = a.properties;
  return f;
}

// src/speckit/cap-findings.ts
var MAX_FINDINGS_PER_RULE_AND_FILE = 100;
var rank = { notice: 0, warning: 1, failure: 2 };
function capFindings(findings) {
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.path}`;
    let entry = seen.get(key);
    if (!entry) seen.set(key, entry = { count: 0, dropped: [] });
    entry.count++;
    if (entry.count <= MAX_FINDINGS_PER_RULE_AND_FILE) out.push(f);
    else entry.dropped.push(f);
  }
  for (const { dropped } of seen.values()) {
    const first = dropped[0];
    if (!first) continue;
    const level = dropped.reduce((l, f) => rank[f.level] > rank[l] ? f.level : l, "notice");
    const rule = first.ruleId.replace(/^spec-kit\//, "");
    const n = dropped.length;
    out.push({
      path: first.path,
      line: first.line,
      level,
      ruleId: first.ruleId,
      title: first.ruleId,
      message: `${n} more ${rule} finding${n === 1 ? "" : "s"} in ${first.path} ${n === 1 ? "is" : "are"} not listed (at most ${MAX_FINDINGS_PER_RULE_AND_FILE} per rule and file), from line ${first.line} on: fix the ones shown and run again`,
      properties: { omitted: n }
    });
  }
  return out;
}

// src/speckit/check-parse-limits.ts
var MAX_INDENT = 120;
var MAX_QUOTE_DEPTH = 50;
var MAX_BRACKETS_PER_BLOCK = 2e3;
var MAX_EMPHASIS_PER_BLOCK = 2e4;
var MAX_BLOCKS = 5e4;
var blockStartLine = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)|\|)/;
function checkParseLimits(path, text2) {
  let brackets = 0;
  let emphasis = 0;
  let blockStart = 1;
  let blocks = 0;
  const lines = text2.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (line.trim() === "") {
      brackets = 0;
      emphasis = 0;
      blockStart = lineNo + 1;
      continue;
    }
    if (blockStartLine.test(line)) {
      brackets = 0;
      emphasis = 0;
      blockStart = lineNo;
      if (++blocks > MAX_BLOCKS)
        return limit(
          path,
          lineNo,
          `is list item, heading or table row number ${blocks}: more than ${MAX_BLOCKS} in one file is not a spec document`
        );
    }
    const indent = /^[ \t]*/.exec(line)[0].replace(/\t/g, "    ").length;
    if (indent > MAX_INDENT)
      return limit(
        path,
        lineNo,
        `is indented ${indent} columns (more than ${MAX_INDENT}): nesting this deep is not a spec document`
      );
    const quotes = /^(?:\s*>)*/.exec(line)[0].split(">").length - 1;
    if (quotes > MAX_QUOTE_DEPTH)
      return limit(path, lineNo, `nests ${quotes} block quotes (more than ${MAX_QUOTE_DEPTH})`);
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c === 91) brackets++;
      else if (c === 42 || c === 95) emphasis++;
    }
    if (brackets > MAX_BRACKETS_PER_BLOCK)
      return limit(path, blockStart, `starts a paragraph with more than ${MAX_BRACKETS_PER_BLOCK} "[" characters`);
    if (emphasis > MAX_EMPHASIS_PER_BLOCK)
      return limit(
        path,
        blockStart,
        `starts a paragraph with more than ${MAX_EMPHASIS_PER_BLOCK} "*" or "_" characters`
      );
  }
  return void 0;
}
function limit(path, line, what) {
  return makeFinding({
    rule: "spec-kit/invalid-markdown",
    path,
    line,
    message: `line ${line} ${what}; the file was not parsed`
  });
}

// src/speckit/walk-nodes.ts
function walkNodes(root, visit) {
  const ancestors = [];
  const go = (node) => {
    if (visit(node, ancestors) === false) return;
    if ("children" in node) {
      ancestors.push(node);
      for (const child of node.children) go(child);
      ancestors.pop();
    }
  };
  go(root);
}

// src/speckit/visible-lines.ts
function visibleLines(doc2) {
  const hidden = /* @__PURE__ */ new Set();
  const code2 = /* @__PURE__ */ new Map();
  walkNodes(doc2.tree, (node) => {
    if ((node.type === "code" || node.type === "html") && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) hidden.add(l);
      return false;
    }
    if (node.type === "inlineCode" && node.position && node.position.start.line === node.position.end.line) {
      const line = node.position.start.line;
      const spans = code2.get(line) ?? [];
      spans.push([node.position.start.column - 1, node.position.end.column - 1]);
      code2.set(line, spans);
    }
  });
  const out = [];
  const starts = doc2.lineStarts;
  for (let i = 0; i < starts.length; i++) {
    if (hidden.has(i + 1)) continue;
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : doc2.text.length;
    const raw = doc2.text.slice(starts[i], end).replace(/\r$/, "");
    if (raw.trim() === "") continue;
    out.push({ line: i + 1, text: raw.replace(/[*_`]/g, " "), code: code2.get(i + 1) ?? [] });
  }
  return out;
}

// src/speckit/check-clarifications.ts
function checkClarifications(doc2, limit2) {
  const marks = [];
  for (const { line, text: text2 } of visibleLines(doc2)) {
    for (const m of text2.matchAll(/\[?NEEDS CLARIFICATION\b/g)) marks.push({ line, column: m.index + 1 });
  }
  if (marks.length <= limit2) return [];
  const at = marks[limit2];
  const lines = marks.map((m) => m.line);
  return [
    makeFinding({
      rule: "spec-kit/needs-clarification",
      path: doc2.path,
      ...at,
      message: `${marks.length} [NEEDS CLARIFICATION] markers (lines ${listLines(lines)}), at most ${limit2} allowed (spec-kit.maxClarifications): resolve them before planning`,
      properties: { count: marks.length, limit: limit2, lines: lines.slice(0, 100) }
    })
  ];
}
function listLines(lines) {
  return lines.length <= 20 ? lines.join(", ") : `${lines.slice(0, 20).join(", ")} and ${lines.length - 20} more`;
}

// src/speckit/node-text.ts
function nodeText(node) {
  if ("value" in node && typeof node.value === "string" && node.type !== "html") return node.value;
  if ("children" in node) {
    let out = "";
    for (const child of node.children) out += nodeText(child);
    return out;
  }
  return "";
}

// src/speckit/check-empty-sections.ts
function checkEmptySections(doc2) {
  const findings = [];
  const nodes = doc2.tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== "heading") continue;
    let j = i + 1;
    while (j < nodes.length && isInvisible(nodes[j])) j++;
    const next = nodes[j];
    if (next && !(next.type === "heading" && next.depth <= node.depth)) continue;
    const title = nodeText(node).trim();
    findings.push(
      makeFinding({
        rule: "spec-kit/empty-section",
        path: doc2.path,
        line: node.position?.start.line,
        column: node.position?.start.column,
        message: `section "${title}" is empty: write its content or remove the heading`
      })
    );
  }
  return findings;
}
function isInvisible(node) {
  if (node.type === "html") return /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  return node.type === "thematicBreak" || node.type === "definition";
}

// src/speckit/check-headings.ts
var mandatory = {
  "spec-kit:spec": [
    ["User Scenarios & Testing", "\u7528\u6237\u573A\u666F\u4E0E\u6D4B\u8BD5", "\u7528\u6237\u573A\u666F\u548C\u6D4B\u8BD5"],
    ["Requirements", "\u9700\u6C42", "\u529F\u80FD\u9700\u6C42"],
    // specs from Spec Kit templates before October 2025 have a review checklist instead
    ["Success Criteria", "\u6210\u529F\u6807\u51C6", "Review & Acceptance Checklist"]
  ],
  "spec-kit:plan": [
    ["Summary", "\u6458\u8981", "\u6982\u8981"],
    ["Technical Context", "\u6280\u672F\u4E0A\u4E0B\u6587", "\u6280\u672F\u80CC\u666F"]
  ],
  "four-file:prd": [["Requirements", "\u9700\u6C42"]]
};
function normalizeHeading(text2) {
  return text2.replace(/\([^)]*\)/g, " ").replace(/&/g, " and ").replace(/[^\p{L}\p{N} ]/gu, " ").replace(/\s+/g, " ").trim().toLowerCase();
}
function checkHeadings(doc2, layout) {
  const headings = [];
  walkNodes(doc2.tree, (node) => {
    if (node.type === "heading") headings.push(normalizeHeading(nodeText(node)));
  });
  if (headings.length === 0) {
    return [
      makeFinding({
        rule: "spec-kit/missing-heading",
        path: doc2.path,
        message: `${doc2.path} has no heading: start it with "# <title>"`
      })
    ];
  }
  const findings = [];
  for (const spellings of mandatory[`${layout}:${doc2.role}`] ?? []) {
    const keys = spellings.map(normalizeHeading);
    if (headings.some((h) => keys.some((key) => h === key || h.startsWith(key + " ") || h.endsWith(" " + key))))
      continue;
    findings.push(
      makeFinding({
        rule: "spec-kit/missing-heading",
        path: doc2.path,
        message: `mandatory heading "## ${spellings[0]}" is missing`
      })
    );
  }
  return findings;
}

// src/speckit/check-markdown-structure.ts
function checkMarkdownStructure(doc2) {
  const findings = [];
  walkNodes(doc2.tree, (node) => {
    const pos = node.position;
    if (!pos) return;
    if (node.type === "html" && node.value.trimStart().startsWith("<!--") && !node.value.includes("-->")) {
      findings.push(
        makeFinding({
          rule: "spec-kit/invalid-markdown",
          path: doc2.path,
          line: pos.start.line,
          column: pos.start.column,
          message: `HTML comment opened at line ${pos.start.line} is never closed with -->: everything after it is hidden`
        })
      );
    }
    if (node.type === "code" && !isClosedFence(doc2, pos.start.offset ?? 0, pos.end.offset ?? 0)) {
      findings.push(
        makeFinding({
          rule: "spec-kit/invalid-markdown",
          path: doc2.path,
          line: pos.start.line,
          column: pos.start.column,
          message: `code fence opened at line ${pos.start.line} is never closed: the rest of the file is read as code`
        })
      );
    }
  });
  return findings;
}
function isClosedFence(doc2, start, end) {
  const raw = doc2.text.slice(start, end);
  const open = /^[ \t>]*(`{3,}|~{3,})/.exec(raw);
  if (!open) return true;
  const fence2 = open[1];
  const lines = raw.split(/\r?\n/);
  if (lines.length < 2) return false;
  const last = lines[lines.length - 1].replace(/^[\s>]*/, "").trim();
  return last.length >= fence2.length && last === fence2[0].repeat(last.length);
}

// src/speckit/check-metadata.ts
var semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
var versionField = /(?:^|\|)\s*(?:[-+>]\s+)?(?:constitution\s+)?(?:version|版本)\s*[:：]\s*([^\s|,;]*)/gi;
var dateField = /(?:^|\|)\s*(?:[-+>]\s+)?(ratified|last amended|amended|adopted|created|last updated|updated|date|批准日期|最后修订|创建日期)\s*[:：]\s*([^|;]*)/gi;
function checkMetadata(doc2) {
  const isConstitution = doc2.role === "constitution";
  const findings = [];
  let versions = 0;
  const dates = [];
  for (const { line, text: text2 } of visibleLines(doc2)) {
    if (isConstitution) {
      for (const m of text2.matchAll(versionField)) {
        versions++;
        const value = m[1];
        if (value.startsWith("[")) continue;
        if (!semver.test(value)) {
          const column = m.index + m[0].length - value.length + 1;
          findings.push(
            makeFinding({
              rule: "spec-kit/constitution-version",
              path: doc2.path,
              line,
              column,
              message: `constitution version "${value}" is not semantic versioning: expected MAJOR.MINOR.PATCH such as 1.0.0`,
              properties: { value }
            })
          );
        }
      }
    }
    for (const m of text2.matchAll(dateField)) {
      const value = m[2].trim();
      const column = m.index + m[0].indexOf(m[2]) + 1;
      if (value === "" || value.startsWith("[")) continue;
      dates.push({ label: m[1].toLowerCase(), value, line, column });
    }
  }
  if (isConstitution && versions === 0) {
    findings.push(
      makeFinding({
        rule: "spec-kit/constitution-version",
        path: doc2.path,
        message: 'constitution has no version line: add "**Version**: 1.0.0 | **Ratified**: YYYY-MM-DD | **Last Amended**: YYYY-MM-DD"'
      })
    );
  }
  const level = void 0;
  const parsed = /* @__PURE__ */ new Map();
  for (const d of dates) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?=\s|$)/.exec(d.value);
    const time = iso ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : NaN;
    const valid = iso !== null && new Date(time).toISOString().slice(0, 10) === iso[0];
    if (!valid) {
      findings.push(
        makeFinding({
          rule: "spec-kit/iso-date",
          level,
          path: doc2.path,
          line: d.line,
          column: d.column,
          message: `${d.label} date "${d.value}" is not an ISO date: expected YYYY-MM-DD such as 2025-06-13`,
          properties: { value: d.value }
        })
      );
      continue;
    }
    if (!parsed.has(d.label)) parsed.set(d.label, time);
    const ratified = parsed.get("ratified");
    if (d.label === "last amended" && ratified !== void 0 && time < ratified) {
      findings.push(
        makeFinding({
          rule: "spec-kit/iso-date",
          level,
          path: doc2.path,
          line: d.line,
          column: d.column,
          message: `last amended date ${iso[0]} is before the ratified date ${new Date(ratified).toISOString().slice(0, 10)}`
        })
      );
    }
  }
  return findings;
}

// src/speckit/find-placeholders.ts
var exactSlots = /* @__PURE__ */ new Set([
  "brief title",
  "title",
  "initial state",
  "action",
  "expected outcome",
  "link",
  "language",
  "framework",
  "endpoint",
  "name",
  "user journey",
  "service",
  "location",
  "file",
  "entity",
  "entity1",
  "entity2",
  "entity 1",
  "entity 2",
  "feature",
  "feature name",
  "date",
  "project name"
]);
var slotPrefixes = /^(e\.g\.|describe |explain |add more |brief description|how to verify|what it represents|measurable metric|user satisfaction metric|business metric|assumption about|dependency on existing|document the selected|gates determined|extract from feature spec|specific capability|key interaction|data requirement|behavior, e\.g|domain-specific|if applicable|same as backend|platform-specific|###)/i;
var capsSlots = /* @__PURE__ */ new Set([
  "DATE",
  "FEATURE",
  "FEATURE NAME",
  "PROJECT NAME",
  "REMOVE IF UNUSED",
  "LINK",
  "TITLE",
  "NAME"
]);
var markerTokens = /^(US|P|T|FR|SC|NFR|AC|R|Q|CHK)-?\d*(\.\d+)*$/;
var bracketed = /\[((?:[^\][\n]|\[[^\][\n]{0,80}\]){1,400})\]/g;
var bareTokens = /\bTXXX\b|\$ARGUMENTS\b|__SPECKIT_COMMAND_[A-Z_]+__|\bTODO\([A-Z][A-Z0-9_]*\)/g;
function findPlaceholders(text2) {
  const hits = [];
  for (const m of text2.matchAll(bracketed)) {
    const inner = m[1].trim();
    if (isPlaceholder(inner)) hits.push({ index: m.index, token: m[0] });
  }
  for (const m of text2.matchAll(bareTokens)) hits.push({ index: m.index, token: m[0] });
  return hits.sort((a, b) => a.index - b.index);
}
function isPlaceholder(inner) {
  if (/^NEEDS CLARIFICATION/i.test(inner)) return false;
  if (markerTokens.test(inner)) return false;
  if (/^[A-Z#][A-Z0-9#]*(?:_[A-Z0-9#]+)+$/.test(inner)) return true;
  if (capsSlots.has(inner)) return true;
  const lower = inner.toLowerCase();
  return exactSlots.has(lower) || slotPrefixes.test(inner);
}
var templateCommentPattern = /SAMPLE TASKS|ACTION REQUIRED|DO NOT keep these sample tasks/i;

// src/speckit/position-at.ts
function lineStartsOf(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function positionAt(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

// src/speckit/check-placeholders.ts
var codeSlots = /\[REMOVE IF UNUSED\]|\[###-feature(?:-name)?\]|__SPECKIT_COMMAND_[A-Z_]+__/g;
var MAX_SINGLE = 3;
function checkPlaceholders(doc2) {
  const slots = [];
  const comments = [];
  const report = (token, offset, what) => {
    const at = positionAt(doc2.lineStarts, offset);
    if (what === "placeholder") return void slots.push({ token, ...at });
    comments.push(
      makeFinding({
        rule: "spec-kit/template-placeholder",
        level: "notice",
        path: doc2.path,
        ...at,
        message: `${what} ${token} left from the template: remove the comment once the section is written`,
        properties: { token }
      })
    );
  };
  walkNodes(doc2.tree, (node, ancestors) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === void 0 || end === void 0) return;
    if (node.type === "text" || node.type === "inlineCode") {
      const raw = doc2.text.slice(start, end);
      const base = node.type === "text" && raw === node.value ? start : void 0;
      const slotValue = node.type === "inlineCode" && /^\[[^\]]+\]$/.test(node.value.trim()) && isFieldValue(node, ancestors[ancestors.length - 1]);
      const hits = findPlaceholders(node.value).filter(
        (h) => node.type === "text" || slotValue || !h.token.startsWith("[")
      );
      for (const hit of hits) {
        const offset = base !== void 0 ? base + hit.index : node.type === "inlineCode" ? rawIndex(raw, hit.token, start) : start;
        report(hit.token, offset, "placeholder");
      }
    } else if (node.type === "code") {
      const raw = doc2.text.slice(start, end);
      for (const m of raw.matchAll(codeSlots)) report(m[0], start + m.index, "placeholder");
    } else if (node.type === "html") {
      const m = templateCommentPattern.exec(node.value);
      if (m && node.value.trimStart().startsWith("<!--")) report(`"${m[0]}"`, start, "template comment with");
    }
  });
  return [...slotFindings(doc2.path, slots), ...comments].sort(
    (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0)
  );
}
function slotFindings(path, slots) {
  if (slots.length <= MAX_SINGLE)
    return slots.map(
      (s) => makeFinding({
        rule: "spec-kit/template-placeholder",
        path,
        line: s.line,
        column: s.column,
        message: `placeholder ${s.token} left from the template: replace it with real content`,
        properties: { token: s.token }
      })
    );
  const first = slots[0];
  const shown = slots.slice(0, 5).map((s) => `${s.token.length > 40 ? s.token.slice(0, 37) + "...]" : s.token} at ${s.line}:${s.column}`);
  return [
    makeFinding({
      rule: "spec-kit/template-placeholder",
      path,
      line: first.line,
      column: first.column,
      message: `${slots.length} template placeholders are left in ${path} (${shown.join(", ")}${slots.length > 5 ? ", ..." : ""}): the file is still the template; fill it in`,
      properties: { count: slots.length, lines: [...new Set(slots.map((s) => s.line))].slice(0, 100) }
    })
  ];
}
function isFieldValue(node, parent) {
  if (!parent || parent.type !== "paragraph") return false;
  const i = parent.children.findIndex((c) => c === node);
  const before = parent.children.slice(0, i);
  return before.length > 0 && before[0].type === "strong" && before.slice(1).every((n) => n.type === "text" && /^[\s:]*$/.test(n.value));
}
function rawIndex(raw, token, start) {
  const i = raw.indexOf(token);
  return i >= 0 ? start + i : start;
}

// src/speckit/check-requirement-ids.ts
var definition = /^\s*(FR|SC|NFR)-(\d+)\b/;
function checkRequirementIds(doc2) {
  const seen = /* @__PURE__ */ new Map();
  const findings = [];
  walkNodes(doc2.tree, (node) => {
    if (node.type !== "listItem" && node.type !== "tableRow") return;
    const first = node.children[0];
    if (!first || !node.position) return;
    const m = definition.exec(nodeText(first));
    if (!m) return;
    const id = `${m[1]}-${m[2]}`;
    const line = node.position.start.line;
    const before = seen.get(id);
    if (before === void 0) seen.set(id, line);
    else
      findings.push(
        makeFinding({
          rule: "spec-kit/duplicate-requirement-id",
          path: doc2.path,
          line,
          column: node.position.start.column,
          message: `${id} is defined again (first at line ${before}): give each requirement its own ID`,
          properties: { id, firstLine: before }
        })
      );
  });
  return findings;
}

// src/speckit/check-todo-markers.ts
var marker = /\b(?:TODO|TBD|TBC|FIXME)\b(?!\()|\?{3,}/g;
function checkTodoMarkers(doc2) {
  const findings = [];
  for (const { line, text: text2, code: code2 } of visibleLines(doc2)) {
    for (const m of text2.matchAll(marker)) {
      if (code2.some(([s, e]) => m.index >= s && m.index < e)) continue;
      findings.push(
        makeFinding({
          rule: "spec-kit/todo-marker",
          path: doc2.path,
          line,
          column: m.index + 1,
          message: `"${m[0]}" marks something left open: decide it, or turn it into [NEEDS CLARIFICATION: question]`
        })
      );
    }
  }
  return findings;
}

// src/speckit/check-doc.ts
function checkDoc(doc2, layout, maxClarifications) {
  const findings = [
    ...checkMarkdownStructure(doc2),
    ...checkHeadings(doc2, layout),
    ...checkEmptySections(doc2),
    ...checkPlaceholders(doc2),
    ...checkMetadata(doc2)
  ];
  if (doc2.role === "spec" || doc2.role === "prd" || doc2.role === "plan")
    findings.push(...checkClarifications(doc2, maxClarifications));
  if (doc2.role === "spec" || doc2.role === "prd") findings.push(...checkRequirementIds(doc2));
  if (doc2.role === "spec" || doc2.role === "prd" || doc2.role === "plan") findings.push(...checkTodoMarkers(doc2));
  return findings;
}

// src/speckit/doc-sections.ts
function docSections(doc2) {
  const headings = [];
  for (const node of doc2.tree.children) {
    if (node.type !== "heading" || !node.position) continue;
    headings.push({
      depth: node.depth,
      title: nodeText(node).trim(),
      line: node.position.start.line,
      column: node.position.start.column,
      endLine: doc2.lineStarts.length
    });
  }
  const open = [];
  for (const h of headings) {
    while (open.length > 0 && open[open.length - 1].depth >= h.depth) open.pop().endLine = h.line - 1;
    open.push(h);
  }
  return headings;
}
function indexSections(sections, lineCount) {
  const at = new Int32Array(lineCount + 2).fill(-1);
  sections.forEach((s, i) => at.fill(i, s.line, Math.min(s.endLine, lineCount) + 1));
  return (line) => {
    const i = line >= 0 && line < at.length ? at[line] : -1;
    return i < 0 ? void 0 : sections[i];
  };
}

// src/speckit/check-acceptance-scenarios.ts
var acceptance = /acceptance|\bgiven\b[\s\S]*\bthen\b|验收|场景/i;
function checkAcceptanceScenarios(spec, stories) {
  const sections = new Map(docSections(spec).map((s) => [s.line, s]));
  const findings = [];
  for (const story of stories) {
    const section = sections.get(story.line);
    if (!section) continue;
    const start = spec.lineStarts[section.line] ?? spec.text.length;
    const end = spec.lineStarts[section.endLine] ?? spec.text.length;
    if (acceptance.test(spec.text.slice(start, end))) continue;
    findings.push(
      makeFinding({
        rule: "spec-kit/story-without-acceptance",
        path: spec.path,
        line: story.line,
        column: story.column,
        message: `User Story ${story.number} ("${story.title}") has no acceptance scenarios: add "**Acceptance Scenarios**:" with Given / When / Then steps`
      })
    );
  }
  return findings;
}

// src/speckit/check-checklist-items.ts
function checkChecklistItems(doc2) {
  let total = 0;
  const open = [];
  walkNodes(doc2.tree, (node) => {
    if (node.type !== "listItem" || typeof node.checked !== "boolean") return;
    total++;
    if (!node.checked) open.push(node.position?.start.line ?? 1);
  });
  if (open.length === 0) return [];
  const lines = open.length <= 10 ? open.join(", ") : `${open.slice(0, 10).join(", ")}, ...`;
  return [
    makeFinding({
      rule: "spec-kit/checklist-incomplete",
      path: doc2.path,
      line: open[0],
      message: `${open.length} of ${total} checklist item${total === 1 ? "" : "s"} ${open.length === 1 ? "is" : "are"} not checked (line${open.length === 1 ? "" : "s"} ${lines}): /speckit.implement stops until the checklist is complete`,
      properties: { unchecked: open.length, total }
    })
  ];
}

// src/speckit/check-requirement-coverage.ts
function checkRequirementCoverage(a) {
  const citing = a.tasks.filter((t) => t.cites.length > 0);
  if (citing.length === 0) return [];
  const findings = [];
  const defined = new Set(a.requirements.map((r) => r.id));
  const cited = /* @__PURE__ */ new Set();
  for (const t of citing) {
    for (const id of t.cites) {
      cited.add(id);
      if (!defined.has(id))
        findings.push(
          makeFinding({
            rule: "spec-kit/unknown-requirement",
            path: a.tasksDoc.path,
            line: t.line,
            column: t.column,
            message: `${t.id || "task"} cites ${id}, which ${a.spec.path} does not define`,
            properties: { id }
          })
        );
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const r of a.requirements) {
    if (!r.id.startsWith("FR-") || cited.has(r.id) || seen.has(r.id)) continue;
    seen.add(r.id);
    findings.push(
      makeFinding({
        rule: "spec-kit/requirement-coverage",
        path: a.spec.path,
        line: r.line,
        column: r.column,
        message: `${r.id} has no task: tasks in ${a.tasksDoc.path} cite requirement IDs, but none cites ${r.id}`,
        properties: { id: r.id }
      })
    );
  }
  return findings;
}

// src/speckit/check-stories.ts
function checkStories(a) {
  const findings = [];
  const known = new Set(a.stories.map((s) => s.number));
  const phaseStory = new Map(a.phases.filter((p) => p.story !== void 0).map((p) => [p.key, p.story]));
  const declared = a.stories.length === 0 ? `${a.spec.path} declares no user story` : `${a.spec.path} declares ${a.stories.map((s) => `US${s.number}`).join(", ")}`;
  for (const p of a.phases) {
    if (p.story !== void 0 && !known.has(p.story) && a.stories.length > 0) {
      findings.push(
        makeFinding({
          rule: "spec-kit/unknown-story",
          path: a.tasksDoc.path,
          line: p.line,
          message: `phase ${p.key} is for User Story ${p.story}, but ${declared}`
        })
      );
    }
  }
  if (a.stories.length === 0) {
    const first = a.tasks.find((t) => t.stories.length > 0);
    if (first)
      findings.push(
        makeFinding({
          rule: "spec-kit/unknown-story",
          path: a.tasksDoc.path,
          line: first.line,
          column: first.column,
          message: `${first.id || "task"} is marked [US${first.stories[0]}], but ${declared}: write each story as a heading "### User Story N - Title"`
        })
      );
    return findings;
  }
  for (const t of a.tasks) {
    for (const n of t.stories) {
      if (!known.has(n))
        findings.push(
          makeFinding({
            rule: "spec-kit/unknown-story",
            path: a.tasksDoc.path,
            line: t.line,
            column: t.column,
            message: `${t.id || "task"} is marked [US${n}], but ${declared}`
          })
        );
    }
  }
  if (a.tasks.length === 0) return findings;
  const covered = /* @__PURE__ */ new Set();
  for (const t of a.tasks) {
    for (const n2 of t.stories) covered.add(n2);
    const n = phaseStory.get(t.phase);
    if (n !== void 0) covered.add(n);
  }
  for (const s of a.stories) {
    if (!covered.has(s.number))
      findings.push(
        makeFinding({
          rule: "spec-kit/story-without-task",
          path: a.spec.path,
          line: s.line,
          column: s.column,
          message: `User Story ${s.number} ("${s.title}") has no task in ${a.tasksDoc.path}: add tasks marked [US${s.number}]`
        })
      );
  }
  return findings;
}

// src/speckit/count-tasks.ts
function countTasks(tasks) {
  const c = { done: 0, inProgress: 0, todo: 0, blocked: 0, skipped: 0, total: tasks.length, percent: 0 };
  for (const t of tasks) {
    if (t.status === "done") c.done++;
    else if (t.status === "in_progress") c.inProgress++;
    else if (t.status === "blocked") c.blocked++;
    else if (t.status === "skipped") c.skipped++;
    else c.todo++;
  }
  const counted = c.total - c.skipped;
  c.percent = counted === 0 ? 0 : c.done * 100 / counted;
  return c;
}

// src/speckit/extract-phases.ts
var phaseTitle = /^phase\s+(\d+(?:\.\d+)*|[A-Z])\b\s*[:.\-–—]?\s*(.*)$/i;
var storyRef = /\b(?:user\s+story\s+|US-?)(\d+)\b/i;
function extractPhases(doc2) {
  const out = [];
  for (const section of docSections(doc2)) {
    const m = phaseTitle.exec(section.title);
    if (!m) continue;
    const story = storyRef.exec(section.title);
    const phase = { key: m[1], title: m[2].trim(), line: section.line, section };
    if (story) phase.story = Number(story[1]);
    out.push(phase);
  }
  return out;
}
function phaseIndex(phases, lineCount) {
  const bySection = new Map(phases.map((p) => [p.section, p]));
  const find3 = indexSections(
    phases.map((p) => p.section),
    lineCount
  );
  return (line) => {
    const s = find3(line);
    return s ? bySection.get(s) : void 0;
  };
}

// src/speckit/check-summaries.ts
var stateWords = [
  [/^in[ -]progress|^wip/i, "in_progress"],
  [/^blocked|^on hold/i, "blocked"],
  [/^pending|^todo|^to do|^not started|^remaining/i, "todo"],
  [/^skipped|^cancell?ed/i, "skipped"]
];
var KEY = String.raw`(\d+(?:\.\d+)*|[A-Z])`;
var NUM = String.raw`(\d+(?:\.\d+)?)`;
var patterns = [
  // "Phase 1: 50% (2/4 complete)", "Phase 2 - 75% (3/4)"
  {
    re: new RegExp(String.raw`\bphase\s+${KEY}\b[^%\n]*?${NUM}\s*%\s*\(\s*(\d+)\s*(?:/|of)\s*(\d+)`, "gi"),
    read: (m) => ({ phase: m[1], percent: Number(m[2]), done: Number(m[3]), total: Number(m[4]) })
  },
  // "Phase 1: 2/4 complete", "Phase 3: 1 of 5 tasks done"
  {
    re: new RegExp(
      String.raw`\bphase\s+${KEY}\b[^%/\n]*?\(?\s*(\d+)\s*(?:/|of)\s*(\d+)\s*(?:tasks?\s+)?(?:complete|completed|done)\b`,
      "gi"
    ),
    read: (m) => ({ phase: m[1], done: Number(m[2]), total: Number(m[3]) })
  },
  // "Phase 2: 75% complete"
  {
    re: new RegExp(
      String.raw`\bphase\s+${KEY}\b[^%(\n]*?[:\-–—]\s*${NUM}\s*%\s*(?:complete|completed|done)\b(?!\s*\()`,
      "gi"
    ),
    read: (m) => ({ phase: m[1], percent: Number(m[2]) })
  },
  // "Total Tasks: 32", "Total number of tasks: 32", "Tasks total: 32", "32 tasks in total"
  {
    re: /\btotal\s+(?:number\s+of\s+)?tasks?\s*[:=]?\s*(\d+)\b|\btasks?\s+total\s*[:=]?\s*(\d+)\b|\b(\d+)\s+tasks?\s+in\s+total\b/gi,
    read: (m) => ({ total: Number(m[1] ?? m[2] ?? m[3]) }),
    wholeFile: true
  },
  // "Progress: 31% (10/32)", "Overall progress: 31%", "Overall: 22% Complete (2/9 tasks)"
  {
    re: new RegExp(
      String.raw`\b(?:overall(?:\s+progress)?|total\s+progress|progress)\s*:\s*${NUM}\s*%(?:\s*(?:complete|completed|done))?(?:\s*\(\s*(\d+)\s*(?:/|of)\s*(\d+)[^)\n]*\))?`,
      "gi"
    ),
    read: (m) => ({
      percent: Number(m[1]),
      done: m[2] ? Number(m[2]) : void 0,
      total: m[3] ? Number(m[3]) : void 0
    })
  },
  // "- ✅ Complete: 5 (16%)", "Complete: 5" (the done count of a status breakdown)
  {
    re: new RegExp(String.raw`(?:^|[\s|(])complete\s*:\s*(\d+)(?:\s*\(\s*${NUM}\s*%\s*\))?`, "gi"),
    read: (m) => ({ done: Number(m[1]), percent: m[2] ? Number(m[2]) : void 0 })
  },
  // "🚧 In Progress: 3", "Blocked: 1", "Not started: 4", "⏭️ Skipped: 2"
  {
    re: /(?:^|[\s|(])(in[ -]progress|wip|blocked|on hold|pending|todo|to do|not started|remaining|skipped|cancell?ed)(?:\s+tasks?)?\s*:\s*(\d+)\b(?!\s*[%/])/gi,
    read: (m) => ({ state: { status: stateWords.find(([re]) => re.test(m[1]))[1], count: Number(m[2]) } })
  },
  // "Completed: 10/32", "Done tasks: 10", "10 of 32 tasks complete"
  {
    re: /\b(?:completed|done)(?:\s+tasks?)?\s*:\s*(\d+)(?:\s*(?:\/|of)\s*(\d+))?|\b(\d+)\s+of\s+(\d+)\s+tasks?\s+(?:are\s+)?(?:complete|completed|done)\b/gi,
    read: (m) => ({ done: Number(m[1] ?? m[3]), total: m[2] ?? m[4] ? Number(m[2] ?? m[4]) : void 0 })
  }
];
function checkSummaries(a) {
  const findings = [];
  const sameDoc = a.doc === a.tasksDoc;
  const taskLines = new Set(sameDoc ? a.tasks.map((t) => t.line) : []);
  const phaseKeys = new Set(a.phases.map((p) => p.key));
  const phaseAt = phaseIndex(a.phases, a.tasksDoc.lineStarts.length);
  const counts = /* @__PURE__ */ new Map();
  const countFor = (key) => {
    let c = counts.get(key);
    if (!c) counts.set(key, c = countTasks(key === void 0 ? a.tasks : a.tasks.filter((t) => t.phase === key)));
    return c;
  };
  for (const { line, text: text2 } of visibleLines(a.doc)) {
    if (taskLines.has(line)) continue;
    const claims = [];
    const taken = [];
    for (const p of patterns) {
      for (const m of text2.matchAll(p.re)) {
        const span = [m.index, m.index + m[0].length];
        if (taken.some(([s, e]) => span[0] < e && s < span[1])) continue;
        taken.push(span);
        if (/^\s*(?:[-–]\s*\d|\+)/.test(text2.slice(span[1])) || /[~≈]\s*$/.test(text2.slice(0, m.index + m[0].search(/\d/))))
          continue;
        const claim = { ...p.read(m), wholeFile: p.wholeFile, column: m.index + 1 };
        if ((claim.state || p === patterns[5] || p === patterns[7]) && /\btests?\b/i.test(text2) && !/\btasks?\b/i.test(text2))
          continue;
        claims.push(claim);
      }
    }
    for (const claim of claims) {
      const inPhase = claim.phase === void 0 && !claim.wholeFile && sameDoc ? phaseAt(line) : void 0;
      const phaseKey = claim.phase ?? (inPhase && inPhase.line !== line ? inPhase.key : void 0);
      const scope = phaseKey === void 0 ? `${a.tasksDoc.path}` : `phase ${phaseKey} of ${a.tasksDoc.path}`;
      if (phaseKey !== void 0 && !phaseKeys.has(phaseKey)) {
        findings.push(
          makeFinding({
            rule: "spec-kit/summary-mismatch",
            path: a.doc.path,
            line,
            column: claim.column,
            message: `states progress for phase ${phaseKey}, but ${a.tasksDoc.path} has no phase ${phaseKey}`
          })
        );
        continue;
      }
      const counted = countFor(phaseKey);
      const problem = compare(claim, counted);
      if (problem) {
        findings.push(
          makeFinding({
            rule: "spec-kit/summary-mismatch",
            path: a.doc.path,
            line,
            column: claim.column,
            message: `states ${describe(claim)}, but ${scope} counts ${describeCounted(claim, counted)}: update the figure`,
            properties: {
              stated: strip(claim),
              counted: { done: counted.done, total: counted.total, percent: Math.round(counted.percent) }
            }
          })
        );
      }
    }
  }
  return findings;
}
function compare(claim, counted) {
  if (claim.state && claim.state.count !== countOf(counted, claim.state.status)) return true;
  if (claim.total !== void 0 && claim.total !== counted.total) return true;
  if (claim.done !== void 0 && claim.done !== counted.done) return true;
  if (claim.percent !== void 0 && Math.abs(claim.percent - counted.percent) >= 1) return true;
  return false;
}
function countOf(c, status) {
  return status === "in_progress" ? c.inProgress : c[status];
}
function describe(c) {
  if (c.state) return `${c.state.count} ${c.state.status.replace("_", " ")}`;
  const pct = c.percent !== void 0 ? `${Math.round(c.percent * 10) / 10}%` : void 0;
  if (c.done !== void 0 && c.total !== void 0) return `${c.done}/${c.total} done${pct ? ` (${pct})` : ""}`;
  if (c.done !== void 0) return `${c.done} done${pct ? ` (${pct})` : ""}`;
  if (c.total !== void 0 && pct === void 0) return `${c.total} tasks`;
  if (c.total !== void 0) return `${c.total} tasks, ${pct} done`;
  return `${pct} done`;
}
function describeCounted(claim, counted) {
  if (claim.state) return `${countOf(counted, claim.state.status)} ${claim.state.status.replace("_", " ")}`;
  if (claim.done === void 0 && claim.percent === void 0) return `${counted.total} tasks`;
  return describe({ done: counted.done, total: counted.total, percent: counted.percent, column: 0 });
}
function strip(c) {
  const out = {};
  for (const [k, v] of Object.entries(c))
    if (v !== void 0 && k !== "column" && k !== "wholeFile" && k !== "state") out[k] = v;
  if (c.state) out[c.state.status] = c.state.count;
  return out;
}

// src/speckit/read-block-statements.ts
var ID = String.raw`(?:T\d+(?:\.\d+)*[a-z]?|Task\s+\d+(?:\.\d+)*)`;
var statement = new RegExp(String.raw`\b(${ID})\s+blocks\s+(${ID}(?:\s*(?:,|and|&)\s*${ID})*)`, "g");
function readBlockStatements(doc2) {
  const out = [];
  for (const { line, text: text2 } of visibleLines(doc2)) {
    for (const m of text2.matchAll(statement)) {
      out.push({
        blocker: m[1],
        blocked: [...m[2].matchAll(new RegExp(ID, "g"))].map((x) => x[0]),
        line,
        column: m.index + 1
      });
    }
  }
  return out;
}

// src/speckit/task-id.ts
var taskIdAtStart = /^(?:T(\d+(?:\.\d+)*[a-zA-Z]?)|Task\s+(\d+(?:\.\d+)*)|TASK-(\d+)|P(\d+)-T(\d+))(?=[\s:.,;)\][—–-]|$)/;
var taskIdAnywhere = /\b(?:T(\d+(?:\.\d+)*[a-zA-Z]?)|Task\s+(\d+(?:\.\d+)*)|TASK-(\d+)|P(\d+)-T(\d+))\b/g;
function taskIdDigits(m) {
  if (m[4] !== void 0) return `${m[4]}.${m[5]}`;
  return m[1] ?? m[2] ?? m[3];
}
function taskIdOrder(digits) {
  const letter = /[a-zA-Z]$/.exec(digits);
  const parts = (letter ? digits.slice(0, -1) : digits).split(".").map(Number);
  return letter ? [...parts, letter[0].toLowerCase().charCodeAt(0) - 96] : parts;
}
function taskIdKey(order) {
  return order.join(".");
}
function compareTaskIds(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

// src/speckit/check-tasks.ts
function checkTasks(doc2, tasks) {
  if (tasks.length === 0) {
    return [
      makeFinding({
        rule: "spec-kit/no-tasks",
        path: doc2.path,
        message: `${doc2.path} has no tasks: list them as "- [ ] T001 Description"`
      })
    ];
  }
  const findings = [];
  const byKey = /* @__PURE__ */ new Map();
  const withId = tasks.filter((t) => t.id !== "");
  const previousOf = /* @__PURE__ */ new Map();
  for (const t of tasks) {
    if (t.id === "") {
      if (withId.length > 0 && !/^TXXX\b/.test(t.text))
        findings.push(
          makeFinding({
            rule: "spec-kit/task-missing-id",
            path: doc2.path,
            line: t.line,
            column: t.column,
            message: `task "${t.text}" has no ID while other tasks have one: give it the next free ID`
          })
        );
      continue;
    }
    const family = idFamily(t.id);
    const key = keyOf(t.id, t.order);
    const first = byKey.get(key);
    if (first) {
      findings.push(
        makeFinding({
          rule: "spec-kit/duplicate-task-id",
          path: doc2.path,
          line: t.line,
          column: t.column,
          message: `${t.id} is used again (first at line ${first.line}): task IDs must be unique`,
          properties: { id: t.id, firstLine: first.line }
        })
      );
      continue;
    }
    byKey.set(key, t);
    const previous = previousOf.get(family);
    if (previous && compareTaskIds(t.order, previous.order) < 0) {
      findings.push(
        makeFinding({
          rule: "spec-kit/task-id-order",
          path: doc2.path,
          line: t.line,
          column: t.column,
          message: `${t.id} comes after ${previous.id} (line ${previous.line}): task IDs must increase down the file`,
          properties: { id: t.id, previous: previous.id }
        })
      );
    }
    previousOf.set(family, t);
  }
  for (const t of withId) {
    for (const dep of t.dependsOn) {
      const target = find(byKey, dep.id);
      const at = { path: doc2.path, line: dep.line, column: dep.column };
      if (!target)
        findings.push(
          makeFinding({
            rule: "spec-kit/task-dependency",
            ...at,
            message: `${t.id} depends on ${dep.id}, which is not a task in this file`
          })
        );
      else if (target === t)
        findings.push(makeFinding({ rule: "spec-kit/task-dependency", ...at, message: `${t.id} depends on itself` }));
      else if (target.line > t.line)
        findings.push(
          makeFinding({
            rule: "spec-kit/task-dependency",
            ...at,
            message: `${t.id} depends on ${dep.id}, which comes later (line ${target.line}): move ${dep.id} before ${t.id} or drop the dependency`
          })
        );
    }
  }
  for (const b of readBlockStatements(doc2)) {
    const at = { path: doc2.path, line: b.line, column: b.column };
    const blocker = find(byKey, b.blocker);
    for (const id of [b.blocker, ...b.blocked]) {
      if (!find(byKey, id))
        findings.push(
          makeFinding({
            rule: "spec-kit/task-dependency",
            ...at,
            message: `"${b.blocker} blocks ${b.blocked.join(", ")}" names ${id}, which is not a task in this file`
          })
        );
    }
    for (const id of b.blocked) {
      const t = find(byKey, id);
      if (blocker && t && t.line <= blocker.line)
        findings.push(
          makeFinding({
            rule: "spec-kit/task-dependency",
            ...at,
            message: `${b.blocker} blocks ${id}, but ${id} (line ${t.line}) comes before ${b.blocker} (line ${blocker.line})`
          })
        );
    }
  }
  return findings;
}
function find(byKey, id) {
  const m = new RegExp(taskIdAnywhere.source).exec(id);
  return m ? byKey.get(keyOf(m[0], taskIdOrder(taskIdDigits(m)))) : void 0;
}
function idFamily(id) {
  return id.startsWith("TASK-") ? "TASK-" : /^P\d+-T/.test(id) ? "P-T" : "T";
}
function keyOf(id, order) {
  return `${idFamily(id)}:${taskIdKey(order)}`;
}

// src/speckit/extract-requirements.ts
var definition2 = /^\s*(FR|SC|NFR)-(\d+)\b/;
function extractRequirements(doc2) {
  const out = [];
  walkNodes(doc2.tree, (node) => {
    if (node.type !== "listItem" && node.type !== "tableRow") return;
    const first = node.children[0];
    if (!first || !node.position) return;
    const m = definition2.exec(nodeText(first));
    if (m) out.push({ id: `${m[1]}-${m[2]}`, line: node.position.start.line, column: node.position.start.column });
  });
  return out;
}

// src/speckit/extract-stories.ts
var storyHeading = /^(?:user\s+story\s*|US-?|用户故事\s*|ユーザーストーリー\s*)(\d+)\b\s*[:：.\-–—]?\s*(.*)$/i;
function extractStories(doc2) {
  const out = [];
  for (const s of docSections(doc2)) {
    const m = storyHeading.exec(s.title);
    if (m)
      out.push({
        number: Number(m[1]),
        title: m[2].replace(/[(（](?:Priority|优先级)[^)）]*[)）]/i, "").trim(),
        line: s.line,
        column: s.column
      });
  }
  return out;
}

// src/speckit/cited-requirements.ts
var requirementRef = /\b(?:FR|SC|NFR)-\d+\b/g;
function citedRequirements(text2) {
  return [...new Set(text2.match(requirementRef) ?? [])];
}

// src/speckit/status-words.ts
function statusFromWords(label) {
  const s = label.toLowerCase();
  if (/\b(skipped|skip|cancell?ed|won'?t do|wontfix|dropped|descoped|obsolete|n\/a)(?![\w/])/.test(s)) return "skipped";
  if (/\b(blocked|waiting|on hold|stuck)\b/.test(s)) return "blocked";
  if (/\b(not started|not done|to do|to-do|todo|pending|open|planned|backlog|queued|spec|draft|ready)\b/.test(s))
    return "todo";
  if (/\b(in progress|in-progress|wip|doing|started|ongoing|active|partial|partially|in review|review)\b/.test(s))
    return "in_progress";
  if (/\b(done|complete|completed|finished|closed|shipped|merged|implemented|passed|verified)\b/.test(s)) return "done";
  return void 0;
}
var emojiStatuses = [
  ["\u2705", "done"],
  ["\u2714", "done"],
  ["\u2611", "done"],
  ["\u{1F7E2}", "done"],
  ["\u{1F7E9}", "done"],
  ["\u{1F3C1}", "done"],
  ["\u{1F504}", "in_progress"],
  ["\u{1F6A7}", "in_progress"],
  ["\u{1F7E1}", "in_progress"],
  ["\u{1F7E8}", "in_progress"],
  ["\u{1F7E0}", "in_progress"],
  ["\u{1F528}", "in_progress"],
  ["\u23F3", "todo"],
  ["\u231B", "todo"],
  ["\u2B1C", "todo"],
  ["\u{1F532}", "todo"],
  ["\u{1F4CB}", "todo"],
  ["\u26D4", "blocked"],
  ["\u{1F6AB}", "blocked"],
  ["\u274C", "blocked"],
  ["\u{1F534}", "blocked"],
  ["\u{1F7E5}", "blocked"],
  ["\u{1F6D1}", "blocked"],
  ["\u26A0", "blocked"],
  ["\u23F8", "blocked"],
  ["\u23ED", "skipped"]
];
var statusEmoji = emojiStatuses.map(([e]) => e);
function statusFromEmoji(text2) {
  let best;
  for (const [emoji, status] of emojiStatuses) {
    const at = text2.indexOf(emoji);
    if (at >= 0 && (!best || at < best.at)) best = { emoji, status, at };
  }
  return best && { emoji: best.emoji, status: best.status };
}
function statusFromText(text2) {
  return statusFromEmoji(text2)?.status ?? statusFromWords(text2);
}

// src/speckit/read-heading-tasks.ts
var statusLine = /^[\s>]*(?:[-*+]\s+)?[*_]*status[*_]*\s*[:：][*_]*\s*(.+)$/i;
var range = /^T\d+\s*[-–—]\s*T\d+\b/;
function readHeadingTasks(doc2, sections, phaseOf) {
  const out = [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    const id = taskIdAtStart.exec(s.title);
    if (!id || range.test(s.title)) continue;
    const next = sections[i + 1];
    const bodyEnd = next ? next.line - 1 : doc2.lineStarts.length;
    let status = statusFromText(s.title.slice(id[0].length));
    for (let line = s.line + 1; line <= bodyEnd && line <= s.line + 40; line++) {
      const m = statusLine.exec(lineText(doc2, line));
      if (m) {
        status = statusFromText(m[1]) ?? status;
        break;
      }
    }
    const rest = s.title.slice(id[0].length).replace(/^\s*[:.\-–—]\s*/, "");
    out.push({
      section: s,
      task: {
        id: id[0],
        order: taskIdOrder(taskIdDigits(id)),
        line: s.line,
        column: s.column,
        status: status ?? "todo",
        stories: [...rest.matchAll(/\[US-?(\d+)\]/gi)].map((m) => Number(m[1])),
        parallel: /\[P\]/.test(rest),
        dependsOn: [],
        phase: phaseOf(s.line),
        text: rest.length > 80 ? rest.slice(0, 77) + "..." : rest,
        form: "heading",
        cites: citedRequirements(s.title)
      }
    });
  }
  return out;
}
function lineText(doc2, line) {
  const start = doc2.lineStarts[line - 1] ?? doc2.text.length;
  const next = doc2.lineStarts[line];
  return doc2.text.slice(start, next === void 0 ? doc2.text.length : next - 1);
}

// src/speckit/read-table-tasks.ts
var idHeader = /^(?:task\s*)?(?:id|#|no\.?|number|ref)$|^task$/i;
var statusHeader = /\b(status|state|done|complete[d]?|progress)\b|^[✓✔☑]$|^$/i;
var textHeader = /\b(task|description|title|name|summary|what|work)\b/i;
var box = /^\[([ xX~!-])\]/;
function readTableTasks(doc2, phaseOf) {
  const out = [];
  walkNodes(doc2.tree, (node) => {
    if (node.type !== "table") return;
    const tasks = tableTasks(node, phaseOf);
    if (tasks.length > 0) out.push(tasks);
    return false;
  });
  return out;
}
function tableTasks(table2, phaseOf) {
  const [head, ...rows] = table2.children;
  if (!head || rows.length === 0) return [];
  const headers = head.children.map((c) => nodeText(c).replace(/[*_`]/g, "").trim());
  const cell = (r, c) => c < 0 ? "" : nodeText(rows[r].children[c] ?? { type: "text", value: "" }).trim();
  let idCol = headers.findIndex((h) => idHeader.test(h));
  if (idCol < 0)
    idCol = headers.findIndex((_, c) => rows.filter((_2, r) => taskIdAtStart.test(cell(r, c))).length * 2 > rows.length);
  if (idCol < 0) return [];
  let statusCol = headers.findIndex((h, c) => c !== idCol && h !== "" && statusHeader.test(h));
  if (statusCol < 0)
    statusCol = headers.findIndex(
      (_, c) => c !== idCol && rows.filter((_2, r) => box.test(cell(r, c))).length * 2 > rows.length
    );
  if (statusCol < 0) return [];
  const textCol = headers.findIndex((h, c) => c !== idCol && c !== statusCol && textHeader.test(h));
  const out = [];
  rows.forEach((row, r) => {
    const idText = cell(r, idCol).replace(/^~~|~~$/g, "");
    const id = taskIdAtStart.exec(idText);
    if (!id || !row.position) return;
    const statusText = cell(r, statusCol);
    const struck = /^~~/.test(cell(r, idCol));
    const text2 = textCol >= 0 ? cell(r, textCol) : cell(
      r,
      headers.findIndex((_, c) => c !== idCol && c !== statusCol)
    );
    out.push({
      id: id[0],
      order: taskIdOrder(taskIdDigits(id)),
      line: row.position.start.line,
      column: row.children[idCol]?.position?.start.column ?? row.position.start.column,
      status: struck ? "skipped" : cellStatus(statusText),
      stories: [...text2.matchAll(/\[US-?(\d+)\]/gi)].map((m) => Number(m[1])),
      parallel: /\[P\]/.test(text2),
      dependsOn: [],
      phase: phaseOf(row.position.start.line),
      text: text2.length > 80 ? text2.slice(0, 77) + "..." : text2,
      form: "row",
      cites: citedRequirements(row.children.map((c) => nodeText(c)).join(" "))
    });
  });
  return out;
}
function cellStatus(text2) {
  const b = box.exec(text2);
  if (b) return /x/i.test(b[1]) ? "done" : b[1] === "~" ? "in_progress" : b[1] === "!" ? "blocked" : "todo";
  return statusFromText(text2) ?? "todo";
}

// src/speckit/parse-legend.ts
var legendHeading = /\b(legend|status key|status markers)\b/i;
var MAX_ENTRIES = 64;
var entryShape = /^\s*(\[[^\]\n]{0,3}\]|\S+)\s*(?:[=:–—-]+\s*)?(.*)$/;
function parseLegend(doc2) {
  const sections = docSections(doc2).filter((s) => legendHeading.test(s.title));
  if (sections.length === 0) return { legend: void 0, findings: [] };
  const findings = [];
  const entries = [];
  const byMarker = /* @__PURE__ */ new Map();
  const add = (raw, line, column) => {
    const m = entryShape.exec(raw);
    if (!m || m[2].trim() === "") return;
    if (!isMarkerToken(m[1])) return;
    const marker2 = normalizeMarker(m[1]);
    const status = statusFromWords(m[2]);
    if (!status) {
      findings.push(
        makeFinding({
          rule: "spec-kit/status-marker",
          path: doc2.path,
          line,
          column,
          message: `legend entry "${raw.trim()}" names no known status: use done, in progress, todo or blocked`
        })
      );
      return;
    }
    const other = byMarker.get(marker2);
    if (other && other.status !== status) {
      findings.push(
        makeFinding({
          rule: "spec-kit/status-marker",
          path: doc2.path,
          line,
          column,
          message: `legend marker ${marker2} means "${other.status}" at line ${other.line} and "${status}" here: give each marker one meaning`
        })
      );
      return;
    }
    if (!other && entries.length < MAX_ENTRIES) {
      const entry = { marker: marker2, status, line };
      entries.push(entry);
      byMarker.set(marker2, entry);
    }
  };
  const legendAt = indexSections(sections, doc2.lineStarts.length);
  const inLegend = (line) => (legendAt(line)?.line ?? line) < line;
  walkNodes(doc2.tree, (node) => {
    if (!node.position || !inLegend(node.position.start.line)) return;
    const { line, column } = node.position.start;
    if (node.type === "listItem") {
      const text2 = nodeText(node).split("\n")[0] ?? "";
      if (typeof node.checked === "boolean") add(`${node.checked ? "[x]" : "[ ]"} ${text2}`, line, column);
      else add(text2, line, column);
      return false;
    }
    if (node.type === "paragraph") {
      for (const part of nodeText(node).split(/[·|;,\n]/)) add(part, line, column);
      return false;
    }
  });
  return { legend: { entries, sections }, findings };
}
function isMarkerToken(token) {
  return /^\[[^\]]{0,3}\]$/.test(token) || /^[^\p{L}\p{N}]/u.test(token) || /^[A-Z]{2,}$/.test(token);
}
function normalizeMarker(marker2) {
  return /^\[[xX]\]$/.test(marker2) ? "[x]" : marker2;
}

// src/speckit/read-task-markers.ts
function readTaskMarkers(a) {
  const out = { stories: [], parallel: false, findings: [] };
  let rest = a.text.replace(/^\s*[:.\-–—]?\s*/, "");
  for (let m = /^\[([^\]\n]{1,12})\]\s*/.exec(rest); m; m = /^\[([^\]\n]{1,12})\]\s*/.exec(rest)) {
    const token = m[1].trim();
    const story = /^US-?(\d+)$/i.exec(token);
    if (story) out.stories.push(Number(story[1]));
    else if (token === "P") out.parallel = true;
    rest = rest.slice(m[0].length);
  }
  if (!a.legend) return out;
  const found = [];
  for (const { entry, word } of matchersOf(a.legend)) {
    if (word ? word.test(a.text) : a.text.includes(entry.marker)) found.push(entry);
  }
  for (const emoji of statusEmoji) {
    if (a.text.includes(emoji) && !a.legend.entries.some((e) => e.marker.includes(emoji))) {
      out.findings.push(
        makeFinding({
          rule: "spec-kit/status-marker",
          path: a.doc.path,
          line: a.line,
          column: a.column,
          message: `${a.label} uses the status marker ${emoji}, which the status legend (line ${a.legend.sections[0].line}) does not define`
        })
      );
    }
  }
  const statuses = new Set(found.map((f) => f.status));
  if (statuses.size > 1) {
    out.findings.push(
      makeFinding({
        rule: "spec-kit/status-marker",
        path: a.doc.path,
        line: a.line,
        column: a.column,
        message: `${a.label} carries markers of different statuses (${found.map((f) => `${f.marker} ${f.status.replace("_", " ")}`).join(", ")}): keep one`
      })
    );
  }
  if (found[0]) {
    out.status = found[0].status;
    out.marker = found[0].marker;
  }
  return out;
}
var matchers = /* @__PURE__ */ new WeakMap();
function matchersOf(legend) {
  let list2 = matchers.get(legend);
  if (!list2) {
    list2 = legend.entries.filter((e) => !e.marker.startsWith("[")).map(
      (entry) => /^[A-Z]{2,}$/.test(entry.marker) ? { entry, word: new RegExp(`\\b${entry.marker}\\b`) } : { entry }
    );
    matchers.set(legend, list2);
  }
  return list2;
}

// src/speckit/read-task-dependencies.ts
var dependencyPhrase = /\b(?:[Dd]epends\s+on|[Dd]ependenc(?:y|ies)|[Dd]epends|[Rr]equires|[Bb]locked\s+by|[Aa]fter)\s*:?\s*((?:T\d+(?:\.\d+)*[a-zA-Z]?|Task\s+\d+(?:\.\d+)*|TASK-\d+|P\d+-T\d+)(?:\s*(?:,|and|&|\/|\+)\s*(?:T\d+(?:\.\d+)*[a-zA-Z]?|Task\s+\d+(?:\.\d+)*|TASK-\d+|P\d+-T\d+))*)/g;
function readTaskDependencies(doc2, item) {
  const start = item.position?.start.offset;
  let end = item.position?.end.offset;
  if (start === void 0 || end === void 0) return [];
  for (const child of item.children) {
    if (child.type !== "list") continue;
    const nestedTask = child.children.find((li) => typeof li.checked === "boolean");
    const at = nestedTask?.position?.start.offset;
    if (at !== void 0 && at < end) end = at;
  }
  const raw = doc2.text.slice(start, end).replace(/[*_`]/g, " ");
  const out = [];
  for (const m of raw.matchAll(dependencyPhrase)) {
    const groupAt = m.index + m[0].length - m[1].length;
    for (const ref of m[1].matchAll(taskIdAnywhere)) {
      out.push({ id: ref[0], ...positionAt(doc2.lineStarts, start + groupAt + ref.index) });
    }
  }
  return out;
}

// src/speckit/extract-tasks.ts
var proseSection = /\b(?:dependenc(?:y|ies)|notes?|examples?|parallel|legend|format|strategy|summary|progress|conventions?|order|opportunities|overview|references?)\b/i;
var checklistSection = /\b(?:checklists?|definition of done|acceptance(?: criteria| checks?| tests?)?|criteria|gates?|validation|verification|sign-?off)$/i;
var skipPrefix = /^(?:SKIP(?:PED)?|CANCELL?ED|DROPPED|N\/A)\s*[:\-–—]\s*/i;
var skipNote = /\((?:skipped|skip|cancell?ed|won'?t do|descoped|dropped|obsolete)\b[^)]*\)|⏭/i;
var pseudoBox = /^\[([^\]\n]{0,3})\]/;
var looseTaskLine = /^(\s*)([-*+]?)\[([ xX]?)\]\s*(?=T\d|Task\s+\d)/;
function extractTasks(doc2) {
  const { legend, findings } = parseLegend(doc2);
  const phases = extractPhases(doc2);
  const sections = docSections(doc2);
  const tasks = [];
  const taskItems = /* @__PURE__ */ new WeakSet();
  const lineCount = doc2.lineStarts.length;
  const phaseAt = phaseIndex(phases, lineCount);
  const legendAt = indexSections(legend?.sections ?? [], lineCount);
  const inLegend = (line) => legendAt(line) !== void 0 && legendAt(line).line < line;
  const titleOf = (s) => s.title.replace(/[^\p{L}\p{N})]+$/u, "").trim();
  const notPhase = (s) => !/^phase\s/i.test(s.title);
  const checklistAt = indexSections(
    sections.filter((s) => notPhase(s) && checklistSection.test(titleOf(s))),
    lineCount
  );
  const proseAt = indexSections(
    sections.filter((s) => notPhase(s) && proseSection.test(titleOf(s))),
    lineCount
  );
  const phaseOf = (line) => phaseAt(line)?.key ?? "";
  const headingTasks = readHeadingTasks(doc2, sections, phaseOf);
  const underHeadingTask = indexSections(
    headingTasks.map((h) => h.section),
    lineCount
  );
  tasks.push(...headingTasks.map((h) => h.task));
  const isChecklist = (line) => checklistAt(line) !== void 0;
  const isProse = (line) => proseAt(line) !== void 0;
  const legendStatuses = new Map(legend?.entries.map((e) => [e.marker, e.status]));
  const legendStatus = (marker2) => legendStatuses.get(marker2);
  walkNodes(doc2.tree, (node, ancestors) => {
    if (node.type === "paragraph" && !ancestors.some((a) => a.type === "listItem")) {
      looseTasks(node);
      return false;
    }
    if (node.type === "table") return false;
    if (node.type !== "listItem" || !node.position) return;
    const { line, column } = node.position.start;
    if (inLegend(line) || underHeadingTask(line)) return false;
    const first = node.children[0];
    if (!first || first.type !== "paragraph") return;
    const firstLine2 = (nodeText(first).split("\n")[0] ?? "").trim();
    let rest = firstLine2;
    let status = node.checked === true ? "done" : "todo";
    let problem;
    let skipped2 = first.children[0]?.type === "delete";
    const sp = skipPrefix.exec(rest);
    if (sp) {
      rest = rest.slice(sp[0].length);
      skipped2 = true;
    }
    const pseudo = typeof node.checked === "boolean" ? void 0 : pseudoBox.exec(rest);
    const isPseudo = pseudo !== void 0 && pseudo !== null && /^([^\p{L}\p{N}]*|\s*[xX]\s*)$/u.test(pseudo[1]);
    if (isPseudo) {
      rest = rest.slice(pseudo[0].length).trimStart();
      const marker2 = normalizeMarker(pseudo[0]);
      const fromLegend = legendStatus(marker2);
      const fromEmoji = legend ? void 0 : statusFromEmoji(pseudo[1]);
      if (fromLegend) status = fromLegend;
      else if (fromEmoji) status = fromEmoji.status;
      else {
        status = /x/i.test(pseudo[1]) ? "done" : "todo";
        problem = checkboxProblem(pseudo[0]);
      }
    }
    const id = taskIdAtStart.exec(rest);
    const nested = ancestors.some((a) => a.type === "listItem" && taskItems.has(a));
    const hasBox = typeof node.checked === "boolean" || isPseudo;
    const idOnly = !hasBox && id !== null && !ancestors.some((a) => a.type === "list" && a.ordered === true) && !isProse(line) && (phases.length === 0 || phaseAt(line) !== void 0);
    if (!hasBox && !idOnly) return;
    if (!id && (nested || isChecklist(line) || typeof node.checked !== "boolean")) return;
    taskItems.add(node);
    if (idOnly) problem = 'has no checkbox: write "- [ ] ' + id[0] + ' ..."';
    const label = id ? id[0] : `task "${short(rest)}"`;
    if (problem)
      findings.push(
        makeFinding({ rule: "spec-kit/task-checkbox", path: doc2.path, line, column, message: `${label} ${problem}` })
      );
    const afterId = id ? rest.slice(id[0].length) : rest;
    const markers = readTaskMarkers({ doc: doc2, text: afterId, legend, line, column, label });
    findings.push(...markers.findings);
    const emoji = legend ? void 0 : statusFromEmoji(afterId);
    if (emoji && (node.checked !== true || emoji.status === "skipped")) status = emoji.status;
    if (markers.status) {
      if (node.checked === true && markers.status !== "done")
        findings.push(conflict(label, "[x]", markers, line, column));
      if (node.checked === false && markers.status === "done")
        findings.push(conflict(label, "[ ]", markers, line, column));
      status = markers.status;
    }
    if (skipped2 || skipNote.test(afterId)) status = "skipped";
    const digits = id ? taskIdDigits(id) : "";
    tasks.push({
      id: id ? id[0] : "",
      order: id ? taskIdOrder(digits) : [],
      line,
      column,
      status,
      stories: markers.stories,
      parallel: markers.parallel,
      dependsOn: readTaskDependencies(doc2, node),
      phase: phaseOf(line),
      text: short(rest),
      form: "item",
      cites: citedRequirements(nodeText(first))
    });
  });
  const known = new Set(tasks.filter((t) => t.id !== "").map((t) => taskIdKey(t.order)));
  for (const table2 of readTableTasks(doc2, phaseOf)) {
    if (table2.some((t) => known.has(taskIdKey(t.order)))) continue;
    tasks.push(...table2);
  }
  tasks.sort((a, b) => a.line - b.line);
  return { tasks, phases, legend, findings };
  function looseTasks(node) {
    const start = node.position?.start.line;
    if (start === void 0) return;
    nodeText(node).split("\n").forEach((text2, i) => {
      const m = looseTaskLine.exec(text2);
      if (!m) return;
      const rest = text2.slice(m[0].length);
      const id = taskIdAtStart.exec(rest);
      if (!id) return;
      const line = start + i;
      findings.push(
        makeFinding({
          rule: "spec-kit/task-checkbox",
          path: doc2.path,
          line,
          message: `${id[0]} is not a list item: start the line with "- [ ] "`
        })
      );
      const digits = taskIdDigits(id);
      tasks.push({
        id: id[0],
        order: taskIdOrder(digits),
        line,
        column: 1,
        status: /x/i.test(m[3]) ? "done" : "todo",
        stories: [],
        parallel: false,
        dependsOn: [],
        phase: phaseOf(line),
        text: short(rest),
        form: "item",
        cites: citedRequirements(rest)
      });
    });
  }
  function conflict(label, box2, markers, line, column) {
    return makeFinding({
      rule: "spec-kit/status-marker",
      path: doc2.path,
      line,
      column,
      message: `${label} is ${box2} but marked ${markers.marker} (${markers.status?.replace("_", " ")} in the legend): make the checkbox and the marker agree`
    });
  }
}
function checkboxProblem(box2) {
  if (box2 === "[]") return 'has empty brackets "[]": a checkbox is "[ ]" with one space';
  if (/^\[\s*[xX]?\s*\]$/.test(box2)) return `has "${box2}" without a space after it: write "- [ ] " or "- [x] "`;
  return `uses "${box2}", which is not a checkbox and not in a status legend: use "[ ]" / "[x]" or define ${box2} under a "Status legend" heading`;
}
function short(text2) {
  return text2.length > 80 ? text2.slice(0, 77) + "..." : text2;
}

// src/speckit/check-kit.ts
function checkKit(docs, checklists) {
  const findings = [];
  const out = { tasks: void 0, phases: [], findings };
  const spec = docs.get("spec") ?? docs.get("prd");
  const stories = spec ? extractStories(spec) : [];
  const specDoc = docs.get("spec");
  if (specDoc) {
    findings.push(...checkAcceptanceScenarios(specDoc, stories));
    if (docs.has("plan")) findings.push(...clarificationsAfterPlan(specDoc));
  }
  for (const c of checklists) findings.push(...checkChecklistItems(c));
  const tasksDoc = docs.get("tasks");
  if (!tasksDoc) return out;
  const extracted = extractTasks(tasksDoc);
  out.tasks = extracted.tasks;
  out.phases = extracted.phases;
  findings.push(...extracted.findings, ...checkTasks(tasksDoc, extracted.tasks));
  if (spec) {
    findings.push(
      ...checkStories({ spec, stories, tasksDoc, tasks: extracted.tasks, phases: extracted.phases }),
      ...checkRequirementCoverage({ spec, requirements: extractRequirements(spec), tasksDoc, tasks: extracted.tasks })
    );
  }
  for (const [role, doc2] of docs) {
    if (role !== "constitution")
      findings.push(...checkSummaries({ doc: doc2, tasksDoc, tasks: extracted.tasks, phases: extracted.phases }));
  }
  return out;
}
function clarificationsAfterPlan(spec) {
  const marks = [];
  for (const { line, text: text2 } of visibleLines(spec)) if (/\[NEEDS CLARIFICATION\b/.test(text2)) marks.push(line);
  if (marks.length === 0) return [];
  return [
    makeFinding({
      rule: "spec-kit/clarification-after-plan",
      path: spec.path,
      line: marks[0],
      message: `${marks.length} [NEEDS CLARIFICATION] marker${marks.length === 1 ? " is" : "s are"} still in the spec although the feature has a plan (line${marks.length === 1 ? "" : "s"} ${marks.slice(0, 10).join(", ")}): answer them (/speckit.clarify) and update the plan`,
      properties: { count: marks.length }
    })
  ];
}

// src/speckit/find-invalid-utf8.ts
function findInvalidUtf8(bytes) {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    let max = 191;
    if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = b === 224 ? 160 : 128;
      if (b === 237) max = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = b === 240 ? 144 : 128;
      if (b === 244) max = 143;
    } else {
      return i;
    }
    if (i + need >= n) return i;
    const second = bytes[i + 1];
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c < 128 || c > 191) return i;
    }
    i += need + 1;
  }
  return -1;
}

// src/speckit/repair-double-encoding.ts
var charsets = [
  { charset: "Mac Roman", iconv: "MACINTOSH", label: "macintosh" },
  { charset: "Windows-1252", iconv: "WINDOWS-1252", label: "windows-1252" }
];
var strict = new TextDecoder("utf-8", { fatal: true });
function byteMap(label) {
  const d = new TextDecoder(label);
  const map = /* @__PURE__ */ new Map();
  for (let b = 128; b <= 255; b++) {
    const ch = d.decode(Uint8Array.of(b));
    if (ch !== "\uFFFD" && !map.has(ch)) map.set(ch, b);
  }
  return map;
}
var maps = charsets.map((c) => ({ ...c, bytes: byteMap(c.label) }));
var leadChars = new RegExp(
  `[${[...new Set(maps.flatMap((m) => [...m.bytes].filter(([, b]) => b >= 194 && b <= 244 || b === 159).map(([ch]) => ch)))].join("").replace(/[\\\]^-]/g, "\\$&")}]`,
  "u"
);
function repairDoubleEncoding(text2) {
  if (!leadChars.test(text2)) return void 0;
  let best;
  for (const m of maps) {
    const r = repairWith(text2, m.bytes, false) && repairWith(text2, m.bytes, true);
    if (r && (!best || r.repaired > best.repaired)) best = { ...r, charset: m.charset, iconv: m.iconv };
  }
  return best;
}
function repairWith(text2, bytes, letters) {
  let out = "";
  let repaired = 0;
  let first;
  let i = 0;
  while (i < text2.length) {
    const start = i;
    const run = [];
    while (i < text2.length && bytes.has(text2[i])) run.push(bytes.get(text2[i++]));
    if (run.length < 2) {
      out += i > start ? text2.slice(start, i) : text2[i++];
      continue;
    }
    let j = 0;
    while (j < run.length) {
      const len = sequenceLength(run[j]);
      const lostLead = len === 0 && run[j] === 159 && j + 2 < run.length;
      const seq = lostLead ? [240, ...run.slice(j, j + 3)] : len > 1 ? run.slice(j, j + len) : [];
      const meant = seq.length > 1 && seq.length <= run.length - j + (lostLead ? 1 : 0) ? decode(seq, letters) : void 0;
      const used = lostLead ? 3 : len;
      if (meant) {
        if (!first) first = { offset: start + j, written: text2.slice(start + j, start + j + used), meant };
        out += meant;
        repaired++;
        j += used;
      } else {
        out += text2[start + j];
        j++;
      }
    }
  }
  return repaired > 0 && first ? { text: out, repaired, first } : void 0;
}
function sequenceLength(lead) {
  if (lead >= 194 && lead <= 223) return 2;
  if (lead >= 224 && lead <= 239) return 3;
  if (lead >= 240 && lead <= 244) return 4;
  return 0;
}
function decode(seq, letters) {
  try {
    const s = strict.decode(Uint8Array.from(seq));
    return letters || /^[\u2000-\u2BFF\u2E00-\u2E7F\u3000-\u303F]|^\uFE0F|^[\u{1F000}-\u{1FAFF}]/u.test(s) ? s : void 0;
  } catch {
    return void 0;
  }
}

// src/speckit/read-kit-tree.ts
import { readdirSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";

// src/speckit/detect-kits.ts
var featureDirName = /^(?:\d{3,}|\d{8}-\d{6})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
var fourFileNames = ["constitution", "prd", "plan", "tasks"];
function detectKits(listing, paths) {
  const kits = [];
  const findings = [];
  if (paths.length > 0) {
    for (const raw of paths) {
      const p = normalizeDir(raw);
      if (listing.files.has(p)) kits.push(fileKit(p));
      else if (!listing.dirs.has(p))
        findings.push(
          makeFinding({
            rule: "spec-kit/missing-kit",
            path: p || ".",
            message: `spec kit folder ${p || "."} does not exist (spec-kit.paths): fix the path or create the kit`
          })
        );
      else kitsAt(p);
    }
  } else {
    kitsAt("");
    for (const d of [...listing.dirs].sort())
      if (d.endsWith("/.specify") && !d.slice(0, -9).includes("/.")) specKitAt(d.slice(0, -"/.specify".length));
  }
  findings.push(...duplicateNumbers(kits));
  return { kits, findings };
  function kitsAt(p) {
    const base = baseOf(p);
    const children = childrenOf(listing, p);
    const isRoot2 = p === "" || listing.dirs.has(join(p, ".specify")) || listing.dirs.has(join(p, "specs")) || listing.dirs.has(join(p, "spec"));
    if (isRoot2) {
      fourFileKitsIn(join(p, "spec"));
      specKitAt(p);
    } else if (featureDirName.test(base))
      kits.push(featureKit(p, join(parentOf(parentOf(p)), ".specify/memory/constitution.md"), listing));
    else if (base === "specs" || children.some((c) => featureDirName.test(baseOf(c)))) specKitAt(parentOf(p), p);
    else if (!hasKitFile(p) && children.some(hasKitFile)) fourFileKitsIn(p);
    else kits.push(fourFileKit(p));
  }
  function hasKitFile(dir) {
    return fourFileNames.some((n) => listing.files.has(`${dir}/${n}.md`));
  }
  function fourFileKitsIn(dir) {
    for (const k of childrenOf(listing, dir)) if (hasKitFile(k)) kits.push(fourFileKit(k));
  }
  function specKitAt(root, specsDir = join(root, "specs")) {
    const features = childrenOf(listing, specsDir);
    const hasSpecify = listing.dirs.has(join(root, ".specify"));
    if (!hasSpecify && !features.some((f) => featureDirName.test(baseOf(f)))) return;
    const constitution = join(root, ".specify/memory/constitution.md");
    let added = 0;
    for (const f of features) {
      if (featureDirName.test(baseOf(f))) {
        kits.push(featureKit(f, constitution, listing));
        added++;
      } else if (baseOf(f) !== "checklists") {
        findings.push(
          makeFinding({
            rule: "spec-kit/feature-dir-name",
            path: f,
            message: `feature folder ${f} should be named NNN-short-name (e.g. 001-user-login) or YYYYMMDD-HHMMSS-short-name: it was not validated`
          })
        );
      }
    }
    if (added === 0)
      kits.push({
        layout: "spec-kit",
        root: join(root, ".specify"),
        docs: [doc("constitution", constitution, "failure")]
      });
  }
}
function duplicateNumbers(kits) {
  const seen = /* @__PURE__ */ new Map();
  const findings = [];
  for (const k of kits) {
    if (k.layout !== "spec-kit") continue;
    const m = /^(\d{3,})-/.exec(baseOf(k.root));
    if (!m) continue;
    const key = `${parentOf(k.root)}/${Number(m[1])}`;
    const first = seen.get(key);
    if (first === void 0) seen.set(key, k.root);
    else
      findings.push(
        makeFinding({
          rule: "spec-kit/duplicate-feature-number",
          path: k.root,
          message: `feature number ${m[1]} is used by ${first} and ${k.root}: Spec Kit numbers features (and their branches) uniquely; renumber one`
        })
      );
  }
  return findings;
}
function fileKit(path) {
  const name = baseOf(path).toLowerCase();
  const role = name.includes("constitution") ? "constitution" : name.includes("prd") ? "prd" : name === "spec.md" ? "spec" : name.includes("plan") ? "plan" : "tasks";
  return { layout: "file", root: path, docs: [doc(role, path, "failure")] };
}
function fourFileKit(root) {
  return {
    layout: "four-file",
    root,
    docs: fourFileNames.map(
      (n) => doc(n, join(root, `${n}.md`), n === "plan" || n === "tasks" ? "warning" : "failure")
    )
  };
}
function featureKit(root, constitution, listing) {
  const checklists = [...listing.files].filter((f) => f.startsWith(`${root}/checklists/`) && f.endsWith(".md")).sort();
  return {
    layout: "spec-kit",
    root,
    docs: [
      doc("constitution", constitution, "failure"),
      doc("spec", join(root, "spec.md"), "failure"),
      doc("plan", join(root, "plan.md"), "warning"),
      doc("tasks", join(root, "tasks.md"), "warning"),
      ...checklists.map((c) => doc("checklist", c, "warning"))
    ]
  };
}
function doc(role, path, missingLevel) {
  return { role, path, missingLevel };
}
function childrenOf(listing, dir) {
  const prefix = dir === "" ? "" : dir + "/";
  return [...listing.dirs].filter((d) => d.startsWith(prefix) && d.length > prefix.length && !d.slice(prefix.length).includes("/")).sort();
}
function normalizeDir(p) {
  return p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "").replace(/^\.$/, "");
}
function join(a, b) {
  return a === "" ? b : `${a}/${b}`;
}
function parentOf(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
function baseOf(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}

// src/speckit/spec-kit-path-error.ts
var SpecKitPathError = class extends Error {
  name = "SpecKitPathError";
  /** Bad input from the caller: faces answer exit code 2. */
  usage = true;
};

// src/speckit/read-kit-tree.ts
var MAX_ENTRIES_PER_DIR = 5e3;
var skipped = /^(?:\.|node_modules$|vendor$|dist$|build$|target$|__pycache__$)/;
var MAX_PROBES = 2e3;
var MAX_TOTAL_BYTES = 64e6;
function listKitTree(root, paths) {
  const dirs = /* @__PURE__ */ new Set([""]);
  const files = /* @__PURE__ */ new Set();
  const outside = /* @__PURE__ */ new Set();
  const linked = /* @__PURE__ */ new Set();
  const scan = (dir, depth) => {
    if (dir !== "") {
      const where = resolveInside(root, dir);
      if (where.kind === "outside") outside.add(dir);
      if (where.kind !== "dir") return;
    }
    let entries;
    try {
      entries = readdirSync(resolve(root, dir || "."), { withFileTypes: true }).slice(0, MAX_ENTRIES_PER_DIR);
    } catch {
      return;
    }
    if (dir !== "") dirs.add(dir);
    for (const e of entries) {
      const rel = dir === "" ? e.name : `${dir}/${e.name}`;
      const kind = kindOf(root, rel, e);
      if (kind === "outside") {
        if (dir !== "") outside.add(rel);
        files.add(rel);
      } else if (kind === "file") files.add(rel);
      else if (kind === "dir") {
        if (e.isSymbolicLink()) linked.add(rel);
        dirs.add(rel);
        if (depth > 1) scan(rel, depth - 1);
      }
    }
  };
  const specKitRoot = (p) => {
    for (const d of ["spec", "specs", ".specify"]) scan(p === "" ? d : `${p}/${d}`, 2);
  };
  scan("", 1);
  specKitRoot("");
  let probes = 0;
  for (const top of [...dirs].filter((d) => d !== "" && !d.includes("/") && !skipped.test(d) && !linked.has(d)).sort()) {
    for (const candidate of [top, ...childDirs(top)]) {
      if (++probes > MAX_PROBES) break;
      if (candidate !== "" && resolveInside(root, `${candidate}/.specify`).kind === "dir") specKitRoot(candidate);
    }
  }
  for (const raw of paths) {
    const p = safeRelative(root, raw);
    const given = resolveInside(root, p || ".");
    if (given.kind === "file" || given.kind === "outside") {
      files.add(p);
      if (given.kind === "outside") outside.add(p);
      continue;
    }
    scan(p, 2);
    specKitRoot(p);
    const grand = p.split("/").slice(0, -2).join("/");
    scan(grand === "" ? ".specify" : `${grand}/.specify`, 2);
    const parent = p.split("/").slice(0, -1).join("/");
    scan(parent === "" ? ".specify" : `${parent}/.specify`, 2);
  }
  for (const d of [...dirs]) if (/(?:^|\/)specs\/[^/]+\/checklists$/.test(d)) scan(d, 1);
  return { dirs, files, outside };
  function childDirs(dir) {
    try {
      return readdirSync(resolve(root, dir), { withFileTypes: true }).slice(0, MAX_ENTRIES_PER_DIR).filter((e) => e.isDirectory() && !skipped.test(e.name)).map((e) => `${dir}/${e.name}`);
    } catch {
      return [];
    }
  }
}
function readKitFiles(root, paths, maxBytes) {
  const out = /* @__PURE__ */ new Map();
  let budget = MAX_TOTAL_BYTES;
  for (const path of paths) {
    const read = readInside(root, safeRelative(root, path), { maxBytes: Math.min(maxBytes, budget) });
    if (read.kind === "bytes") {
      budget -= read.bytes.length;
      out.set(path, { path, kind: "bytes", bytes: new Uint8Array(read.bytes) });
    } else if (read.kind === "too-large")
      out.set(path, { path, kind: read.size > maxBytes ? "too-large" : "over-budget", bytes: read.size });
    else if (read.kind === "outside") out.set(path, { path, kind: "outside" });
    else if (read.kind === "missing") out.set(path, { path, kind: "missing" });
    else out.set(path, { path, kind: "not-a-file" });
  }
  return out;
}
function safeRelative(root, raw) {
  const p = normalizeDir(raw);
  const rel = relative(resolve(root), resolve(root, p || "."));
  if (rel.startsWith("..") || isAbsolute(rel)) {
    throw new SpecKitPathError(
      `spec kit path "${raw}" is outside the repository ${root}: give a path relative to the repository root, such as spec/oda`
    );
  }
  return rel.split("\\").join("/");
}
function kindOf(root, rel, e) {
  if (e.isFile()) return "file";
  if (e.isDirectory()) return "dir";
  if (!e.isSymbolicLink()) return "other";
  const where = resolveInside(root, rel);
  return where.kind === "file" || where.kind === "dir" || where.kind === "outside" ? where.kind : "other";
}

// src/speckit/decode-kit-file.ts
var decoder = new TextDecoder("utf-8");
function decodeKitFile(file, maxFileBytes) {
  const path = file.path;
  if (file.kind === "missing") return { ok: false, findings: [] };
  if (file.kind === "outside")
    return fail(makeFinding({ rule: "spec-kit/link-outside", path, message: linkOutsideMessage(path) }));
  if (file.kind === "not-a-file") {
    return fail(
      makeFinding({
        rule: "spec-kit/binary-file",
        path,
        message: `${path} is not a regular file (a folder, device or pipe?): expected a markdown file`
      })
    );
  }
  if (file.kind === "over-budget") {
    return fail(
      makeFinding({
        rule: "spec-kit/file-too-large",
        path,
        message: `${path} was not read: the kit files before it already total the ${MAX_TOTAL_BYTES / 1e6} MB one run reads; validate fewer kits at a time (paths)`,
        properties: { bytes: file.bytes, limit: MAX_TOTAL_BYTES }
      })
    );
  }
  if (file.kind === "too-large" || file.bytes.length > maxFileBytes) {
    const size = file.kind === "too-large" ? file.bytes : file.bytes.length;
    return fail(
      makeFinding({
        rule: "spec-kit/file-too-large",
        path,
        message: `${path} is ${size} bytes, over the limit of ${maxFileBytes} (spec-kit.maxFileBytes): it was not checked`,
        properties: { bytes: size, limit: maxFileBytes }
      })
    );
  }
  const bytes = file.bytes;
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return fail(
      makeFinding({
        rule: "spec-kit/invalid-encoding",
        path,
        line: 1,
        column: 1,
        message: `${path} is UTF-16 (byte order mark ${bytes[0] === 255 ? "FF FE" : "FE FF"}); save the file as UTF-8`
      })
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at2 = locateByte(bytes, nul);
    return fail(
      makeFinding({
        rule: "spec-kit/binary-file",
        path,
        ...at2,
        message: `${path} contains a NUL byte at line ${at2.line}, column ${at2.column}: this is a binary file, expected UTF-8 markdown`
      })
    );
  }
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const at2 = locateByte(bytes, bad);
    const hex = bytes[bad].toString(16).padStart(2, "0");
    return fail(
      makeFinding({
        rule: "spec-kit/invalid-encoding",
        path,
        ...at2,
        message: `${path}:${at2.line}:${at2.column}: byte 0x${hex} is not valid UTF-8; save the file as UTF-8`
      })
    );
  }
  const text2 = decoder.decode(bytes);
  if (text2.trim() === "") {
    return fail(
      makeFinding({ rule: "spec-kit/empty-file", path, message: `${path} is empty: expected the ${describe2(path)}` })
    );
  }
  const fixed = repairDoubleEncoding(text2);
  if (!fixed) return { ok: true, text: text2, findings: [] };
  const at = positionAt(lineStartsOf(text2), fixed.first.offset);
  return {
    ok: true,
    text: fixed.text,
    findings: [
      makeFinding({
        rule: "spec-kit/double-encoded",
        path,
        ...at,
        message: `${path} is double-encoded: its UTF-8 was read as ${fixed.charset} and saved again, so "${fixed.first.meant}" is written "${fixed.first.written}" (${fixed.repaired} character${fixed.repaired === 1 ? "" : "s"}); they were read as meant. Repair the file with \`iconv -f UTF-8 -t ${fixed.iconv} ${path.slice(path.lastIndexOf("/") + 1)} > fixed.md\` and check the result`,
        properties: { charset: fixed.charset, repaired: fixed.repaired }
      })
    ]
  };
}
function fail(f) {
  return { ok: false, findings: [f] };
}
function locateByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function describe2(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
  return `${name} document of the kit`;
}

// src/speckit/fingerprint-finding.ts
import { createHash } from "node:crypto";
function fingerprintFinding(f) {
  const content = f.message.replace(/\blines? \d+(?:, \d+)*/g, "line");
  return createHash("sha256").update(`${f.ruleId}\0${f.path}\0${content}`).digest("hex").slice(0, 16);
}

// src/speckit/parse-markdown.ts
var import_yaml = __toESM(require_dist(), 1);

// node_modules/mdurl/index.mjs
var mdurl_exports = {};
__export(mdurl_exports, {
  decode: () => decode_default,
  encode: () => encode_default,
  format: () => format,
  parse: () => parse_default
});

// node_modules/mdurl/lib/decode.mjs
var decodeCache = {};
function getDecodeCache(exclude) {
  let cache = decodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = decodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    cache.push(ch);
  }
  for (let i = 0; i < exclude.length; i++) {
    const ch = exclude.charCodeAt(i);
    cache[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
  }
  return cache;
}
function decode2(string, exclude) {
  if (typeof exclude !== "string") {
    exclude = decode2.defaultChars;
  }
  const cache = getDecodeCache(exclude);
  return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
    let result = "";
    for (let i = 0, l = seq.length; i < l; i += 3) {
      const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
      if (b1 < 128) {
        result += cache[b1];
        continue;
      }
      if ((b1 & 224) === 192 && i + 3 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        if ((b2 & 192) === 128) {
          const chr = b1 << 6 & 1984 | b2 & 63;
          if (chr < 128) {
            result += "\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 3;
          continue;
        }
      }
      if ((b1 & 240) === 224 && i + 6 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128) {
          const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
          if (chr < 2048 || chr >= 55296 && chr <= 57343) {
            result += "\uFFFD\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 6;
          continue;
        }
      }
      if ((b1 & 248) === 240 && i + 9 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
          let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
          if (chr < 65536 || chr > 1114111) {
            result += "\uFFFD\uFFFD\uFFFD\uFFFD";
          } else {
            chr -= 65536;
            result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
          }
          i += 9;
          continue;
        }
      }
      result += "\uFFFD";
    }
    return result;
  });
}
decode2.defaultChars = ";/?:@&=+$,#";
decode2.componentChars = "";
var decode_default = decode2;

// node_modules/mdurl/lib/encode.mjs
var encodeCache = {};
function getEncodeCache(exclude) {
  let cache = encodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = encodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    if (/^[0-9a-z]$/i.test(ch)) {
      cache.push(ch);
    } else {
      cache.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
    }
  }
  for (let i = 0; i < exclude.length; i++) {
    cache[exclude.charCodeAt(i)] = exclude[i];
  }
  return cache;
}
function encode(string, exclude, keepEscaped) {
  if (typeof exclude !== "string") {
    keepEscaped = exclude;
    exclude = encode.defaultChars;
  }
  if (typeof keepEscaped === "undefined") {
    keepEscaped = true;
  }
  const cache = getEncodeCache(exclude);
  let result = "";
  for (let i = 0, l = string.length; i < l; i++) {
    const code2 = string.charCodeAt(i);
    if (keepEscaped && code2 === 37 && i + 2 < l) {
      if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
        result += string.slice(i, i + 3);
        i += 2;
        continue;
      }
    }
    if (code2 < 128) {
      result += cache[code2];
      continue;
    }
    if (code2 >= 55296 && code2 <= 57343) {
      if (code2 >= 55296 && code2 <= 56319 && i + 1 < l) {
        const nextCode = string.charCodeAt(i + 1);
        if (nextCode >= 56320 && nextCode <= 57343) {
          result += encodeURIComponent(string[i] + string[i + 1]);
          i++;
          continue;
        }
      }
      result += "%EF%BF%BD";
      continue;
    }
    result += encodeURIComponent(string[i]);
  }
  return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
var encode_default = encode;

// node_modules/mdurl/lib/format.mjs
function format(url) {
  let result = "";
  result += url.protocol || "";
  result += url.slashes ? "//" : "";
  result += url.auth ? url.auth + "@" : "";
  if (url.hostname && url.hostname.indexOf(":") !== -1) {
    result += "[" + url.hostname + "]";
  } else {
    result += url.hostname || "";
  }
  result += url.port ? ":" + url.port : "";
  result += url.pathname || "";
  result += url.search || "";
  result += url.hash || "";
  return result;
}

// node_modules/mdurl/lib/parse.mjs
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.pathname = null;
}
var protocolPattern = /^([a-z0-9.+-]+:)/i;
var portPattern = /:[0-9]*$/;
var simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
var delims = ["<", ">", '"', "`", " ", "\r", "\n", "	"];
var unwise = ["{", "}", "|", "\\", "^", "`"].concat(delims);
var autoEscape = ["'"].concat(unwise);
var nonHostChars = ["%", "/", "?", ";", "#"].concat(autoEscape);
var hostEndingChars = ["/", "?", "#"];
var hostnameMaxLen = 255;
var hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
var hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
var hostlessProtocol = {
  javascript: true,
  "javascript:": true
};
var slashedProtocol = {
  http: true,
  https: true,
  ftp: true,
  gopher: true,
  file: true,
  "http:": true,
  "https:": true,
  "ftp:": true,
  "gopher:": true,
  "file:": true
};
function urlParse(url, slashesDenoteHost) {
  if (url && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
  let lowerProto, hec, slashes;
  let rest = url;
  rest = rest.trim();
  if (!slashesDenoteHost && url.split("#").length === 1) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = proto;
    rest = rest.substr(proto.length);
  }
  if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
    slashes = rest.substr(0, 2) === "//";
    if (slashes && !(proto && hostlessProtocol[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol[proto] && (slashes || proto && !slashedProtocol[proto])) {
    let hostEnd = -1;
    for (let i = 0; i < hostEndingChars.length; i++) {
      hec = rest.indexOf(hostEndingChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    let auth, atSign;
    if (hostEnd === -1) {
      atSign = rest.lastIndexOf("@");
    } else {
      atSign = rest.lastIndexOf("@", hostEnd);
    }
    if (atSign !== -1) {
      auth = rest.slice(0, atSign);
      rest = rest.slice(atSign + 1);
      this.auth = auth;
    }
    hostEnd = -1;
    for (let i = 0; i < nonHostChars.length; i++) {
      hec = rest.indexOf(nonHostChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    if (hostEnd === -1) {
      hostEnd = rest.length;
    }
    if (rest[hostEnd - 1] === ":") {
      hostEnd--;
    }
    const host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost(host);
    this.hostname = this.hostname || "";
    const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
    if (!ipv6Hostname) {
      const hostparts = this.hostname.split(/\./);
      for (let i = 0, l = hostparts.length; i < l; i++) {
        const part = hostparts[i];
        if (!part) {
          continue;
        }
        if (!part.match(hostnamePartPattern)) {
          let newpart = "";
          for (let j = 0, k = part.length; j < k; j++) {
            if (part.charCodeAt(j) > 127) {
              newpart += "x";
            } else {
              newpart += part[j];
            }
          }
          if (!newpart.match(hostnamePartPattern)) {
            const validParts = hostparts.slice(0, i);
            const notHost = hostparts.slice(i + 1);
            const bit = part.match(hostnamePartStart);
            if (bit) {
              validParts.push(bit[1]);
              notHost.unshift(bit[2]);
            }
            if (notHost.length) {
              rest = notHost.join(".") + rest;
            }
            this.hostname = validParts.join(".");
            break;
          }
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = "";
    }
    if (ipv6Hostname) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
    }
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  if (qm !== -1) {
    this.search = rest.substr(qm);
    rest = rest.slice(0, qm);
  }
  if (rest) {
    this.pathname = rest;
  }
  if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = "";
  }
  return this;
};
Url.prototype.parseHost = function(host) {
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ":") {
      this.port = port.substr(1);
    }
    host = host.substr(0, host.length - port.length);
  }
  if (host) {
    this.hostname = host;
  }
};
var parse_default = urlParse;

// node_modules/uc.micro/build/index.mjs
var build_exports = {};
__export(build_exports, {
  Any: () => Any,
  Cc: () => Cc,
  Cf: () => Cf,
  P: () => P,
  S: () => S,
  Z: () => Z
});
var Any = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var Cc = /[\0-\x1F\x7F-\x9F]/;
var Cf = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;
var P = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E\u1B4F\u1B5A-\u1B60\u1B7D-\u1B7F\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDD6E\uDEAD\uDED0\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9\uDFD4\uDFD5\uDFD7\uDFD8]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09\uDFE1]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDD6D-\uDD6F\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD839\uDDFF|\uD83A[\uDD5E\uDD5F]/;
var S = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C1\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2429\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E5\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBD2\uFD40-\uFD4F\uFD90\uFD91\uFDC8-\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD803[\uDD8E\uDD8F\uDED1-\uDED8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDC00-\uDCEF\uDCFA-\uDCFC\uDD00-\uDEB3\uDEBA-\uDED0\uDEE0-\uDEF0\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED8\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0-\uDCBB\uDCC0\uDCC1\uDCD0-\uDCD8\uDD00-\uDE57\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF-\uDEF8\uDF00-\uDF92\uDF94-\uDFEF\uDFFA]/;
var Z = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function codePointToString(codePoint) {
  return codePoint - 1 >>> 0 < 127 || codePoint - 160 >>> 0 < 55136 ? String.fromCharCode(codePoint) : String.fromCodePoint(replaceCodePoint(codePoint));
}

// node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table2 = new Uint8Array(127);
  let code2 = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table2[char] = code2++;
    }
  }
  return table2;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code2 = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code2 < 89) {
        previous += code2;
        single[slot++] = previous;
      } else if (code2 === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["AMP"] = 38] = "AMP";
  CharCodes2[CharCodes2["NUM"] = 35] = "NUM";
  CharCodes2[CharCodes2["SEMI"] = 59] = "SEMI";
  CharCodes2[CharCodes2["EQUALS"] = 61] = "EQUALS";
  CharCodes2[CharCodes2["ZERO"] = 48] = "ZERO";
  CharCodes2[CharCodes2["NINE"] = 57] = "NINE";
  CharCodes2[CharCodes2["LOWER_A"] = 97] = "LOWER_A";
  CharCodes2[CharCodes2["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
var CONSUMED_SHIFT = 21;
var CODE_POINT_MASK = 2097151;
var CONSUMED_OVERFLOW = 2047;
var longNumericConsumed = 0;
function unpackConsumed(packed) {
  const consumed = packed >>> CONSUMED_SHIFT;
  return consumed === CONSUMED_OVERFLOW ? longNumericConsumed : consumed;
}
function isNumber(code2) {
  return code2 - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code2) {
  return code2 === CharCodes.EQUALS || isAlpha(code2) || isNumber(code2);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}
function readTrieValue(decodeTree, nodeIndex, valueLength) {
  if (valueLength === 1) {
    return String.fromCharCode(decodeTree[nodeIndex] & BinTrieFlags.VALUE_MASK);
  }
  if (valueLength === 2) {
    return String.fromCharCode(decodeTree[nodeIndex + 1]);
  }
  return String.fromCharCode(decodeTree[nodeIndex + 1], decodeTree[nodeIndex + 2]);
}
function parseNumericEntity(input, numberStart, inputLength) {
  let offset = numberStart + 1;
  let cp = 0;
  let digitStart = offset;
  if (offset < inputLength && (input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
    offset += 1;
    digitStart = offset;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char)) {
        cp = cp * 16 + (char - CharCodes.ZERO);
      } else if (isHexadecimalCharacter(char)) {
        cp = cp * 16 + ((char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10);
      } else {
        break;
      }
      offset += 1;
    }
  } else {
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9)
        break;
      cp = cp * 10 + digit;
      offset += 1;
    }
  }
  if (offset === digitStart)
    return 0;
  if (offset < inputLength && input.charCodeAt(offset) === CharCodes.SEMI) {
    offset += 1;
  }
  if (cp > 1114111)
    cp = 1114112;
  let consumed = offset - numberStart;
  if (consumed >= CONSUMED_OVERFLOW) {
    longNumericConsumed = consumed;
    consumed = CONSUMED_OVERFLOW;
  }
  return consumed << CONSUMED_SHIFT | cp;
}
function decodeWithTrie(input, isStrict, isAttribute) {
  const decodeTree = htmlDecodeTree;
  let offset = input.indexOf("&");
  if (offset < 0)
    return input;
  const inputLength = input.length;
  let chunkStart = 0;
  let result = "";
  const root = decodeTree[0];
  const rootJumpOffset = root & BinTrieFlags.JUMP_TABLE;
  const rootBranchCount = (root & BinTrieFlags.BRANCH_LENGTH) >> 7;
  do {
    const entityStart = offset + 1;
    const firstChar = input.charCodeAt(entityStart);
    let consumed;
    let value;
    if (firstChar === CharCodes.NUM) {
      const packed = parseNumericEntity(input, entityStart, inputLength);
      consumed = unpackConsumed(packed);
      if (isStrict && consumed > 0 && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI) {
        consumed = 0;
      }
      value = consumed === 0 ? "" : codePointToString(packed & CODE_POINT_MASK);
    } else if (isAlpha(firstChar)) {
      consumed = 0;
      value = "";
      const rootSlotIndex = firstChar - rootJumpOffset;
      let nodeIndex;
      if (rootSlotIndex >>> 0 < rootBranchCount) {
        const stored = decodeTree[1 + rootSlotIndex];
        nodeIndex = stored === 0 ? -1 : rootBranchCount + stored & 65535;
      } else {
        nodeIndex = -1;
      }
      let bestNodeIndex = 0;
      let bestValueLength = 0;
      let current = nodeIndex < 0 ? 0 : decodeTree[nodeIndex];
      let index = entityStart + 1;
      trie: while (index < inputLength) {
        while (
          // Value-less, non-run node with a nonzero jump offset.
          (current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0
        ) {
          const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
          const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (branchCount === 0) {
            if (input.charCodeAt(index) !== jumpOffset)
              break trie;
            nodeIndex += 1;
          } else {
            const slot = input.charCodeAt(index) - jumpOffset;
            if (slot >>> 0 >= branchCount)
              break trie;
            const stored = decodeTree[nodeIndex + 1 + slot];
            if (stored === 0)
              break trie;
            nodeIndex = nodeIndex + branchCount + stored & 65535;
          }
          current = decodeTree[nodeIndex];
          index += 1;
          if (index >= inputLength)
            break trie;
        }
        if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
          const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (input.charCodeAt(index) !== (current & BinTrieFlags.JUMP_TABLE)) {
            break;
          }
          index += 1;
          const remaining = runLength - 1;
          let wordIndex = nodeIndex + 1;
          let charIndexInPacked = 0;
          for (; charIndexInPacked + 1 < remaining; charIndexInPacked += 2) {
            const packed = decodeTree[wordIndex];
            if (input.charCodeAt(index) !== (packed & 255))
              break trie;
            index += 1;
            if (input.charCodeAt(index) !== (packed >> 8 & 255))
              break trie;
            index += 1;
            wordIndex += 1;
          }
          if (charIndexInPacked < remaining) {
            if (input.charCodeAt(index) !== (decodeTree[wordIndex] & 255))
              break;
            index += 1;
          }
          nodeIndex += 1 + (runLength >> 1);
          current = decodeTree[nodeIndex];
          continue;
        }
        const valueLength = current >>> 14;
        const char = input.charCodeAt(index);
        if (valueLength !== 0) {
          if (char === CharCodes.SEMI) {
            consumed = index - entityStart + 1;
            value = valueLength === 1 ? String.fromCharCode(current & BinTrieFlags.VALUE_MASK) : readTrieValue(decodeTree, nodeIndex, valueLength);
            break;
          }
          if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
            consumed = index - entityStart;
            bestNodeIndex = nodeIndex;
            bestValueLength = valueLength;
          }
          if (valueLength === 1)
            break;
        }
        const next = determineBranch(decodeTree, current, nodeIndex + (valueLength || 1), char);
        if (next < 0)
          break;
        nodeIndex = next;
        current = decodeTree[nodeIndex];
        index += 1;
      }
      if (value === "") {
        const finalVL = current >>> 14;
        if (finalVL !== 0 && !isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          consumed = index - entityStart;
          bestNodeIndex = nodeIndex;
          bestValueLength = finalVL;
        }
        if (consumed > 0) {
          value = readTrieValue(decodeTree, bestNodeIndex, bestValueLength);
        }
      }
    } else {
      consumed = 0;
      value = "";
    }
    if (consumed === 0 || isAttribute && firstChar !== CharCodes.NUM && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI && entityStart + consumed < inputLength && isEntityInAttributeInvalidEnd(input.charCodeAt(entityStart + consumed))) {
      offset = entityStart;
    } else {
      if (chunkStart < offset) {
        result += input.slice(chunkStart, offset);
      }
      result += value;
      offset = chunkStart = entityStart + consumed;
    }
    if (input.charCodeAt(offset) !== CharCodes.AMP) {
      offset = input.indexOf("&", offset);
    }
  } while (offset >= 0);
  return result + input.slice(chunkStart);
}
function decodeHTMLStrict(htmlString) {
  return decodeWithTrie(htmlString, true, false);
}

// node_modules/entities/dist/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/linkify-it/build/index.mjs
var REBuilder = class {
  src_Any = Any.source;
  src_Cc = Cc.source;
  src_Z = Z.source;
  src_P = P.source;
  src_ZPCc = [
    this.src_Z,
    this.src_P,
    this.src_Cc
  ].join("|");
  src_ZCc = [this.src_Z, this.src_Cc].join("|");
  cache = {};
  opts = {
    maxLength: 1e4,
    urlAuth: false,
    schema_names: []
  };
  constructor(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
  }
  set(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
    this.cache = {};
    return this;
  }
  escapeRE(str) {
    return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
  }
  nestedPairRE(open, close, depth = 4) {
    const openRE = this.escapeRE(open);
    const closeRE = this.escapeRE(close);
    const atom = `(?:(?!${this.src_ZCc}|${openRE}|${closeRE}).)`;
    let pair = `${openRE}${atom}{0,1000}${closeRE}`;
    for (let level = 2; level <= depth; level++) pair = `${openRE}(?:${atom}|${pair}){0,1000}${closeRE}`;
    return pair;
  }
  get_text_separators() {
    return this.cache.text_separators ??= /[><\uff5c]/;
  }
  get_pseudo_letter() {
    return this.cache.src_pseudo_letter ??= new RegExp(`(?:(?!${this.get_text_separators().source}|${this.src_ZPCc})${this.src_Any})`);
  }
  get_ipv4_addr() {
    return this.cache.src_ip4 ??= /* @__PURE__ */ new RegExp("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])");
  }
  get_ipv6_addr() {
    const h16 = "[0-9A-Fa-f]{1,4}";
    const ls32 = `(?:(?:${h16}:${h16})|${this.get_ipv4_addr().source})`;
    return this.cache.src_ip6_addr ??= new RegExp(`(?:(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::)`);
  }
  get_ipv6_url_host() {
    return this.cache.src_ip6_host ??= new RegExp(`\\[${this.get_ipv6_addr().source}\\]`);
  }
  get_ipv6_mail_host() {
    return this.cache.src_ipv6_mail_host ??= new RegExp(`\\[IPv6:${this.get_ipv6_addr().source}\\]`);
  }
  get_auth() {
    return this.cache.src_auth ??= new RegExp(`(?:(?:(?!${this.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`);
  }
  get_port() {
    return this.cache.src_port ??= /* @__PURE__ */ new RegExp("(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?");
  }
  get_host_terminator() {
    return this.cache.src_host_terminator ??= new RegExp(`(?=$|${this.get_text_separators().source}|${this.src_ZPCc})(?!${this.opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${this.src_ZPCc}))`);
  }
  get_path_terminator() {
    return this.cache.src_path_terminator ??= new RegExp(`${this.src_ZPCc}|${this.get_text_separators().source}`);
  }
  get_path() {
    return this.cache.src_path ??= new RegExp(`(?:[/?#](?:${this.nestedPairRE("[", "]")}|${this.nestedPairRE("(", ")")}|${this.nestedPairRE("{", "}")}|\\"(?:(?!${this.src_ZCc}|["]).){1,100}\\"|\\'(?:(?!${this.src_ZCc}|[']).){1,100}\\'|\\'(?=${this.get_pseudo_letter().source}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${this.src_ZCc}|[.]|$)|` + (this.opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-{0,19})|" : "\\-{1,20}|") + `,(?!${this.src_ZCc}|$)|;(?!${this.src_ZCc}|$)|\\!{1,20}(?!${this.src_ZCc}|[!]|$)|\\?(?!${this.src_ZCc}|[?]|$)|` + this.get_path_extra().source + `[\\\\/:%@#&=_~*]|(?!${this.get_path_terminator().source}).){1,${this.opts.maxLength}}|\\/)?`);
  }
  get_mail_name() {
    return this.cache.src_mail_name ??= /* @__PURE__ */ new RegExp("[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}");
  }
  get_xn() {
    return this.cache.src_xn ??= /* @__PURE__ */ new RegExp("xn--[a-z0-9\\-]{1,59}");
  }
  get_tld() {
    if (this.cache.tld) return this.cache.tld;
    const tlds_src = [...new Set(this.opts.tlds || [])].sort().reverse().join("|");
    this.cache.tld = new RegExp(`${tlds_src || "$#none#$"}|${this.get_xn().source}`);
    return this.cache.tld;
  }
  get_domain_root() {
    return this.cache.src_domain_root ??= new RegExp("(?:" + this.get_xn().source + `|${this.get_pseudo_letter().source}{1,63})`);
  }
  get_domain() {
    return this.cache.src_domain ??= new RegExp("(?:" + this.get_xn().source + `|(?:${this.get_pseudo_letter().source})|(?:${this.get_pseudo_letter().source}(?:-|${this.get_pseudo_letter().source}){0,61}${this.get_pseudo_letter().source}))`);
  }
  get_url_host_port() {
    return this.cache.url_host_port ??= new RegExp("(?:" + this.get_ipv6_url_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,10}${this.get_domain().source}))` + this.get_port().source + this.get_host_terminator().source);
  }
  get_fuzzy_url_host_port() {
    return this.cache.fuzzy_url_host_port ??= new RegExp("(?:" + (this.opts.fuzzyIP ? this.get_ipv4_addr().source + "|" : "") + `(?:(?:(?:${this.get_domain().source})\\.){1,10}(?:${this.get_tld().source})))` + this.get_host_terminator().source);
  }
  get_mail_host() {
    return this.cache.src_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,4}${this.get_domain().source}))` + this.get_host_terminator().source);
  }
  get_fuzzy_mail_host() {
    return this.cache.src_fuzzy_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})[.]){1,4}${this.get_domain_root().source}))` + this.get_host_terminator().source);
  }
  get_path_extra() {
    return this.cache.src_path_extra ??= /* @__PURE__ */ new RegExp("");
  }
  get_fuzzy_mail_host_search() {
    return this.cache.mail_fuzzy_host_search ??= new RegExp(`@${this.get_fuzzy_mail_host().source}`, "ig");
  }
  get_fuzzy_link_search() {
    return this.cache.link_fuzzy_search ??= new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uFF5C]|${this.src_ZPCc}))(?:(?![$+<=>^\`|\uFF5C])${this.get_fuzzy_url_host_port().source}${this.get_path().source})`, "ig");
  }
  get_http_validator() {
    return this.cache.http_validator ??= new RegExp("\\/\\/" + (this.opts.urlAuth ? this.get_auth().source : "") + this.get_url_host_port().source + this.get_path().source, "iy");
  }
  get_relative_proto_validator() {
    return this.cache.relative_proto_validator ??= new RegExp((this.opts.urlAuth ? this.get_auth().source : "") + `(?:localhost|${this.get_ipv6_url_host().source}|(?:(?:${this.get_domain().source})[.]){1,10}${this.get_domain_root().source})` + this.get_port().source + this.get_host_terminator().source + this.get_path().source, "iy");
  }
  get_mail_name_validator() {
    return this.cache.mail_name_validator ??= new RegExp(`(?:^|${this.get_text_separators().source}|"|\\(|${this.src_ZCc})(${this.get_mail_name().source})$`);
  }
  get_mailto_validator() {
    return this.cache.mailto_validator ??= new RegExp(`${this.get_mail_name().source}@${this.get_mail_host().source}`, "iy");
  }
  get_schema_names() {
    return this.cache.schema_names ??= new RegExp((this.opts.schema_names || []).map((name) => this.escapeRE(name)).join("|"));
  }
  get_schema_search() {
    return this.cache.schema_search ??= new RegExp(`(^|(?!_)(?:[><\uFF5C]|${this.src_ZPCc}))(${this.get_schema_names().source})`, "ig");
  }
  get_schema_at_start() {
    return this.cache.schema_at_start ??= new RegExp(`^${this.get_schema_search().source}`, "i");
  }
};
var web_schema = {
  validate: (text2, pos, self) => {
    const re = self.re.get_http_validator();
    re.lastIndex = pos;
    const m = re.exec(text2);
    return m ? m[0].length : 0;
  },
  normalize: (match, self) => self.normalize(match)
};
var defaultSchemas = {
  "http:": web_schema,
  "https:": web_schema,
  "ftp:": web_schema,
  "//": {
    validate: function(text2, pos, self) {
      const re = self.re.get_relative_proto_validator();
      re.lastIndex = pos;
      const m = re.exec(text2);
      if (m) {
        if (pos >= 3 && text2[pos - 3] === ":") return 0;
        if (pos >= 3 && text2[pos - 3] === "/") return 0;
        return m[0].length;
      }
      return 0;
    },
    normalize: (match, self) => self.normalize(match)
  },
  "mailto:": {
    validate: function(text2, pos, self) {
      const re = self.re.get_mailto_validator();
      re.lastIndex = pos;
      const m = re.exec(text2);
      return m ? m[0].length : 0;
    },
    normalize: (match, self) => self.normalize(match)
  }
};
var tlds_2ch = "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|\u0440\u0444";
function unpackTlds() {
  const result = tlds_default.split("|");
  tlds_2ch.split("|").forEach((item) => {
    const sep = item.indexOf(":");
    const prefix = item.slice(0, sep);
    for (const suffix of item.slice(sep + 1)) result.push(prefix + suffix);
  });
  return result;
}
var defaultOptions = {
  fuzzyLink: false,
  fuzzyEmail: true,
  fuzzyIP: false,
  "---": false,
  tlds: unpackTlds(),
  urlAuth: false,
  maxLength: 1e4
};
var Match = class {
  /** Prefix (protocol) for matched string. Empty for fuzzy links. */
  schema;
  /** First position of matched string. */
  index;
  /** Next position after matched string. */
  lastIndex;
  /** Matched string. */
  raw;
  /** Normalized text of matched string. */
  text;
  /** Normalized URL of matched string. */
  url;
  constructor(text2, schema, index, lastIndex) {
    const raw = text2.slice(index, lastIndex);
    this.schema = schema.toLowerCase();
    this.index = index;
    this.lastIndex = lastIndex;
    this.raw = raw;
    this.text = raw;
    this.url = raw;
  }
};
var LinkifyIt = class {
  __opts__;
  __schemas__;
  re;
  /**
  * Creates new linkifier instance.
  *
  * By default understands:
  *
  * - `http(s)://...` , `ftp://...`, `mailto:...` & `//...` links
  * - "fuzzy" emails (foo@bar.com).
  *
  * See {@link LinkifyConstructorOptions} for available options.
  *
  * @param options Recognition options.
  *
  * @example
  * ```javascript
  * import { LinkifyIt } from 'linkify-it'
  *
  * const linkify = new LinkifyIt({ fuzzyLink: true })
  *
  * linkify
  *   .tlds(require('tlds'))       // Reload with full TLD list
  *   .tlds('onion', true)         // Add unofficial `.onion` domain
  *   .add('ftp:', null)           // Disable `ftp:` protocol
  *   .set({ fuzzyIP: true })      // Enable IPs in fuzzy links
  *
  * console.log(linkify.test('Site github.com!')) // true
  * console.log(linkify.match('Site github.com!'))
  * ```
  */
  constructor(options = {}) {
    const { rebuilder, ...linkifyOptions } = options;
    this.__opts__ = {
      ...defaultOptions,
      ...linkifyOptions
    };
    this.__schemas__ = { ...defaultSchemas };
    this.re = rebuilder || new REBuilder();
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
  }
  /**
  * Add new rule definition.
  *
  * `schema` is a link prefix (usually, protocol name with `:` at the end,
  * `skype:` for example). `linkify-it` makes sure that prefix is not
  * preceded with alphanumeric char and symbols. Only whitespaces and
  * punctuation allowed.
  *
  * `definition` is a rule to check tail after link prefix. To disable an
  * existing rule, pass `null`.
  *
  * @param schema Rule name (fixed pattern prefix).
  * @param definition Schema definition, or `null` to disable the rule.
  *
  * See [twitter mentions example](https://github.com/markdown-it/linkify-it/blob/master/examples/twitter.mjs).
  */
  add(schema, definition3 = null) {
    if (!definition3) delete this.__schemas__[schema];
    else {
      const def = {
        normalize: (match, self) => self.normalize(match),
        ...definition3
      };
      this.__schemas__[schema] = def;
    }
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Set recognition options for links without schema.
  *
  * @param options Recognition options.
  */
  set(options = {}) {
    this.__opts__ = {
      ...this.__opts__,
      ...options
    };
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Searches linkifiable pattern and returns `true` on success or `false` on fail.
  *
  * @param text Text to scan.
  */
  test(text2) {
    if (!text2.length) return false;
    let m, re;
    re = this.re.get_schema_search();
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) if (this.testSchemaAt(text2, m[2], re.lastIndex)) return true;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      re = this.re.get_fuzzy_link_search();
      re.lastIndex = 0;
      if (re.exec(text2) !== null) return true;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      if (text2.indexOf("@") >= 0) {
        const mailHostRe = this.re.get_fuzzy_mail_host_search();
        const mailNameRe = this.re.get_mail_name_validator();
        mailHostRe.lastIndex = 0;
        while ((m = mailHostRe.exec(text2)) !== null) {
          const name = text2.slice(Math.max(0, m.index - 65), m.index);
          if (mailNameRe.test(name)) return true;
        }
      }
    }
    return false;
  }
  /**
  * Similar to {@link LinkifyIt.test} but checks only specific protocol tail exactly
  * at given position. Returns length of found pattern (0 on fail).
  *
  * @param text Text to scan.
  * @param schema Rule (schema) name.
  * @param pos Text offset to check from.
  */
  testSchemaAt(text2, schema, pos) {
    if (!this.__schemas__[schema.toLowerCase()]) return 0;
    return this.__schemas__[schema.toLowerCase()].validate(text2.slice(0, pos + this.__opts__.maxLength), pos, this);
  }
  /**
  * Returns array of found link descriptions or `null` on fail. We strongly
  * recommend to use {@link LinkifyIt.test} first, for best speed.
  *
  * @param text Text to scan.
  */
  match(text2) {
    const result = [];
    const schemaRe = this.re.get_schema_search();
    let fuzzyLinkRe;
    let mailHostRe;
    let mailNameRe;
    let fuzzyLinkCandidate;
    let fuzzyEmailCandidate;
    let schemaPrefix;
    let schemaDone = false;
    let fuzzyLinkDone = false;
    let fuzzyEmailDone = false;
    let pos = 0;
    if (!text2.length) return null;
    schemaRe.lastIndex = 0;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      fuzzyLinkRe = this.re.get_fuzzy_link_search();
      fuzzyLinkRe.lastIndex = 0;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      mailHostRe = this.re.get_fuzzy_mail_host_search();
      mailHostRe.lastIndex = 0;
      mailNameRe = this.re.get_mail_name_validator();
    }
    for (; ; ) {
      const scanFrom = Math.max(pos - 1, 0);
      if (mailHostRe && mailNameRe && !fuzzyEmailDone && (!fuzzyEmailCandidate || fuzzyEmailCandidate.index < pos)) {
        if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = mailHostRe.exec(text2);
          if (!m) {
            fuzzyEmailDone = true;
            fuzzyEmailCandidate = void 0;
            break;
          }
          const name = mailNameRe.exec(text2.slice(Math.max(0, m.index - 65), m.index));
          if (!name) continue;
          fuzzyEmailCandidate = {
            schema: "mailto:",
            index: m.index - name[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyEmailCandidate.index >= pos) break;
          if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        }
      }
      if (fuzzyLinkRe && !fuzzyLinkDone && (!fuzzyLinkCandidate || fuzzyLinkCandidate.index < pos)) {
        if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = fuzzyLinkRe.exec(text2);
          if (!m) {
            fuzzyLinkDone = true;
            fuzzyLinkCandidate = void 0;
            break;
          }
          fuzzyLinkCandidate = {
            schema: "",
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyLinkCandidate.index >= pos) break;
          if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        }
      }
      let fuzzyCandidate = fuzzyEmailCandidate;
      if (!fuzzyCandidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < fuzzyCandidate.index || fuzzyLinkCandidate.index === fuzzyCandidate.index && fuzzyLinkCandidate.lastIndex > fuzzyCandidate.lastIndex)) fuzzyCandidate = fuzzyLinkCandidate;
      let schemaCandidate;
      if (!schemaDone) for (; ; ) {
        if (!schemaPrefix) {
          if (schemaRe.lastIndex < scanFrom) schemaRe.lastIndex = scanFrom;
          const m = schemaRe.exec(text2);
          if (!m) {
            schemaDone = true;
            break;
          }
          schemaPrefix = {
            schema: m[2],
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
        }
        if (schemaPrefix.index < pos) {
          schemaPrefix = void 0;
          continue;
        }
        if (fuzzyCandidate && schemaPrefix.index > fuzzyCandidate.index) break;
        const prefix = schemaPrefix;
        schemaPrefix = void 0;
        const len = this.testSchemaAt(text2, prefix.schema, prefix.lastIndex);
        if (len) {
          schemaCandidate = {
            schema: prefix.schema,
            index: prefix.index,
            lastIndex: prefix.lastIndex + len
          };
          break;
        }
      }
      let candidate = schemaCandidate;
      if (!candidate || fuzzyEmailCandidate && (fuzzyEmailCandidate.index < candidate.index || fuzzyEmailCandidate.index === candidate.index && fuzzyEmailCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyEmailCandidate;
      if (!candidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < candidate.index || fuzzyLinkCandidate.index === candidate.index && fuzzyLinkCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyLinkCandidate;
      if (!candidate) break;
      if (candidate === fuzzyEmailCandidate) fuzzyEmailCandidate = void 0;
      else if (candidate === fuzzyLinkCandidate) fuzzyLinkCandidate = void 0;
      const match = new Match(text2, candidate.schema, candidate.index, candidate.lastIndex);
      if (match.schema) this.__schemas__[match.schema].normalize(match, this);
      else this.normalize(match);
      result.push(match);
      pos = candidate.lastIndex;
    }
    if (result.length) return result;
    return null;
  }
  /**
  * Returns fully-formed (not fuzzy) link if it starts at the beginning
  * of the string, and null otherwise.
  *
  * @param text Text to scan.
  */
  matchAtStart(text2) {
    if (!text2.length) return null;
    const m = this.re.get_schema_at_start().exec(text2);
    if (!m) return null;
    const len = this.testSchemaAt(text2, m[2], m[0].length);
    if (!len) return null;
    const match = new Match(text2, m[2], m.index + m[1].length, m.index + m[0].length + len);
    this.__schemas__[match.schema].normalize(match, this);
    return match;
  }
  /**
  * Load (or merge) new TLDs list. Those are used for fuzzy links (without
  * prefix) to avoid false positives. By default this algorithm is used:
  *
  * - hostname with any 2-letter root zones are ok.
  * - biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф
  *   are ok.
  * - encoded (`xn--...`) root zones are ok.
  *
  * If list is replaced, then exact match for 2-chars root zones will be checked.
  *
  * @param list List of TLDs.
  * @param keepOld Merge with current list if `true` (`false` by default).
  */
  tlds(list2, keepOld = false) {
    list2 = Array.isArray(list2) ? list2 : [list2];
    if (!keepOld) this.__opts__.tlds = list2;
    else this.__opts__.tlds = this.__opts__.tlds.concat(list2);
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Default normalizer (if schema does not define its own).
  *
  * @param match Match to normalize.
  */
  normalize(match) {
    if (!match.schema) match.url = `http://${match.url}`;
    if (match.schema === "mailto:" && !/^mailto:/i.test(match.url)) match.url = `mailto:${match.url}`;
  }
};

// node_modules/markdown-it/dist/markdown-it.mjs
var import_punycode = __toESM(require_punycode(), 1);
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
  return target;
};
var utils_exports = /* @__PURE__ */ __exportAll({
  arrayReplaceAt: () => arrayReplaceAt,
  asciiTrim: () => asciiTrim,
  callable: () => callable,
  escapeHtml: () => escapeHtml,
  escapeRE: () => escapeRE,
  fromCodePoint: () => fromCodePoint,
  isMdAsciiPunct: () => isMdAsciiPunct,
  isPunctChar: () => isPunctChar,
  isPunctCharCode: () => isPunctCharCode,
  isSpace: () => isSpace,
  isValidEntityCode: () => isValidEntityCode,
  isWhiteSpace: () => isWhiteSpace,
  lib: () => lib,
  normalizeReference: () => normalizeReference,
  unescapeAll: () => unescapeAll,
  unescapeMd: () => unescapeMd
});
function callable(cls) {
  const wrapper = function(...args) {
    return Reflect.construct(cls, args, new.target && new.target !== wrapper ? new.target : cls);
  };
  Object.defineProperty(wrapper, "name", { value: cls.name });
  Object.setPrototypeOf(wrapper, cls);
  wrapper.prototype = cls.prototype;
  return wrapper;
}
function arrayReplaceAt(src, pos, newElements) {
  return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
function isValidEntityCode(c) {
  if (c >= 55296 && c <= 57343) return false;
  if (c >= 64976 && c <= 65007) return false;
  if ((c & 65535) === 65535 || (c & 65535) === 65534) return false;
  if (c >= 0 && c <= 8) return false;
  if (c === 11) return false;
  if (c >= 14 && c <= 31) return false;
  if (c >= 127 && c <= 159) return false;
  if (c > 1114111) return false;
  return true;
}
function fromCodePoint(c) {
  if (c > 65535) {
    c -= 65536;
    const surrogate1 = 55296 + (c >> 10);
    const surrogate2 = 56320 + (c & 1023);
    return String.fromCharCode(surrogate1, surrogate2);
  }
  return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var UNESCAPE_ALL_RE = new RegExp(`${UNESCAPE_MD_RE.source}|${/&([a-z#][a-z0-9]{1,31});/gi.source}`, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match, name) {
  if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
    const code2 = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (isValidEntityCode(code2)) return fromCodePoint(code2);
    return match;
  }
  const decoded = decodeHTMLStrict(match);
  if (decoded !== match) return decoded;
  return match;
}
function unescapeMd(str) {
  if (str.indexOf("\\") < 0) return str;
  return str.replace(UNESCAPE_MD_RE, "$1");
}
function unescapeAll(str) {
  if (str.indexOf("\\") < 0 && str.indexOf("&") < 0) return str;
  return str.replace(UNESCAPE_ALL_RE, function(match, escaped, entity2) {
    if (escaped) return escaped;
    return replaceEntityPattern(match, entity2);
  });
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function replaceUnsafeChar(ch) {
  return HTML_REPLACEMENTS[ch];
}
function escapeHtml(str) {
  if (HTML_ESCAPE_TEST_RE.test(str)) return str.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
  return str;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
function escapeRE(str) {
  return str.replace(REGEXP_ESCAPE_RE, "\\$&");
}
function isSpace(code2) {
  switch (code2) {
    case 9:
    case 32:
      return true;
  }
  return false;
}
function isWhiteSpace(code2) {
  if (code2 >= 8192 && code2 <= 8202) return true;
  switch (code2) {
    case 9:
    case 10:
    case 11:
    case 12:
    case 13:
    case 32:
    case 160:
    case 5760:
    case 8239:
    case 8287:
    case 12288:
      return true;
  }
  return false;
}
function isPunctChar(ch) {
  return P.test(ch) || S.test(ch);
}
function isPunctCharCode(code2) {
  return isPunctChar(fromCodePoint(code2));
}
function isMdAsciiPunct(ch) {
  switch (ch) {
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 38:
    case 39:
    case 40:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 47:
    case 58:
    case 59:
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 124:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function normalizeReference(str) {
  str = str.trim().replace(/\s+/g, " ");
  return str.toLowerCase().toUpperCase();
}
function isAsciiTrimmable(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function asciiTrim(str) {
  let start = 0;
  for (; start < str.length; start++) if (!isAsciiTrimmable(str.charCodeAt(start))) break;
  let end = str.length - 1;
  for (; end >= start; end--) if (!isAsciiTrimmable(str.charCodeAt(end))) break;
  return str.slice(start, end + 1);
}
var lib = {
  mdurl: mdurl_exports,
  ucmicro: build_exports
};
function parseLinkLabel(state, start, disableNested) {
  let level, found, marker2, prevPos;
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  level = 1;
  while (state.pos < max) {
    marker2 = state.src.charCodeAt(state.pos);
    if (marker2 === 93) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker2 === 91) {
      if (prevPos === state.pos - 1) level++;
      else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  let labelEnd = -1;
  if (found) labelEnd = state.pos;
  state.pos = oldPos;
  return labelEnd;
}
function parseLinkDestination(str, start, max) {
  let code2;
  let pos = start;
  const result = {
    ok: false,
    pos: 0,
    str: ""
  };
  if (str.charCodeAt(pos) === 60) {
    pos++;
    while (pos < max) {
      code2 = str.charCodeAt(pos);
      if (code2 === 10) return result;
      if (code2 === 60) return result;
      if (code2 === 62) {
        result.pos = pos + 1;
        result.str = unescapeAll(str.slice(start + 1, pos));
        result.ok = true;
        return result;
      }
      if (code2 === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return result;
  }
  let level = 0;
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === 32) break;
    if (code2 < 32 || code2 === 127) break;
    if (code2 === 92 && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 32) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code2 === 40) {
      level++;
      if (level > 32) return result;
    }
    if (code2 === 41) {
      if (level === 0) break;
      level--;
    }
    pos++;
  }
  if (start === pos) return result;
  if (level !== 0) return result;
  result.str = unescapeAll(str.slice(start, pos));
  result.pos = pos;
  result.ok = true;
  return result;
}
function parseLinkTitle(str, start, max, prev_state) {
  let code2;
  let pos = start;
  const state = {
    ok: false,
    can_continue: false,
    pos: 0,
    str: "",
    marker: 0
  };
  if (prev_state) {
    state.str = prev_state.str;
    state.marker = prev_state.marker;
  } else {
    if (pos >= max) return state;
    let marker2 = str.charCodeAt(pos);
    if (marker2 !== 34 && marker2 !== 39 && marker2 !== 40) return state;
    start++;
    pos++;
    if (marker2 === 40) marker2 = 41;
    state.marker = marker2;
  }
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str.slice(start, pos));
      state.ok = true;
      return state;
    } else if (code2 === 40 && state.marker === 41) return state;
    else if (code2 === 92 && pos + 1 < max) pos++;
    pos++;
  }
  state.can_continue = true;
  state.str += unescapeAll(str.slice(start, pos));
  return state;
}
var helpers_exports = /* @__PURE__ */ __exportAll({
  parseLinkDestination: () => parseLinkDestination,
  parseLinkLabel: () => parseLinkLabel,
  parseLinkTitle: () => parseLinkTitle
});
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function toPrimitive(t, r) {
  if ("object" != _typeof(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function toPropertyKey(t) {
  var i = toPrimitive(t, "string");
  return "symbol" == _typeof(i) ? i : i + "";
}
function _defineProperty(e, r, t) {
  return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
    value: t,
    enumerable: true,
    configurable: true,
    writable: true
  }) : e[r] = t, e;
}
var Token = class {
  constructor(type, tag, nesting) {
    _defineProperty(
      this,
      /**
      * Source map info. Format: `[ line_begin, line_end ]`
      */
      "map",
      null
    );
    _defineProperty(
      this,
      /**
      * nesting level, the same as `state.level`
      */
      "level",
      0
    );
    _defineProperty(
      this,
      /**
      * An array of child nodes (inline and img tokens)
      */
      "children",
      null
    );
    _defineProperty(
      this,
      /**
      * In a case of self-closing tag (code, html, fence, etc.),
      * it has contents of this tag.
      */
      "content",
      ""
    );
    _defineProperty(
      this,
      /**
      * '*' or '_' for emphasis, fence string for fence, etc.
      */
      "markup",
      ""
    );
    _defineProperty(
      this,
      /**
      * Additional information:
      *
      * - Info string for "fence" tokens
      * - The value "auto" for autolink "link_open" and "link_close" tokens
      * - The string value of the item marker for ordered-list "list_item_open" tokens
      */
      "info",
      ""
    );
    _defineProperty(
      this,
      /**
      * True for block-level tokens, false for inline tokens.
      * Used in renderer to calculate line breaks
      */
      "block",
      false
    );
    _defineProperty(
      this,
      /**
      * If it's true, ignore this element when rendering. Used for tight lists
      * to hide paragraphs.
      */
      "hidden",
      false
    );
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  /**
  * Search attribute index by name.
  */
  attrIndex(name) {
    if (!this.attrs) return -1;
    const attrs = this.attrs;
    for (let i = 0, len = attrs.length; i < len; i++) if (attrs[i][0] === name) return i;
    return -1;
  }
  /**
  * Add `[ name, value ]` attribute to list. Init attrs if necessary
  */
  attrPush(attrData) {
    if (this.attrs) this.attrs.push(attrData);
    else this.attrs = [attrData];
  }
  /**
  * Set `name` attribute to `value`. Override old value if exists.
  */
  attrSet(name, value) {
    const idx = this.attrIndex(name);
    const attrData = [name, value];
    if (idx < 0) this.attrPush(attrData);
    else this.attrs[idx] = attrData;
  }
  /**
  * Get the value of attribute `name`, or null if it does not exist.
  */
  attrGet(name) {
    const idx = this.attrIndex(name);
    let value = null;
    if (idx >= 0) value = this.attrs[idx][1];
    return value;
  }
  /**
  * Join value to existing attribute via space. Or create new attribute if not
  * exists. Useful to operate with token classes.
  */
  attrJoin(name, value) {
    const idx = this.attrIndex(name);
    if (idx < 0) this.attrPush([name, value]);
    else this.attrs[idx][1] = `${this.attrs[idx][1]} ${value}`;
  }
};
var Ruler = class {
  constructor() {
    _defineProperty(
      this,
      /** @internal */
      "__rules__",
      []
    );
    _defineProperty(
      this,
      /** @internal */
      "__cache__",
      null
    );
  }
  /** @internal */
  __find__(name) {
    for (let i = 0; i < this.__rules__.length; i++) if (this.__rules__[i].name === name) return i;
    return -1;
  }
  /** @internal */
  __compile__() {
    const chains = /* @__PURE__ */ new Set();
    this.__rules__.forEach((rule) => {
      if (!rule.enabled) return;
      rule.alt.forEach((altName) => {
        if (altName) chains.add(altName);
      });
    });
    this.__cache__ = /* @__PURE__ */ Object.create(null);
    this.__cache__[""] = [];
    this.__rules__.forEach((rule) => {
      if (rule.enabled) this.__cache__[""].push(rule.fn);
    });
    chains.forEach((chain) => {
      this.__cache__[chain] = [];
      this.__rules__.forEach((rule) => {
        if (rule.enabled && rule.alt.indexOf(chain) >= 0) this.__cache__[chain].push(rule.fn);
      });
    });
  }
  /**
  * Replace rule by name with new function & options. Throws error if name not
  * found.
  *
  * @example Replace existing typographer replacement rule with new one
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.at('replacements', function replace(state) {
  *   //...
  * });
  * ```
  */
  at(name, fn, options = {}) {
    const index = this.__find__(name);
    if (index === -1) throw new Error(`Parser rule not found: ${name}`);
    this.__rules__[index].fn = fn;
    this.__rules__[index].alt = options.alt || [];
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain before one with given name. See also
  * {@link Ruler.after}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.block.ruler.before('paragraph', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  before(beforeName, ruleName, fn, options = {}) {
    const index = this.__find__(beforeName);
    if (index === -1) throw new Error(`Parser rule not found: ${beforeName}`);
    this.__rules__.splice(index, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain after one with given name. See also
  * {@link Ruler.before}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.inline.ruler.after('text', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  after(afterName, ruleName, fn, options = {}) {
    const index = this.__find__(afterName);
    if (index === -1) throw new Error(`Parser rule not found: ${afterName}`);
    this.__rules__.splice(index + 1, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Push new rule to the end of chain. See also
  * {@link Ruler.before}, {@link Ruler.after}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.push('my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  push(ruleName, fn, options = {}) {
    this.__rules__.push({
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Enable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  enable(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    const result = [];
    list2.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = true;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Enable rules with given names, and disable everything else. If any rule name
  * not found - throw Error. Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enable}.
  */
  enableOnly(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    this.__rules__.forEach((rule) => {
      rule.enabled = false;
    });
    this.enable(list2, ignoreInvalid);
  }
  /**
  * Disable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.enable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  disable(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    const result = [];
    list2.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = false;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Return array of active functions (rules) for given chain name. It analyzes
  * rules configuration, compiles caches if not exists and returns result.
  *
  * Default chain name is `''` (empty string). It can't be skipped. That's
  * done intentionally, to keep signature monomorphic for high speed.
  */
  getRules(chainName) {
    if (!this.__cache__) this.__compile__();
    return this.__cache__[chainName] || [];
  }
};
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return `<code${slf.renderAttrs(token)}>${escapeHtml(token.content)}</code>`;
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return `<pre${slf.renderAttrs(token)}><code>${escapeHtml(tokens[idx].content)}</code></pre>
`;
};
default_rules.fence = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  const info = token.info ? unescapeAll(token.info).trim() : "";
  let langName = "";
  let langAttrs = "";
  if (info) {
    const arr = info.split(/(\s+)/g);
    langName = arr[0];
    langAttrs = arr.slice(2).join("");
  }
  let highlighted;
  if (options.highlight) highlighted = options.highlight(token.content, langName, langAttrs) || escapeHtml(token.content);
  else highlighted = escapeHtml(token.content);
  if (highlighted.indexOf("<pre") === 0) return highlighted + "\n";
  if (info) {
    const i = token.attrIndex("class");
    const tmpAttrs = token.attrs ? token.attrs.slice() : [];
    if (i < 0) tmpAttrs.push(["class", `${options.langPrefix}${langName}`]);
    else {
      tmpAttrs[i] = [tmpAttrs[i][0], tmpAttrs[i][1]];
      tmpAttrs[i][1] += ` ${options.langPrefix}${langName}`;
    }
    const tmpToken = { attrs: tmpAttrs };
    return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>
`;
  }
  return `<pre><code${slf.renderAttrs(token)}>${highlighted}</code></pre>
`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  token.attrs[token.attrIndex("alt")][1] = slf.renderInlineAsText(token.children, options, env);
  return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
  return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
  return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
  return escapeHtml(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
  return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
  return tokens[idx].content;
};
var Renderer = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * Contains render rules for tokens. Can be updated and extended.
      *
      * See [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts)
      * for more details and examples.
      *
      * @example Custom render rules
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * md.renderer.rules.strong_open  = function () { return '<b>'; };
      * md.renderer.rules.strong_close = function () { return '</b>'; };
      *
      * const result = md.renderInline(...);
      * ```
      *
      * @example Each rule is called as independent static function with fixed signature
      * ```javascript
      * function my_token_render(tokens, idx, options, env, renderer) {
      *   // ...
      *   return renderedHTML;
      * }
      * ```
      */
      "rules",
      Object.assign({}, default_rules)
    );
  }
  /**
  * Render token attributes to string.
  */
  renderAttrs(token) {
    let i, l, result;
    if (!token.attrs) return "";
    result = "";
    for (i = 0, l = token.attrs.length; i < l; i++) result += ` ${escapeHtml(token.attrs[i][0])}="${escapeHtml(String(token.attrs[i][1]))}"`;
    return result;
  }
  /**
  * Default token renderer. Can be overriden by custom function
  * in {@link Renderer.rules}.
  */
  renderToken(tokens, idx, options) {
    const token = tokens[idx];
    let result = "";
    if (token.hidden) return "";
    let prev = idx - 1;
    while (prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === 0) prev--;
    if (token.block && token.nesting !== -1 && prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === -1) result += "\n";
    result += (token.nesting === -1 ? "</" : "<") + token.tag;
    result += this.renderAttrs(token);
    if (token.nesting === 0 && options.xhtmlOut) result += " /";
    let needLf = false;
    if (token.block) {
      needLf = true;
      if (token.nesting === 1) {
        let next = idx + 1;
        while (next < tokens.length && tokens[next].hidden && tokens[next].nesting === 0) next++;
        if (next < tokens.length) {
          const nextToken = tokens[next];
          if (nextToken.type === "inline" || nextToken.hidden) needLf = false;
          else if (nextToken.nesting === -1 && nextToken.tag === token.tag) needLf = false;
        }
      }
    }
    result += needLf ? ">\n" : ">";
    return result;
  }
  /**
  * The same as {@link Renderer.render}, but for single token of `inline` type.
  */
  renderInline(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
  /**
  * Special kludge for image `alt` attributes to conform CommonMark spec.
  * Don't try to use it! Spec requires to show `alt` content with stripped markup,
  * instead of simple escaping.
  */
  renderInlineAsText(tokens, options, env) {
    let result = "";
    for (let i = 0, len = tokens.length; i < len; i++) switch (tokens[i].type) {
      case "text":
      case "code_inline":
        result += tokens[i].content;
        break;
      case "image":
        result += this.renderInlineAsText(tokens[i].children, options, env);
        break;
      case "html_inline":
      case "html_block":
        result += tokens[i].content;
        break;
      case "softbreak":
      case "hardbreak":
        result += "\n";
    }
    return result;
  }
  /**
  * Takes token stream and generates HTML. Probably, you will never need to call
  * this method directly.
  */
  render(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (type === "inline") result += this.renderInline(tokens[i].children, options, env);
      else if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
};
var StateCore = class {
  constructor(src, md2, env) {
    _defineProperty(this, "tokens", []);
    _defineProperty(this, "inlineMode", false);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md2;
  }
};
var UNNORMALIZED_NEWLINE_RE = /\r\n?/g;
var NULL_RE = /\0/g;
function normalize(state) {
  let str;
  str = state.src.replace(UNNORMALIZED_NEWLINE_RE, "\n");
  str = str.replace(NULL_RE, "\uFFFD");
  state.src = str;
}
function block(state) {
  let token;
  if (state.inlineMode) {
    token = new state.Token("inline", "", 0);
    token.content = state.src;
    token.map = [0, 1];
    token.children = [];
    state.tokens.push(token);
  } else state.md.block.parse(state.src, state.md, state.env, state.tokens);
}
function strip_references(state) {
  const tokens = state.tokens;
  let last = 0;
  for (let curr = 0; curr < tokens.length; curr++) {
    if (tokens[curr].type === "reference_definition") continue;
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (tokens.length !== last) tokens.length = last;
}
function inline(state) {
  const tokens = state.tokens;
  for (let i = 0, l = tokens.length; i < l; i++) {
    const tok = tokens[i];
    if (tok.type === "inline") state.md.inline.parse(tok.content, state.md, state.env, tok.children);
  }
}
function isLinkOpen$1(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose$1(str) {
  return /^<\/a\s*>/i.test(str);
}
function linkify$1(state) {
  const blockTokens = state.tokens;
  if (!state.md.options.linkify) return;
  for (let j = 0, l = blockTokens.length; j < l; j++) {
    if (blockTokens[j].type !== "inline" || !state.md.linkify.test(blockTokens[j].content)) continue;
    const tokens = blockTokens[j].children;
    const replacements = [];
    let htmlLinkLevel = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const currentToken = tokens[i];
      if (currentToken.type === "link_close") {
        i--;
        while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") i--;
        continue;
      }
      if (currentToken.type === "html_inline") {
        if (isLinkOpen$1(currentToken.content) && htmlLinkLevel > 0) htmlLinkLevel--;
        if (isLinkClose$1(currentToken.content)) htmlLinkLevel++;
      }
      if (htmlLinkLevel > 0) continue;
      if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
        const text2 = currentToken.content;
        let links = state.md.linkify.match(text2);
        const nodes = [];
        let level = currentToken.level;
        let lastPos = 0;
        if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") links = links.slice(1);
        for (let ln = 0; ln < links.length; ln++) {
          const url = links[ln].url;
          const fullUrl = state.md.normalizeLink(url);
          if (!state.md.validateLink(fullUrl)) continue;
          let urlText = links[ln].text;
          if (!links[ln].schema) urlText = state.md.normalizeLinkText(`http://${urlText}`).replace(/^http:\/\//, "");
          else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) urlText = state.md.normalizeLinkText(`mailto:${urlText}`).replace(/^mailto:/, "");
          else urlText = state.md.normalizeLinkText(urlText);
          const pos = links[ln].index;
          if (pos > lastPos) {
            const token = new state.Token("text", "", 0);
            token.content = text2.slice(lastPos, pos);
            token.level = level;
            nodes.push(token);
          }
          const token_o = new state.Token("link_open", "a", 1);
          token_o.attrs = [["href", fullUrl]];
          token_o.level = level++;
          token_o.markup = "linkify";
          token_o.info = "auto";
          nodes.push(token_o);
          const token_t = new state.Token("text", "", 0);
          token_t.content = urlText;
          token_t.level = level;
          nodes.push(token_t);
          const token_c = new state.Token("link_close", "a", -1);
          token_c.level = --level;
          token_c.markup = "linkify";
          token_c.info = "auto";
          nodes.push(token_c);
          lastPos = links[ln].lastIndex;
        }
        if (lastPos < text2.length) {
          const token = new state.Token("text", "", 0);
          token.content = text2.slice(lastPos);
          token.level = level;
          nodes.push(token);
        }
        replacements.push({
          index: i,
          nodes
        });
      }
    }
    if (replacements.length > 0) {
      let newTokensLength = tokens.length;
      for (const replacement of replacements) newTokensLength += replacement.nodes.length - 1;
      const newTokens = new Array(newTokensLength);
      let replacementIndex = 0;
      let newTokenIndex = 0;
      replacements.reverse();
      for (let i = 0; i < tokens.length; i++) {
        const replacement = replacements[replacementIndex];
        if ((replacement === null || replacement === void 0 ? void 0 : replacement.index) === i) {
          for (const node of replacement.nodes) newTokens[newTokenIndex++] = node;
          replacementIndex++;
        } else newTokens[newTokenIndex++] = tokens[i];
      }
      blockTokens[j].children = newTokens;
    }
  }
}
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/gi;
var SCOPED_ABBR = {
  c: "\xA9",
  r: "\xAE",
  tm: "\u2122"
};
function replaceFn(match, name) {
  return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) token.content = token.content.replace(SCOPED_ABBR_RE, replaceFn);
    if (token.type === "link_open" && token.info === "auto") inside_autolink--;
    if (token.type === "link_close" && token.info === "auto") inside_autolink++;
  }
}
function replace_rare(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      if (RARE_RE.test(token.content)) token.content = token.content.replace(/\+-/g, "\xB1").replace(/\.{2,}/g, "\u2026").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/gm, "$1\u2014").replace(/(^|\s)--(?=\s|$)/gm, "$1\u2013").replace(/(^|[^-\s])--(?=[^-\s]|$)/gm, "$1\u2013");
    }
    if (token.type === "link_open" && token.info === "auto") inside_autolink--;
    if (token.type === "link_close" && token.info === "auto") inside_autolink++;
  }
}
function replace(state) {
  let blkIdx;
  if (!state.md.options.typographer) return;
  for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline") continue;
    if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) replace_scoped(state.tokens[blkIdx].children);
    if (RARE_RE.test(state.tokens[blkIdx].content)) replace_rare(state.tokens[blkIdx].children);
  }
}
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "\u2019";
var MAX_OPENERS = 1e3;
function truncateStack(stack, heads, length) {
  while (stack.length > length) {
    const item = stack.pop();
    if (item.isSingleQuote) heads.single = item.prevSameQuoteIdx;
    else heads.double = item.prevSameQuoteIdx;
  }
}
function addReplacement(replacements, tokenIdx, pos, ch) {
  if (!replacements[tokenIdx]) replacements[tokenIdx] = [];
  replacements[tokenIdx].push({
    pos,
    ch
  });
}
function applyReplacements(str, replacements) {
  let result = "";
  let lastPos = 0;
  replacements.sort((a, b) => a.pos - b.pos);
  for (let i = 0; i < replacements.length; i++) {
    const replacement = replacements[i];
    result += str.slice(lastPos, replacement.pos) + replacement.ch;
    lastPos = replacement.pos + 1;
  }
  return result + str.slice(lastPos);
}
function process_inlines(tokens, state) {
  let j;
  const stack = [];
  const heads = {
    single: -1,
    double: -1
  };
  const replacements = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const thisLevel = tokens[i].level;
    for (j = stack.length - 1; j >= 0; j--) if (stack[j].level <= thisLevel) break;
    truncateStack(stack, heads, j + 1);
    if (token.type !== "text") continue;
    const text2 = token.content;
    let pos = 0;
    const max = text2.length;
    OUTER: while (pos < max) {
      QUOTE_RE.lastIndex = pos;
      const t = QUOTE_RE.exec(text2);
      if (!t) break;
      let canOpen = true;
      let canClose = true;
      pos = t.index + 1;
      const isSingle = t[0] === "'";
      let lastChar = 32;
      if (t.index - 1 >= 0) lastChar = text2.charCodeAt(t.index - 1);
      else for (j = i - 1; j >= 0; j--) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
        break;
      }
      let nextChar = 32;
      if (pos < max) nextChar = text2.charCodeAt(pos);
      else for (j = i + 1; j < tokens.length; j++) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        nextChar = tokens[j].content.charCodeAt(0);
        break;
      }
      const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
      const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
      const isLastWhiteSpace = isWhiteSpace(lastChar);
      const isNextWhiteSpace = isWhiteSpace(nextChar);
      if (isNextWhiteSpace) canOpen = false;
      else if (isNextPunctChar) {
        if (!(isLastWhiteSpace || isLastPunctChar)) canOpen = false;
      }
      if (isLastWhiteSpace) canClose = false;
      else if (isLastPunctChar) {
        if (!(isNextWhiteSpace || isNextPunctChar)) canClose = false;
      }
      if (nextChar === 34 && t[0] === '"') {
        if (lastChar >= 48 && lastChar <= 57) canClose = canOpen = false;
      }
      if (canOpen && canClose) {
        canOpen = isLastPunctChar;
        canClose = isNextPunctChar;
      }
      if (!canOpen && !canClose) {
        if (isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
        continue;
      }
      if (canClose) {
        j = isSingle ? heads.single : heads.double;
        if (j >= 0 && stack[j].level === thisLevel) {
          const item = stack[j];
          let openQuote;
          let closeQuote;
          if (isSingle) {
            openQuote = state.md.options.quotes[2];
            closeQuote = state.md.options.quotes[3];
          } else {
            openQuote = state.md.options.quotes[0];
            closeQuote = state.md.options.quotes[1];
          }
          addReplacement(replacements, i, t.index, closeQuote);
          addReplacement(replacements, item.tokenIdx, item.contentPos, openQuote);
          truncateStack(stack, heads, j);
          continue OUTER;
        }
      }
      if (canOpen) {
        if (stack.length >= MAX_OPENERS) return;
        stack.push({
          tokenIdx: i,
          contentPos: t.index,
          isSingleQuote: isSingle,
          level: thisLevel,
          prevSameQuoteIdx: isSingle ? heads.single : heads.double
        });
        if (isSingle) heads.single = stack.length - 1;
        else heads.double = stack.length - 1;
      } else if (canClose && isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
    }
  }
  Object.keys(replacements).forEach(function(tokenIdx) {
    const idx = Number(tokenIdx);
    tokens[idx].content = applyReplacements(tokens[idx].content, replacements[tokenIdx]);
  });
}
function smartquotes(state) {
  if (!state.md.options.typographer) return;
  for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) continue;
    process_inlines(state.tokens[blkIdx].children, state);
  }
}
function join_alt(tokens) {
  let curr, last;
  const max = tokens.length;
  for (curr = 0; curr < max; curr++) if (tokens[curr].type === "text_special") tokens[curr].type = "text";
  for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
  else {
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (curr !== last) tokens.length = last;
}
function text_join(state) {
  let curr, last;
  const blockTokens = state.tokens;
  const l = blockTokens.length;
  for (let j = 0; j < l; j++) {
    if (blockTokens[j].type !== "inline") continue;
    const tokens = blockTokens[j].children;
    const max = tokens.length;
    for (curr = 0; curr < max; curr++) {
      if (tokens[curr].type === "text_special") tokens[curr].type = "text";
      if (tokens[curr].children) join_alt(tokens[curr].children);
    }
    for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
    if (curr !== last) tokens.length = last;
  }
}
var _rules$2 = [
  ["normalize", normalize],
  ["block", block],
  ["strip_references", strip_references],
  ["inline", inline],
  ["linkify", linkify$1],
  ["replacements", replace],
  ["smartquotes", smartquotes],
  ["text_join", text_join]
];
var ParserCore = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of core rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateCore);
    for (let i = 0; i < _rules$2.length; i++) this.ruler.push(_rules$2[i][0], _rules$2[i][1]);
  }
  /**
  * Executes core chain rules.
  */
  process(state) {
    const rules = this.ruler.getRules("");
    for (let i = 0, l = rules.length; i < l; i++) rules[i](state);
  }
};
var StateBlock = class {
  constructor(src, md2, env, tokens) {
    _defineProperty(this, "bMarks", []);
    _defineProperty(this, "eMarks", []);
    _defineProperty(this, "tShift", []);
    _defineProperty(this, "sCount", []);
    _defineProperty(this, "bsCount", []);
    _defineProperty(this, "blkIndent", 0);
    _defineProperty(this, "line", 0);
    _defineProperty(this, "lineMax", 0);
    _defineProperty(this, "tight", false);
    _defineProperty(this, "listIndent", -1);
    _defineProperty(this, "parentType", "root");
    _defineProperty(this, "level", 0);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.md = md2;
    this.env = env;
    this.tokens = tokens;
    const s = this.src;
    for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
      const ch = s.charCodeAt(pos);
      if (!indent_found) {
        if (isSpace(ch)) {
          indent++;
          if (ch === 9) offset += 4 - offset % 4;
          else offset++;
          continue;
        } else indent_found = true;
      }
      if (ch === 10 || pos === len - 1) {
        if (ch !== 10) pos++;
        this.bMarks.push(start);
        this.eMarks.push(pos);
        this.tShift.push(indent);
        this.sCount.push(offset);
        this.bsCount.push(0);
        indent_found = false;
        indent = 0;
        offset = 0;
        start = pos + 1;
      }
    }
    this.bMarks.push(s.length);
    this.eMarks.push(s.length);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
  }
  push(type, tag, nesting) {
    const token = new Token(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
  isEmpty(line) {
    return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
  }
  skipEmptyLines(from) {
    for (let max = this.lineMax; from < max; from++) if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) break;
    return from;
  }
  skipSpaces(pos) {
    for (let max = this.src.length; pos < max; pos++) if (!isSpace(this.src.charCodeAt(pos))) break;
    return pos;
  }
  skipSpacesBack(pos, min) {
    if (pos <= min) return pos;
    while (pos > min) if (!isSpace(this.src.charCodeAt(--pos))) return pos + 1;
    return pos;
  }
  skipChars(pos, code2) {
    for (let max = this.src.length; pos < max; pos++) if (this.src.charCodeAt(pos) !== code2) break;
    return pos;
  }
  skipCharsBack(pos, code2, min) {
    if (pos <= min) return pos;
    while (pos > min) if (code2 !== this.src.charCodeAt(--pos)) return pos + 1;
    return pos;
  }
  getLines(begin, end, indent, keepLastLF) {
    if (begin >= end) return "";
    const queue = new Array(end - begin);
    for (let i = 0, line = begin; line < end; line++, i++) {
      let lineIndent = 0;
      const lineStart = this.bMarks[line];
      let first = lineStart;
      let last;
      if (line + 1 < end || keepLastLF) last = this.eMarks[line] + 1;
      else last = this.eMarks[line];
      while (first < last && lineIndent < indent) {
        const ch = this.src.charCodeAt(first);
        if (isSpace(ch)) {
          if (ch === 9) lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
          else lineIndent++;
        } else if (first - lineStart < this.tShift[line]) lineIndent++;
        else break;
        first++;
      }
      if (lineIndent > indent) queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
      else queue[i] = this.src.slice(first, last);
    }
    return queue.join("");
  }
};
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
  const pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  return state.src.slice(pos, max);
}
function escapedSplit(str) {
  const result = [];
  const max = str.length;
  let pos = 0;
  let ch = str.charCodeAt(pos);
  let isEscaped = false;
  let lastPos = 0;
  let current = "";
  while (pos < max) {
    if (ch === 124) {
      if (!isEscaped) {
        result.push(current + str.substring(lastPos, pos));
        current = "";
        lastPos = pos + 1;
      } else {
        current += str.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 92;
    pos++;
    ch = str.charCodeAt(pos);
  }
  result.push(current + str.substring(lastPos));
  return result;
}
function table(state, startLine, endLine, silent) {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) return false;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) return false;
  if (pos >= state.eMarks[nextLine]) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) return false;
  if (firstCh === 45 && isSpace(secondCh)) return false;
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) return false;
    pos++;
  }
  let lineText2 = getLine(state, startLine + 1);
  let columns = lineText2.split("|");
  const aligns = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i].trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) continue;
      else return false;
    }
    if (!/^:?-+:?$/.test(t)) return false;
    if (t.charCodeAt(t.length - 1) === 58) aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
    else if (t.charCodeAt(0) === 58) aligns.push("left");
    else aligns.push("");
  }
  lineText2 = getLine(state, startLine).trim();
  if (lineText2.indexOf("|") === -1) return false;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  columns = escapedSplit(lineText2);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) return false;
  if (silent) return true;
  const oldParentType = state.parentType;
  state.parentType = "table";
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const token_to = state.push("table_open", "table", 1);
  const tableLines = [startLine, 0];
  token_to.map = tableLines;
  const token_tho = state.push("thead_open", "thead", 1);
  token_tho.map = [startLine, startLine + 1];
  const token_htro = state.push("tr_open", "tr", 1);
  token_htro.map = [startLine, startLine + 1];
  for (let i = 0; i < columns.length; i++) {
    const token_ho = state.push("th_open", "th", 1);
    if (aligns[i]) token_ho.attrs = [["style", `text-align:${aligns[i]}`]];
    const token_il = state.push("inline", "", 0);
    token_il.content = columns[i].trim();
    token_il.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);
  let tbodyLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    lineText2 = getLine(state, nextLine).trim();
    if (!lineText2) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    columns = escapedSplit(lineText2);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
    if (nextLine === startLine + 2) {
      const token_tbo = state.push("tbody_open", "tbody", 1);
      token_tbo.map = tbodyLines = [startLine + 2, 0];
    }
    const token_tro = state.push("tr_open", "tr", 1);
    token_tro.map = [nextLine, nextLine + 1];
    for (let i = 0; i < columnCount; i++) {
      const token_tdo = state.push("td_open", "td", 1);
      if (aligns[i]) token_tdo.attrs = [["style", `text-align:${aligns[i]}`]];
      const token_il = state.push("inline", "", 0);
      token_il.content = columns[i] ? columns[i].trim() : "";
      token_il.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (tbodyLines) {
    state.push("tbody_close", "tbody", -1);
    tbodyLines[1] = nextLine;
  }
  state.push("table_close", "table", -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}
function code(state, startLine, endLine) {
  if (state.sCount[startLine] - state.blkIndent < 4) return false;
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  const token = state.push("code_block", "code", 0);
  token.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
  token.map = [startLine, state.line];
  return true;
}
function fence(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (pos + 3 > max) return false;
  const marker2 = state.src.charCodeAt(pos);
  if (marker2 !== 126 && marker2 !== 96) return false;
  let mem = pos;
  pos = state.skipChars(pos, marker2);
  let len = pos - mem;
  if (len < 3) return false;
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker2 === 96) {
    if (params.indexOf(String.fromCharCode(marker2)) >= 0) return false;
  }
  if (silent) return true;
  let nextLine = startLine;
  let haveEndMarker = false;
  for (; ; ) {
    nextLine++;
    if (nextLine >= endLine) break;
    pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) break;
    if (state.src.charCodeAt(pos) !== marker2) continue;
    if (state.sCount[nextLine] - state.blkIndent >= 4) continue;
    pos = state.skipChars(pos, marker2);
    if (pos - mem < len) continue;
    pos = state.skipSpaces(pos);
    if (pos < max) continue;
    haveEndMarker = true;
    break;
  }
  len = state.sCount[startLine];
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, len, true);
  token.markup = markup;
  token.map = [startLine, state.line];
  return true;
}
function blockquote(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 62) return false;
  if (silent) return true;
  const oldBMarks = [];
  const oldBSCount = [];
  const oldSCount = [];
  const oldTShift = [];
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  let lastLineEmpty = false;
  let nextLine;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) break;
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker;
      let adjustTab;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else adjustTab = true;
      } else spaceAfterMarker = false;
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
          else offset++;
        } else break;
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]);
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]);
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]);
        oldBSCount.push(state.bsCount[nextLine]);
        oldTShift.push(state.tShift[nextLine]);
        oldSCount.push(state.sCount[nextLine]);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    oldBMarks.push(state.bMarks[nextLine]);
    oldBSCount.push(state.bsCount[nextLine]);
    oldTShift.push(state.tShift[nextLine]);
    oldSCount.push(state.sCount[nextLine]);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const token_o = state.push("blockquote_open", "blockquote", 1);
  token_o.markup = ">";
  const lines = [startLine, 0];
  token_o.map = lines;
  state.md.block.tokenize(state, startLine, nextLine);
  const token_c = state.push("blockquote_close", "blockquote", -1);
  token_c.markup = ">";
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines[1] = state.line;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i];
    state.tShift[i + startLine] = oldTShift[i];
    state.sCount[i + startLine] = oldSCount[i];
    state.bsCount[i + startLine] = oldBSCount[i];
  }
  state.blkIndent = oldIndent;
  return true;
}
function hr(state, startLine, endLine, silent) {
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker2 = state.src.charCodeAt(pos++);
  if (marker2 !== 42 && marker2 !== 45 && marker2 !== 95) return false;
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker2 && !isSpace(ch)) return false;
    if (ch === marker2) cnt++;
  }
  if (cnt < 3) return false;
  if (silent) return true;
  state.line = startLine + 1;
  const token = state.push("hr", "hr", 0);
  token.map = [startLine, state.line];
  token.markup = Array(cnt + 1).join(String.fromCharCode(marker2));
  return true;
}
function skipBulletListMarker(state, startLine) {
  const max = state.eMarks[startLine];
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker2 = state.src.charCodeAt(pos++);
  if (marker2 !== 42 && marker2 !== 45 && marker2 !== 43) return -1;
  if (pos < max) {
    if (!isSpace(state.src.charCodeAt(pos))) return -1;
  }
  return pos;
}
function skipOrderedListMarker(state, startLine) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) return -1;
  for (; ; ) {
    if (pos >= max) return -1;
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 41 || ch === 46) break;
    return -1;
  }
  if (pos < max) {
    ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) return -1;
  }
  return pos;
}
function markTightParagraphs(state, idx) {
  const level = state.level + 2;
  for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
    state.tokens[i + 2].hidden = true;
    state.tokens[i].hidden = true;
    i += 2;
  }
}
function list(state, startLine, endLine, silent) {
  let max, pos, start, token;
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) return false;
  let isTerminatingParagraph = false;
  if (silent && state.parentType === "paragraph") {
    if (state.sCount[nextLine] >= state.blkIndent) isTerminatingParagraph = true;
  }
  let isOrdered;
  let markerValue;
  let posAfterMarker;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine] + state.tShift[nextLine];
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) isOrdered = false;
  else return false;
  if (isTerminatingParagraph) {
    if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
  }
  if (silent) return true;
  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokIdx = state.tokens.length;
  if (isOrdered) {
    token = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) token.attrs = [["start", markerValue]];
  } else token = state.push("bullet_list_open", "ul", 1);
  const listLines2 = [nextLine, 0];
  token.map = listLines2;
  token.markup = String.fromCharCode(markerCharCode);
  let prevEmptyEnd = false;
  const terminatorRules = state.md.block.ruler.getRules("list");
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (nextLine < endLine) {
    pos = posAfterMarker;
    max = state.eMarks[nextLine];
    const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine]) % 4;
      else if (ch === 32) offset++;
      else break;
      pos++;
    }
    const contentStart = pos;
    let indentAfterMarker;
    if (contentStart >= max) indentAfterMarker = 1;
    else indentAfterMarker = offset - initial;
    if (indentAfterMarker > 4) indentAfterMarker = 1;
    const indent = initial + indentAfterMarker;
    token = state.push("list_item_open", "li", 1);
    token.markup = String.fromCharCode(markerCharCode);
    const itemLines = [nextLine, 0];
    token.map = itemLines;
    if (isOrdered) token.info = state.src.slice(start, posAfterMarker - 1);
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine];
    const oldSCount = state.sCount[nextLine];
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine];
    state.sCount[nextLine] = offset;
    if (contentStart >= max && state.isEmpty(nextLine + 1)) state.line = Math.min(state.line + 2, endLine);
    else state.md.block.tokenize(state, nextLine, endLine);
    if (!state.tight || prevEmptyEnd) tight = false;
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    token = state.push("list_item_close", "li", -1);
    token.markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) break;
    if (state.sCount[nextLine] < state.blkIndent) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
      start = state.bMarks[nextLine] + state.tShift[nextLine];
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
  }
  if (isOrdered) token = state.push("ordered_list_close", "ol", -1);
  else token = state.push("bullet_list_close", "ul", -1);
  token.markup = String.fromCharCode(markerCharCode);
  listLines2[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) markTightParagraphs(state, listTokIdx);
  return true;
}
var MAX_LABEL_LENGTH = 999;
function countCodePoints(str) {
  let length = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    const high = str.charCodeAt(i);
    if (high < 55296 || high > 56319) continue;
    const low = str.charCodeAt(i + 1);
    if (low >= 56320 && low <= 57343) {
      length--;
      i++;
    }
  }
  return length;
}
function lineEnd(state, line) {
  return Math.min(state.eMarks[line] + 1, state.src.length);
}
function getNextLinePos(state, nextLine) {
  const endLine = state.lineMax;
  if (nextLine >= endLine || state.isEmpty(nextLine)) return -1;
  let isContinuation = false;
  if (state.sCount[nextLine] - state.blkIndent > 3) isContinuation = true;
  if (state.sCount[nextLine] < 0) isContinuation = true;
  if (!isContinuation) {
    const terminatorRules = state.md.block.ruler.getRules("reference");
    const oldParentType = state.parentType;
    state.parentType = "reference";
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    state.parentType = oldParentType;
    if (terminate) return -1;
  }
  return state.bMarks[nextLine] + state.tShift[nextLine];
}
function reference(state, startLine, _endLine, silent) {
  const src = state.src;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let nextLine = startLine + 1;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (src.charCodeAt(pos) !== 91) return false;
  let max = lineEnd(state, startLine);
  let rawLabel = "";
  let labelEnd = -1;
  let segmentStart = ++pos;
  while (pos < max) {
    if (rawLabel.length + pos - segmentStart > MAX_LABEL_LENGTH * 2) return false;
    let ch = src.charCodeAt(pos);
    if (ch === 91) return false;
    if (ch === 93) {
      labelEnd = pos;
      break;
    }
    if (ch === 92) ch = src.charCodeAt(++pos);
    if (ch === 10 && pos < max) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) return false;
      rawLabel += src.slice(segmentStart, max);
      pos = segmentStart = nextPos;
      max = lineEnd(state, nextLine++);
      continue;
    }
    pos++;
  }
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58) return false;
  rawLabel += src.slice(segmentStart, labelEnd);
  if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) return false;
  pos = labelEnd + 2;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const destRes = state.md.helpers.parseLinkDestination(src, pos, max);
  if (!destRes.ok) return false;
  const href = state.md.normalizeLink(destRes.str);
  if (!state.md.validateLink(href)) return false;
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndMax = max;
  const destEndLineNo = nextLine;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const titleStart = pos;
  let titleRes = state.md.helpers.parseLinkTitle(src, pos, max);
  while (titleRes.can_continue) {
    const nextPos = getNextLinePos(state, nextLine);
    if (nextPos < 0) break;
    pos = nextPos;
    max = lineEnd(state, nextLine++);
    titleRes = state.md.helpers.parseLinkTitle(src, pos, max, titleRes);
  }
  let title;
  if (titleStart !== destEndPos && titleRes.ok) {
    title = titleRes.str;
    pos = titleRes.pos;
  } else {
    title = "";
    pos = destEndPos;
    max = destEndMax;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    if (!isSpace(src.charCodeAt(pos))) break;
    pos++;
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    if (title) {
      title = "";
      pos = destEndPos;
      max = destEndMax;
      nextLine = destEndLineNo;
      while (pos < max) {
        if (!isSpace(src.charCodeAt(pos))) break;
        pos++;
      }
    }
  }
  if (pos < max && src.charCodeAt(pos) !== 10) return false;
  const label = normalizeReference(rawLabel);
  if (!label) return false;
  if (silent) return true;
  if (typeof state.env.references === "undefined") state.env.references = {};
  if (typeof state.env.references[label] === "undefined") state.env.references[label] = {
    title,
    href
  };
  const token = state.push("reference_definition", "", 0);
  token.map = [startLine, nextLine];
  token.hidden = true;
  const meta = /* @__PURE__ */ Object.create(null);
  meta.label = label;
  token.meta = meta;
  state.line = nextLine;
  return true;
}
var html_blocks_default = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var open_tag = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
new RegExp(`^(?:${open_tag}|${close_tag}|<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->|<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)`);
var HTML_OPEN_CLOSE_TAG_RE = new RegExp(`^(?:${open_tag}|${close_tag})`);
var HTML_SEQUENCES = [
  [
    /^<(script|pre|style|textarea)(?=(\s|>|$))/i,
    /<\/(script|pre|style|textarea)>/i,
    true
  ],
  [
    /^<!--/,
    /-->/,
    true
  ],
  [
    /^<\?/,
    /\?>/,
    true
  ],
  [
    /^<![A-Za-z]/,
    />/,
    true
  ],
  [
    /^<!\[CDATA\[/,
    /\]\]>/,
    true
  ],
  [
    new RegExp(`^</?(${html_blocks_default.join("|")})(?=(\\s|/?>|$))`, "i"),
    /^$/,
    true
  ],
  [
    new RegExp(`${HTML_OPEN_CLOSE_TAG_RE.source}\\s*$`),
    /^$/,
    false
  ]
];
function html_block(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (!state.md.options.html) return false;
  if (state.src.charCodeAt(pos) !== 60) return false;
  let lineText2 = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) if (HTML_SEQUENCES[i][0].test(lineText2)) break;
  if (i === HTML_SEQUENCES.length) return false;
  if (silent) return HTML_SEQUENCES[i][2];
  let nextLine = startLine + 1;
  const endsOnBlankLine = HTML_SEQUENCES[i][1].test("");
  if (!HTML_SEQUENCES[i][1].test(lineText2)) for (; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) {
      if (endsOnBlankLine || !state.isEmpty(nextLine)) break;
    }
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    lineText2 = state.src.slice(pos, max);
    if (HTML_SEQUENCES[i][1].test(lineText2)) {
      if (lineText2.length !== 0) nextLine++;
      break;
    }
  }
  state.line = nextLine;
  const token = state.push("html_block", "", 0);
  token.map = [startLine, nextLine];
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}
function heading(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 || pos >= max) return false;
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || pos < max && !isSpace(ch)) return false;
  if (silent) return true;
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) max = tmp;
  state.line = startLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = "########".slice(0, level);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = asciiTrim(state.src.slice(pos, max));
  token_i.map = [startLine, state.line];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = "########".slice(0, level);
  return true;
}
function lheading(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker2;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        marker2 = state.src.charCodeAt(pos);
        if (marker2 === 45 || marker2 === 61) {
          pos = state.skipChars(pos, marker2);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker2 === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = String.fromCharCode(marker2);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line - 1];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = String.fromCharCode(marker2);
  state.parentType = oldParentType;
  return true;
}
function paragraph(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const token_o = state.push("paragraph_open", "p", 1);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line];
  token_i.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
}
var _rules$1 = [
  [
    "table",
    table,
    ["paragraph", "reference"]
  ],
  ["code", code],
  [
    "fence",
    fence,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "blockquote",
    blockquote,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "hr",
    hr,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "list",
    list,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["reference", reference],
  [
    "html_block",
    html_block,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  [
    "heading",
    heading,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["lheading", lheading],
  ["paragraph", paragraph]
];
var ParserBlock = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of block rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateBlock);
    for (let i = 0; i < _rules$1.length; i++) this.ruler.push(_rules$1[i][0], _rules$1[i][1], { alt: (_rules$1[i][2] || []).slice() });
  }
  tokenize(state, startLine, endLine) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    let line = startLine;
    let hasEmptyLines = false;
    while (line < endLine) {
      state.line = line = state.skipEmptyLines(line);
      if (line >= endLine) break;
      if (state.sCount[line] < state.blkIndent) break;
      if (state.level >= maxNesting) {
        state.line = endLine;
        break;
      }
      const prevLine = state.line;
      let ok = false;
      for (let i = 0; i < len; i++) {
        ok = rules[i](state, line, endLine, false);
        if (ok) {
          if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
          break;
        }
      }
      if (!ok) throw new Error("none of the block rules matched");
      state.tight = !hasEmptyLines;
      if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
      line = state.line;
      if (line < endLine && state.isEmpty(line)) {
        hasEmptyLines = true;
        line++;
        state.line = line;
      }
    }
  }
  /**
  * Process input string and push block tokens into `outTokens`
  */
  parse(src, md2, env, outTokens) {
    if (!src) return;
    const state = new this.State(src, md2, env, outTokens);
    this.tokenize(state, state.line, state.lineMax);
  }
};
var StateInline = class {
  constructor(src, md2, env, outTokens) {
    _defineProperty(this, "pos", 0);
    _defineProperty(this, "level", 0);
    _defineProperty(this, "pending", "");
    _defineProperty(this, "pendingLevel", 0);
    _defineProperty(this, "cache", {});
    _defineProperty(this, "backticks", {});
    _defineProperty(this, "backticksScanned", false);
    _defineProperty(this, "skipHtmlSpecial", false);
    _defineProperty(this, "linkLevel", 0);
    _defineProperty(this, "delimiters", []);
    _defineProperty(this, "_prev_delimiters", []);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md2;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = this.src.length;
  }
  pushPending() {
    const token = new Token("text", "", 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = "";
    return token;
  }
  push(type, tag, nesting) {
    if (this.pending) this.pushPending();
    const token = new Token(type, tag, nesting);
    let token_meta = void 0;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop();
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      token_meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(token_meta);
    return token;
  }
  scanDelims(start, canSplitWord) {
    const max = this.posMax;
    const marker2 = this.src.charCodeAt(start);
    let lastChar;
    if (start === 0) lastChar = 32;
    else if (start === 1) {
      lastChar = this.src.charCodeAt(0);
      if ((lastChar & 63488) === 55296) lastChar = 65533;
    } else {
      lastChar = this.src.charCodeAt(start - 1);
      if ((lastChar & 64512) === 56320) {
        const highSurr = this.src.charCodeAt(start - 2);
        lastChar = (highSurr & 64512) === 55296 ? 65536 + (highSurr - 55296 << 10) + (lastChar - 56320) : 65533;
      } else if ((lastChar & 64512) === 55296) lastChar = 65533;
    }
    let pos = start;
    while (pos < max && this.src.charCodeAt(pos) === marker2) pos++;
    const count = pos - start;
    let nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
    if ((nextChar & 64512) === 55296) {
      const lowSurr = this.src.charCodeAt(pos + 1);
      nextChar = (lowSurr & 64512) === 56320 ? 65536 + (nextChar - 55296 << 10) + (lowSurr - 56320) : 65533;
    } else if ((nextChar & 64512) === 56320) nextChar = 65533;
    const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
    const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
    const isLastWhiteSpace = isWhiteSpace(lastChar);
    const isNextWhiteSpace = isWhiteSpace(nextChar);
    const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
    const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
    return {
      can_open: left_flanking && (canSplitWord || !right_flanking || isLastPunctChar),
      can_close: right_flanking && (canSplitWord || !left_flanking || isNextPunctChar),
      length: count
    };
  }
};
function isTerminatorChar(ch) {
  switch (ch) {
    case 10:
    case 33:
    case 35:
    case 36:
    case 37:
    case 38:
    case 42:
    case 43:
    case 45:
    case 58:
    case 60:
    case 61:
    case 62:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function text(state, silent) {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}
function isAsciiAlpha(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}
function isSchemeChar(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 43 || code2 === 45 || code2 === 46;
}
function linkify(state, silent) {
  if (!state.md.options.linkify) return false;
  if (state.linkLevel > 0) return false;
  const pos = state.pos;
  const max = state.posMax;
  if (pos + 3 > max) return false;
  if (state.src.charCodeAt(pos) !== 58) return false;
  if (state.src.charCodeAt(pos + 1) !== 47) return false;
  if (state.src.charCodeAt(pos + 2) !== 47) return false;
  const protoMin = pos - Math.min(10, state.pending.length, pos);
  let protoStart = pos;
  while (protoStart > protoMin && isSchemeChar(state.src.charCodeAt(protoStart - 1))) protoStart--;
  if (protoStart === pos || !isAsciiAlpha(state.src.charCodeAt(protoStart))) return false;
  const protoLength = pos - protoStart;
  const link2 = state.md.linkify.matchAtStart(state.src.slice(protoStart));
  if (!link2) return false;
  let url = link2.url;
  if (url.length <= protoLength) return false;
  let urlEnd = url.length;
  while (urlEnd > 0 && url.charCodeAt(urlEnd - 1) === 42) urlEnd--;
  if (urlEnd !== url.length) url = url.slice(0, urlEnd);
  const fullUrl = state.md.normalizeLink(url);
  if (!state.md.validateLink(fullUrl)) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -protoLength);
    const token_o = state.push("link_open", "a", 1);
    token_o.attrs = [["href", fullUrl]];
    token_o.markup = "linkify";
    token_o.info = "auto";
    const token_t = state.push("text", "", 0);
    token_t.content = state.md.normalizeLinkText(url);
    const token_c = state.push("link_close", "a", -1);
    token_c.markup = "linkify";
    token_c.info = "auto";
  }
  state.pos += url.length - protoLength;
  return true;
}
function newline(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 10) return false;
  const pmax = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
      if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
        let ws = pmax - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else state.push("softbreak", "br", 0);
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) pos++;
  state.pos = pos;
  return true;
}
var ESCAPED = [];
for (let i = 0; i < 256; i++) ESCAPED.push(0);
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
  ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape(state, silent) {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 92) return false;
  pos++;
  if (pos >= max) return false;
  let ch1 = state.src.charCodeAt(pos);
  if (ch1 === 10) {
    if (!silent) state.push("hardbreak", "br", 0);
    pos++;
    while (pos < max) {
      ch1 = state.src.charCodeAt(pos);
      if (!isSpace(ch1)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  if (ch1 === 32) {
    if (!silent) {
      const token = state.push("text_special", "", 0);
      token.content = "\\";
      token.markup = "\\";
      token.info = "escape";
    }
    state.pos = pos;
    return true;
  }
  let escapedStr = state.src[pos];
  if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
    const ch2 = state.src.charCodeAt(pos + 1);
    if (ch2 >= 56320 && ch2 <= 57343) {
      escapedStr += state.src[pos + 1];
      pos++;
    }
  }
  const origStr = "\\" + escapedStr;
  if (!silent) {
    const token = state.push("text_special", "", 0);
    if (ch1 < 256 && ESCAPED[ch1] !== 0) token.content = escapedStr;
    else token.content = origStr;
    token.markup = origStr;
    token.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}
function buildLastRuns(src) {
  const lastRuns = {};
  let pos = 0;
  while ((pos = src.indexOf("`", pos)) !== -1) {
    const start = pos;
    while (src.charCodeAt(++pos) === 96) ;
    lastRuns[pos - start] = start;
  }
  return lastRuns;
}
function backtick(state, silent) {
  var _state$backticks$open;
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 96) return false;
  const max = state.posMax;
  let pos = start + 1;
  while (pos < max && state.src.charCodeAt(pos) === 96) pos++;
  const marker2 = state.src.slice(start, pos);
  const openerLength = marker2.length;
  if (!state.backticksScanned) {
    state.backticks = buildLastRuns(state.src);
    state.backticksScanned = true;
  }
  if (((_state$backticks$open = state.backticks[openerLength]) !== null && _state$backticks$open !== void 0 ? _state$backticks$open : -1) >= pos) {
    let matchEnd = pos;
    let matchStart;
    while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1 && matchStart < max) {
      matchEnd = matchStart + 1;
      while (state.src.charCodeAt(matchEnd) === 96) matchEnd++;
      if (matchEnd > max) break;
      if (matchEnd - matchStart === openerLength) {
        if (!silent) {
          const token = state.push("code_inline", "code", 0);
          token.markup = marker2;
          let content = state.src.slice(pos, matchStart).replace(/\n/g, " ");
          if (content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content)) content = content.slice(1, -1);
          token.content = content;
        }
        state.pos = matchEnd;
        return true;
      }
    }
  }
  if (!silent) state.pending += marker2;
  state.pos = pos;
  return true;
}
function strikethrough_tokenize(state, silent) {
  const start = state.pos;
  const marker2 = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker2 !== 126) return false;
  const scanned = state.scanDelims(state.pos, true);
  let len = scanned.length;
  const ch = String.fromCharCode(marker2);
  if (len < 2) return false;
  let token;
  if (len % 2) {
    token = state.push("text", "", 0);
    token.content = ch;
    len--;
  }
  for (let i = 0; i < len; i += 2) {
    token = state.push("text", "", 0);
    token.content = ch + ch;
    state.delimiters.push({
      marker: marker2,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess$1(state, delimiters) {
  let token;
  const loneMarkers = [];
  const max = delimiters.length;
  for (let i = 0; i < max; i++) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 126) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    token = state.tokens[startDelim.token];
    token.type = "s_open";
    token.tag = "s";
    token.nesting = 1;
    token.markup = "~~";
    token.content = "";
    token = state.tokens[endDelim.token];
    token.type = "s_close";
    token.tag = "s";
    token.nesting = -1;
    token.markup = "~~";
    token.content = "";
    if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") loneMarkers.push(endDelim.token - 1);
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop();
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j].type === "s_close") j++;
    j--;
    if (i !== j) {
      token = state.tokens[j];
      state.tokens[j] = state.tokens[i];
      state.tokens[i] = token;
    }
  }
}
function strikethrough_postProcess(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess$1(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess$1(state, delimiters);
  }
}
var strikethrough_default = {
  tokenize: strikethrough_tokenize,
  postProcess: strikethrough_postProcess
};
function emphasis_tokenize(state, silent) {
  const start = state.pos;
  const marker2 = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker2 !== 95 && marker2 !== 42) return false;
  const scanned = state.scanDelims(state.pos, marker2 === 42);
  for (let i = 0; i < scanned.length; i++) {
    const token = state.push("text", "", 0);
    token.content = String.fromCharCode(marker2);
    state.delimiters.push({
      marker: marker2,
      length: scanned.length,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess(state, delimiters) {
  const max = delimiters.length;
  for (let i = max - 1; i >= 0; i--) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 95 && startDelim.marker !== 42) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && delimiters[startDelim.end + 1].token === endDelim.token + 1;
    const ch = String.fromCharCode(startDelim.marker);
    const token_o = state.tokens[startDelim.token];
    token_o.type = isStrong ? "strong_open" : "em_open";
    token_o.tag = isStrong ? "strong" : "em";
    token_o.nesting = 1;
    token_o.markup = isStrong ? ch + ch : ch;
    token_o.content = "";
    const token_c = state.tokens[endDelim.token];
    token_c.type = isStrong ? "strong_close" : "em_close";
    token_c.tag = isStrong ? "strong" : "em";
    token_c.nesting = -1;
    token_c.markup = isStrong ? ch + ch : ch;
    token_c.content = "";
    if (isStrong) {
      state.tokens[delimiters[i - 1].token].content = "";
      state.tokens[delimiters[startDelim.end + 1].token].content = "";
      i--;
    }
  }
}
function emphasis_post_process(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess(state, delimiters);
  }
}
var emphasis_default = {
  tokenize: emphasis_tokenize,
  postProcess: emphasis_post_process
};
function link(state, silent) {
  let code2, label, res, ref;
  let href = "";
  let title = "";
  let start = state.pos;
  let parseReference = true;
  if (state.src.charCodeAt(state.pos) !== 91) return false;
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) return false;
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    parseReference = false;
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
      start = pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
      res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && res.ok) {
        title = res.str;
        pos = res.pos;
        for (; pos < max; pos++) {
          code2 = state.src.charCodeAt(pos);
          if (!isSpace(code2) && code2 !== 10) break;
        }
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) parseReference = true;
    pos++;
  }
  if (parseReference) {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const token_o = state.push("link_open", "a", 1);
    const attrs = [["href", href]];
    token_o.attrs = attrs;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token_o.meta = meta;
    }
    state.linkLevel++;
    state.md.inline.tokenize(state);
    state.linkLevel--;
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
function image(state, silent) {
  let code2, content, label, pos, ref, res, title, start;
  let href = "";
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 33) return false;
  if (state.src.charCodeAt(state.pos + 1) !== 91) return false;
  const labelStart = state.pos + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) return false;
  pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
    }
    start = pos;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && res.ok) {
      title = res.str;
      pos = res.pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
    } else title = "";
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    content = state.src.slice(labelStart, labelEnd);
    const tokens = [];
    state.md.inline.parse(content, state.md, state.env, tokens);
    const token = state.push("image", "img", 0);
    const attrs = [["src", href], ["alt", ""]];
    token.attrs = attrs;
    token.children = tokens;
    token.content = content;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token.meta = meta;
    }
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60) return false;
  const start = state.pos;
  const max = state.posMax;
  for (; ; ) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 60) return false;
    if (ch === 62) break;
  }
  const url = state.src.slice(start + 1, pos);
  if (AUTOLINK_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(url);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  if (EMAIL_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(`mailto:${url}`);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  return false;
}
function isLinkOpen(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose(str) {
  return /^<\/a\s*>/i.test(str);
}
function isLetter(ch) {
  const lc = ch | 32;
  return lc >= 97 && lc <= 122;
}
function scanSpecial(state, pos) {
  const src = state.src;
  let start;
  let terminator;
  if (src.startsWith("<!--", pos)) {
    if (src.startsWith(">", pos + 4)) return pos + 5;
    if (src.startsWith("->", pos + 4)) return pos + 6;
    start = pos + 4;
    terminator = "-->";
  } else if (src.startsWith("<![CDATA[", pos)) {
    start = pos + 9;
    terminator = "]]>";
  } else if (src.charCodeAt(pos + 1) === 63) {
    start = pos + 2;
    terminator = "?>";
  } else if (isLetter(src.charCodeAt(pos + 2))) {
    start = pos + 3;
    terminator = ">";
  } else return -1;
  if (state.skipHtmlSpecial) return -1;
  const end = src.indexOf(terminator, start);
  if (end < 0) {
    state.skipHtmlSpecial = true;
    return -1;
  }
  return end + terminator.length;
}
function html_inline(state, silent) {
  if (!state.md.options.html) return false;
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) return false;
  let end;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 33 || ch === 63) end = scanSpecial(state, pos);
  else if (ch === 47 || isLetter(ch)) {
    const match = state.src.slice(pos).match(HTML_OPEN_CLOSE_TAG_RE);
    end = match ? pos + match[0].length : -1;
  } else return false;
  if (end < 0) return false;
  if (!silent) {
    const token = state.push("html_inline", "", 0);
    token.content = state.src.slice(pos, end);
    if (isLinkOpen(token.content)) state.linkLevel++;
    if (isLinkClose(token.content)) state.linkLevel--;
  }
  state.pos = end;
  return true;
}
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 38) return false;
  if (pos + 1 >= max) return false;
  if (state.src.charCodeAt(pos + 1) === 35) {
    const match = state.src.slice(pos).match(DIGITAL_RE);
    if (match) {
      if (!silent) {
        const code2 = match[1][0].toLowerCase() === "x" ? parseInt(match[1].slice(1), 16) : parseInt(match[1], 10);
        const token = state.push("text_special", "", 0);
        token.content = isValidEntityCode(code2) ? fromCodePoint(code2) : fromCodePoint(65533);
        token.markup = match[0];
        token.info = "entity";
      }
      state.pos += match[0].length;
      return true;
    }
  } else {
    const match = state.src.slice(pos).match(NAMED_RE);
    if (match) {
      const decoded = decodeHTMLStrict(match[0]);
      if (decoded !== match[0]) {
        if (!silent) {
          const token = state.push("text_special", "", 0);
          token.content = decoded;
          token.markup = match[0];
          token.info = "entity";
        }
        state.pos += match[0].length;
        return true;
      }
    }
  }
  return false;
}
function processDelimiters(delimiters) {
  const openersBottom = {};
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) headerIdx = closerIdx;
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    if (!openersBottom.hasOwnProperty(closer.marker)) openersBottom[closer.marker] = [
      -1,
      -1,
      -1,
      -1,
      -1,
      -1
    ];
    const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        let isOddMatch = false;
        if (opener.close || closer.open) {
          if ((opener.length + closer.length) % 3 === 0) {
            if (opener.length % 3 !== 0 || closer.length % 3 !== 0) isOddMatch = true;
          }
        }
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
  }
}
function link_pairs(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  processDelimiters(state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) processDelimiters(delimiters);
  }
}
function fragments_join(state) {
  let curr, last;
  let level = 0;
  const tokens = state.tokens;
  const max = state.tokens.length;
  for (curr = last = 0; curr < max; curr++) {
    if (tokens[curr].nesting < 0) level--;
    tokens[curr].level = level;
    if (tokens[curr].nesting > 0) level++;
    if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
  }
  if (curr !== last) tokens.length = last;
}
var _rules = [
  ["text", text],
  ["linkify", linkify],
  ["newline", newline],
  ["escape", escape],
  ["backticks", backtick],
  ["strikethrough", strikethrough_default.tokenize],
  ["emphasis", emphasis_default.tokenize],
  ["link", link],
  ["image", image],
  ["autolink", autolink],
  ["html_inline", html_inline],
  ["entity", entity]
];
var _rules2 = [
  ["balance_pairs", link_pairs],
  ["strikethrough", strikethrough_default.postProcess],
  ["emphasis", emphasis_default.postProcess],
  ["fragments_join", fragments_join]
];
var ParserInline = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of inline rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Second ruler used for post-processing
      * (e.g. in emphasis-like rules).
      */
      "ruler2",
      new Ruler()
    );
    _defineProperty(this, "State", StateInline);
    for (let i = 0; i < _rules.length; i++) this.ruler.push(_rules[i][0], _rules[i][1]);
    for (let i = 0; i < _rules2.length; i++) this.ruler2.push(_rules2[i][0], _rules2[i][1]);
  }
  skipToken(state) {
    const pos = state.pos;
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    const cache = state.cache;
    if (typeof cache[pos] !== "undefined") {
      state.pos = cache[pos];
      return;
    }
    let ok = false;
    if (state.level < maxNesting) for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) throw new Error("inline rule didn't increment state.pos");
        break;
      }
    }
    else state.pos = state.posMax;
    if (!ok) state.pos++;
    cache[pos] = state.pos;
  }
  tokenize(state) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const end = state.posMax;
    const maxNesting = state.md.options.maxNesting;
    while (state.pos < end) {
      const prevPos = state.pos;
      let ok = false;
      if (state.level < maxNesting) for (let i = 0; i < len; i++) {
        ok = rules[i](state, false);
        if (ok) {
          if (prevPos >= state.pos) throw new Error("inline rule didn't increment state.pos");
          break;
        }
      }
      if (ok) {
        if (state.pos >= end) break;
        continue;
      }
      state.pending += state.src[state.pos++];
    }
    if (state.pending) state.pushPending();
  }
  /**
  * Process input string and push inline tokens into `outTokens`
  */
  parse(str, md2, env, outTokens) {
    const state = new this.State(str, md2, env, outTokens);
    this.tokenize(state);
    const rules = this.ruler2.getRules("");
    const len = rules.length;
    for (let i = 0; i < len; i++) rules[i](state);
  }
};
var config = {
  default: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 100
    },
    components: {
      core: {},
      block: {},
      inline: {}
    }
  },
  zero: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: ["paragraph"] },
      inline: {
        rules: ["text"],
        rules2: ["balance_pairs", "fragments_join"]
      }
    }
  },
  commonmark: {
    options: {
      html: true,
      xhtmlOut: true,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: [
        "blockquote",
        "code",
        "fence",
        "heading",
        "hr",
        "html_block",
        "lheading",
        "list",
        "reference",
        "paragraph"
      ] },
      inline: {
        rules: [
          "autolink",
          "backticks",
          "emphasis",
          "entity",
          "escape",
          "html_inline",
          "image",
          "link",
          "newline",
          "text"
        ],
        rules2: [
          "balance_pairs",
          "emphasis",
          "fragments_join"
        ]
      }
    }
  }
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
var RECODE_HOSTNAME_FOR = [
  "http:",
  "https:",
  "mailto:"
];
var MarkdownIt = class {
  /**
  * Link validation function. CommonMark allows too much in links. By default
  * we disable `javascript:`, `vbscript:`, `file:` schemas, and almost all `data:...` schemas
  * except some embedded image types.
  *
  * You can change this behaviour:
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * // enable everything
  * md.validateLink = function () { return true; }
  * ```
  */
  validateLink(url) {
    const str = url.trim().toLowerCase();
    return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
  }
  /**
  * Function used to encode link url to a machine-readable format,
  * which includes url-encoding, punycode, etc.
  */
  normalizeLink(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
      } catch (er) {
      }
    }
    if (parsed.auth) parsed.auth = encode_default(parsed.auth);
    if (parsed.hostname) parsed.hostname = encode_default(parsed.hostname);
    if (parsed.pathname) parsed.pathname = encode_default(parsed.pathname);
    if (parsed.search) parsed.search = encode_default(parsed.search);
    if (parsed.hash) parsed.hash = encode_default(parsed.hash);
    return format(parsed);
  }
  /**
  * Function used to decode link url to a human-readable format`
  */
  normalizeLinkText(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
      } catch (er) {
      }
    }
    return decode_default(format(parsed), decode_default.defaultChars + "%");
  }
  constructor(...args) {
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserInline}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "inline",
      new ParserInline()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserBlock}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "block",
      new ParserBlock()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserCore} chain executor. You may need it to add new
      * rules when writing plugins. For simple rules control use
      * {@link MarkdownIt.disable} and {@link MarkdownIt.enable}.
      */
      "core",
      new ParserCore()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link Renderer}. Use it to modify output look. Or to add rendering
      * rules for new token types, generated by plugins.
      *
      * See {@link Renderer} docs and
      * [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts).
      *
      * @example
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * function myToken(tokens, idx, options, env, self) {
      *   //...
      *   return result;
      * };
      *
      * md.renderer.rules['my_token'] = myToken
      * ```
      */
      "renderer",
      new Renderer()
    );
    _defineProperty(
      this,
      /**
      * [linkify-it](https://github.com/markdown-it/linkify-it) instance.
      * Used by [linkify](https://github.com/markdown-it/markdown-it/blob/master/src/rules_core/linkify.ts)
      * rule.
      */
      "linkify",
      new LinkifyIt()
    );
    _defineProperty(
      this,
      /**
      * Assorted utility functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/common/utils.ts).
      */
      "utils",
      utils_exports
    );
    _defineProperty(
      this,
      /**
      * Link components parser functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/helpers).
      */
      "helpers",
      Object.assign({}, helpers_exports)
    );
    const [presetNameOrOptions, options] = args;
    if (typeof presetNameOrOptions === "string") {
      this.configure(presetNameOrOptions);
      if (options) this.set(options);
    } else {
      this.configure("default");
      this.set(presetNameOrOptions || {});
    }
  }
  /**
  * Set parser options (in the same format as in constructor). Probably, you
  * will never need it, but you can change options after constructor call.
  *
  * __Note:__ To achieve the best possible performance, don't modify a
  * `markdown-it` instance options on the fly. If you need multiple configurations
  * it's best to create multiple instances and initialize each with separate
  * config.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .set({ html: true, breaks: true })
  *   .set({ typographer: true })
  * ```
  */
  set(options) {
    Object.assign(this.options, options);
    return this;
  }
  /**
  * Batch load of all options and compenent settings. This is internal method,
  * and you probably will not need it. But if you will - see available presets
  * and data structure [here](https://github.com/markdown-it/markdown-it/tree/master/src/presets)
  *
  * We strongly recommend to use presets instead of direct config loads. That
  * will give better compatibility with next versions.
  */
  configure(presets) {
    let p;
    if (typeof presets === "string") {
      const presetName = presets;
      p = config[presetName];
      if (!p) throw new Error(`Wrong 'markdown-it' preset "${presetName}", check name`);
    } else p = presets;
    if (!p) throw new Error("Wrong `markdown-it` preset, can't be empty");
    if (p.options) this.options = { ...p.options };
    const components = p.components;
    if (components) {
      var _components$inline;
      [
        "core",
        "block",
        "inline"
      ].forEach((name) => {
        var _components$name;
        const rules = (_components$name = components[name]) === null || _components$name === void 0 ? void 0 : _components$name.rules;
        if (rules) this[name].ruler.enableOnly(rules);
      });
      const rules2 = (_components$inline = components.inline) === null || _components$inline === void 0 ? void 0 : _components$inline.rules2;
      if (rules2) this.inline.ruler2.enableOnly(rules2);
    }
    return this;
  }
  /**
  * Enable list or rules. It will automatically find appropriate components,
  * containing rules with given names. If rule not found, and `ignoreInvalid`
  * not set - throws exception.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .enable(['sub', 'sup'])
  *   .disable('smartquotes')
  * ```
  */
  enable(list2, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list2)) list2 = [list2];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.enable(list2, true));
    });
    result = result.concat(this.inline.ruler2.enable(list2, true));
    const missed = list2.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to enable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * The same as {@link MarkdownIt.enable}, but turn specified rules off.
  */
  disable(list2, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list2)) list2 = [list2];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.disable(list2, true));
    });
    result = result.concat(this.inline.ruler2.disable(list2, true));
    const missed = list2.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to disable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * Load specified plugin with given params into current parser instance.
  * It's just a sugar to call `plugin(md, params)` with curring.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * import iterator from 'markdown-it-for-inline'
  *
  * const md = new MarkdownIt()
  *   .use(iterator, 'foo_replace', 'text', function (tokens, idx) {
  *     tokens[idx].content = tokens[idx].content.replace(/foo/g, 'bar')
  *   })
  * ```
  */
  use(plugin, ...params) {
    plugin.apply(plugin, [this, ...params]);
    return this;
  }
  /**
  * Parse input string and return list of block tokens (special token type
  * "inline" will contain list of inline tokens). You should not call this
  * method directly, until you write custom renderer (for example, to produce
  * AST).
  *
  * `env` is used to pass data between "distributed" rules and return additional
  * metadata like reference info, needed for the renderer. It also can be used to
  * inject data in specific cases. Usually, you will be ok to pass `{}`,
  * and then pass updated object to renderer.
  */
  parse(src, env) {
    if (typeof src !== "string") throw new Error("Input data should be a String");
    const state = new this.core.State(src, this, env);
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Render markdown string into html. It does all magic for you :).
  *
  * `env` can be used to inject additional metadata (`{}` by default).
  * But you will not need it with high probability. See also comment
  * in {@link MarkdownIt.parse}.
  */
  render(src, env = {}) {
    return this.renderer.render(this.parse(src, env), this.options, env);
  }
  /**
  * The same as {@link MarkdownIt.parse} but skip all block rules. It returns
  * the block tokens list with the single `inline` element, containing parsed
  * inline tokens in `children` property. Also updates `env` object.
  */
  parseInline(src, env) {
    const state = new this.core.State(src, this, env);
    state.inlineMode = true;
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Similar to {@link MarkdownIt.render} but for single paragraph content.
  * Result will NOT be wrapped into `<p>` tags.
  */
  renderInline(src, env = {}) {
    return this.renderer.render(this.parseInline(src, env), this.options, env);
  }
};
_defineProperty(MarkdownIt, "Token", Token);
_defineProperty(MarkdownIt, "Ruler", Ruler);
_defineProperty(MarkdownIt, "Renderer", Renderer);
_defineProperty(MarkdownIt, "ParserCore", ParserCore);
_defineProperty(MarkdownIt, "StateCore", StateCore);
_defineProperty(MarkdownIt, "ParserBlock", ParserBlock);
_defineProperty(MarkdownIt, "StateBlock", StateBlock);
_defineProperty(MarkdownIt, "ParserInline", ParserInline);
_defineProperty(MarkdownIt, "StateInline", StateInline);
var MarkdownItCallable = callable(MarkdownIt);

// src/speckit/markdown-tree.ts
var md = new MarkdownItCallable("commonmark", { html: true, maxNesting: 100 }).enable(["table", "strikethrough"]);
md.core.ruler.disable("text_join");
var checkbox = /^\[([ \txX])\](?=[ \t]*\n|[ \t]+\S)/;
function parseMarkdownTree(text2, lineStarts) {
  const tokens = md.parse(text2, {});
  return new TreeBuilder(text2, lineStarts).build(tokens);
}
var TreeBuilder = class {
  // A list item's first paragraph is where GitHub looks for its checkbox.
  firstParagraphOf = /* @__PURE__ */ new WeakMap();
  // Where the previous cell of the current table row ended, so each cell is found after it.
  rowCursor = 0;
  rowLine = 0;
  text;
  lineStarts;
  constructor(text2, lineStarts) {
    this.text = text2;
    this.lineStarts = lineStarts;
  }
  build(tokens) {
    const root = { type: "root", children: [], position: this.span(0, this.text.length) };
    const stack = [root];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const parent = stack[stack.length - 1];
      if (t.nesting === -1) {
        if (!["thead_close", "tbody_close"].includes(t.type)) stack.pop();
        continue;
      }
      const node = this.blockNode(t, parent);
      if (!node) continue;
      if (node.type === "paragraph" && parent.type === "listItem" && parent.children.length === 0)
        this.firstParagraphOf.set(node, parent);
      if (node.type === "tableRow") {
        this.rowCursor = 0;
        this.rowLine = t.map?.[0] ?? this.rowLine;
      }
      append(parent, node);
      if (t.nesting === 1 && isParent(node)) stack.push(node);
    }
    return root;
  }
  /** The mdast node of one block token; undefined for tokens that only group (thead, tbody). */
  blockNode(t, parent) {
    const position = t.map ? this.blockSpan(t.map) : void 0;
    switch (t.type) {
      case "heading_open":
        return { type: "heading", depth: headingDepth(t.tag), children: [], position };
      case "paragraph_open":
        return { type: "paragraph", children: [], position };
      case "inline":
        this.inline(t, parent);
        return void 0;
      case "bullet_list_open":
        return { type: "list", ordered: false, spread: false, children: [], position };
      case "ordered_list_open":
        return {
          type: "list",
          ordered: true,
          start: Number(t.attrGet("start") ?? 1),
          spread: false,
          children: [],
          position
        };
      case "list_item_open":
        return { type: "listItem", checked: null, spread: false, children: [], position };
      case "blockquote_open":
        return { type: "blockquote", children: [], position };
      case "table_open":
        return { type: "table", align: [], children: [], position };
      case "tr_open":
        return { type: "tableRow", children: [], position };
      case "th_open":
      case "td_open":
        return { type: "tableCell", children: [], position: this.blockSpan([this.rowLine, this.rowLine + 1]) };
      case "fence": {
        const [lang, ...meta] = t.info.trim().split(/\s+/);
        return { type: "code", lang: lang || null, meta: meta.join(" ") || null, value: chomp(t.content), position };
      }
      case "code_block":
        return { type: "code", lang: null, meta: null, value: chomp(t.content), position };
      case "html_block":
        return { type: "html", value: chomp(t.content), position };
      case "hr":
        return { type: "thematicBreak", position };
      default:
        return void 0;
    }
  }
  /** Converts an inline token's children, with the source offset of every node. */
  inline(t, parent) {
    const map = t.map ?? (parent.type === "tableCell" ? [this.rowLine, this.rowLine + 1] : void 0);
    if (!map) return;
    const content = t.content;
    const toSource = this.contentMap(content, map[0], parent);
    if (parent.type === "tableCell") parent.position = this.span(toSource(0), toSource(content.length));
    let skip = 0;
    if (parent.type === "paragraph") {
      const item = this.firstParagraphOf.get(parent);
      const m = item ? checkbox.exec(content) : null;
      if (item && m) {
        item.checked = m[1] === "x" || m[1] === "X";
        skip = 4;
      }
    }
    const stack = [parent];
    let cursor = skip;
    let textNode;
    const flush = () => {
      if (!textNode || textNode.value === "") return textNode = void 0;
      append(stack[stack.length - 1], {
        type: "text",
        value: textNode.value,
        position: this.span(toSource(textNode.start), toSource(textNode.end))
      });
      textNode = void 0;
    };
    const addText = (value, raw) => {
      const at = find2(content, raw, cursor);
      if (!textNode) textNode = { value: "", start: at, end: at };
      textNode.value += value;
      textNode.end = at + raw.length;
      cursor = textNode.end;
    };
    for (const c of t.children ?? []) {
      switch (c.type) {
        case "text": {
          let value = c.content;
          if (skip > 0 && cursor === skip && textNode === void 0) {
            const at = content.indexOf(value, 0);
            if (at >= 0 && at < skip) value = value.slice(Math.min(value.length, skip - at));
            cursor = skip;
            if (value === "") continue;
          }
          addText(value, value);
          break;
        }
        case "text_special":
          addText(c.content, c.markup);
          break;
        case "softbreak":
          addText("\n", "\n");
          break;
        case "hardbreak": {
          flush();
          const at = find2(content, "\n", cursor);
          append(stack[stack.length - 1], { type: "break", position: this.span(toSource(at), toSource(at + 1)) });
          cursor = at + 1;
          break;
        }
        case "code_inline": {
          flush();
          const at = find2(content, c.markup, cursor);
          const close = content.indexOf(c.markup, at + c.markup.length + c.content.length);
          const end = close < 0 ? at + c.markup.length + c.content.length : close + c.markup.length;
          append(stack[stack.length - 1], {
            type: "inlineCode",
            value: c.content,
            position: this.span(toSource(at), toSource(end))
          });
          cursor = end;
          break;
        }
        case "html_inline": {
          flush();
          const at = find2(content, c.content, cursor);
          const end = at + c.content.length;
          append(stack[stack.length - 1], {
            type: "html",
            value: c.content,
            position: this.span(toSource(at), toSource(end))
          });
          cursor = end;
          break;
        }
        case "strong_open":
        case "em_open":
        case "s_open":
        case "link_open": {
          flush();
          const mark = c.type === "link_open" ? c.markup === "autolink" ? "<" : "[" : c.markup;
          const at = find2(content, mark, cursor);
          const node = c.type === "strong_open" ? { type: "strong", children: [] } : c.type === "em_open" ? { type: "emphasis", children: [] } : c.type === "s_open" ? { type: "delete", children: [] } : { type: "link", url: String(c.attrGet("href") ?? ""), children: [] };
          node.position = this.span(toSource(at), toSource(at + mark.length));
          append(stack[stack.length - 1], node);
          stack.push(node);
          cursor = at + mark.length;
          break;
        }
        case "strong_close":
        case "em_close":
        case "s_close":
        case "link_close": {
          flush();
          const node = stack.length > 1 ? stack.pop() : void 0;
          const end = c.type === "link_close" ? linkEnd(content, cursor, c.markup) : find2(content, c.markup, cursor) + c.markup.length;
          if (node?.position) node.position.end = this.point(toSource(end));
          cursor = end;
          break;
        }
        case "image": {
          flush();
          const at = find2(content, "![", cursor);
          const end = linkEnd(content, at + 2, "");
          append(stack[stack.length - 1], {
            type: "image",
            url: String(c.attrGet("src") ?? ""),
            alt: c.content,
            position: this.span(toSource(at), toSource(end))
          });
          cursor = end;
          break;
        }
        default:
          break;
      }
    }
    flush();
  }
  /**
   * Maps an offset in an inline token's content to an offset in the source. Paragraph
   * lines are the source lines less their container prefix (indentation, `>`, list
   * markers); a heading is a part of its line; table cells follow each other on their row.
   */
  contentMap(content, firstLine2, parent) {
    const lines = content.split("\n");
    const starts = [];
    const bases = [];
    let acc = 0;
    for (let k = 0; k < lines.length; k++) {
      const lineNo = firstLine2 + k;
      const src = this.lineText(lineNo);
      const part = lines[k];
      let col;
      if (parent.type === "tableCell") {
        col = part === "" ? -1 : src.indexOf(part, this.rowCursor);
        if (col < 0 && part !== "") col = src.indexOf(part.slice(0, Math.max(1, part.indexOf("|"))), this.rowCursor);
        if (col < 0) col = Math.min(src.length, this.rowCursor);
        this.rowCursor = col + part.length;
      } else if (part !== "" && src.trimEnd().endsWith(part)) col = src.trimEnd().length - part.length;
      else {
        col = src.indexOf(part, parent.type === "heading" ? /^[\s>]*#*/.exec(src)[0].length : 0);
        if (col < 0) col = 0;
      }
      starts.push(acc);
      bases.push(this.lineStarts[lineNo] + col);
      acc += part.length + 1;
    }
    return (i) => {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > i) k--;
      return bases[k] + (i - starts[k]);
    };
  }
  lineText(lineNo) {
    const start = this.lineStarts[lineNo] ?? this.text.length;
    const next = this.lineStarts[lineNo + 1];
    return this.text.slice(start, next === void 0 ? this.text.length : next - 1).replace(/\r$/, "");
  }
  /** Position of lines [from, to) of a block, less trailing blank lines, starting at its first non-blank character. */
  blockSpan(map) {
    let last = Math.max(map[0], map[1] - 1);
    while (last > map[0] && this.lineText(last).trim() === "") last--;
    const first = this.lineText(map[0]);
    const indent = /^[\s>]*/.exec(first)[0].length;
    const start = this.lineStarts[map[0]] + Math.min(indent, first.length);
    const end = (this.lineStarts[last] ?? this.text.length) + this.lineText(last).length;
    return this.span(start, end);
  }
  span(start, end) {
    return { start: this.point(start), end: this.point(end) };
  }
  point(offset) {
    const at = positionAt(this.lineStarts, offset);
    return { line: at.line, column: at.column, offset };
  }
};
function isParent(node) {
  return "children" in node;
}
function append(parent, child) {
  const children = parent.children;
  children.push(child);
}
function find2(content, what, from) {
  const at = content.indexOf(what, from);
  return at < 0 ? from : at;
}
function linkEnd(content, from, markup) {
  if (markup === "autolink") return find2(content, ">", from) + 1;
  const close = content.indexOf("]", from);
  if (close < 0) return from;
  if (content[close + 1] === "(") {
    let depth = 0;
    for (let i = close + 1; i < content.length; i++) {
      if (content[i] === "(") depth++;
      else if (content[i] === ")" && --depth === 0) return i + 1;
    }
    return content.length;
  }
  if (content[close + 1] === "[") {
    const end = content.indexOf("]", close + 2);
    return end < 0 ? close + 1 : end + 1;
  }
  return close + 1;
}
function chomp(s) {
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}
function headingDepth(tag) {
  const n = Number(tag.slice(1));
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : 6;
}

// src/speckit/parse-markdown.ts
var FRONT_MATTER_MAX_LINES = 200;
function parseMarkdown(args) {
  const { path, role } = args;
  const findings = [];
  let text2 = args.text.startsWith("\uFEFF") ? args.text.slice(1) : args.text;
  const fm = findFrontMatter(text2);
  if (fm) {
    const yamlText = text2.slice(fm.bodyStart, fm.bodyEnd);
    const parsed = (0, import_yaml.parseDocument)(yamlText, { prettyErrors: false });
    for (const error of parsed.errors.slice(0, 1)) {
      const line = (error.linePos?.[0].line ?? 1) + 1;
      findings.push(
        makeFinding({
          rule: "spec-kit/invalid-markdown",
          path,
          line,
          column: error.linePos?.[0].col,
          message: `front matter is not valid YAML: ${firstLine(error.message)}`
        })
      );
    }
    text2 = text2.slice(0, fm.end).replace(/[^\n]/g, " ") + text2.slice(fm.end);
  }
  const lineStarts = lineStartsOf(text2);
  const tree = parseMarkdownTree(text2, lineStarts);
  return { doc: { path, role, text: text2, lineStarts, tree }, findings };
}
function findFrontMatter(text2) {
  const open = /^---[ \t]*\r?\n/.exec(text2);
  if (!open) return void 0;
  let pos = open[0].length;
  for (let n = 0; n < FRONT_MATTER_MAX_LINES && pos <= text2.length; n++) {
    const nl = text2.indexOf("\n", pos);
    const lineEnd2 = nl < 0 ? text2.length : nl;
    const line = text2.slice(pos, lineEnd2).replace(/\r$/, "");
    if (line === "---" || line === "...") return { bodyStart: open[0].length, bodyEnd: pos, end: lineEnd2 };
    if (nl < 0) return void 0;
    pos = nl + 1;
  }
  return void 0;
}
function firstLine(s) {
  return s.split("\n")[0] ?? s;
}

// src/speckit/read-suppressions.ts
var directive = /<!--\s*oda-ignore-(next-line|file)\b([^>]*?)-->/g;
function readSuppressions(doc2) {
  const out = { file: /* @__PURE__ */ new Set(), lines: /* @__PURE__ */ new Map() };
  walkNodes(doc2.tree, (node) => {
    if (node.type !== "html" || !node.position) return;
    for (const m of node.value.matchAll(directive)) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      const set = new Set(rules.length > 0 ? rules : ["*"]);
      if (m[1] === "file") {
        for (const r of set) out.file.add(r);
        continue;
      }
      const line = nextContentLine(doc2, node.position.end.line + 1);
      out.lines.set(line, /* @__PURE__ */ new Set([...out.lines.get(line) ?? [], ...set]));
    }
  });
  return out;
}
function isSuppressed(f, s) {
  if (!s) return false;
  const covers = (set) => !!set && (set.has("*") || set.has(f.ruleId));
  return covers(s.file) || covers(s.lines.get(f.line));
}
function nextContentLine(doc2, from) {
  let line = from;
  while (line <= doc2.lineStarts.length) {
    const start = doc2.lineStarts[line - 1];
    const end = line < doc2.lineStarts.length ? doc2.lineStarts[line] : doc2.text.length;
    if (doc2.text.slice(start, end).trim() !== "") return line;
    line++;
  }
  return from;
}

// src/speckit/inspect-kits.ts
function inspectKits(kits, files, options) {
  const findings = [];
  const parsed = /* @__PURE__ */ new Map();
  const suppressions = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  const inspected = [];
  for (const kit of kits) {
    const docs = /* @__PURE__ */ new Map();
    const checklists = [];
    const states = [];
    for (const d of kit.docs) {
      options.signal?.throwIfAborted();
      const raw = files.get(d.path) ?? { path: d.path, kind: "missing" };
      const first = !reported.has(d.path);
      reported.add(d.path);
      if (raw.kind === "missing") {
        states.push({ path: d.path, role: d.role, state: "missing" });
        if (first)
          findings.push(
            makeFinding({
              rule: "spec-kit/missing-file",
              level: d.missingLevel,
              path: d.path,
              message: missingMessage(kit.layout, d.role, d.path)
            })
          );
        continue;
      }
      if (!parsed.has(d.path)) {
        const decoded = decodeKitFile(raw, options.maxFileBytes);
        if (!decoded.ok) {
          findings.push(...decoded.findings);
          parsed.set(d.path, void 0);
        } else {
          const checked2 = parseAndCheck(d.path, d.role, decoded.text, kit.layout, options);
          findings.push(...decoded.findings, ...checked2.findings);
          parsed.set(d.path, checked2.doc);
          if (checked2.doc) suppressions.set(d.path, readSuppressions(checked2.doc));
        }
      }
      const doc2 = parsed.get(d.path);
      states.push({ path: d.path, role: d.role, state: doc2 ? "ok" : "unreadable" });
      if (doc2 && d.role === "checklist") checklists.push(doc2);
      else if (doc2) docs.set(d.role, doc2);
    }
    const result = {
      kit,
      files: states,
      tasks: void 0,
      phases: [],
      tasksPath: kit.docs.find((d) => d.role === "tasks")?.path
    };
    const checked = checkKit(docs, checklists);
    result.tasks = checked.tasks;
    result.phases = checked.phases;
    findings.push(...checked.findings);
    inspected.push(result);
  }
  const kept = capFindings(sortFindings(findings.filter((f) => !isSuppressed(f, suppressions.get(f.path))))).map(
    (f) => ({ ...f, fingerprint: fingerprintFinding(f) })
  );
  return { kits: inspected, findings: sortFindings(kept) };
}
function applySeverities(findings, severities) {
  const out = [];
  for (const f of findings) {
    const s = severities[f.ruleId];
    if (s === "off") continue;
    out.push(s ? { ...f, level: s } : f);
  }
  return out;
}
function parseAndCheck(path, role, text2, layout, options) {
  const tooComplex = checkParseLimits(path, text2);
  if (tooComplex) return { doc: void 0, findings: [tooComplex] };
  try {
    const result = parseMarkdown({ path, role, text: text2 });
    return {
      doc: result.doc,
      findings: [...result.findings, ...checkDoc(result.doc, layout, options.maxClarifications)]
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      doc: void 0,
      findings: [
        makeFinding({
          rule: "spec-kit/invalid-markdown",
          path,
          message: `${path} could not be parsed as markdown (${reason}); the file was not checked`
        })
      ]
    };
  }
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0)
  );
}
function missingMessage(layout, role, path) {
  if (layout === "four-file")
    return `${path} is missing: a four-file kit needs constitution.md, prd.md, plan.md and tasks.md`;
  if (role === "constitution")
    return `${path} is missing: Spec Kit keeps the project constitution there (create it with /speckit.constitution)`;
  if (role === "spec")
    return `${path} is missing: every feature folder needs a spec.md (create it with /speckit.specify)`;
  return `${path} is missing: the feature is not ${role === "plan" ? "planned (run /speckit.plan)" : "broken into tasks (run /speckit.tasks)"} yet`;
}

// src/speckit/inspect-repo.ts
import { statSync } from "node:fs";
function inspectRepo(a) {
  if (!isDirectory(a.root))
    throw new SpecKitPathError(
      `repository folder ${a.root} does not exist or is not a folder: pass the repository root as dir`
    );
  const listing = listKitTree(a.root, a.paths);
  const detected = detectKits(listing, a.paths);
  const wanted = [...new Set(detected.kits.flatMap((k) => k.docs.map((d) => d.path)))];
  const files = readKitFiles(a.root, wanted, a.options.maxFileBytes);
  const result = inspectKits(detected.kits, files, a.options);
  const links = [...listing.outside ?? []].filter((path) => !files.has(path)).map((path) => makeFinding({ rule: "spec-kit/link-outside", path, message: linkOutsideMessage(path) }));
  const findings = [...detected.findings, ...result.findings, ...links];
  return { kits: result.kits, findings: findings.sort((x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0) };
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// src/speckit/resolve-kit-target.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { basename, dirname, relative as relative2, resolve as resolve2 } from "node:path";
var kitFile = /^(?:constitution|prd|spec|plan|tasks)\.md$/;
var MAX_LEVELS = 8;
function resolveKitTarget(cwd, dir) {
  const full = resolve2(cwd, dir);
  let st;
  try {
    st = statSync2(full);
  } catch {
    throw new SpecKitPathError(
      `${full} does not exist: pass a repository root, a specs/ or spec/ folder, a kit folder or a tasks.md`
    );
  }
  const isFile = st.isFile();
  if (!isFile && !st.isDirectory())
    throw new SpecKitPathError(
      `${full} is neither a folder nor a file: pass a repository root, a kit folder or a kit file`
    );
  if (!isFile && !looksLikeKit(full)) return { root: full, paths: [] };
  const root = findRoot(isFile ? dirname(full) : full);
  if (root === full) return { root, paths: [] };
  return { root, paths: [relative2(root, full).split("\\").join("/")] };
}
function looksLikeKit(dir) {
  const name = basename(dir);
  if (name === "spec" || name === "specs" || /^\d{3,}-/.test(name)) return !isRoot(dir);
  const parent = basename(dirname(dir));
  if (parent === "spec" || parent === "specs") return true;
  return ["tasks.md", "spec.md", "prd.md", "plan.md", "constitution.md"].some((f) => existsSync(resolve2(dir, f)));
}
function isRoot(dir) {
  return [".git", ".specify"].some((m) => existsSync(resolve2(dir, m)));
}
function findRoot(start) {
  let dir = start;
  for (let i = 0; i < MAX_LEVELS; i++) {
    if (isRoot(dir)) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  let d = start;
  for (let i = 0; i < 3; i++) {
    if (basename(d) === "spec" || basename(d) === "specs") return dirname(d);
    d = dirname(d);
  }
  return kitFile.test(basename(start)) ? dirname(start) : start;
}

export {
  makeFinding,
  countTasks,
  applySeverities,
  inspectRepo,
  resolveKitTarget
};
