import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  isPlaceholder,
  shannonEntropy
} from "./chunk-ZZVN4ZIJ.js";
import {
  LineSplitter,
  runCommand
} from "./chunk-NSCG2XAA.js";
import {
  require_dist
} from "./chunk-4CEKIALU.js";
import {
  readInside
} from "./chunk-EQBUWK5K.js";
import {
  resolveInsideAsync
} from "./chunk-SWTBR4TC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LY7GTVVW.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/ops/secrets-scan/steps/read-lines.ts
import { createReadStream } from "node:fs";
async function readLines(file, onLine, signal) {
  const splitter = new LineSplitter(onLine);
  for await (const chunk of createReadStream(file, { encoding: "utf8", signal })) splitter.push(chunk);
  splitter.end();
}

// src/secrets/diff-stream.ts
var COMMIT_MARKER = "\0oda-commit\0";
var HISTORY_FORMAT = "%x00oda-commit%x00%H%x00%an <%ae>%x00%aI";
var DiffStream = class {
  #o;
  #max;
  #provenance;
  #path;
  #lines = [];
  #numbers = [];
  #chars = 0;
  #newLine = 0;
  #oldLeft = 0;
  #newLeft = 0;
  /** The last push was a piece of a longer line (see LineSplitter); the next continues it. */
  #continues;
  constructor(o) {
    this.#o = o;
    this.#max = o.maxFragmentChars ?? 4 * 1024 * 1024;
  }
  /**
   * Takes one line of diff output, or a piece of one (`partial`: more of the same line
   * follows). Pieces of an added line are scanned as they come, on the same line number, so
   * a line of megabytes is never held whole.
   */
  push(raw, partial = false) {
    if (this.#continues !== void 0) {
      if (this.#continues === "added" && this.#path !== void 0) this.#addPiece(raw);
      if (!partial) this.#continues = void 0;
      return;
    }
    if (partial) this.#continues = (this.#oldLeft > 0 || this.#newLeft > 0) && raw[0] === "+" ? "added" : "other";
    const line = raw.endsWith("\r") && this.#oldLeft + this.#newLeft === 0 ? raw.slice(0, -1) : raw;
    if (this.#oldLeft > 0 || this.#newLeft > 0) {
      this.#hunkLine(line);
      return;
    }
    if (line.startsWith(COMMIT_MARKER)) {
      this.#flush();
      const [hash = "", author = "", date = ""] = line.slice(COMMIT_MARKER.length).split("\0");
      this.#provenance = { commit: detach(hash), author: detach(author), date: detach(date) };
      this.#path = void 0;
    } else if (line.startsWith("diff --git ")) {
      this.#flush();
      this.#path = void 0;
    } else if (line.startsWith("+++ ")) {
      this.#flush();
      this.#path = parseDiffPath(line.slice(4));
    } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
      const m = / and (.+) differ$/.exec(line);
      const path = m ? parseDiffPath(m[1]) : void 0;
      if (path !== void 0) this.#o.onBinary?.(path);
    } else if (line.startsWith("@@ ")) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) return;
      this.#oldLeft = m[1] === void 0 ? 1 : Number(m[1]);
      this.#newLine = Number(m[2]);
      this.#newLeft = m[3] === void 0 ? 1 : Number(m[3]);
    }
  }
  /** Flushes what is pending; call once the stream has ended. */
  end() {
    this.#flush();
  }
  #hunkLine(line) {
    const tag = line[0];
    if (tag === "+") {
      this.#newLeft--;
      if (this.#path !== void 0) this.#add(line.slice(1));
      this.#newLine++;
    } else if (tag === "-") {
      this.#oldLeft--;
    } else if (tag === " " || line === "") {
      this.#oldLeft--;
      this.#newLeft--;
      this.#newLine++;
    }
  }
  #add(text) {
    const clean = text.endsWith("\r") ? text.slice(0, -1) : text;
    const last = this.#numbers[this.#numbers.length - 1];
    if (last !== void 0 && last + 1 !== this.#newLine) this.#flush();
    this.#lines.push(clean);
    this.#numbers.push(this.#newLine);
    this.#chars += clean.length + 1;
    if (this.#chars >= this.#max) this.#flush();
  }
  /** A further piece of the added line just pushed: same line number, its own entry. */
  #addPiece(text) {
    const n = this.#numbers[this.#numbers.length - 1] ?? this.#newLine - 1;
    if (this.#chars >= this.#max) this.#flush();
    this.#lines.push(text);
    this.#numbers.push(n);
    this.#chars += text.length + 1;
  }
  #flush() {
    if (this.#path !== void 0 && this.#lines.length > 0) {
      this.#o.onFragment(
        { path: this.#path, text: this.#lines.join("\n"), lineNumbers: this.#numbers },
        this.#provenance
      );
    }
    this.#lines = [];
    this.#numbers = [];
    this.#chars = 0;
  }
};
function parseDiffPath(spec) {
  let s = spec.replace(/\t$/, "");
  if (s === "/dev/null") return void 0;
  if (s.startsWith('"') && s.endsWith('"')) s = unquoteC(s.slice(1, -1));
  return detach(s.startsWith("b/") ? s.slice(2) : s);
}
function detach(s) {
  return Buffer.from(s, "utf8").toString("utf8");
}
function unquoteC(s) {
  const bytes = [];
  const simple = { n: 10, t: 9, '"': 34, "\\": 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\") {
      for (const b of Buffer.from(c, "utf8")) bytes.push(b);
      continue;
    }
    const n = s[i + 1] ?? "";
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[n] ?? n.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/secrets/content-sniff.ts
var SNIFF_BYTES = 8192;
function classifyContent(head) {
  const n = Math.min(head.length, SNIFF_BYTES);
  if (n >= 2 && head[0] === 255 && head[1] === 254) return "utf16le";
  if (n >= 2 && head[0] === 254 && head[1] === 255) return "utf16be";
  let nul = 0;
  let control = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) {
      nul++;
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  if (n === 0) return "text";
  const pairs = Math.floor(n / 2);
  if (pairs >= 4 && oddNul >= pairs * 0.9 && control <= pairs * 0.05) return "utf16le";
  if (pairs >= 4 && evenNul >= pairs * 0.9 && control <= pairs * 0.05) return "utf16be";
  if (nul === 0) return control / n > 0.3 ? "binary" : "text";
  return nul <= Math.max(1, Math.min(16, n / 100)) && control / n < 0.05 ? "text" : "binary";
}
var LOCKFILE_SIGNATURES = [
  /^\{\s*"name":[^\n]*\n\s*"version":[^\n]*\n\s*"lockfileVersion":/,
  // npm package-lock.json / npm-shrinkwrap.json
  /^\{\s*"name":[^\n]*\n\s*"lockfileVersion":/,
  /^# THIS IS AN AUTOGENERATED FILE\. DO NOT EDIT THIS FILE DIRECTLY\.\n# yarn lockfile v1/,
  // yarn v1
  /^# This file is generated by running "yarn install"/,
  // yarn berry
  /^lockfileVersion: ['"]?\d/,
  // pnpm-lock.yaml
  /^# This file is automatically @generated by (?:Cargo|Poetry|uv)/,
  // Cargo.lock, poetry.lock
  /^version = \d+\nrequires-python = /,
  // uv.lock
  /^\{\s*"_readme": \[\s*"This file locks the dependencies/,
  // composer.lock
  /^(?:GEM|GIT|PATH)\n {2}remote: /,
  // Gemfile.lock
  /^\{\s*"version": \d+,\s*"dependencies": \{/,
  // packages.lock.json (NuGet)
  /^\{\s*"_meta": \{\s*"hash": \{\s*"sha256"/
  // Pipfile.lock
];
function looksLikeLockfile(headText) {
  const s = headText.replace(/\r\n/g, "\n");
  return LOCKFILE_SIGNATURES.some((re) => re.test(s));
}
var LOCKFILE_NAME = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|poetry\.lock|uv\.lock|composer\.lock|Gemfile\.lock|Pipfile\.lock|packages\.lock\.json|go\.sum)$/;

// src/ops/secrets-scan/steps/stream-git.ts
var GitStreamError = class extends Error {
  name = "GitStreamError";
  /** An unknown revision or a folder that is not a git repository: the caller's input. */
  usage = true;
};
async function streamGit(o) {
  const stderr = [];
  const result = await runCommand({
    file: "git",
    args: ["-c", "core.quotepath=false", "-c", "diff.noprefix=false", ...o.args],
    cwd: o.cwd,
    env: { GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" },
    signal: o.signal,
    maxBuffer: 64 * 1024,
    onLine: (line, stream, partial) => {
      if (stream === "stdout") o.onLine(line, partial);
      else if (stderr.length < 20) stderr.push(line);
    }
  });
  if (result.cancelled) throw new GitStreamError("git was cancelled");
  if (result.exitCode !== 0)
    throw new GitStreamError(
      `git ${o.args[0] ?? ""} failed (exit ${result.exitCode ?? "signal"}): ${o.redact(stderr.join("\n")).slice(0, 2e3)}`
    );
}

// src/ops/secrets-scan/steps/scan-git.ts
var DIFF_FLAGS = ["--no-color", "--no-ext-diff", "--no-textconv", "-U0", "--src-prefix=a/", "--dst-prefix=b/"];
async function scanDiff(o) {
  let from = o.base;
  await streamGit({
    cwd: o.cwd,
    args: ["merge-base", o.base, o.head],
    signal: o.signal,
    redact: o.redact,
    onLine: (l) => {
      if (l.trim()) from = l.trim();
    }
  }).catch(() => void 0);
  try {
    return await runDiffStream(o, ["diff", ...DIFF_FLAGS, from, o.head, "--"]);
  } catch (err) {
    if (err instanceof GitStreamError && /bad object|unknown revision|ambiguous argument|bad revision/.test(err.message)) {
      throw new GitStreamError(
        `${err.message}
The revisions ${o.base} and ${o.head} must both be in the clone: check out with full history (actions/checkout with fetch-depth: 0) or fetch the base branch first.`,
        { cause: err }
      );
    }
    throw err;
  }
}
async function scanHistory(o) {
  return runDiffStream(o, [
    "log",
    "-p",
    "--reverse",
    "--no-merges",
    `--format=${HISTORY_FORMAT}`,
    ...DIFF_FLAGS,
    ...o.revArgs,
    "--"
  ]);
}
async function scanPatchFile(o) {
  const { stream, files } = diffInto(o.session);
  await readLines(o.file, (line, partial) => stream.push(line, partial), o.signal);
  stream.end();
  return files.size;
}
function diffInto(session, binary) {
  const files = /* @__PURE__ */ new Set();
  const stream = new DiffStream({
    onBinary: (path) => binary?.add(path),
    onFragment: (fragment, provenance) => {
      if (LOCKFILE_NAME.test(fragment.path)) return;
      files.add(fragment.path);
      session.scan(fragment, provenance);
    }
  });
  return { stream, files };
}
async function runDiffStream(o, args) {
  const { stream, files } = diffInto(o.session, o.binary);
  await streamGit({
    cwd: o.cwd,
    args,
    signal: o.signal,
    redact: o.redact,
    onLine: (line, partial) => stream.push(line, partial)
  });
  stream.end();
  return files.size;
}
async function readAtRevision(o) {
  const lines = [];
  let chars = 0;
  try {
    await streamGit({
      cwd: o.cwd,
      args: ["show", `${o.rev}:${o.path}`],
      signal: o.signal,
      redact: o.redact,
      onLine: (l) => {
        if ((chars += l.length + 1) <= 1024 * 1024) lines.push(l);
      }
    });
  } catch {
    return void 0;
  }
  return lines.join("\n");
}

// src/ops/secrets-scan/steps/scan-tree.ts
import { constants } from "node:fs";
import { open, realpath as realpath2 } from "node:fs/promises";
import { join as join2, relative, resolve, sep as sep2 } from "node:path";

// src/ops/secrets-scan/steps/scan-file.ts
var STREAM_CHUNK_BYTES = 4 * 1024 * 1024;
var OVERLAP_CHARS = 16 * 1024;
var ENCODING = {
  text: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be"
};
async function scanFile(f) {
  const head = Buffer.alloc(Math.min(f.size, SNIFF_BYTES));
  const { bytesRead } = await f.fh.read(head, 0, head.length, 0);
  const kind = classifyContent(head.subarray(0, bytesRead));
  if (kind === "binary") return "binary";
  const utf16 = kind !== "text";
  if (!utf16 && looksLikeLockfile(head.subarray(0, bytesRead).toString("utf8"))) return "lockfile";
  const decoder = new TextDecoder(ENCODING[kind], { ignoreBOM: false });
  if (f.size <= f.maxFileBytes) {
    const buf = Buffer.allocUnsafe(f.size);
    let read = 0;
    while (read < f.size) {
      const r = await f.fh.read(buf, read, f.size - read, read);
      if (r.bytesRead === 0) break;
      read += r.bytesRead;
    }
    f.session.scan({ path: f.path, text: decoder.decode(buf.subarray(0, read)) });
    return { streamed: false, utf16 };
  }
  await streamFile(f, decoder);
  return { streamed: true, utf16 };
}
async function streamFile(f, decoder) {
  const buf = Buffer.allocUnsafe(STREAM_CHUNK_BYTES);
  let position = 0;
  let pending = "";
  let carry = "";
  let firstLine = 1;
  for (; ; ) {
    const { bytesRead } = await f.fh.read(buf, 0, buf.length, position);
    position += bytesRead;
    const done = bytesRead === 0;
    pending += done ? decoder.decode() : decoder.decode(buf.subarray(0, bytesRead), { stream: true });
    if (!done && pending.length < STREAM_CHUNK_BYTES / 2) continue;
    let cut = done ? pending.length : pending.lastIndexOf("\n") + 1;
    if (cut === 0) cut = pending.length;
    const chunk = pending.slice(0, cut);
    pending = pending.slice(cut);
    if (chunk.length > 0) {
      const carryLines = countLines(carry);
      f.session.scan({
        path: f.path,
        text: carry + chunk,
        firstLine: firstLine - carryLines,
        freshFrom: carryLines
      });
      firstLine += countLines(chunk);
      carry = tailLines(chunk, OVERLAP_CHARS);
    }
    if (done) return;
  }
}
function countLines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
function tailLines(s, max) {
  if (!s.endsWith("\n")) return "";
  const from = s.lastIndexOf("\n", s.length - 2) + 1;
  if (s.length - from > max) return "";
  let start = from;
  for (; ; ) {
    const prev = s.lastIndexOf("\n", start - 2) + 1;
    if (start === 0 || s.length - prev > max) return s.slice(start);
    start = prev;
  }
}

// src/ops/secrets-scan/steps/walk-tree.ts
import { opendir } from "node:fs/promises";
import { join } from "node:path";
var import_ignore = __toESM(require_ignore(), 1);
var MAX_LINKS = 1e4;
async function* walkTree(root, signal, links) {
  yield* walkDir(root, "", [], signal, links);
}
async function* walkDir(root, rel, levels, signal, links) {
  signal?.throwIfAborted();
  const abs = rel === "" ? root : join(root, rel);
  let here = levels;
  const gi = readGitignore(root, rel === "" ? ".gitignore" : `${rel}/.gitignore`);
  if (gi !== void 0) here = [...levels, { base: rel, ig: (0, import_ignore.default)().add(gi) }];
  const dir = await opendir(abs).catch(() => void 0);
  if (!dir) return;
  const entries = [];
  for await (const e of dir) {
    if (e.isSymbolicLink()) {
      const path = rel === "" ? e.name : `${rel}/${e.name}`;
      if (links && links.length < MAX_LINKS && !isIgnored(here, path, false)) links.push(path);
      continue;
    }
    if (e.isDirectory() && e.name !== ".git") entries.push({ name: e.name, isDir: true });
    else if (e.isFile()) entries.push({ name: e.name, isDir: false });
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const path = rel === "" ? e.name : `${rel}/${e.name}`;
    if (isIgnored(here, path, e.isDir)) continue;
    if (e.isDir) yield* walkDir(root, path, here, signal, links);
    else yield path;
  }
}
function isIgnored(levels, path, isDir) {
  for (const l of levels) {
    const sub = l.base === "" ? path : path.slice(l.base.length + 1);
    if (l.ig.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}
function readGitignore(root, rel) {
  const read = readInside(root, rel, { maxBytes: 1024 * 1024 });
  return read.kind === "bytes" ? read.bytes.toString("utf8") : void 0;
}

// src/ops/secrets-scan/steps/resolve-listed.ts
import { realpath, stat } from "node:fs/promises";
import { sep } from "node:path";
async function resolveListed(realRoot, abs) {
  let real;
  try {
    real = await realpath(abs);
  } catch (err) {
    const code = errorCode(err);
    return code === "ENOENT" || code === "ENOTDIR" ? { kind: "missing" } : { kind: "unreadable", code };
  }
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep))
    return { kind: "outside" };
  let st;
  try {
    st = await stat(real);
  } catch (err) {
    const code = errorCode(err);
    return code === "ENOENT" ? { kind: "missing" } : { kind: "unreadable", code };
  }
  return st.isFile() ? { kind: "file", real } : { kind: "not-file", type: fileType(st) };
}
function fileType(st) {
  return st.isDirectory() ? "folder" : st.isFIFO() ? "FIFO" : st.isSocket() ? "socket" : st.isCharacterDevice() || st.isBlockDevice() ? "device" : "not a regular file";
}
function errorCode(err) {
  return err instanceof Error && "code" in err && typeof err.code === "string" ? err.code : "unreadable";
}

// src/ops/secrets-scan/steps/scan-tree.ts
var SecretsPathError = class extends Error {
  name = "SecretsPathError";
  /** Bad input from the caller: faces answer exit code 2. */
  usage = true;
};
async function* listed(root, paths) {
  const base = resolve(root);
  for (const p of [...new Set(paths)].sort()) {
    const abs = resolve(base, p);
    if (abs !== base && !abs.startsWith(base + sep2))
      throw new SecretsPathError(
        `paths: "${p}" is outside the repository ${base}; expected a repository-relative file path`
      );
    yield relative(base, abs).split(sep2).join("/");
  }
}
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
var SKIPPED_NAMES = 20;
function skip(r, path, reason) {
  if (r.skippedCounts[reason]++ < SKIPPED_NAMES) r.skipped.push({ path, reason });
}
async function scanTree(o) {
  const r = {
    files: 0,
    streamed: 0,
    utf16: 0,
    skipped: [],
    skippedCounts: { binary: 0, lockfile: 0, unreadable: 0 },
    missing: [],
    outside: [],
    outsideLinks: [],
    notFiles: [],
    unreadable: []
  };
  const isListed = o.paths !== void 0 && o.paths.length > 0;
  const links = [];
  const source = isListed ? listed(o.root, o.paths ?? []) : walkTree(o.root, o.signal, links);
  const realRoot = isListed ? await realpath2(o.root).catch(() => resolve(o.root)) : "";
  for await (const path of source) {
    o.signal?.throwIfAborted();
    if (o.session.isAllowedPath(path)) {
      o.session.stats.skippedPaths++;
      continue;
    }
    let file = join2(o.root, path);
    if (isListed) {
      const t = await resolveListed(realRoot, file);
      if (t.kind === "missing") r.missing.push(path);
      else if (t.kind === "outside") r.outside.push(path);
      else if (t.kind === "not-file") r.notFiles.push({ path, type: t.type });
      else if (t.kind === "unreadable") r.unreadable.push({ path, code: t.code });
      if (t.kind !== "file") continue;
      file = t.real;
    }
    const fh = await open(file, OPEN_FLAGS).catch((err) => {
      const code = err instanceof Error && "code" in err ? String(err.code) : "unreadable";
      if (isListed) r.unreadable.push({ path, code });
      else skip(r, path, "unreadable");
      return void 0;
    });
    if (!fh) continue;
    try {
      const st = await fh.stat();
      if (!st.isFile()) {
        if (isListed) r.notFiles.push({ path, type: fileType(st) });
        continue;
      }
      const kind = await scanFile({ fh, size: st.size, path, session: o.session, maxFileBytes: o.maxFileBytes });
      if (kind === "binary" || kind === "lockfile") skip(r, path, kind);
      else {
        r.files++;
        if (kind.streamed) r.streamed++;
        if (kind.utf16) r.utf16++;
      }
    } catch (err) {
      if (err instanceof Error && err.name === "ScanAbortedError") throw err;
      skip(r, path, "unreadable");
    } finally {
      await fh.close();
    }
  }
  for (const path of links) {
    o.signal?.throwIfAborted();
    if ((await resolveInsideAsync(o.root, path)).kind === "outside") r.outsideLinks.push(path);
  }
  r.outsideLinks.sort();
  return r;
}

// src/secrets/ignore-list.ts
var SecretsIgnoreError = class extends Error {
  name = "SecretsIgnoreError";
  /** Bad input from the caller: faces answer exit code 2. */
  usage = true;
  file;
  line;
  constructor(file, line, text) {
    super(
      `${file}:${line}:1: "${text.slice(0, 80)}" is not an ignore entry; expected "rule-id:path:hash" (a finding's fingerprint) or "sha256:hash" (a value allowed everywhere)`
    );
    this.file = file;
    this.line = line;
  }
};
var HASH = /^[0-9a-f]{12,64}$/;
function parseIgnoreList(text, file = ".oda-secrets-ignore") {
  const fingerprints = /* @__PURE__ */ new Set();
  const hashes = /* @__PURE__ */ new Set();
  text.split(/\r?\n/).forEach((raw, i) => {
    const entry = raw.replace(/\s#.*$/, "").trim();
    if (entry === "" || entry.startsWith("#")) return;
    if (entry.startsWith("sha256:") && HASH.test(entry.slice(7))) {
      hashes.add(entry.slice(7));
      return;
    }
    const first = entry.indexOf(":");
    const last = entry.lastIndexOf(":");
    if (first > 0 && last > first && HASH.test(entry.slice(last + 1))) {
      fingerprints.add(entry);
      return;
    }
    throw new SecretsIgnoreError(file, i + 1, entry);
  });
  return { fingerprints, hashes };
}
function isIgnored2(list, fingerprint, hash) {
  if (list.hashes.has(hash)) return true;
  for (const h of list.hashes) if (hash.startsWith(h)) return true;
  return list.fingerprints.has(fingerprint);
}

// src/secrets/scan-session.ts
var import_ignore2 = __toESM(require_ignore(), 1);

// src/secrets/scan-text.ts
var INLINE_ALLOW = /\b(?:oda|gitleaks):allow\b/;
var ScanAbortedError = class extends Error {
  name = "ScanAbortedError";
};
var STOP_CHECK_EVERY = 256;
function scanText(fragment, compiled, shouldStop) {
  const { text, path } = fragment;
  const { rules, rulesByKeyword, regexes } = compiled;
  const lastLineOfRule = new Int32Array(rules.length).fill(-1);
  const jobs = [];
  compiled.matcher.scan(text, (kw, _end, line, lineStart) => {
    for (const ri of rulesByKeyword[kw]) {
      if (lastLineOfRule[ri] === line) continue;
      lastLineOfRule[ri] = line;
      jobs.push({ rule: ri, line, lineStart });
    }
  });
  for (const ri of compiled.fileRules) {
    if (!rules[ri].paths.test(path)) continue;
    for (let line = 0, start = 0; start <= text.length; line++) {
      const nl = text.indexOf("\n", start);
      jobs.push({ rule: ri, line, lineStart: start });
      if (nl < 0) break;
      start = nl + 1;
    }
  }
  if (jobs.length === 0) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const firstLine = fragment.firstLine ?? 1;
  const freshFrom = fragment.freshFrom ?? 0;
  const realLine = (i) => fragment.lineNumbers?.[i] ?? firstLine + i;
  const pathOk = /* @__PURE__ */ new Map();
  const allowCache = /* @__PURE__ */ new Map();
  const lineAllowed = (start) => {
    let v = allowCache.get(start);
    if (v === void 0) allowCache.set(start, v = INLINE_ALLOW.test(text.slice(start, endOfLine(text, start))));
    return v;
  };
  const cursors = /* @__PURE__ */ new Map();
  const fileOk = /* @__PURE__ */ new Map();
  for (let ji = 0; ji < jobs.length; ji++) {
    if (shouldStop && ji % STOP_CHECK_EVERY === 0 && shouldStop()) throw new ScanAbortedError("scan cancelled");
    const job = jobs[ji];
    const rule = rules[job.rule];
    if (rule.paths) {
      let ok = pathOk.get(job.rule);
      if (ok === void 0) pathOk.set(job.rule, ok = rule.paths.test(path));
      if (!ok) continue;
    }
    const lineEnd = endOfLine(text, job.lineStart);
    if (rule.fileMatches) {
      let ok = fileOk.get(job.rule);
      if (ok === void 0) fileOk.set(job.rule, ok = rule.fileMatches.test(text));
      if (!ok) continue;
    }
    if (rule.block) {
      let c = cursors.get(job.rule);
      if (!c) cursors.set(job.rule, c = { open: -1, end: -1 });
      const found = matchBlock({ rule, text, lineStart: job.lineStart, lineEnd, re: regexes[job.rule], cursors: c });
      let counted = found[0]?.start ?? 0;
      let lineOf = job.line;
      for (const f of found) {
        const at = f.start + f.offset;
        lineOf += countNewlines(text.slice(counted, at));
        counted = at;
        const startOfLine = text.lastIndexOf("\n", at - 1) + 1;
        const endAt = at + f.secret.length;
        const allowed = lineAllowed(startOfLine) || lineAllowed(text.lastIndexOf("\n", endAt - 1) + 1);
        const key = `${rule.id}:${at}`;
        if (seen.has(key) || lineOf + countNewlines(f.secret) < freshFrom) continue;
        seen.add(key);
        out.push({
          rule,
          secret: f.secret,
          line: realLine(lineOf),
          endLine: realLine(lineOf + countNewlines(f.secret)),
          column: at - startOfLine + 1,
          validation: rule.validate?.(f.secret) ?? "unchecked",
          ...allowed ? { inlineAllowed: true } : {}
        });
      }
      continue;
    }
    const windowEnd = rule.multiline ? Math.min(text.length, job.lineStart + rule.multiline) : lineEnd;
    const window = text.slice(job.lineStart, windowEnd);
    const re = regexes[job.rule];
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (rule.multiline && m.index > lineEnd - job.lineStart) break;
      const candidate = accept(rule, m, path, job.lineStart, text, lineAllowed);
      if (!candidate) continue;
      const offset = job.lineStart + m.index;
      const key = `${rule.id}:${offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const extraLines = countNewlines(m[0]);
      if (job.line + extraLines < freshFrom) continue;
      const lead = rule.multiline && rule.secretGroup !== 0 ? m[0].slice(0, m[0].lastIndexOf(candidate.secret)) : "";
      const leadLines = countNewlines(lead);
      out.push({
        rule,
        secret: candidate.secret,
        line: realLine(job.line + leadLines),
        endLine: realLine(job.line + extraLines),
        column: leadLines > 0 ? lead.length - lead.lastIndexOf("\n") : m.index + 1,
        validation: candidate.validation,
        ...candidate.allowed ? { inlineAllowed: true } : {}
      });
    }
  }
  return dropDuplicates(dropShadowedGeneric(out), rules);
}
function dropDuplicates(found, rules) {
  if (found.length < 2) return found;
  const order = new Map(rules.map((r, i) => [r, i]));
  const first = /* @__PURE__ */ new Map();
  for (const c of found) {
    const key = `${c.line}\0${c.secret}`;
    const i = order.get(c.rule);
    if ((first.get(key) ?? Infinity) > i) first.set(key, i);
  }
  return found.filter((c) => first.get(`${c.line}\0${c.secret}`) === order.get(c.rule));
}
function dropShadowedGeneric(found) {
  const specificByLine = /* @__PURE__ */ new Map();
  for (const c of found) {
    if (c.rule.id === "generic-api-key") continue;
    const list = specificByLine.get(c.line);
    if (list) list.push(c);
    else specificByLine.set(c.line, [c]);
  }
  if (specificByLine.size === 0) return found;
  return found.filter(
    (c) => c.rule.id !== "generic-api-key" || !(specificByLine.get(c.line) ?? []).some((s) => s.secret.includes(c.secret) || c.secret.includes(s.secret))
  );
}
function accept(rule, m, path, lineStart, text, lineAllowed) {
  const secret = m[rule.secretGroup] ?? "";
  if (secret.length === 0) return void 0;
  if (rule.entropy !== void 0 && shannonEntropy(secret) < rule.entropy) return void 0;
  if (!rule.noPlaceholderCheck && isPlaceholder(secret)) return void 0;
  if (rule.reject?.(m, text.slice(lineStart, endOfLine(text, lineStart)), path)) return void 0;
  if (inAssetName(text, lineStart + m.index + m[0].length)) return void 0;
  let allowed = lineAllowed(lineStart);
  if (!allowed && rule.multiline) {
    const endAt = lineStart + m.index + m[0].length;
    allowed = lineAllowed(text.lastIndexOf("\n", endAt - 1) + 1);
  }
  return { secret, validation: rule.validate?.(secret) ?? "unchecked", allowed };
}
var ASSET_EXTENSION = /^\.(?:png|jpe?g|gif|svg|ico|webp|avif|bmp|css|js|mjs|cjs|map|woff2?|ttf|otf|eot|html?|mp4|webm|mp3|wasm)(?![\w-])/i;
function inAssetName(text, end) {
  return text.charCodeAt(end) === 46 && ASSET_EXTENSION.test(text.slice(end, end + 8));
}
function matchBlock(b) {
  const block = b.rule.block;
  const line = b.text.slice(b.lineStart, b.lineEnd);
  b.re.lastIndex = 0;
  const m = b.re.exec(line);
  if (!m || b.rule.reject?.(m, line, "")) return [];
  const start = b.lineStart + m.index;
  const after = start + m[0].length;
  if (b.cursors.open < after) {
    const at = b.text.indexOf(block.open, after);
    b.cursors.open = at < 0 ? Infinity : at;
  }
  let stop;
  if (block.end) {
    if (b.cursors.end < after) {
      const at = b.text.indexOf(block.end.marker, after);
      b.cursors.end = at < 0 ? Infinity : at;
    }
    const endAt = b.cursors.end;
    if (endAt === Infinity || b.cursors.open < endAt || endAt - start > block.maxChars) return [];
    const close = b.text.indexOf(block.end.close, endAt + block.end.marker.length);
    if (close < 0 || close - endAt > 200) return [];
    stop = close + block.end.close.length;
  } else {
    stop = Math.min(b.cursors.open, start + block.maxChars, b.text.length);
  }
  return block.extract(b.text.slice(start, stop)).map((f) => ({ start, offset: f.offset, secret: f.secret })).sort((x, y) => x.offset - y.offset);
}
function endOfLine(text, from) {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}
function countNewlines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

// src/secrets/secret-digest.ts
import { createHash } from "node:crypto";
function secretHash(secret) {
  return createHash("sha256").update(secret).digest("hex").slice(0, 28);
}
function secretPreview(secret) {
  return `${secret.slice(0, Math.min(4, Math.floor(secret.length / 3)))}\u2026(${secret.length})`;
}
function secretFingerprint(ruleId, path, hash) {
  return `${ruleId}:${path}:${hash}`;
}

// src/secrets/secret-finding.ts
var levelOf = { high: "failure", medium: "warning", low: "notice" };
function toSecretFinding(c, path, provenance) {
  const hash = secretHash(c.secret);
  const confidence = c.validation === "valid" ? "high" : c.validation === "invalid" ? "low" : "medium";
  const preview = secretPreview(c.secret);
  const props = {
    severity: c.rule.severity,
    confidence,
    secretPreview: preview,
    secretHash: hash,
    secretLength: c.secret.length,
    ...provenance
  };
  const note = confidence === "low" ? " Its checksum or structure does not verify, so it is probably not a live credential." : confidence === "high" ? " Its checksum or structure verifies." : "";
  const where = provenance ? ` Introduced in ${provenance.commit.slice(0, 12)} by ${provenance.author} on ${provenance.date}.` : "";
  return {
    path,
    line: c.line,
    ...c.endLine !== c.line ? { endLine: c.endLine } : {},
    column: c.column,
    level: confidence === "low" ? "notice" : levelOf[c.rule.severity],
    ruleId: c.rule.id,
    title: c.rule.description,
    message: `${c.rule.description}: ${preview} sha256:${hash.slice(0, 12)}.${note}${where} ${c.rule.redact === false ? "Change the script so secrets come from the environment and never reach the terminal or log" : "Revoke it, then remove it"}; mark a false positive with oda:allow.`,
    fingerprint: secretFingerprint(c.rule.id, path, hash),
    properties: { ...props }
  };
}

// src/secrets/scan-session.ts
var SUPPRESSED_LISTED = 50;
var FINDING_CAPS = { perFile: 100, perRule: 1e3 };
var ScanSession = class {
  findings = [];
  stats = {
    fragments: 0,
    bytes: 0,
    skippedPaths: 0,
    ignoredByFile: 0,
    baselined: 0,
    inlineAllowed: 0,
    inlineAllowOverridden: 0,
    suppressed: [],
    notShown: { total: 0, byRule: {}, byFile: {}, bySeverity: { high: 0, medium: 0, low: 0 } }
  };
  #perFile = /* @__PURE__ */ new Map();
  #perRule = /* @__PURE__ */ new Map();
  #o;
  #allow;
  #seen = /* @__PURE__ */ new Set();
  constructor(o) {
    this.#o = o;
    this.#allow = o.allowPaths && o.allowPaths.length > 0 ? (0, import_ignore2.default)().add([...o.allowPaths]) : void 0;
  }
  /** True when the config's allowlist excludes `path` from scanning. */
  isAllowedPath(path) {
    return this.#allow?.ignores(path) ?? false;
  }
  /** Scans one fragment and records its findings, minus the suppressed ones. */
  scan(fragment, provenance) {
    if (this.isAllowedPath(fragment.path)) {
      this.stats.skippedPaths++;
      return;
    }
    this.stats.fragments++;
    this.stats.bytes += fragment.text.length;
    for (const c of scanText(fragment, this.#o.compiled, this.#o.shouldStop)) {
      let f = toSecretFinding(c, fragment.path, provenance);
      const hash = secretHash(c.secret);
      if (this.#o.ignoreList && isIgnored2(this.#o.ignoreList, f.fingerprint ?? "", hash)) {
        this.stats.ignoredByFile++;
        this.#suppress(f, "ignore-file");
        continue;
      }
      if (this.#o.baseline?.has(f.ruleId, hash)) {
        this.stats.baselined++;
        this.#suppress(f, "baseline");
        continue;
      }
      if (c.inlineAllowed) {
        if ((this.#o.inlineAllow ?? "honour") === "honour") {
          this.stats.inlineAllowed++;
          this.#suppress(f, "inline-allow");
          continue;
        }
        this.stats.inlineAllowOverridden++;
        f = {
          ...f,
          message: `${f.message} The oda:allow on this line is part of the change itself, so it does not suppress the change's own finding; allow it in the base branch's ignore file once reviewed.`
        };
      }
      if (this.#o.firstOccurrenceOnly) {
        if (this.#seen.has(f.fingerprint ?? "")) continue;
        this.#seen.add(f.fingerprint ?? "");
      }
      this.#keep(f, c.rule.severity);
    }
  }
  #suppress(f, reason) {
    if (this.stats.suppressed.length < SUPPRESSED_LISTED)
      this.stats.suppressed.push({ ruleId: f.ruleId, path: f.path, line: f.line ?? 0, reason });
  }
  /** Keeps a finding unless its file or rule is at its cap; then it is only counted. */
  #keep(f, severity) {
    const inFile = this.#perFile.get(f.path) ?? 0;
    const inRule = this.#perRule.get(f.ruleId) ?? 0;
    if (inFile < FINDING_CAPS.perFile && inRule < FINDING_CAPS.perRule) {
      this.#perFile.set(f.path, inFile + 1);
      this.#perRule.set(f.ruleId, inRule + 1);
      this.findings.push(f);
      return;
    }
    const ns = this.stats.notShown;
    ns.total++;
    ns.byRule[f.ruleId] = (ns.byRule[f.ruleId] ?? 0) + 1;
    ns.byFile[f.path] = (ns.byFile[f.path] ?? 0) + 1;
    if (f.properties?.confidence !== "low") ns.bySeverity[severity]++;
  }
};

// src/secrets/baseline.ts
var import_yaml = __toESM(require_dist(), 1);
var BaselineError = class extends Error {
  name = "BaselineError";
  /** Bad input from the caller: faces answer exit code 2. */
  usage = true;
  constructor(file, reason, options) {
    super(`${file}: ${reason}; expected the JSON report of an earlier \`oda secrets scan --format json\` run`, options);
  }
};
function jsonErrorPosition(text) {
  const pos = (0, import_yaml.parseDocument)(text).errors[0]?.linePos?.[0];
  return pos ? `${pos.line}:${pos.col}` : "1:1";
}
function parseBaseline(text, file) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(
      `${file}:${jsonErrorPosition(text)}`,
      `not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      { cause: err }
    );
  }
  const findings = findFindings(doc);
  if (!findings) throw new BaselineError(file, 'no "findings" array found');
  const out = [];
  for (const rec of findings) {
    if (!isRecord(rec)) continue;
    const props = isRecord(rec.properties) ? rec.properties : {};
    const hash = typeof props.secretHash === "string" ? props.secretHash : void 0;
    if (typeof rec.ruleId !== "string" || hash === void 0) continue;
    out.push({
      ruleId: rec.ruleId,
      hash,
      path: String(rec.path ?? ""),
      line: typeof rec.line === "number" ? rec.line : 1
    });
  }
  return out;
}
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function findFindings(doc) {
  if (!isRecord(doc)) return void 0;
  const rec = doc;
  if (Array.isArray(rec.findings)) return rec.findings;
  for (const key of ["report", "result"]) {
    const inner = findFindings(rec[key]);
    if (inner) return inner;
  }
  return void 0;
}
var BaselineMatcher = class {
  #entries;
  #seen = /* @__PURE__ */ new Set();
  constructor(entries) {
    this.#entries = new Map(entries.map((e) => [`${e.ruleId}:${e.hash}`, e]));
  }
  /** True (and remembered) when the finding is in the baseline. */
  has(ruleId, hash) {
    const key = `${ruleId}:${hash}`;
    if (!this.#entries.has(key)) return false;
    this.#seen.add(key);
    return true;
  }
  /** Baseline entries no finding matched in this scan. */
  stale() {
    return [...this.#entries].filter(([k]) => !this.#seen.has(k)).map(([, e]) => e);
  }
  get size() {
    return this.#entries.size;
  }
};

export {
  parseIgnoreList,
  FINDING_CAPS,
  ScanSession,
  BaselineError,
  parseBaseline,
  BaselineMatcher,
  readLines,
  DiffStream,
  scanDiff,
  scanHistory,
  scanPatchFile,
  readAtRevision,
  SecretsPathError,
  scanTree
};
