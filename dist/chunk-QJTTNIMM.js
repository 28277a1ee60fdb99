import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-DMVP4S5U.js";
import "./chunk-OGVJ5G3N.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-33CNMSSO.js";
import "./chunk-OEKSQ5ZW.js";
import "./chunk-MUABRNOO.js";
import "./chunk-NGDJFKZU.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-RKDZALLL.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-G746FLH4.js";
import "./chunk-KIAVAXJG.js";
import "./chunk-SQSYLVYG.js";
import "./chunk-NEK22LCI.js";
import "./chunk-RGNHKACQ.js";
import "./chunk-INJCVSTR.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-LJALDYRS.js";
import "./chunk-VL3VX4V6.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-L3URI5J3.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-NSCG2XAA.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-2OWDFRQR.js";
import "./chunk-4CEKIALU.js";
import "./chunk-T3AJA6AO.js";
import "./chunk-HFEUIW6P.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/cli/commands/start-command.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var usage = "usage: oda start [--once] [dir]";
async function startCommand(o) {
  if (o.options.help) {
    o.io.out(
      `${usage}

Without GitHub App credentials: prints the check report of examples/odoo-shop, then serves the
sandbox (simulated GitHub + the oda App) until Ctrl-C. With APP_ID, PRIVATE_KEY and WEBHOOK_SECRET:
serves the App. --once prints the report and exits.
`
    );
    return 0;
  }
  const once = o.args.includes("--once");
  const rest = o.args.filter((a) => a !== "--once");
  if (rest.length > 1 || rest.some((a) => a.startsWith("--")))
    throw new UsageError(`unexpected arguments: ${rest.join(" ")}`, usage);
  if (!once && await o.hosts.hasAppCredentials(o.io.env))
    return o.hosts.serveAppOrSandbox({ env: o.io.env, out: o.io.out, signal: o.signal });
  const example = join(o.io.cwd, "examples", "odoo-shop");
  const dir = rest[0] ?? (existsSync(example) ? example : o.io.cwd);
  o.io.out(`oda start: running every enabled check on ${dir}...
`);
  const verdict = await checkCommand({ ...o, args: [dir] });
  if (once) return verdict;
  o.io.out("\n");
  return o.hosts.serveAppOrSandbox({ env: o.io.env, out: o.io.out, signal: o.signal });
}
export {
  startCommand
};
