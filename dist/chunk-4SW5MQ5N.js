import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/log/keyword-matcher.ts
var KeywordMatcher = class {
  #delta;
  /** 1 for states where some keyword ends. */
  #accepting;
  /** Keyword ids ending at each state (own output plus the failure chain's), or undefined. */
  #outputs;
  keywords;
  constructor(keywords) {
    this.keywords = keywords;
    const goto = [/* @__PURE__ */ new Map()];
    const out = [[]];
    keywords.forEach((kw, id) => {
      if (!/^[\x20-\x7e]+$/.test(kw) || kw !== kw.toLowerCase())
        throw new Error(`keyword "${kw}" must be lowercase printable ASCII`);
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        let next = goto[s].get(c);
        if (next === void 0) {
          next = goto.length;
          goto.push(/* @__PURE__ */ new Map());
          out.push([]);
          goto[s].set(c, next);
        }
        s = next;
      }
      out[s].push(id);
    });
    const n = goto.length;
    const delta = new Int32Array(n * 128);
    const fail = new Int32Array(n);
    const fold = (c) => c >= 65 && c <= 90 ? c + 32 : c;
    const queue = [];
    for (let c = 0; c < 128; c++) {
      const t = goto[0].get(fold(c));
      if (t !== void 0) {
        delta[c] = t;
        if (c === fold(c)) queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const f = fail[s];
      if (out[f].length > 0) out[s] = [...out[s], ...out[f]];
      for (let c = 0; c < 128; c++) {
        const t = goto[s].get(fold(c));
        if (t !== void 0) {
          if (c === fold(c)) {
            fail[t] = delta[f * 128 + c];
            queue.push(t);
          }
          delta[s * 128 + c] = t;
        } else {
          delta[s * 128 + c] = delta[f * 128 + fold(c)];
        }
      }
    }
    for (let s = 0; s < n; s++) delta[s * 128 + 10] = 0;
    const accepting = new Uint8Array(n);
    for (let s = 0; s < n; s++) if (out[s].length > 0) accepting[s] = 1;
    this.#delta = delta;
    this.#accepting = accepting;
    this.#outputs = out.map((o) => o.length > 0 ? o : void 0);
  }
  /**
   * Calls `onHit(keywordId, endIndex, lineIndex, lineStart)` for every keyword occurrence in
   * `text`; `endIndex` is the index just past the keyword. Line numbers are counted only up
   * to each hit (hits are rare), not character by character.
   */
  scan(text, onHit) {
    const delta = this.#delta;
    const accepting = this.#accepting;
    let s = 0;
    let line = 0;
    let lineStart = 0;
    const len = text.length;
    let nextNl = text.indexOf("\n");
    if (nextNl < 0) nextNl = len;
    for (let i = 0; i < len; i++) {
      s = delta[s << 7 | text.charCodeAt(i) & 127];
      if (accepting[s] === 0) continue;
      while (nextNl < i) {
        line++;
        lineStart = nextNl + 1;
        nextNl = text.indexOf("\n", lineStart);
        if (nextNl < 0) nextNl = len;
      }
      for (const id of this.#outputs[s]) onHit(id, i + 1, line, lineStart);
    }
  }
};

export {
  KeywordMatcher
};
