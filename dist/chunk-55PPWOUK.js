import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-LLZWU5YC.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-2IYFSDN7.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-LQKNKJLN.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-ZCSNRZAY.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  serve: async (command) => (await import("./chunk-VM37QBTR.js")).serveCommand(command),
  mcp: async (o) => (await import("./chunk-HIJ53KB4.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
