import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  describeNeighborhood,
  renderGraphText
} from "./chunk-T3AJA6AO.js";
import {
  didYouMean
} from "./chunk-HFEUIW6P.js";
import {
  loadAddonsWorkspace
} from "./chunk-XRRY7VJR.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import {
  countOf
} from "./chunk-5EMOXPVE.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/manifest-graph/run.ts
import { resolve } from "node:path";

// src/odoo/graph/search-addons.ts
function searchAddons(g, query, limit = 20) {
  const words = query.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return [];
  const q = words.join("_");
  const hits = [];
  for (const addon of g.addons.values()) {
    const name = addon.name.toLowerCase();
    const summary = addon.summary.toLowerCase();
    if (!words.every((w) => name.includes(w) || summary.includes(w))) continue;
    let score = name === q ? 100 : name.startsWith(q) ? 50 : 0;
    for (const w of words) score += name.includes(w) ? 10 : 0;
    for (const w of words) score += summary.includes(w) ? 2 : 0;
    if (addon.onDisk) score += 1;
    hits.push({ addon, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.addon.name.localeCompare(b.addon.name)).slice(0, limit);
}

// src/ops/manifest-graph/graph-usage-error.ts
var GraphUsageError = class extends Error {
  name = "GraphUsageError";
  usage = true;
};

// src/ops/manifest-graph/run.ts
async function runManifestGraph(ctx, input) {
  if (input.to && !input.addon)
    throw new GraphUsageError("--to needs an addon: oda manifest graph <addon> --to <other>");
  if (!input.addon && !input.search)
    throw new GraphUsageError(
      "name an addon or a search: oda manifest graph <addon> | oda manifest graph --search <words>"
    );
  const cfg = ctx.config.manifest;
  const root = resolve(ctx.cwd, input.dir);
  const ws = await ctx.step(
    "scan",
    async () => loadAddonsWorkspace({
      root,
      series: cfg.series,
      reposFile: cfg.reposFile,
      mountsFile: cfg.mountsFile,
      addonsPaths: cfg.addonsPaths,
      odooSourcePath: cfg.odooSourcePath,
      maxManifestBytes: cfg.maxManifestBytes
    })
  );
  const matches = input.search ? searchAddons(ws.graph, input.search).map((h) => ({
    name: h.addon.name,
    summary: h.addon.summary,
    score: h.score
  })) : [];
  if (!input.addon) {
    return makeReport({
      conclusion: "success",
      title: `manifest graph: ${countOf(matches.length, "addon")} ${matches.length === 1 ? "matches" : "match"} "${input.search}"`,
      summary: matches.map((m) => `- \`${m.name}\`: ${m.summary}`).join("\n"),
      data: { schemaVersion: 1, center: null, matches }
    });
  }
  const view = describeNeighborhood({
    graph: ws.graph,
    center: input.addon,
    depth: input.depth,
    to: input.to || void 0
  });
  if (!view) {
    const close = didYouMean(input.addon, [...ws.graph.addons.keys()]);
    const suggestions = [
      .../* @__PURE__ */ new Set([
        ...close ? [close] : [],
        ...searchAddons(ws.graph, input.addon.replaceAll("_", " "), 5).map((h) => h.addon.name)
      ])
    ];
    return makeReport({
      conclusion: "neutral",
      title: `manifest graph: no addon ${input.addon} in ${input.dir}`,
      summary: `No addon called \`${input.addon}\` is on disk or named in a manifest.${suggestions.length ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(", ")}?` : ""}`,
      data: { schemaVersion: 1, center: input.addon, found: false, suggestions, matches }
    });
  }
  const data = { schemaVersion: 1, found: true, ...view, matches };
  return makeReport({
    conclusion: "success",
    title: `manifest graph: ${input.addon} (${countOf(view.nodes.length, "addon")} within ${countOf(input.depth, "step")})`,
    summary: "```\n" + renderGraphText(view) + "\n```",
    data
  });
}
export {
  runManifestGraph
};
