import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  formatsOf
} from "./chunk-RKDZALLL.js";
import "./chunk-3MTOEWIP.js";
import {
  allOps
} from "./chunk-RGNHKACQ.js";
import "./chunk-INJCVSTR.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-L3URI5J3.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-T3AJA6AO.js";
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/cli/commands/ops-command.ts
function opsCommand(o) {
  if (o.options.help) {
    o.io.out(
      "usage: oda ops [--format text|json]\n\nLists every operation; --format json adds the JSON Schema of each input.\n"
    );
    return 0;
  }
  if (o.args.length > 0) throw new UsageError(`oda ops takes no arguments, got: ${o.args.join(" ")}`);
  const ops = allOps();
  if (o.options.format === "json") {
    const list = ops.map((op) => ({
      name: op.name,
      command: `oda ${op.name.replaceAll(".", " ")}`,
      summary: op.summary,
      check: op.check ? `oda / ${op.check.name}` : void 0,
      sideEffects: op.sideEffects ?? false,
      formats: formatsOf(op),
      input: external_exports.toJSONSchema(op.input, { io: "input", unrepresentable: "any" })
    }));
    o.io.out(JSON.stringify(list, null, 2) + "\n");
  } else if (o.options.format === "text") {
    const width = Math.max(...ops.map((op) => op.name.length)) + 2;
    for (const op of ops)
      o.io.out(`${op.name.padEnd(width)}${op.summary}${op.check ? `  [check: oda / ${op.check.name}]` : ""}
`);
  } else throw new UsageError(`oda ops prints text or json, not "${o.options.format}"`);
  return 0;
}
export {
  opsCommand
};
