import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  defaultDataDir
} from "./chunk-SIJH5WKV.js";
import {
  ExitCode
} from "./chunk-KQS5XTYR.js";
import {
  InputError,
  isUsageError
} from "./chunk-ADIGWMAD.js";
import {
  ConfigError
} from "./chunk-NEK22LCI.js";
import {
  allOps,
  findOp
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
  didYouMean
} from "./chunk-HFEUIW6P.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/cli/hosted-faces.ts
var noHostedFaces = {
  action: () => unavailable("action"),
  hasAppCredentials: async () => false,
  serveAppOrSandbox: () => unavailable("start"),
  sandboxPr: () => unavailable("sandbox"),
  serve: () => unavailable("serve"),
  mcp: () => unavailable("mcp")
};
function unavailable(command) {
  throw new UsageError(`oda ${command} is not available here (run the oda binary)`);
}

// src/cli/global-options.ts
function takeGlobalOptions(argv) {
  const options = {
    format: "text",
    help: false,
    dataDir: void 0,
    evidence: false,
    evidenceRoot: void 0,
    quiet: false
  };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    const value = () => {
      if (inline !== void 0) return inline;
      const v = argv[++i];
      if (v === void 0 || v.startsWith("--")) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === "--format" || name === "-f") options.format = value();
    else if (name === "--help" || name === "-h") options.help = true;
    else if (name === "--data-dir") options.dataDir = value();
    else if (name === "--evidence") {
      options.evidence = true;
      if (inline !== void 0) options.evidenceRoot = inline;
    } else if (name === "--quiet" || name === "-q") options.quiet = true;
    else rest.push(arg);
  }
  return { options, rest };
}

// src/cli/main-help.ts
function mainHelp(ops) {
  const width = Math.max(...ops.map((o) => o.name.length), 28) + 4;
  return [
    "oda: the Odoo DevOps Agent",
    "",
    "usage: oda <command> [args] [--format text|json|...] [--help]",
    "",
    "commands:",
    "  check [dir]".padEnd(width) + "run every enabled PR check on a repository folder",
    "  ops".padEnd(width) + "list operations with their input schemas",
    "  runs list | runs show <id>".padEnd(width) + "recorded runs",
    "  evidence verify <dir>".padEnd(width) + "check evidence packs and their chain",
    "  evidence [dir]".padEnd(width) + "run the checks and write evidence packs under <dir>/docs/evidence",
    "  config validate [dir]".padEnd(width) + "validate .github/oda.yml",
    "  start [--once]".padEnd(width) + "the main job: check examples/odoo-shop, then serve the sandbox (or the App)",
    "  mcp [--repo name=<dir>]...".padEnd(width) + "serve the ops as MCP tools over stdio (agents, editors)",
    "  serve [--repo name=<dir>]... [--port n]".padEnd(width) + "REST API /api/v1 and MCP /mcp over HTTP, with API keys",
    "  keys create | list | revoke".padEnd(width) + "API keys for oda serve (REST and MCP over HTTP)",
    "  sandbox pr --head <branch>".padEnd(width) + "open a PR on a simulated GitHub and print its check runs",
    "",
    "operations:",
    ...ops.map((o) => `  ${o.name.replaceAll(".", " ")}`.padEnd(width) + o.summary),
    "",
    "exit codes: 0 ok, 1 problems found or run failed, 2 usage or config error, 3 internal error",
    ""
  ].join("\n");
}

// src/cli/resolve-op.ts
function resolveOp(ops, words, commands2) {
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const name = words.slice(0, n).join(".");
    const op = ops.find((o) => o.name === name);
    if (op) return { op, args: words.slice(n) };
  }
  const first = words[0] ?? "";
  const family = ops.filter((o) => o.name.split(".")[0] === first);
  if (family.length > 0) {
    throw new UsageError(
      `"oda ${first}" needs a subcommand: ${family.map((o) => o.name.split(".").slice(1).join(" ")).join(", ")}`
    );
  }
  const names = [...commands2, ...new Set(ops.map((o) => o.name.split(".")[0]))];
  const hint = didYouMean(first, names);
  throw new UsageError(
    `unknown command "${first}"${hint ? `; did you mean "${hint}"?` : ""}`,
    'run "oda --help" for the list of commands'
  );
}

