import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/odoo/graph/topological-order.ts
function topologicalOrder(g, names) {
  const wanted = new Set(names);
  const needs = /* @__PURE__ */ new Map();
  for (const n of wanted) {
    const found = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set([n]);
    const stack = [n];
    while (stack.length > 0) {
      for (const e of g.out.get(stack.pop() ?? "") ?? []) {
        if (seen.has(e.to)) continue;
        seen.add(e.to);
        if (wanted.has(e.to)) found.add(e.to);
        stack.push(e.to);
      }
    }
    needs.set(n, found);
  }
  const order = [];
  const placed = /* @__PURE__ */ new Set();
  for (; ; ) {
    const ready = [...wanted].filter((n) => !placed.has(n) && [...needs.get(n) ?? []].every((d) => placed.has(d) || d === n)).sort();
    if (ready.length === 0) break;
    for (const n of ready) {
      order.push(n);
      placed.add(n);
    }
  }
  for (const name of [...wanted].filter((n) => !placed.has(n)).sort()) order.push(name);
  return order;
}

// src/odoo/graph/affected-addons.ts
function affectedAddons(args) {
  const { graph } = args;
  const files = /* @__PURE__ */ new Map();
  for (const f of args.changedFiles) {
    const hit = args.addonDirs.find((a) => f === a.dir || f.startsWith(a.dir + "/"));
    if (hit) files.set(hit.name, (files.get(hit.name) ?? 0) + 1);
  }
  const listed = new Set(
    (args.newlyListed ?? []).filter((n) => !files.has(n) && args.addonDirs.some((a) => a.name === n))
  );
  for (const n of listed) files.set(n, 0);
  const removed = (args.removed ?? []).filter((n) => !files.has(n));
  const via = /* @__PURE__ */ new Map();
  for (const changed of [...files.keys(), ...removed]) {
    const stack = [changed];
    const seen = /* @__PURE__ */ new Set([changed]);
    while (stack.length > 0) {
      for (const e of graph.in.get(stack.pop() ?? "") ?? []) {
        if (seen.has(e.from)) continue;
        seen.add(e.from);
        stack.push(e.from);
        if (!files.has(e.from)) via.set(e.from, (via.get(e.from) ?? /* @__PURE__ */ new Set()).add(changed));
      }
    }
  }
  const names = [...files.keys(), ...via.keys()].filter((n) => args.scope.has(n) || files.has(n));
  const installable = (n) => graph.addons.get(n)?.installable !== false;
  const affected = topologicalOrder(graph, names.filter(installable)).map((name) => {
    const node = graph.addons.get(name);
    const path = node?.path || args.addonDirs.find((a) => a.name === name)?.dir || "";
    return {
      addon: name,
      path,
      repo: node?.repo ?? null,
      reason: listed.has(name) ? "listed" : files.has(name) ? "changed" : "dependent",
      files: files.get(name) ?? 0,
      via: [...via.get(name) ?? []].sort()
    };
  });
  return { affected, notInstallable: names.filter((n) => !installable(n)).sort() };
}

export {
  affectedAddons
};
