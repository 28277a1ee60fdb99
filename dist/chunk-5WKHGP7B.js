import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  assertRepoDir,
  loadCliConfig
} from "./chunk-G746FLH4.js";
import "./chunk-KIAVAXJG.js";
import {
  configRedactor
} from "./chunk-SQSYLVYG.js";
import "./chunk-NEK22LCI.js";
import "./chunk-RGNHKACQ.js";
import "./chunk-INJCVSTR.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-VL3VX4V6.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-L3URI5J3.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-2OWDFRQR.js";
import "./chunk-4CEKIALU.js";
import "./chunk-T3AJA6AO.js";
import "./chunk-HFEUIW6P.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/cli/commands/config-command.ts
import { resolve } from "node:path";
async function configCommand(o) {
  const [sub, dirArg, ...extra] = o.args;
  if (o.options.help || sub !== "validate" || extra.length > 0 || dirArg?.startsWith("-")) {
    if (!o.options.help) throw new UsageError("usage: oda config validate [dir] [--format text|json]");
    o.io.out(
      "usage: oda config validate [dir] [--format text|json]\n\nValidates .github/oda.yml (and what it extends) and prints the effective config.\n"
    );
    return 0;
  }
  if (o.options.format !== "text" && o.options.format !== "json")
    throw new UsageError(`oda config validate prints text or json, not "${o.options.format}"`);
  const dir = resolve(o.io.cwd, dirArg ?? ".");
  assertRepoDir(dir, dirArg ?? ".");
  const { config, files } = await loadCliConfig(dir, o.io);
  const redactor = configRedactor();
  if (o.options.format === "json") o.io.out(redactor.redact(JSON.stringify({ files, config }, null, 2)) + "\n");
  else o.io.out(files.length === 0 ? "no .github/oda.yml: defaults apply\n" : `valid: ${files.join(" <- ")}
`);
  return 0;
}
export {
  configCommand
};