// src/cli/run-cli.ts
var commands = [
  "check",
  "ops",
  "runs",
  "evidence",
  "config",
  "start",
  "sandbox",
  "action",
  "mcp",
  "keys",
  "serve",
  "help"
];
async function runCli(argv, io, hosts = noHostedFaces) {
  try {
    const { options, rest } = takeGlobalOptions(argv);
    const dataDir = options.dataDir ?? defaultDataDir(io.env);
    const store = async () => (await import("./chunk-2FJQKMA2.js")).openStore({ dataDir, databaseUrl: io.env["DATABASE_URL"] });
    const [command, ...args] = rest;
    if (command === "help" && args.length > 0) return await runCli([...args, "--help"], io, hosts);
    if (command === void 0 || command === "help") {
      io.out(mainHelp(allOps()));
      return command === void 0 && !options.help ? ExitCode.usage : ExitCode.ok;
    }
    if (command === "--version") {
      io.out("oda 0.1.0\n");
      return ExitCode.ok;
    }
    switch (command) {
      case "check": {
        const { checkCommand } = await import("./chunk-ZF4THJMG.js");
        return await checkCommand({ args, options, io, openStore: store, dataDir });
      }
      case "ops": {
        const { opsCommand } = await import("./chunk-CW4IXIYG.js");
        return opsCommand({ args, options, io });
      }
      case "runs": {
        const { runsCommand } = await import("./chunk-B4YBYX67.js");
        return await runsCommand({ args, options, io, openStore: store });
      }
      case "evidence": {
        const { evidenceCommand } = await import("./chunk-X7RBG4XT.js");
        return await evidenceCommand({ args, options, io, openStore: store, dataDir });
      }
      case "config": {
        const { configCommand } = await import("./chunk-5WKHGP7B.js");
        return await configCommand({ args, options, io });
      }
      case "start": {
        const { startCommand } = await import("./chunk-QJTTNIMM.js");
        return await startCommand({ args, options, io, openStore: store, dataDir, hosts });
      }
      case "serve": {
        return await hosts.serve({ args, options, io, openStore: store, dataDir });
      }
      case "keys": {
        const { keysCommand } = await import("./chunk-64E4BQPN.js");
        return await keysCommand({ args, options, io, openStore: store });
      }
      case "mcp": {
        const { mcpCommand } = await import("./chunk-EJEFU6QV.js");
        return await mcpCommand({ args, options, io, openStore: store, dataDir, hosts });
      }
      case "sandbox": {
        const { sandboxPrCommand } = await import("./chunk-S3D72FL3.js");
        return await sandboxPrCommand({ args, options, io, hosts });
      }
      case "action": {
        const op = findOp(args[0] ?? "");
        if (!op || args.length !== 1)
          throw new UsageError(
            `usage: oda action <op name>; known: ${allOps().map((o) => o.name).join(", ")}`
          );
        return await hosts.action(op, io.env);
      }
    }
    const found = resolveOp(allOps(), rest, [...commands]);
    const { runOpCommand } = await import("./chunk-QPDQFQ27.js");
    return await runOpCommand({ op: found.op, args: found.args, options, io, openStore: store, dataDir });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`oda: ${error.message}
${error.hint ? `${error.hint}
` : ""}`);
      return ExitCode.usage;
    }
    if (error instanceof ConfigError) {
      io.err(`oda: invalid configuration
${error.message}
`);
      return ExitCode.usage;
    }
    if (error instanceof InputError || isUsageError(error)) {
      io.err(`oda: ${error.message}
`);
      return ExitCode.usage;
    }
    io.err(`oda: internal error: ${error instanceof Error ? error.message : String(error)}
`);
    return ExitCode.internal;
  }
}
export {
  runCli
};
